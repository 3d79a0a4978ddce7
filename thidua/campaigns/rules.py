"""Permissions on campaigns (django-rules), asked as ``user.has_perm("campaigns.…", campaign)``.

A city-level campaign (the parent plan every unit follows) is read by every officer; a
unit-level campaign by those who see its issuing unit. The Board changes them (in the
admin)."""
import rules

from thidua.accounts.domain import scope
from thidua.accounts.rules import is_board_officer


@rules.predicate
def sees_campaign(user, campaign):
    if campaign is None:
        return False
    from thidua.campaigns.models import Campaign

    return campaign.level == Campaign.Level.CITY or scope.can_see_unit(user, campaign.issuer)


rules.add_perm("campaigns.view_campaigns", rules.is_authenticated)
rules.add_perm("campaigns.view_campaign_obj", is_board_officer | (rules.is_authenticated & sees_campaign))
rules.add_perm("campaigns.change_campaign_obj", is_board_officer)
