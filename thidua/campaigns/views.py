from django.contrib.auth.decorators import login_required
from django.shortcuts import get_object_or_404, render

from thidua.accounts.domain import scope
from thidua.campaigns.models import Campaign


def visible_campaigns(user):
    """City-level campaigns are public to every logged-in officer; a unit campaign
    only to those who see its issuing unit."""
    qs = Campaign.objects.select_related("issuer", "parent")
    if scope.is_board(user):
        return qs
    return qs.filter(level=Campaign.Level.CITY) | scope.scope_queryset(qs.filter(level=Campaign.Level.UNIT), user, "issuer")


@login_required
def campaign_list(request):
    return render(request, "campaigns/campaign_list.html", {"campaigns": visible_campaigns(request.user)})


@login_required
def campaign_detail(request, code):
    campaign = get_object_or_404(
        visible_campaigns(request.user).prefetch_related("deadlines", "agenda_rules"), code=code
    )
    return render(request, "campaigns/campaign_detail.html", {"campaign": campaign})
