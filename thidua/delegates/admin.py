from django.contrib import admin
from simple_history.admin import SimpleHistoryAdmin

from thidua.delegates.models import (
    Conference,
    CongressDelegate,
    CongressQuota,
    CongressSubmission,
    Delegate,
    SeatAllocation,
)


class AllocationInline(admin.TabularInline):
    model = SeatAllocation
    extra = 0
    autocomplete_fields = ["unit"]


@admin.register(Conference)
class ConferenceAdmin(SimpleHistoryAdmin):
    list_display = ["plan", "unit", "invitation_number", "created_at"]
    search_fields = ["plan__conference_name", "unit__name"]
    list_select_related = ["plan", "unit"]
    raw_id_fields = ["plan"]
    autocomplete_fields = ["unit"]
    inlines = [AllocationInline]


@admin.register(SeatAllocation)
class SeatAllocationAdmin(SimpleHistoryAdmin):
    list_display = ["conference", "unit", "seats"]
    list_select_related = ["conference__plan", "unit"]
    autocomplete_fields = ["unit"]


@admin.register(Delegate)
class DelegateAdmin(SimpleHistoryAdmin):
    list_display = ["full_name", "group", "status", "organisation", "gender", "rsvp", "checked_in_at", "conference"]
    list_filter = ["group", "status", "gender", "rsvp", "field", "economic_sector"]
    search_fields = ["full_name", "name_folded", "organisation"]
    list_select_related = ["conference__plan"]
    raw_id_fields = ["conference", "predecessor", "source_unit", "checked_in_by"]


@admin.register(CongressQuota)
class CongressQuotaAdmin(SimpleHistoryAdmin):
    list_display = ["unit", "campaign", "seats", "method", "note"]
    list_filter = ["method"]
    list_select_related = ["unit", "campaign"]
    autocomplete_fields = ["unit"]


class CongressDelegateInline(admin.TabularInline):
    model = CongressDelegate
    extra = 0
    raw_id_fields = ["delegate"]


@admin.register(CongressSubmission)
class CongressSubmissionAdmin(SimpleHistoryAdmin):
    list_display = ["unit", "campaign", "approved_on", "submitted_at"]
    list_select_related = ["unit", "campaign"]
    autocomplete_fields = ["unit"]
    inlines = [CongressDelegateInline]


@admin.register(CongressDelegate)
class CongressDelegateAdmin(SimpleHistoryAdmin):
    list_display = ["full_name", "submission", "gender", "position", "organisation"]
    search_fields = ["full_name"]
    list_select_related = ["submission__unit"]
    raw_id_fields = ["submission", "delegate"]
