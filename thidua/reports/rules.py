"""Object permissions of the reports app (django-rules), asked as
``user.has_perm("reports.…", obj)``.

The Board follows every unit (progress, the city picture, reminders, deciding on reports).
A results report is written and sent by the officers of its unit (or of a unit above it),
never by the Board; everyone scoped to the unit reads it."""
import rules

from thidua.accounts.domain import scope
from thidua.accounts.models import Role
from thidua.accounts.rules import is_board_officer, sees_unit, unit_of


@rules.predicate
def officer_of_the_unit(user, obj):
    """A unit officer of the object's unit (or a unit above it) — the role itself, not the Board."""
    return scope.holds_role_over(user, unit_of(obj), Role.UNIT_OFFICER)


@rules.predicate
def is_a_unit_officer(user):
    return bool(scope.units_with_role(user, Role.UNIT_OFFICER))


@rules.predicate
def officer_of_reminder_unit(user, reminder):
    return reminder is not None and scope.can_see_unit(user, reminder.unit, roles=[Role.UNIT_OFFICER])


# The Board's desk
rules.add_perm("reports.view_progress", is_board_officer)
rules.add_perm("reports.view_city_picture", is_board_officer)
rules.add_perm("reports.send_reminder", is_board_officer)
# One unit (obj: the unit)
rules.add_perm("reports.view_unit_progress", sees_unit)
rules.add_perm("reports.view_unit_summary", sees_unit)
rules.add_perm("reports.write_results_report", officer_of_the_unit)
# Reminders (obj: the reminder)
rules.add_perm("reports.view_inbox", is_a_unit_officer)
rules.add_perm("reports.read_reminder_obj", officer_of_reminder_unit | is_board_officer)
# Results reports (obj: the report)
rules.add_perm("reports.view_results_reports", rules.is_authenticated)
rules.add_perm("reports.view_results_report_obj", sees_unit)
rules.add_perm("reports.change_results_report_obj", officer_of_the_unit)
rules.add_perm("reports.decide_results_report", is_board_officer)
