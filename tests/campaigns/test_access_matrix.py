"""Every named URL of the campaigns app requested by every role, as a table (one test per
URL and campaign, comparing all roles at once): the city's plan is every officer's
reference; a commune's own plan is read by its people and the Board (another unit and the
sub-unit's submitter 404)."""
import pytest
from django.urls import reverse

from tests.factories import CampaignFactory
from tests.permissions import expected, statuses, table_url_names, url_names, url_rows

APP = "campaigns"
ROLES = ("other_officer", "submitter", "viewer", "council_member", "unit_officer", "board_officer")

EVERYONE = {role: 200 for role in ROLES}

# (url name, method, campaign) -> role -> status
TABLE = {
    ("list", "get", None): EVERYONE,
    ("detail", "get", "city"): EVERYONE,
    ("detail", "get", "commune"): EVERYONE | {"other_officer": 404, "submitter": 404},
}


@pytest.fixture
def world(campaign, commune):
    own = CampaignFactory(code="ke-sat-rieng", title="Kế hoạch riêng của xã", level="unit", parent=campaign,
                          issuer=commune)
    return {"city": campaign, "commune": own}


@pytest.mark.django_db
@pytest.mark.parametrize("name, method, which", url_rows(TABLE))
def test_url(client, request, world, name, method, which):
    url = reverse(f"{APP}:{name}", args=[world[which].code] if which else [])
    got = statuses(client, request, ROLES, method, url)
    assert got == expected(TABLE[name, method, which])


def test_the_table_names_every_campaigns_url():
    assert table_url_names(TABLE) == url_names(APP)
