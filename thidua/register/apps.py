from django.apps import AppConfig

from thidua.common.navigation import NavItem


class RegisterConfig(AppConfig):
    name = "thidua.register"
    label = "register"
    verbose_name = "Sổ theo dõi khen thưởng"
    default_auto_field = "django.db.models.BigAutoField"
    # Entries this app adds to the navigation bar (collected by thidua.core.navigation).
    nav_items = [
        NavItem("Sổ khen thưởng", "register:list",
                roles=("board_officer", "unit_officer", "council_member", "viewer"), order=42),
    ]

    def ready(self):
        from thidua.common.history import register
        from thidua.register import rules  # noqa: F401

        register("award_form", "register.AwardForm", "Danh mục danh hiệu, hình thức khen thưởng")
        register("award_record", "register.AwardRecord", "Sổ theo dõi khen thưởng")
        register("register_person", "register.RegisterPerson", "Người, tập thể trong sổ khen thưởng")
        register("register_import", "register.ImportBatch", "Lần nhập sổ khen thưởng")
        register("register_duplicate", "register.DuplicateDecision", "Quyết định về bản ghi trùng")
