from django.contrib import admin
from simple_history.admin import SimpleHistoryAdmin

from thidua.ingest.models import ImportBatch, ReceivedDocument


class ReceivedDocumentInline(admin.TabularInline):
    model = ReceivedDocument
    fields = ("filename", "kind", "status", "unit", "decision")
    readonly_fields = fields
    extra = 0
    can_delete = False
    show_change_link = True


@admin.register(ImportBatch)
class ImportBatchAdmin(SimpleHistoryAdmin):
    list_display = ("__str__", "campaign", "created_by", "created_at")
    list_select_related = ("campaign", "created_by")
    inlines = [ReceivedDocumentInline]


@admin.register(ReceivedDocument)
class ReceivedDocumentAdmin(SimpleHistoryAdmin):
    list_display = ("filename", "batch", "kind", "status", "unit", "decision", "decided_at")
    list_filter = ("kind", "status", "decision")
    list_select_related = ("batch", "unit")
    search_fields = ("filename", "unit__name")
    raw_id_fields = ("batch", "unit", "plan", "decided_by")
    readonly_fields = ("seconds",)
