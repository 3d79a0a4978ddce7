"""The delegates app's permissions (delegates/rules.py) as a table: role × object → allowed.
One test per row (rule, object), comparing every role at once, so one wrong cell does not
hide the others."""
import pytest
from django.contrib.auth.models import AnonymousUser

from tests.delegates.factories import conference_for
from tests.factories import RoleAssignmentFactory
from thidua.accounts.models import User
from thidua.delegates.domain import congress

ROLES = ["board_officer", "unit_officer", "other_officer", "viewer", "council_member", "submitter",
         "submitter_at_unit", "anonymous"]
OWN = {"board_officer", "unit_officer", "viewer", "council_member"}  # who sees the commune
MANAGE = {"board_officer", "unit_officer"}
BOARD = {"board_officer"}

# (rule, object) -> the roles allowed. Objects: the commune's conference, plan, unit and
# congress submission; the conference of a sub-unit of the commune; the sub-unit itself.
TABLE = {
    ("delegates.view_conference_obj", "conference"): OWN | {"submitter_at_unit"},
    ("delegates.view_conference_obj", "sub_conference"): OWN | {"submitter", "submitter_at_unit"},
    ("delegates.change_conference_obj", "conference"): MANAGE,
    ("delegates.change_conference_obj", "sub_conference"): MANAGE,
    ("delegates.checkin_obj", "conference"): MANAGE,
    ("delegates.start_conference_obj", "plan"): MANAGE,
    ("delegates.start_conferences", None): set(ROLES) - BOARD - {"anonymous"},
    ("delegates.view_congress_obj", "unit"): OWN | {"submitter_at_unit"},
    ("delegates.view_congress_obj", "subunit"): set(),  # not a unit that sends a congress list
    ("delegates.list_congress_obj", "unit"): OWN,
    ("delegates.change_congress_obj", "unit"): MANAGE,
    ("delegates.change_congress_obj", "submission"): MANAGE,
    ("delegates.change_congress_obj", "subunit"): set(),
    ("delegates.reopen_congress_obj", "submission"): BOARD,
    ("delegates.view_city_congress", None): BOARD,
    ("delegates.set_congress_quotas", None): BOARD,
}


@pytest.fixture
def objects(commune, subunit, campaign):
    conference = conference_for(commune, campaign)
    return {
        "conference": conference, "plan": conference.plan, "unit": commune, "subunit": subunit,
        "sub_conference": conference_for(subunit, campaign, conference_name="Hội nghị của Công an xã"),
        "submission": congress.submission_for(campaign, commune, None), None: None,
    }


# role -> (role code, the unit's fixture): the roles as tests/conftest.py gives them, plus a
# submitter assigned to the commune itself. Users without a password (hashing is slow).
MEMBERS = {
    "board_officer": ("board_officer", "board_unit"), "unit_officer": ("unit_officer", "commune"),
    "other_officer": ("unit_officer", "other_commune"), "viewer": ("viewer", "commune"),
    "council_member": ("council_member", "commune"), "submitter": ("submitter", "subunit"),
    "submitter_at_unit": ("submitter", "commune"),
}


@pytest.fixture
def users(request):
    made = {"anonymous": AnonymousUser()}
    for role, (code, unit) in MEMBERS.items():
        made[role] = User.objects.create(username=f"rules-{role}", full_name=role)
        RoleAssignmentFactory(user=made[role], unit=request.getfixturevalue(unit), role=code)
    return made


@pytest.mark.django_db
@pytest.mark.parametrize("rule, obj", list(TABLE), ids=[f"{rule}-{obj}" for rule, obj in TABLE])
def test_rule(objects, users, rule, obj):
    got = {role: users[role].has_perm(rule, objects[obj]) for role in ROLES}
    assert got == {role: role in TABLE[rule, obj] for role in ROLES}
