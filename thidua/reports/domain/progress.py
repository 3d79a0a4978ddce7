"""Every reporting unit's progress against every milestone of a campaign.

``unit_facts`` reads what the system knows about a unit (its plan, its results report,
its congress delegates) in a constant number of queries for any number of units;
``cells_for`` turns one unit's facts into the board's cells with plain date rules, so
the rules are unit-tested without a database.
"""
from dataclasses import dataclass, field
from datetime import date, timedelta

from django.utils import timezone

from thidua.campaigns.domain.rules import rules_for
from thidua.common import clock
from thidua.common.collation import vi_key, vi_order
from thidua.common.findings import Severity
from thidua.delegates.domain.congress import submitted_on_many
from thidua.plans.domain.service import chosen_plan, findings_for
from thidua.plans.models import Plan
from thidua.reports.models import ResultsReport
from thidua.units.models import UnitKind

# How many days before a deadline a missing step counts as "about to be late".
DUE_SOON_DAYS = 3


class Status:
    OK = "ok"
    LATE = "late"  # done, after the deadline
    OVERDUE = "overdue"  # not done and the deadline has passed
    SOON = "soon"  # not done, the deadline is near
    PENDING = "pending"  # not done yet, or waiting for the Board
    FINDINGS = "findings"  # done, with errors the Board must see

    LABELS = {
        OK: "Đúng hạn",
        LATE: "Trễ hạn",
        OVERDUE: "Quá hạn, chưa có",
        SOON: "Sắp đến hạn",
        PENDING: "Chưa có",
        FINDINGS: "Có sai sót",
    }
    BADGE = {OK: "ok", LATE: "late", OVERDUE: "late", SOON: "warn", PENDING: "missing", FINDINGS: "warn"}
    # How bad a cell is, to sort "most behind first".
    WEIGHT = {OVERDUE: 3, LATE: 2, FINDINGS: 2, SOON: 1, PENDING: 0, OK: 0}


@dataclass(frozen=True)
class Milestone:
    key: str
    label: str
    deadline_key: str | None  # the CampaignDeadline it is measured against
    remind: bool = True  # the scheduled command reminds units about it


MILESTONES = (
    Milestone("plan_sent", "Gửi kế hoạch", "plan_submission"),
    Milestone("plan_accepted", "Kế hoạch được chấp thuận", None, remind=False),
    Milestone("conference_set", "Ngày hội nghị trong hạn", "conference", remind=False),
    Milestone("conference_held", "Đã tổ chức hội nghị", "conference"),
    Milestone("results_sent", "Gửi báo cáo kết quả", "results_report"),
    Milestone("delegates_sent", "Gửi đại biểu dự Đại hội", "congress_delegates"),
)
MILESTONE_BY_KEY = {m.key: m for m in MILESTONES}


@dataclass
class UnitFacts:
    plan_id: int | None = None
    plan_status: str = ""
    plan_status_label: str = ""
    plan_submitted_on: date | None = None
    plan_decided_on: date | None = None
    conference_date: date | None = None
    report_id: int | None = None
    report_status: str = ""
    report_status_label: str = ""
    held_on: date | None = None
    report_submitted_on: date | None = None
    delegates_sent_on: date | None = None
    findings: list = field(default_factory=list)


@dataclass(frozen=True)
class Cell:
    milestone: str
    status: str
    day: date | None = None
    note: str = ""
    due: date | None = None

    @property
    def label(self):
        return Status.LABELS[self.status]

    @property
    def badge(self):
        return Status.BADGE[self.status]

    @property
    def needs_reminder(self):
        return self.status in (Status.OVERDUE, Status.SOON)


def _deadline_cell(milestone, done_on, rule, today, note=""):
    """A milestone measured against a deadline: on time, late, overdue, soon or pending."""
    due = rule.due if rule else None
    if done_on is not None:
        if rule is None or rule.is_met_by(done_on):
            return Cell(milestone, Status.OK, done_on, note, due)
        return Cell(milestone, Status.LATE, done_on, note or f"Hạn: {rule.phrase}", due)
    if rule is None:
        return Cell(milestone, Status.PENDING, None, note, due)
    if not rule.is_met_by(today):
        return Cell(milestone, Status.OVERDUE, None, note or f"Hạn: {rule.phrase}", due)
    if today + timedelta(days=DUE_SOON_DAYS) >= rule.due:
        return Cell(milestone, Status.SOON, None, note or f"Hạn: {rule.phrase}", due)
    return Cell(milestone, Status.PENDING, None, note or f"Hạn: {rule.phrase}", due)


