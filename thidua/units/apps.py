from django.apps import AppConfig

from thidua.common.navigation import NavItem  # noqa: F401  (used by nav_items)


class UnitsConfig(AppConfig):
    name = "thidua.units"
    label = "units"
    verbose_name = "Đơn vị"
    default_auto_field = "django.db.models.BigAutoField"
    # Entries this app adds to the navigation bar (collected by thidua.core.navigation).
    nav_items = [
        NavItem("Đơn vị", "units:list", roles=('board_officer', 'unit_officer', 'viewer', 'council_member'), order=80)
    ]
