from django.apps import AppConfig

from thidua.core.navigation import NavItem  # noqa: F401  (used by nav_items)


class DelegatesConfig(AppConfig):
    name = "thidua.delegates"
    label = "delegates"
    verbose_name = "Đại biểu"
    default_auto_field = "django.db.models.BigAutoField"
    # Entries this app adds to the navigation bar (collected by thidua.core.navigation).
    nav_items = [
        
    ]
