from django.contrib import admin
from simple_history.admin import SimpleHistoryAdmin

from thidua.units.models import EmulationCluster, PredecessorUnit, Unit


class PredecessorInline(admin.TabularInline):
    model = PredecessorUnit
    extra = 0


@admin.register(Unit)
class UnitAdmin(SimpleHistoryAdmin):
    list_display = ["name", "kind", "code", "parent", "cluster", "is_demo"]
    list_filter = ["kind", "is_demo", "merged_in_2025", "cluster"]
    search_fields = ["name", "code"]
    autocomplete_fields = ["parent"]
    inlines = [PredecessorInline]
    fieldsets = [
        (None, {"fields": ["code", "name", "kind", "parent", "cluster", "merged_in_2025", "size_measure", "is_demo",
                           "is_active", "source"]}),
        ("Văn bản (Nghị định 30/2020/NĐ-CP)", {
            "fields": ["issuer_parent_line", "issuer_line", "symbol", "place_name", "formal_name", "head_title",
                       "collective_name"],
            "description": "Tên cơ quan, ký hiệu, địa danh và người ký in trên mọi văn bản của đơn vị; "
                           "ô để trống được lấy theo loại và tên đơn vị.",
        }),
    ]
    list_select_related = ["parent", "cluster"]


@admin.register(EmulationCluster)
class EmulationClusterAdmin(SimpleHistoryAdmin):
    list_display = ["name", "kind", "owner"]
    list_filter = ["kind"]
    search_fields = ["name"]
