"""Every named URL of the units app requested by every role, as a table (one test per URL
and unit, comparing all roles at once): each user sees their unit and the units under it
(the Board every unit); another unit answers 404, and so does the commune to the sub-unit's
submitter."""
import pytest
from django.urls import reverse

from tests.permissions import expected, statuses, table_url_names, url_names, url_rows

APP = "units"
ROLES = ("other_officer", "submitter", "viewer", "council_member", "unit_officer", "board_officer")


def seen_by(*roles):
    return {role: 200 if role in roles else 404 for role in ROLES}


COMMUNE = ("viewer", "council_member", "unit_officer", "board_officer")

# (url name, method, unit) -> role -> status
TABLE = {
    ("list", "get", None): {role: 200 for role in ROLES},
    ("detail", "get", "commune"): seen_by(*COMMUNE),
    ("detail", "get", "subunit"): seen_by(*COMMUNE, "submitter"),
    ("detail", "get", "other_commune"): seen_by("other_officer", "board_officer"),
}


@pytest.fixture
def world(commune, subunit, other_commune):
    return {"commune": commune, "subunit": subunit, "other_commune": other_commune}


@pytest.mark.django_db
@pytest.mark.parametrize("name, method, unit", url_rows(TABLE))
def test_url(client, request, world, name, method, unit):
    url = reverse(f"{APP}:{name}", args=[world[unit].code] if unit else [])
    got = statuses(client, request, ROLES, method, url)
    assert got == expected(TABLE[name, method, unit])


def test_the_table_names_every_units_url():
    assert table_url_names(TABLE) == url_names(APP)
