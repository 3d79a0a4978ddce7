from django.apps import AppConfig

from thidua.common.navigation import NavItem  # noqa: F401  (used by nav_items)


class DelegatesConfig(AppConfig):
    name = "thidua.delegates"
    label = "delegates"
    verbose_name = "Đại biểu"
    default_auto_field = "django.db.models.BigAutoField"
    # Entries this app adds to the navigation bar (collected by thidua.core.navigation).
    nav_items = [
        NavItem("Đại biểu", "delegates:list", roles=("board_officer", "unit_officer", "council_member", "viewer"), order=40),
        NavItem("Đại hội thành phố", "delegates:congress", roles=("board_officer", "unit_officer"), order=45),
    ]

    def ready(self):
        from thidua.common.history import register
        from thidua.delegates import rules  # noqa: F401

        register("conference", "delegates.Conference", "Hội nghị (đại biểu)")
        register("delegate", "delegates.Delegate", "Đại biểu")
        register("seat_allocation", "delegates.SeatAllocation", "Phân bổ đại biểu")
        register("congress_quota", "delegates.CongressQuota", "Chỉ tiêu đại biểu dự Đại hội")
        register("congress_submission", "delegates.CongressSubmission", "Danh sách đại biểu dự Đại hội")
        register("congress_delegate", "delegates.CongressDelegate", "Đại biểu dự Đại hội")
