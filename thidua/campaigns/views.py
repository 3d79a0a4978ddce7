from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
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


def _require(user, perm, obj=None):
    if not user.has_perm(perm, obj):
        raise PermissionDenied


@login_required
def campaign_list(request):
    _require(request.user, "campaigns.view_campaigns")
    return render(request, "campaigns/campaign_list.html", {"campaigns": visible_campaigns(request.user)})


@login_required
def campaign_detail(request, code):
    campaign = get_object_or_404(
        visible_campaigns(request.user).prefetch_related("deadlines", "agenda_rules"), code=code
    )
    _require(request.user, "campaigns.view_campaign_obj", campaign)
    return render(request, "campaigns/campaign_detail.html", {
        "campaign": campaign, "can_change": request.user.has_perm("campaigns.change_campaign_obj", campaign),
    })
