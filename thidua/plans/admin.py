from django.contrib import admin
from simple_history.admin import SimpleHistoryAdmin

from thidua.plans.models import AwardCategory, Plan, PlanAgendaItem, PlanEvent, PlanTask


class AgendaInline(admin.TabularInline):
    model = PlanAgendaItem
    extra = 0


class AwardCategoryInline(admin.TabularInline):
    model = AwardCategory
    extra = 0
    autocomplete_fields = ["proposing_unit"]


class TaskInline(admin.TabularInline):
    model = PlanTask
    extra = 0
    autocomplete_fields = ["assignee_unit"]


class EventInline(admin.TabularInline):
    model = PlanEvent
    extra = 0
    readonly_fields = ["action", "actor", "at", "comment", "status_after", "error_count", "warning_count"]
    can_delete = False


@admin.register(Plan)
class PlanAdmin(SimpleHistoryAdmin):
    list_display = ["conference_name", "unit", "status", "origin", "conference_date", "submitted_at"]
    list_filter = ["status", "origin", "campaign"]
    search_fields = ["conference_name", "unit__name", "number"]
    autocomplete_fields = ["unit"]
    list_select_related = ["unit", "campaign"]
    inlines = [AgendaInline, AwardCategoryInline, TaskInline, EventInline]


@admin.register(PlanAgendaItem)
class PlanAgendaItemAdmin(SimpleHistoryAdmin):
    list_display = ["plan", "order", "content", "key", "start_time", "end_time"]
    list_select_related = ["plan"]
    search_fields = ["content"]


@admin.register(AwardCategory)
class AwardCategoryAdmin(SimpleHistoryAdmin):
    list_display = ["plan", "order", "name", "target", "min_count", "max_count"]
    list_select_related = ["plan"]
    search_fields = ["name"]


@admin.register(PlanTask)
class PlanTaskAdmin(SimpleHistoryAdmin):
    list_display = ["plan", "order", "assignee_text", "due_date"]
    list_select_related = ["plan"]
    search_fields = ["description", "assignee_text"]


@admin.register(PlanEvent)
class PlanEventAdmin(SimpleHistoryAdmin):
    list_display = ["plan", "action", "actor", "at", "status_after"]
    list_filter = ["action"]
    list_select_related = ["plan", "actor"]
