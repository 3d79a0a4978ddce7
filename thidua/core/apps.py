from django.apps import AppConfig


class CoreConfig(AppConfig):
    name = "thidua.core"
    label = "core"
    verbose_name = "Nền tảng"
    default_auto_field = "django.db.models.BigAutoField"
    # Entries this app adds to the navigation bar (collected by thidua.core.navigation).
    nav_items = [

    ]
