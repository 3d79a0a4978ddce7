from django.contrib import admin
from simple_history.admin import SimpleHistoryAdmin

from thidua.register.models import AwardForm, AwardRecord, ImportBatch, RegisterPerson


@admin.register(AwardForm)
class AwardFormAdmin(SimpleHistoryAdmin):
    list_display = ["report_order", "name", "code", "level", "is_title", "confirmation", "is_active"]
    list_display_links = ["name"]
    list_filter = ["level", "is_title", "confirmation", "is_active"]
    search_fields = ["name", "code", "aliases"]


@admin.register(AwardRecord)
class AwardRecordAdmin(SimpleHistoryAdmin):
    list_display = ["name", "birth_year", "form", "year", "decision_number", "unit", "source", "status"]
    list_filter = ["source", "status", "award_kind", "recipient_kind", "form", "year"]
    search_fields = ["name", "name_folded", "decision_number", "identity_number"]
    raw_id_fields = ["unit", "unit_then", "predecessor", "person", "batch"]


@admin.register(RegisterPerson)
class RegisterPersonAdmin(SimpleHistoryAdmin):
    list_display = ["name", "birth_year", "kind", "unit"]
    search_fields = ["name", "name_folded", "identity_number"]
    raw_id_fields = ["unit"]


@admin.register(ImportBatch)
class ImportBatchAdmin(SimpleHistoryAdmin):
    list_display = ["original_name", "unit", "status", "imported_count", "created_at"]
    list_filter = ["status", "source"]
    readonly_fields = ["sha256"]
