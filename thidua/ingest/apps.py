from django.apps import AppConfig

from thidua.common.navigation import NavItem


class IngestConfig(AppConfig):
    name = "thidua.ingest"
    label = "ingest"
    verbose_name = "Tiếp nhận văn bản"
    default_auto_field = "django.db.models.BigAutoField"
    # Entries this app adds to the navigation bar (collected by thidua.core.navigation).
    nav_items = [
        NavItem("Tiếp nhận kế hoạch", "ingest:batch_list", roles=("board_officer",), order=35),
    ]

    def ready(self):
        from thidua.common.history import register
        from thidua.ingest import rules  # noqa: F401  (registers permissions)

        register("import_batch", "ingest.ImportBatch", "Đợt tiếp nhận văn bản")
        register("received_document", "ingest.ReceivedDocument", "Văn bản kế hoạch nhận được")
