from django.contrib import admin
from simple_history.admin import SimpleHistoryAdmin

from thidua.campaigns.models import AgendaItemRule, Campaign, CampaignDeadline


class DeadlineInline(admin.TabularInline):
    model = CampaignDeadline
    extra = 0


class AgendaRuleInline(admin.TabularInline):
    model = AgendaItemRule
    extra = 0


@admin.register(Campaign)
class CampaignAdmin(SimpleHistoryAdmin):
    list_display = ["title", "code", "level", "decision_number", "decision_date", "status"]
    list_filter = ["level", "status"]
    search_fields = ["title", "code", "decision_number"]
    inlines = [DeadlineInline, AgendaRuleInline]
    autocomplete_fields = ["issuer", "parent"]
