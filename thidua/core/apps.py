from django.apps import AppConfig


class CoreConfig(AppConfig):
    name = "thidua.core"
    label = "core"
    verbose_name = "Nền tảng"
    default_auto_field = "django.db.models.BigAutoField"
    # Entries this app adds to the navigation bar (collected by thidua.core.navigation).
    nav_items = [

    ]

    def ready(self):
        from django.db.backends.signals import connection_created

        from thidua.common.collation import install

        connection_created.connect(install, dispatch_uid="thidua-vietnamese-collation")
