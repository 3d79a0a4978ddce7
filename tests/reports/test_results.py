import datetime

import pytest

from tests.factories import ResultsReportFactory
from thidua.common.errors import DomainError
from thidua.reports.domain import results

D = datetime.date


@pytest.mark.django_db
def test_a_conference_that_has_not_happened_cannot_be_reported(campaign, commune, unit_officer):
    report = ResultsReportFactory(unit=commune, campaign=campaign, held_on=D(2025, 8, 28))
    with pytest.raises(DomainError, match="chưa diễn ra"):
        results.submit(report, unit_officer, today=D(2025, 8, 26))
    report.refresh_from_db()
    assert report.status == "draft" and report.submitted_at is None


def test_held_on_problem_messages(db, campaign):
    assert results.held_on_problem(D(2025, 8, 20), campaign, today=D(2025, 8, 21)) == ""
    assert "chưa diễn ra" in results.held_on_problem(D(2025, 8, 22), campaign, today=D(2025, 8, 21))
    assert "trước ngày ban hành" in results.held_on_problem(D(2025, 1, 2), campaign, today=D(2025, 8, 21))


@pytest.mark.django_db
def test_submission_needs_date_attendance_and_summary(campaign, commune, unit_officer):
    report = ResultsReportFactory(
        unit=commune, campaign=campaign, held_on=None, attended_exemplars=0, attended_guests=0, attended_leaders=0,
        attended_women=0, use_generated_summary=False,
    )
    problems = results.submission_problems(report, today=D(2025, 8, 26))
    assert any("ngày tổ chức" in p for p in problems)
    assert any("số đại biểu" in p for p in problems)
    assert any("tổng kết 5 năm" in p for p in problems)


@pytest.mark.django_db
def test_attendance_parts_cannot_exceed_total(campaign, commune):
    report = ResultsReportFactory.build(unit=commune, campaign=campaign, attended_women=500)
    assert "lớn hơn tổng số" in results.attendance_problems(report)["attended_women"]
    report = ResultsReportFactory.build(unit=commune, campaign=campaign, attended_exemplars=200, attended_women=0)
    assert "vượt số tối đa 150" in results.attendance_problems(report)["attended_exemplars"]


@pytest.mark.django_db
def test_submit_return_resubmit_accept_records_history(campaign, commune, unit_officer, board_officer):
    report = ResultsReportFactory(unit=commune, campaign=campaign)
    report = results.submit(report, unit_officer, today=D(2025, 8, 26))
    assert report.status == "submitted" and report.submitted_at is not None
    with pytest.raises(DomainError, match="không gửi lại"):
        results.submit(report, unit_officer, today=D(2025, 8, 26))
    with pytest.raises(DomainError, match="ghi rõ"):
        results.return_to_unit(report, board_officer, "  ")
    report = results.return_to_unit(report, board_officer, "Thiếu danh sách đại biểu dự Đại hội")
    assert report.status == "returned" and report.decided_by == board_officer
    with pytest.raises(DomainError, match="đang chờ"):
        results.accept(report, board_officer)
    report = results.submit(report, unit_officer, today=D(2025, 8, 27))
    report = results.accept(report, board_officer, "Đạt")
    assert report.status == "accepted"
    latest = report.history.first()
    assert latest.history_user == board_officer and "chấp thuận" in latest.history_change_reason
    reasons = [h.history_change_reason for h in report.history.all()]
    assert any("trả lại" in (r or "") for r in reasons)
