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
    list_select_related = ["parent", "cluster"]


@admin.register(EmulationCluster)
class EmulationClusterAdmin(SimpleHistoryAdmin):
    list_display = ["name", "kind", "owner"]
    list_filter = ["kind"]
    search_fields = ["name"]
