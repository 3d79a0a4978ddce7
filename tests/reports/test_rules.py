"""The reports app's permissions as a table: who (role and relation to xã Kẻ Sặt) × rule →
allowed. The objects: the commune itself, its results report and a reminder sent to it."""
import datetime

import pytest

from tests.factories import ResultsReportFactory
from tests.permissions import rule_cases
from thidua.reports.models import Reminder

# (rule, the object it is asked about)
RULES = (
    ("reports.view_progress", None), ("reports.view_city_picture", None), ("reports.send_reminder", None),
    ("reports.view_unit_progress", "unit"), ("reports.view_unit_summary", "unit"),
    ("reports.write_results_report", "unit"), ("reports.view_inbox", None), ("reports.read_reminder_obj", "reminder"),
    ("reports.view_results_reports", None), ("reports.view_results_report_obj", "report"),
    ("reports.change_results_report_obj", "report"), ("reports.decide_results_report", "report"),
)
T, F = True, False
TABLE = {
    #                  board desk   one unit     inbox  read  reports: list view change decide
    "board_officer":   (T, T, T,    T, T, F,     F,     T,    T,     T,    F,     T),
    "unit_officer":    (F, F, F,    T, T, T,     T,     T,    T,     T,    T,     F),
    "city_officer":    (F, F, F,    T, T, T,     T,     T,    T,     T,    T,     F),  # officer of the city above
    "other_officer":   (F, F, F,    F, F, F,     T,     F,    T,     F,    F,     F),
    "viewer":          (F, F, F,    T, T, F,     F,     F,    T,     T,    F,     F),
    "council_member":  (F, F, F,    T, T, F,     F,     F,    T,     T,    F,     F),
    "submitter":       (F, F, F,    F, F, F,     F,     F,    T,     F,    F,     F),  # of the commune's police
    "subunit_officer": (F, F, F,    F, F, F,     T,     F,    T,     F,    F,     F),
    "superuser":       (T, T, T,    T, T, T,     T,     T,    T,     T,    T,     T),
    "anonymous":       (F, F, F,    F, F, F,     F,     F,    F,     F,    F,     F),
}


@pytest.fixture
def objects(campaign, commune):
    return {
        None: None,
        "unit": commune,
        "report": ResultsReportFactory(unit=commune, campaign=campaign),
        "reminder": Reminder.objects.create(unit=commune, day=datetime.date(2025, 8, 16), subject="Nhắc", body="x"),
    }


@pytest.mark.django_db
@pytest.mark.parametrize("who, perm, obj, allowed", rule_cases(RULES, TABLE))
def test_reports_rules(request, objects, who, perm, obj, allowed):
    user = request.getfixturevalue(who)
    assert user.has_perm(perm, objects[obj]) is allowed
