"""Every named URL of the delegates app requested by every role, as a table (one test per
URL and method, comparing all roles at once): the unit's own people get the page, another
unit gets 404, a role without the right 403. The table must name every delegates URL."""
import pytest
from django.urls import reverse

from tests.factories import AgendaFactory, DelegateFactory, conference_for
from tests.permissions import expected, statuses, table_url_names, url_names, url_rows
from thidua.delegates.domain import congress

APP = "delegates"
ROLES = ("other_officer", "submitter", "viewer", "unit_officer", "board_officer")  # requests run in this order


def see(unit=200, board=200, viewer=200):
    """Who sees the commune's object: its people and the Board; another unit and a sub-unit's submitter 404."""
    return {"other_officer": 404, "submitter": 404, "viewer": viewer, "unit_officer": unit, "board_officer": board}


def change(unit=200, board=200):
    return see(unit, board, viewer=403)


BOARD_ONLY = {"other_officer": 403, "submitter": 403, "viewer": 403, "unit_officer": 403, "board_officer": 200}

# (url name, method, data) -> role -> status. Arguments and data come from ``args`` and ``data`` below.
TABLE = {
    ("list", "get", None): {role: 200 for role in ROLES},
    ("create", "post", "plan"): {**change(302, 302), "viewer": 403},
    ("detail", "get", None): see(),
    ("composition", "get", None): see(),
    ("add", "get", None): change(),
    ("edit", "get", None): change(),
    ("delete", "post", None): {**change(302), "board_officer": 404},  # the unit officer deleted the person
    ("rsvp", "post", "rsvp"): change(302, 302),
    ("invitation", "get", None): see(),
    ("invitations", "get", None): see(),
    ("import", "get", None): change(),
    ("from_nominees", "get", None): change(),
    ("template", "get", None): change(),
    ("allocation", "get", None): see(),
    ("allocation", "post", "seats"): change(400, 400),  # no sub-unit chosen: the form says so
    ("select", "get", None): change(),
    ("timetable", "get", None): see(),
    ("timetable_pdf", "get", None): see(),
    ("checkin", "get", None): change(),
    ("checkin_code", "get", None): change(),
    ("checkin_mark", "post", None): change(302, 302),
    ("attendance", "get", None): see(),
    ("congress", "get", None): {"other_officer": 302, "submitter": 403, "viewer": 302, "unit_officer": 302,
                                "board_officer": 200},
    ("congress_quotas", "post", "quota"): {**BOARD_ONLY, "board_officer": 302},
    ("congress_city_export", "get", None): BOARD_ONLY,
    ("congress_unit", "get", None): see(),
    ("congress_unit", "post", "submit"): change(302, 302),  # refused (not approved): a message
    ("congress_edit", "get", None): change(),
    ("congress_remove", "post", None): {**change(302), "board_officer": 404},  # removed by the unit officer
    ("congress_export", "get", None): see(),
}


@pytest.fixture
def world(commune, campaign, unit_officer):
    conf = conference_for(commune, campaign)
    AgendaFactory(plan=conf.plan, content="Tuyên bố lý do", start_time="14:00", end_time="14:20")
    d = DelegateFactory(conference=conf, full_name="Nguyễn Thị Miền", group="exemplar")
    sub = congress.submission_for(campaign, commune, unit_officer)
    entry = congress.add_from_delegate(sub, d, unit_officer)
    return {"conf": conf, "d": d, "entry": entry, "commune": commune}


def args(name, w):
    conf, d, code = w["conf"].pk, w["d"].pk, w["commune"].code
    return {
        "list": [], "create": [], "congress": [], "congress_quotas": [], "congress_city_export": ["xlsx"],
        "edit": [conf, d], "delete": [conf, d], "rsvp": [conf, d], "invitation": [conf, d], "checkin_mark": [conf, d],
        "checkin_code": [conf, w["d"].token], "congress_unit": [code], "congress_edit": [code, w["entry"].pk],
        "congress_remove": [code, w["entry"].pk], "congress_export": [code, "docx"],
    }.get(name, [conf])


def data(kind, w):
    return {
        "plan": {"plan": w["conf"].plan_id}, "quota": {f"seats-{w['commune'].pk}": "3"}, "rsvp": {"rsvp": "accepted"},
        "seats": {"seats": "1"}, "submit": {"action": "submit"},
    }.get(kind, {})


@pytest.mark.django_db
@pytest.mark.parametrize("name, method, kind", url_rows(TABLE))
def test_url(client, request, world, name, method, kind):
    url = reverse(f"{APP}:{name}", args=args(name, world))
    got = statuses(client, request, ROLES, method, url, data(kind, world))
    assert got == expected(TABLE[name, method, kind])


def test_the_table_names_every_delegates_url():
    assert table_url_names(TABLE) == url_names(APP)
