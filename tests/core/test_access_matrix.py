"""Every named URL of the page shell requested by every role, as a table (one test per URL
and method, comparing all roles at once): each role lands on its own home page; the change
log is the Board's."""
import pytest
from django.urls import reverse

from tests.factories import PlanFactory
from tests.permissions import expected, statuses, table_url_names, url_names, url_rows

APP = "core"
ROLES = ("other_officer", "submitter", "viewer", "council_member", "unit_officer", "board_officer")

BOARD = {role: 403 for role in ROLES} | {"board_officer": 200}

# (url name, method, query) -> role -> status
TABLE = {
    ("home", "get", None): {role: 200 for role in ROLES},
    ("history", "get", None): BOARD,
    ("history", "get", "?loai=plan"): BOARD,
}


@pytest.fixture
def world(campaign, commune):
    return {"plan": PlanFactory(compliant=True, unit=commune, campaign=campaign)}  # something in the change log


@pytest.mark.django_db
@pytest.mark.parametrize("name, method, query", url_rows(TABLE))
def test_url(client, request, world, name, method, query):
    got = statuses(client, request, ROLES, method, reverse(f"{APP}:{name}") + (query or ""))
    assert got == expected(TABLE[name, method, query])


def test_the_table_names_every_core_url():
    assert table_url_names(TABLE) == url_names(APP)
