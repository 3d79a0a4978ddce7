import datetime

import pytest

from tests.factories import PlanFactory, ResultsReportFactory, UnitFactory, at
from thidua.campaigns.domain.rules import CampaignRules, DeadlineRule
from thidua.common.findings import Finding
from thidua.reports.domain.progress import Status, UnitFacts, cells_for, lateness, progress_rows

D = datetime.date
RULES = CampaignRules(
    code="hp",
    title="t",
    deadlines={
        "plan_submission": DeadlineRule("plan_submission", "Gửi kế hoạch", D(2025, 8, 15)),
        "conference": DeadlineRule("conference", "Hội nghị", D(2025, 8, 25)),
        "results_report": DeadlineRule("results_report", "Báo cáo", D(2025, 8, 30)),
        "congress_delegates": DeadlineRule("congress_delegates", "Đại biểu", D(2025, 8, 30)),
    },
)


def by_key(cells):
    return {c.milestone: c for c in cells}


def test_nothing_done_before_any_deadline_is_pending():
    cells = by_key(cells_for(UnitFacts(), RULES, D(2025, 8, 1)))
    assert cells["plan_sent"].status == Status.PENDING
    assert cells["results_sent"].status == Status.PENDING
    assert lateness(cells.values()) == 0


def test_plan_not_sent_three_days_before_is_due_soon_and_after_is_overdue():
    assert by_key(cells_for(UnitFacts(), RULES, D(2025, 8, 12)))["plan_sent"].status == Status.SOON
    # "trước ngày 15/8": on the 15th it is already too late
    cell = by_key(cells_for(UnitFacts(), RULES, D(2025, 8, 15)))["plan_sent"]
    assert cell.status == Status.OVERDUE and cell.needs_reminder and "15/8/2025" in cell.note


def test_plan_sent_on_time_late_and_with_findings():
    on_time = UnitFacts(plan_status="submitted", plan_submitted_on=D(2025, 8, 14))
    assert by_key(cells_for(on_time, RULES, D(2025, 9, 1)))["plan_sent"].status == Status.OK
    late = UnitFacts(plan_status="submitted", plan_submitted_on=D(2025, 8, 15))
    assert by_key(cells_for(late, RULES, D(2025, 9, 1)))["plan_sent"].status == Status.LATE
    draft = UnitFacts(plan_status="draft", plan_submitted_on=None)
    assert by_key(cells_for(draft, RULES, D(2025, 9, 1)))["plan_sent"].status == Status.OVERDUE
    wrong = UnitFacts(
        plan_status="submitted", plan_submitted_on=D(2025, 8, 10),
        findings=[Finding("conference_after_deadline", "error", "conference_date", "Sau hạn")],
    )
    cell = by_key(cells_for(wrong, RULES, D(2025, 9, 1)))["plan_sent"]
    assert cell.status == Status.FINDINGS and "1 lỗi" in cell.note


def test_conference_date_after_deadline_is_a_finding_kesat_case():
    facts = UnitFacts(plan_status="accepted", plan_submitted_on=D(2025, 8, 14), conference_date=D(2025, 8, 28))
    cells = by_key(cells_for(facts, RULES, D(2025, 8, 20)))
    assert cells["conference_set"].status == Status.FINDINGS
    assert cells["plan_accepted"].status == Status.OK
    assert cells["conference_held"].status == Status.PENDING


def test_held_and_reported_late():
    facts = UnitFacts(held_on=D(2025, 8, 28), report_status="submitted", report_submitted_on=D(2025, 8, 31))
    cells = by_key(cells_for(facts, RULES, D(2025, 9, 5)))
    assert cells["conference_held"].status == Status.LATE
    assert cells["results_sent"].status == Status.LATE
    assert cells["delegates_sent"].status == Status.OVERDUE
    assert lateness(cells.values()) > 0


def test_returned_report_is_flagged():
    facts = UnitFacts(held_on=D(2025, 8, 20), report_status="returned", report_submitted_on=D(2025, 8, 22))
    assert by_key(cells_for(facts, RULES, D(2025, 8, 23)))["results_sent"].status == Status.FINDINGS


@pytest.mark.django_db
def test_progress_rows_read_plans_and_reports(campaign, commune, other_commune):
    PlanFactory(unit=commune, campaign=campaign, status="draft", conference_date=D(2025, 8, 28))
    PlanFactory(unit=commune, campaign=campaign, status="submitted", submitted_at=at(D(2025, 8, 13)), conference_date=D(2025, 8, 28))
    ResultsReportFactory(unit=other_commune, campaign=campaign, status="submitted", submitted_at=at(D(2025, 8, 26)), held_on=D(2025, 8, 22))
    rows = progress_rows([commune, other_commune], campaign, today=D(2025, 8, 27), sort="ten")
    assert [r.unit.name for r in rows] == ["An Hải", "Kẻ Sặt"]
    an_hai, ke_sat = rows
    # the submitted plan wins over the newer draft; its date after 25/8 is an error of the compliance checker
    assert ke_sat.cell("plan_sent").day == D(2025, 8, 13)
    assert ke_sat.cell("plan_sent").status == Status.FINDINGS
    assert any(f.severity == "error" for f in ke_sat.facts.findings)
    assert ke_sat.cell("conference_set").status == Status.FINDINGS
    assert ke_sat.cell("conference_held").status == Status.OVERDUE
    assert an_hai.cell("results_sent").status == Status.OK
    assert an_hai.cell("plan_sent").status == Status.OVERDUE
    most_behind = progress_rows([commune, other_commune], campaign, today=D(2025, 8, 27), sort="cham")
    assert most_behind[0].lateness >= most_behind[1].lateness


@pytest.mark.django_db
def test_units_of_other_kinds_are_not_rows(campaign, city, commune):
    from thidua.reports.domain.progress import reporting_units
    from thidua.units.models import Unit

    UnitFactory(code="thon-1", name="Thôn 1", kind="village", parent=commune)
    UnitFactory(code="so-x", name="Sở X", kind="department", parent=city)
    names = [u.name for u in reporting_units(Unit.objects.all())]
    assert names == ["Kẻ Sặt", "Sở X"]
    assert [u.name for u in reporting_units(Unit.objects.all(), "department")] == ["Sở X"]
