from django.apps import AppConfig

from thidua.common.navigation import HomePanel, NavItem


class ReportsConfig(AppConfig):
    name = "thidua.reports"
    label = "reports"
    verbose_name = "Báo cáo"
    default_auto_field = "django.db.models.BigAutoField"
    # Entries this app adds to the navigation bar (collected by thidua.core.navigation).
    nav_items = [
        NavItem("Tiến độ đơn vị", "reports:board", roles=("board_officer",), order=20),
        NavItem("Toàn cảnh thành phố", "reports:city", roles=("board_officer",), order=60),
        NavItem("Báo cáo kết quả", "reports:report_list", roles=("board_officer", "unit_officer", "council_member", "viewer"), order=40),
        NavItem("Hộp thư nhắc việc", "reports:inbox", roles=("unit_officer",), order=15),
    ]
    home_panels = [
        HomePanel("reports/panels/inbox.html", "thidua.reports.views.inbox_panel", roles=("unit_officer",), order=10),
        HomePanel("reports/panels/board_late.html", "thidua.reports.views.board_panel", roles=("board_officer",), order=10),
    ]

    def ready(self):
        from thidua.common.history import register

        register("results_report", "reports.ResultsReport", "Báo cáo kết quả hội nghị")
        register("report_award", "reports.ReportAward", "Kết quả khen thưởng tại hội nghị")
        register("report_presentation", "reports.ReportPresentation", "Tham luận tại hội nghị")
        register("report_congress_delegate", "reports.ReportCongressDelegate", "Đại biểu dự Đại hội thi đua thành phố")
        register("reminder", "reports.Reminder", "Nhắc việc")
