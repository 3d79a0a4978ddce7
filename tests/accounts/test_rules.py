"""The shared predicates (accounts/rules.py: units and the change log) and the campaigns'
rules as a table: who × rule → allowed. Objects: xã Kẻ Sặt, the city's campaign and a
campaign the commune issued for itself."""
import pytest

from tests.factories import CampaignFactory
from tests.permissions import rule_cases

RULES = (
    ("units.view_units", None), ("units.view_all_units", None), ("units.view_unit_obj", "unit"),
    ("units.change_unit_obj", "unit"), ("core.view_history", None), ("campaigns.view_campaigns", None),
    ("campaigns.view_campaign_obj", "city_campaign"), ("campaigns.view_campaign_obj", "unit_campaign"),
    ("campaigns.change_campaign_obj", "city_campaign"),
)
T, F = True, False
TABLE = {
    #                  units: list all  see  manage  history  campaigns: list city unit change
    "board_officer":   (T,      T,   T,    T,      T,       T,         T,   T,   T),
    "unit_officer":    (T,      F,   T,    T,      F,       T,         T,   T,   F),
    "city_officer":    (T,      F,   T,    T,      F,       T,         T,   T,   F),
    "other_officer":   (T,      F,   F,    F,      F,       T,         T,   F,   F),
    "viewer":          (T,      F,   T,    F,      F,       T,         T,   T,   F),
    "council_member":  (T,      F,   T,    F,      F,       T,         T,   T,   F),
    "submitter":       (T,      F,   F,    F,      F,       T,         T,   F,   F),  # of the commune's police
    "subunit_officer": (T,      F,   F,    F,      F,       T,         T,   F,   F),
    "superuser":       (T,      T,   T,    T,      T,       T,         T,   T,   T),
    "anonymous":       (F,      F,   F,    F,      F,       F,         F,   F,   F),
}


@pytest.fixture
def objects(campaign, commune):
    return {
        None: None, "unit": commune, "city_campaign": campaign,
        "unit_campaign": CampaignFactory(code="ke-sat-rieng", level="unit", parent=campaign, issuer=commune),
    }


@pytest.mark.django_db
@pytest.mark.parametrize("who, perm, obj, allowed", rule_cases(RULES, TABLE))
def test_shared_and_campaign_rules(request, objects, who, perm, obj, allowed):
    user = request.getfixturevalue(who)
    assert user.has_perm(perm, objects[obj]) is allowed
