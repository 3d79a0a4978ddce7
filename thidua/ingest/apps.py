from django.apps import AppConfig

from thidua.core.navigation import NavItem  # noqa: F401  (used by nav_items)


class IngestConfig(AppConfig):
    name = "thidua.ingest"
    label = "ingest"
    verbose_name = "Tiếp nhận văn bản"
    default_auto_field = "django.db.models.BigAutoField"
    # Entries this app adds to the navigation bar (collected by thidua.core.navigation).
    nav_items = [
        
    ]
