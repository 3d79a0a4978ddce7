"""Every named URL of the plans app requested by every role, as a table (one test per URL,
method and plan state, comparing all roles at once): the commune's people read its plan,
only its officer edits and submits it, only the Board reviews it; another unit gets 404,
and so does the sub-unit's submitter (a sub-unit does not see its parent's plan).

The world: three plans of the commune, one a draft, one submitted, one accepted by the Board."""
import datetime

import pytest
from django.urls import reverse

from tests.factories import PlanFactory, at
from tests.permissions import expected, statuses, table_url_names, url_names, url_rows
from thidua.plans.domain import workflow

APP = "plans"
ROLES = ("other_officer", "submitter", "viewer", "council_member", "unit_officer", "board_officer")


def see(status=200):
    """The commune's plan: its people and the Board; not another unit, not the sub-unit."""
    return {role: status for role in ROLES} | {"other_officer": 404, "submitter": 404}


def officer(status=200):
    """Only the commune's own officer (the Board reviews, it does not edit)."""
    return see(403) | {"unit_officer": status}


def board(status=200):
    return see(403) | {"board_officer": status}


# (url name, method, plan state or data) -> role -> status
TABLE = {
    ("list", "get", None): {role: 200 for role in ROLES},
    ("create", "get", None): {role: 403 for role in ROLES} | {"other_officer": 200, "unit_officer": 200},
    # the commune's plan: its officer creates it (to the editor); another unit's officer is told
    # the unit is not theirs (the form again)
    ("create", "post", "create"): {role: 403 for role in ROLES} | {"other_officer": 200, "unit_officer": 302},
    ("detail", "get", "draft"): see(),
    ("detail", "get", "submitted"): see(),
    ("detail", "get", "accepted"): see(),
    ("edit", "get", "draft"): officer(),
    ("edit", "get", "submitted"): officer(302),  # not editable: back to the plan with a message
    ("edit", "get", "accepted"): officer(302),
    ("edit", "post", "draft"): officer(),  # nothing typed: the form again, with its errors
    ("findings", "post", "draft"): officer(),
    ("submit", "post", "draft"): officer(302),
    ("submit", "post", "submitted"): officer(302),  # already sent: a message on the plan
    ("review", "post", "submitted"): board(302),
    ("review", "post", "draft"): board(400),  # not submitted: refused on the form
    ("review", "post", "accepted"): board(400),
    ("docx", "get", "draft"): see(),
    ("pdf", "get", "draft"): see(),
    ("banner", "get", "draft"): see(),
}


@pytest.fixture
def world(campaign, commune, unit_officer, board_officer):
    plans = {state: PlanFactory(compliant=True, unit=commune, campaign=campaign)
             for state in ("draft", "submitted", "accepted")}
    for state in ("submitted", "accepted"):
        workflow.submit(plans[state], unit_officer, when=at(datetime.date(2025, 8, 10)))  # in time
    workflow.accept(plans["accepted"], board_officer, "Đạt yêu cầu.")
    return {"plans": plans, "campaign": campaign, "commune": commune}


def args(name, kind, w):
    return [] if name in ("list", "create") else [w["plans"][kind].pk]


def data(name, kind, w):
    if name == "create":
        return {"campaign": w["campaign"].pk, "unit": w["commune"].pk}
    if name == "review":
        return {"action": "return", "comment": "Bổ sung địa điểm."}
    return {}


@pytest.mark.django_db
@pytest.mark.parametrize("name, method, kind", url_rows(TABLE))
def test_url(client, request, world, name, method, kind):
    url = reverse(f"{APP}:{name}", args=args(name, kind, world))
    got = statuses(client, request, ROLES, method, url, data(name, kind, world))
    assert got == expected(TABLE[name, method, kind])


def test_the_table_names_every_plans_url():
    assert table_url_names(TABLE) == url_names(APP)
