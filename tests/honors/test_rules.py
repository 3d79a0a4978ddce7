"""thidua/honors/rules.py as tables: role × where the object lies from the user's unit →
allowed. One test per row, so one wrong rule does not hide the others.

The user holds ``role`` in xã Kẻ Sặt (the Board officer in the Board's unit). The object
lies in that same unit ("own"), in a sub-unit of it ("below": Công an xã), in the city above
it ("above") or in another commune ("other")."""
import pytest

from tests.factories import RoleAssignmentFactory, UnitFactory
from thidua.accounts.models import User
from thidua.honors.models import CouncilMeeting, Nomination, Nominee
from thidua.plans.models import Plan

ROLES = ["board_officer", "unit_officer", "submitter", "council_member", "viewer"]
RELATIONS = ["own", "below", "above", "other"]

# rule -> (object built from a unit, {role: relations where allowed})
PROPOSER_TABLE = {"board_officer": RELATIONS, "unit_officer": ["own", "below"], "submitter": ["own", "below"],
                  "council_member": [], "viewer": []}
COUNCIL_TABLE = {"board_officer": RELATIONS, "unit_officer": ["own", "below"], "submitter": [],
                 "council_member": ["own", "below"], "viewer": []}
MANAGER_TABLE = {"board_officer": RELATIONS, "unit_officer": ["own", "below"], "submitter": [], "council_member": [],
                 "viewer": []}
OBJECT_RULES = {
    "honors.add_nominee_obj": (lambda unit: unit, PROPOSER_TABLE),
    "honors.change_nominee_obj": (lambda unit: Nominee(unit=unit), PROPOSER_TABLE),
    "honors.nominate_obj": (lambda unit: Nominee(unit=unit), PROPOSER_TABLE),
    "honors.hold_meeting_obj": (lambda unit: Plan(unit=unit), COUNCIL_TABLE),
    "honors.vote_obj": (lambda unit: CouncilMeeting(unit=unit), COUNCIL_TABLE),
    "honors.issue_decision_obj": (lambda unit: Plan(unit=unit), MANAGER_TABLE),
    "honors.change_layout_obj": (lambda unit: unit, MANAGER_TABLE),
    "honors.add_criteria_obj": (lambda unit: unit, MANAGER_TABLE),
}


@pytest.fixture
def units(db):
    city = UnitFactory(code="hai-phong", name="Hải Phòng", kind="city", parent=None)
    commune = UnitFactory(code="xa-ke-sat", name="Kẻ Sặt", kind="xa", parent=city)
    return {
        "board": UnitFactory(code="ban-tdkt", name="Ban Thi đua - Khen thưởng", kind="board", parent=city),
        "own": commune,
        "below": UnitFactory(code="xa-ke-sat-cong-an", name="Công an xã Kẻ Sặt", kind="police", parent=commune),
        "sibling": UnitFactory(code="xa-ke-sat-quan-su", name="Ban CHQS xã Kẻ Sặt", kind="military", parent=commune),
        "above": city,
        "other": UnitFactory(code="phuong-an-hai", name="An Hải", kind="phuong", parent=city),
    }


def _user(role, units, where="own"):
    user = User.objects.create(username=f"{role}-{where}")  # no password: hashing one costs more than the test
    RoleAssignmentFactory(user=user, role=role, unit=units["board" if role == "board_officer" else where])
    return user


@pytest.mark.parametrize("perm, role, relation, allowed", [
    pytest.param(perm, role, relation, relation in table[role], id=f"{perm}-{role}-{relation}")
    for perm, (_, table) in OBJECT_RULES.items() for role in ROLES for relation in RELATIONS
])
def test_object_rule(units, perm, role, relation, allowed):
    build, _ = OBJECT_RULES[perm]
    assert _user(role, units).has_perm(perm, build(units[relation])) is allowed


# A nomination is reviewed by the plan's unit and proposed by a (sub-)unit: changing its
# dossier is for the reviewing unit's managers and the proposers of the proposing unit.
@pytest.mark.parametrize("role, where, reviewing, proposing, allowed", [
    ("board_officer", "own", "other", "other", True),
    ("unit_officer", "own", "own", "below", True),
    ("unit_officer", "own", "other", "other", False),
    ("unit_officer", "below", "own", "below", True),   # an officer of the proposing sub-unit
    ("unit_officer", "below", "own", "sibling", False),
    ("submitter", "below", "own", "below", True),
    ("submitter", "sibling", "own", "below", False),   # another sub-unit's proposal
    ("submitter", "own", "own", "below", True),        # a submitter of the commune proposes for its sub-units
    ("council_member", "own", "own", "below", False),
    ("viewer", "own", "own", "below", False),
])
def test_change_nomination_rule(units, role, where, reviewing, proposing, allowed):
    nomination = Nomination(unit=units[reviewing], proposing_unit=units[proposing])
    assert _user(role, units, where).has_perm("honors.change_nomination_obj", nomination) is allowed


# Rules without an object: may the user open the page at all (the object is chosen there).
@pytest.mark.parametrize("perm, role, allowed", [
    pytest.param(perm, role, role in roles, id=f"{perm}-{role}")
    for perm, roles in {
        "honors.add_nominee": {"board_officer", "unit_officer", "submitter"},
        "honors.change_layout": {"board_officer", "unit_officer"},
        "honors.add_criteria": {"board_officer", "unit_officer"},
    }.items() for role in ROLES
])
def test_page_rule(units, perm, role, allowed):
    assert _user(role, units).has_perm(perm) is allowed


@pytest.mark.parametrize("role, allowed", [(role, role == "board_officer") for role in ROLES])
def test_only_the_board_adds_shared_criteria(units, role, allowed):
    assert _user(role, units).has_perm("honors.add_criteria_obj", None) is allowed


def test_no_role_no_rule(units):
    user = User.objects.create(username="khong-vai-tro")
    perms = ["honors.add_nominee", "honors.change_layout", "honors.add_criteria"]
    assert not any(user.has_perm(p) for p in perms)
    assert not any(user.has_perm(p, build(units["own"])) for p, (build, _) in OBJECT_RULES.items())
