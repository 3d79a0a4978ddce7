"""Object permissions on plans (django-rules), asked as ``user.has_perm("plans.…", plan)``.

Seeing a plan: anyone scoped to its unit (the Board sees all). Editing and submitting: the
unit's own officers (not the Board). Reviewing: the Board. Creating: an officer of a
reporting unit (xã, phường, đặc khu, sở, ngành)."""
import rules

from thidua.accounts.domain import scope
from thidua.accounts.models import Role
from thidua.accounts.rules import is_board_officer


@rules.predicate
def is_unit_officer_of_plan(user, plan):
    return plan is not None and scope.holds_role_over(user, plan.unit, Role.UNIT_OFFICER)


@rules.predicate
def sees_plan(user, plan):
    return plan is not None and scope.can_see_unit(user, plan.unit)


@rules.predicate
def officer_of_a_reporting_unit(user):
    return any(u.is_reporting_unit for u in scope.units_with_role(user, Role.UNIT_OFFICER))


rules.add_perm("plans.view_plans", rules.is_authenticated)
rules.add_perm("plans.view_plan_obj", sees_plan)
rules.add_perm("plans.change_plan_obj", ~is_board_officer & is_unit_officer_of_plan)
rules.add_perm("plans.submit_plan_obj", ~is_board_officer & is_unit_officer_of_plan)
rules.add_perm("plans.review_plan_obj", is_board_officer)
rules.add_perm("plans.create_plan", ~is_board_officer & officer_of_a_reporting_unit)
