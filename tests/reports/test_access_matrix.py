"""Every named URL of the reports app requested by every role, as a table (one test per URL,
method and report state, comparing all roles at once): the Board's desk is the Board's; a
unit's progress, reminders and results report are its people's (another unit and the
sub-unit's submitter 404); the report is written by the unit's officer, decided by the Board.

The world: the current campaign with the commune's draft report (and its summary file), an
earlier campaign whose report the commune sent, and a reminder to the commune."""
import datetime

import pytest
from django.core.files.base import ContentFile
from django.urls import reverse

from tests.factories import CampaignFactory, ResultsReportFactory, at
from tests.permissions import expected, statuses, table_url_names, url_names, url_rows
from thidua.reports.models import Reminder

APP = "reports"
ROLES = ("other_officer", "submitter", "viewer", "council_member", "unit_officer", "board_officer")


def everyone(status=200):
    return {role: status for role in ROLES}


def see(status=200):
    """The commune's page: its people and the Board; not another unit, not the sub-unit."""
    return everyone(status) | {"other_officer": 404, "submitter": 404}


def officer(status=200):
    """The commune's own officer writes its report (not the Board)."""
    return see(403) | {"unit_officer": status}


BOARD = everyone(403) | {"board_officer": 200}

# (url name, method, report) -> role -> status; "sent" is the report of the earlier campaign
TABLE = {
    ("board", "get", None): BOARD,
    ("board_xlsx", "get", None): BOARD,
    ("unit_progress", "get", None): see(),
    ("inbox", "get", None): everyone(403) | {"other_officer": 200, "unit_officer": 200},
    ("reminder_read", "post", None): see(404) | {"unit_officer": 302, "board_officer": 302},
    ("remind", "get", None): BOARD,
    ("remind", "post", "reminder"): BOARD | {"board_officer": 302},
    ("report_list", "get", None): everyone(),
    ("report_edit", "get", None): officer(),
    ("report_edit", "get", "sent"): officer(302),  # sent: to the report, not editable
    ("report_edit", "post", None): officer(400),  # nothing typed: the form again, with its errors
    ("report_prefill", "post", None): officer(302),
    ("report_prefill", "post", "sent"): officer(302),  # sent: refused, a message on the report
    ("report_detail", "get", None): see(),
    ("report_detail", "get", "sent"): see(),
    ("report_submit", "post", None): officer(302),
    ("report_decide", "post", "sent"): BOARD | {"board_officer": 302},  # only the Board decides: 403 before the lookup
    ("report_decide", "post", None): BOARD | {"board_officer": 302},  # a draft: refused, a message
    ("report_file", "get", None): see(),
    ("summary_docx", "get", None): see(),
    ("city_summary_docx", "get", None): BOARD,
    ("city", "get", None): BOARD,
    ("city_xlsx", "get", None): BOARD,
}


@pytest.fixture
def world(campaign, commune, subunit, unit_officer, board_officer):
    earlier = CampaignFactory(code="hp-2020", decision_date=datetime.date(2020, 5, 5))
    draft = ResultsReportFactory(unit=commune, campaign=campaign)
    draft.summary_file.save("tong-ket.docx", ContentFile(b"PK tong ket"))
    sent = ResultsReportFactory(unit=commune, campaign=earlier, status="submitted",
                                submitted_at=at(datetime.date(2020, 8, 22)))
    reminder = Reminder.objects.create(unit=commune, day=datetime.date(2025, 8, 16), subject="Quá hạn gửi kế hoạch",
                                       body="Đề nghị gửi.")
    return {"commune": commune, "draft": draft, "sent": sent, "earlier": earlier, "reminder": reminder}


def url(name, kind, w):
    report = w["sent"] if kind == "sent" else w["draft"]
    args = {
        "unit_progress": [w["commune"].code], "remind": [w["commune"].code], "report_edit": [w["commune"].code],
        "report_prefill": [w["commune"].code], "summary_docx": [w["commune"].code],
        "reminder_read": [w["reminder"].pk], "report_detail": [report.pk], "report_submit": [report.pk],
        "report_decide": [report.pk], "report_file": [report.pk],
    }.get(name, [])
    query = f"?dot={w['earlier'].code}" if kind == "sent" and name in ("report_edit", "report_prefill") else ""
    return reverse(f"{APP}:{name}", args=args) + query


def data(name, kind):
    return {
        "remind": {"subject": "Gửi kế hoạch", "body": "Đề nghị gửi ngay."},
        "report_decide": {"decision": "accept", "comment": ""},
    }.get(name, {})


@pytest.mark.django_db
@pytest.mark.parametrize("name, method, kind", url_rows(TABLE))
def test_url(client, request, world, name, method, kind):
    got = statuses(client, request, ROLES, method, url(name, kind, world), data(name, kind))
    assert got == expected(TABLE[name, method, kind])


def test_the_table_names_every_reports_url():
    assert table_url_names(TABLE) == url_names(APP)
