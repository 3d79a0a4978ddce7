"""Object permissions on plans (django-rules). Seeing a plan: anyone scoped to its unit
(the Board sees all). Editing and submitting: the unit's own officers. Reviewing: the Board."""
import rules

from thidua.accounts.domain import scope
from thidua.accounts.models import Role


@rules.predicate
def is_unit_officer_of_plan(user, plan):
    if plan is None or scope.is_board(user):
        return False
    return scope.can_see_unit(user, plan.unit, roles=[Role.UNIT_OFFICER])


@rules.predicate
def sees_plan(user, plan):
    return plan is not None and scope.can_see_unit(user, plan.unit)


@rules.predicate
def is_board(user):
    return scope.is_board(user)


@rules.predicate
def may_create_plans(user):
    return not scope.is_board(user) and any(
        u.is_reporting_unit for u in scope.units_with_role(user, Role.UNIT_OFFICER))


rules.add_perm("plans.view_plan_obj", sees_plan)
rules.add_perm("plans.change_plan_obj", is_unit_officer_of_plan)
rules.add_perm("plans.submit_plan_obj", is_unit_officer_of_plan)
rules.add_perm("plans.review_plan_obj", is_board)
rules.add_perm("plans.create_plan", may_create_plans)
