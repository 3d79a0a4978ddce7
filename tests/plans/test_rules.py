"""The plans app's permissions as a table: who (role and relation to the plan's unit) ×
rule → allowed. The plan belongs to xã Kẻ Sặt; its police is a sub-unit of the commune."""
import pytest

from tests.factories import PlanFactory
from tests.permissions import rule_cases

RULES = (("plans.view_plans", None), ("plans.view_plan_obj", "plan"), ("plans.change_plan_obj", "plan"),
         ("plans.submit_plan_obj", "plan"), ("plans.review_plan_obj", "plan"), ("plans.create_plan", None))
T, F = True, False
TABLE = {
    #                   list view  change submit review create
    "board_officer":    (T,   T,    F,     F,     T,     F),
    "unit_officer":     (T,   T,    T,     T,     F,     T),  # officer of the plan's commune
    "city_officer":     (T,   T,    T,     T,     F,     F),  # officer of the city above it (not a reporting unit)
    "other_officer":    (T,   F,    F,     F,     F,     T),  # officer of another ward
    "viewer":           (T,   T,    F,     F,     F,     F),
    "council_member":   (T,   T,    F,     F,     F,     F),
    "submitter":        (T,   F,    F,     F,     F,     F),  # of the commune's police: sub-units do not see it
    "subunit_officer":  (T,   F,    F,     F,     F,     F),
    "superuser":        (T,   T,    T,     T,     T,     T),
    "anonymous":        (F,   F,    F,     F,     F,     F),
}


@pytest.fixture
def objects(campaign, commune):
    return {None: None, "plan": PlanFactory(compliant=True, unit=commune, campaign=campaign)}


@pytest.mark.django_db
@pytest.mark.parametrize("who, perm, obj, allowed", rule_cases(RULES, TABLE))
def test_plan_rules(request, objects, who, perm, obj, allowed):
    user = request.getfixturevalue(who)
    assert user.has_perm(perm, objects[obj]) is allowed