def cells_for(facts, rules, today):
    """The board's cells of one unit, in MILESTONES order."""
    deadline = rules.deadline
    sent = facts.plan_status in ("submitted", "returned", "accepted")
    errors = [f for f in facts.findings if f.severity == Severity.ERROR]
    cells = []

    plan_cell = _deadline_cell("plan_sent", facts.plan_submitted_on if sent else None, deadline("plan_submission"), today)
    if plan_cell.status == Status.OK and errors:
        plan_cell = Cell("plan_sent", Status.FINDINGS, plan_cell.day, f"{len(errors)} lỗi so với kế hoạch thành phố", plan_cell.due)
    cells.append(plan_cell)

    if facts.plan_status == "accepted":
        cells.append(Cell("plan_accepted", Status.OK, facts.plan_decided_on))
    elif facts.plan_status == "returned":
        cells.append(Cell("plan_accepted", Status.FINDINGS, facts.plan_decided_on, "Ban đã trả lại để sửa"))
    elif facts.plan_status == "submitted":
        cells.append(Cell("plan_accepted", Status.PENDING, None, "Chờ Ban xem xét"))
    else:
        cells.append(Cell("plan_accepted", Status.PENDING, None))

    conference = deadline("conference")
    if facts.conference_date is not None:
        if conference is None or conference.is_met_by(facts.conference_date):
            cells.append(Cell("conference_set", Status.OK, facts.conference_date, due=conference.due if conference else None))
        else:
            cells.append(
                Cell("conference_set", Status.FINDINGS, facts.conference_date, f"Ngày dự kiến sau thời hạn ({conference.phrase})", conference.due)
            )
    else:
        cells.append(_deadline_cell("conference_set", None, conference, today, "Chưa ấn định ngày"))

    cells.append(_deadline_cell("conference_held", facts.held_on, conference, today))
    report_sent = facts.report_status in ("submitted", "returned", "accepted")
    results = _deadline_cell("results_sent", facts.report_submitted_on if report_sent else None, deadline("results_report"), today)
    if results.status == Status.OK and facts.report_status == "returned":
        results = Cell("results_sent", Status.FINDINGS, results.day, "Ban đã trả lại để sửa", results.due)
    cells.append(results)
    cells.append(_deadline_cell("delegates_sent", facts.delegates_sent_on, deadline("congress_delegates"), today))
    return cells


def lateness(cells):
    return sum(Status.WEIGHT[c.status] for c in cells)


# ---------------------------------------------------------------------------
# Reading the facts of many units at once


def _local_date(value):
    return timezone.localdate(value) if value else None


def unit_facts(units, campaign, with_findings=True, rules=None):
    """{unit.pk: UnitFacts} for ``units`` under ``campaign`` in a constant number of queries
    (``rules``: the campaign's ``CampaignRules`` when the caller has them already)."""
    units = list(units)
    ids = [u.pk for u in units]
    facts = {pk: UnitFacts() for pk in ids}
    if not ids:
        return facts
    if with_findings and rules is None:
        rules = rules_for(campaign)
    plans_qs = Plan.objects.filter(campaign=campaign, unit_id__in=ids).select_related("unit", "campaign")
    if with_findings:
        plans_qs = plans_qs.prefetch_related("agenda_items", "award_categories", "tasks")
    by_unit = {}
    for plan in plans_qs:
        by_unit.setdefault(plan.unit_id, []).append(plan)
    for unit_id, plans in by_unit.items():
        plan = chosen_plan(plans)
        f = facts[unit_id]
        f.plan_id = plan.pk
        f.plan_status = plan.status
        f.plan_status_label = plan.get_status_display()
        f.plan_submitted_on = _local_date(plan.submitted_at)
        f.plan_decided_on = _local_date(plan.decided_at)
        f.conference_date = plan.conference_date
        if with_findings:
            f.findings = findings_for(plan, rules)
    reports = ResultsReport.objects.filter(campaign=campaign, unit_id__in=ids).prefetch_related("congress_delegates")
    for report in reports:
        f = facts[report.unit_id]
        f.report_id = report.pk
        f.report_status = report.status
        f.report_status_label = report.get_status_display()
        f.held_on = report.held_on
        if report.status != "draft":
            f.report_submitted_on = _local_date(report.submitted_at)
            if report.congress_delegates.all():
                f.delegates_sent_on = f.report_submitted_on
    _delegates_from_congress(units, facts, campaign)
    return facts


def _delegates_from_congress(units, facts, campaign):
    """The delegates app's record of when a unit sent its congress list wins, when it exists
    (one query: ``thidua.delegates.domain.congress.submitted_on_many``)."""
    for unit_id, day in submitted_on_many(units, campaign).items():
        if day is not None:
            facts[unit_id].delegates_sent_on = day


@dataclass
class ProgressRow:
    unit: object
    facts: UnitFacts
    cells: list

    @property
    def lateness(self):
        return lateness(self.cells)

    @property
    def error_count(self):
        return sum(1 for f in self.facts.findings if f.severity == Severity.ERROR)

    @property
    def warning_count(self):
        return sum(1 for f in self.facts.findings if f.severity == Severity.WARNING)

    def cell(self, key):
        return next(c for c in self.cells if c.milestone == key)


SORTS = {
    "ten": ("Tên đơn vị", lambda r: vi_key(r.unit.name)),
    "loai": ("Loại đơn vị", lambda r: (r.unit.kind, vi_key(r.unit.name))),
    "cham": ("Chậm nhất trước", lambda r: (-r.lateness, vi_key(r.unit.name))),
    "sai-sot": ("Nhiều sai sót nhất trước", lambda r: (-r.error_count, -r.warning_count, vi_key(r.unit.name))),
}
for _m in MILESTONES:
    SORTS[_m.key] = (
        _m.label,
        (lambda key: lambda r: (r.cell(key).day is None, r.cell(key).day or date.max, vi_key(r.unit.name)))(_m.key),
    )


def progress_rows(units, campaign, today=None, sort="cham", with_findings=True, rules=None):
    """One ``ProgressRow`` per unit, sorted; the campaign's rules are built once (or given)."""
    today = today or clock.today()
    rules = rules or rules_for(campaign)
    units = list(units)
    facts = unit_facts(units, campaign, with_findings=with_findings, rules=rules)
    rows = [ProgressRow(u, facts[u.pk], cells_for(facts[u.pk], rules, today)) for u in units]
    key = SORTS.get(sort, SORTS["cham"])[1]
    return sorted(rows, key=key)


def reporting_units(queryset, kind=""):
    kinds = UnitKind.reporting_units()
    qs = queryset.filter(kind__in=kinds, is_active=True)
    if kind in kinds:
        qs = qs.filter(kind=kind)
    return qs.order_by(vi_order("name"))
