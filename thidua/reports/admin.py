from django.contrib import admin
from simple_history.admin import SimpleHistoryAdmin

from thidua.reports.models import Reminder, ReportAward, ReportCongressDelegate, ReportPresentation, ResultsReport


class AwardInline(admin.TabularInline):
    model = ReportAward
    extra = 0


class PresentationInline(admin.TabularInline):
    model = ReportPresentation
    extra = 0


class CongressDelegateInline(admin.StackedInline):
    model = ReportCongressDelegate
    extra = 0


@admin.register(ResultsReport)
class ResultsReportAdmin(SimpleHistoryAdmin):
    list_display = ["unit", "campaign", "status", "held_on", "submitted_at"]
    list_filter = ["status", "campaign", "unit__kind"]
    search_fields = ["unit__name", "number"]
    list_select_related = ["unit", "campaign"]
    autocomplete_fields = ["unit"]
    inlines = [AwardInline, PresentationInline, CongressDelegateInline]


@admin.register(ReportAward)
class ReportAwardAdmin(SimpleHistoryAdmin):
    list_display = ["report", "form", "target", "count"]
    list_filter = ["form", "target"]
    list_select_related = ["report__unit"]


@admin.register(ReportPresentation)
class ReportPresentationAdmin(SimpleHistoryAdmin):
    list_display = ["report", "order", "presenter", "title"]
    list_select_related = ["report__unit"]


@admin.register(ReportCongressDelegate)
class ReportCongressDelegateAdmin(SimpleHistoryAdmin):
    list_display = ["report", "order", "full_name", "position", "is_woman"]
    list_select_related = ["report__unit"]
    search_fields = ["full_name"]


@admin.register(Reminder)
class ReminderAdmin(SimpleHistoryAdmin):
    list_display = ["subject", "unit", "kind", "milestone", "day", "created_at", "read_at"]
    list_filter = ["kind", "milestone", "day"]
    search_fields = ["subject", "unit__name"]
    list_select_related = ["unit"]
    autocomplete_fields = ["unit"]
