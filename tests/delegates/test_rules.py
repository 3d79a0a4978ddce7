"""The delegates app's permissions (delegates/rules.py) as a table: who (role and relation
to the object's unit) × rule → allowed, one test per cell (tests/permissions.py). The
objects belong to xã Kẻ Sặt (a reporting unit); its police is a sub-unit with its own
conference."""
import pytest

from tests.conftest import _user_with
from tests.factories import conference_for
from tests.permissions import rule_cases
from thidua.delegates.domain import congress

RULES = (
    ("delegates.view_conference_obj", "conference"), ("delegates.view_conference_obj", "sub_conference"),
    ("delegates.change_conference_obj", "conference"), ("delegates.change_conference_obj", "sub_conference"),
    ("delegates.checkin_obj", "conference"), ("delegates.start_conference_obj", "plan"),
    ("delegates.start_conferences", None),
    ("delegates.view_congress_obj", "unit"), ("delegates.view_congress_obj", "subunit"),
    ("delegates.list_congress_obj", "unit"), ("delegates.change_congress_obj", "submission"),
    ("delegates.reopen_congress_obj", "submission"), ("delegates.view_city_congress", None),
    ("delegates.set_congress_quotas", None),
)
T, F = True, False
TABLE = {
    #                     conference    sub-conf.  check start starts  congress  list change reopen city quotas
    #                     view  change  view chg    in   plan  any    unit sub  unit sub.  sub.        (Board)
    "board_officer":     (T, T, T, T, T, T, F, T, F, T, T, T, T, T),
    "unit_officer":      (T, T, T, T, T, T, T, T, F, T, T, F, F, F),  # officer of the commune
    "city_officer":      (T, T, T, T, T, T, T, T, F, T, T, F, F, F),  # officer of the city above it
    "other_officer":     (F, F, F, F, F, F, T, F, F, F, F, F, F, F),  # officer of another ward
    "viewer":            (T, T, F, F, F, F, T, T, F, T, F, F, F, F),
    "council_member":    (T, T, F, F, F, F, T, T, F, T, F, F, F, F),
    "submitter":         (F, T, F, F, F, F, T, F, F, F, F, F, F, F),  # of the commune's police
    "commune_submitter": (T, T, F, F, F, F, T, T, F, F, F, F, F, F),  # a submitter of the commune itself
    "subunit_officer":   (F, T, F, T, F, F, T, F, F, F, F, F, F, F),  # officer of the commune's police
    "superuser":         (T, T, T, T, T, T, T, T, T, T, T, T, T, T),
    "anonymous":         (F, F, F, F, F, F, F, F, F, F, F, F, F, F),
}
# The columns, in the order of RULES: conference view, sub-unit conference view, conference
# change, sub-unit conference change, check-in, start the plan's conference, be offered plans
# to start one for, see the commune's congress list, see a sub-unit's (none: it sends none),
# be offered the commune's list, change it, send it back, the Board's city list, quotas.


@pytest.fixture
def commune_submitter(commune):
    return _user_with("submitter", commune, "de-xuat-xa")


@pytest.fixture
def objects(campaign, commune, subunit):
    conference = conference_for(commune, campaign)
    return {
        None: None, "conference": conference, "plan": conference.plan, "unit": commune, "subunit": subunit,
        "sub_conference": conference_for(subunit, campaign, conference_name="Hội nghị của Công an xã"),
        "submission": congress.submission_for(campaign, commune, None),
    }


@pytest.mark.django_db
@pytest.mark.parametrize("who, perm, obj, allowed", rule_cases(RULES, TABLE))
def test_delegates_rules(request, objects, who, perm, obj, allowed):
    user = request.getfixturevalue(who)
    assert user.has_perm(perm, objects[obj]) is allowed
