"""Object permissions of the reports app (django-rules)."""
import rules

from thidua.accounts.domain import scope
from thidua.accounts.models import Role


@rules.predicate
def is_board(user):
    return scope.is_board(user)


@rules.predicate
def sees_report_unit(user, report):
    return report is not None and scope.can_see_unit(user, report.unit)


@rules.predicate
def officer_of_report_unit(user, report):
    return report is not None and scope.can_see_unit(user, report.unit, roles=[Role.UNIT_OFFICER])


@rules.predicate
def officer_of_reminder_unit(user, reminder):
    return reminder is not None and scope.can_see_unit(user, reminder.unit, roles=[Role.UNIT_OFFICER])


rules.add_perm("reports.view_results_report_obj", sees_report_unit)
rules.add_perm("reports.change_results_report_obj", officer_of_report_unit)
rules.add_perm("reports.decide_results_report", is_board)
rules.add_perm("reports.view_progress", is_board)
rules.add_perm("reports.send_reminder", is_board)
rules.add_perm("reports.read_reminder_obj", officer_of_reminder_unit | is_board)
