from django.apps import AppConfig

from thidua.common.navigation import HomePanel, NavItem

VIEW_ROLES = ("board_officer", "unit_officer", "viewer", "council_member")


class PlansConfig(AppConfig):
    name = "thidua.plans"
    label = "plans"
    verbose_name = "Kế hoạch"
    default_auto_field = "django.db.models.BigAutoField"
    # Entries this app adds to the navigation bar (collected by thidua.core.navigation).
    nav_items = [
        NavItem("Kế hoạch hội nghị", "plans:list", roles=VIEW_ROLES, order=20),
    ]
    home_panels = [
        HomePanel("plans/_home_panel.html", context="thidua.plans.interfaces.panels.unit_plans_panel",
                  roles=("unit_officer", "viewer", "council_member"), order=10),
        HomePanel("plans/_home_panel_board.html", context="thidua.plans.interfaces.panels.board_plans_panel",
                  roles=("board_officer",), order=10),
    ]

    def ready(self):
        from thidua.common.history import register

        register("plan", "plans.Plan", "Kế hoạch đơn vị")
        register("plan_agenda", "plans.PlanAgendaItem", "Chương trình hội nghị")
        register("award_category", "plans.AwardCategory", "Nhóm khen thưởng")
        register("plan_task", "plans.PlanTask", "Phân công nhiệm vụ")
        register("plan_event", "plans.PlanEvent", "Bước xử lý kế hoạch")
