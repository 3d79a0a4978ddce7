from django.apps import AppConfig

from thidua.common.navigation import NavItem  # noqa: F401  (used by nav_items)


class CampaignsConfig(AppConfig):
    name = "thidua.campaigns"
    label = "campaigns"
    verbose_name = "Đợt thi đua"
    default_auto_field = "django.db.models.BigAutoField"
    # Entries this app adds to the navigation bar (collected by thidua.core.navigation).
    nav_items = [
        NavItem("Kế hoạch cấp trên", "campaigns:list", roles=('board_officer', 'unit_officer', 'viewer', 'council_member', 'submitter'), order=90)
    ]
