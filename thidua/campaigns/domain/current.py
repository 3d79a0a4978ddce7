"""The one way to choose "the current campaign": the newest *active* city-level plan.

A draft campaign for the next period (status "Đang soạn") or a closed one never moves a
page; a page that follows another campaign names it by its code."""
from thidua.campaigns.models import Campaign

DEFAULT_PERIOD = (2020, 2025)


def city_campaigns():
    """City-level campaigns, newest first (for a choice list)."""
    return Campaign.objects.filter(level=Campaign.Level.CITY).order_by("-decision_date", "-pk")


def current_campaign(code=None):
    """``code``'s campaign if given (None when there is none), else the newest active city plan."""
    qs = Campaign.objects.select_related("issuer").prefetch_related("deadlines", "agenda_rules")
    if code:
        return qs.filter(code=code).first()
    return (qs.filter(level=Campaign.Level.CITY, status=Campaign.Status.ACTIVE)
            .order_by("-decision_date", "-pk").first())


def evaluation_period(campaign=None):
    """(first year, last year) of the evaluation period of ``campaign`` or the current one."""
    campaign = campaign or current_campaign()
    if campaign is None or not campaign.evaluation_start_year:
        return DEFAULT_PERIOD
    return campaign.evaluation_start_year, campaign.evaluation_end_year
