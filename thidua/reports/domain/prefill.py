"""A results report's figures from what the system already holds ("Lấy số liệu từ hệ thống").

- date and place: the unit's plan (the one its conference's delegate list belongs to);
- attendance by group, women, ethnic minorities, direct workers: delegates who checked in;
- awards decided: the honors awards in the decisions the unit issued under that plan;
- presentations: the plan's agenda item ``presentations`` and its presenters;
- delegates to the city congress with their summaries: the delegates app's congress list.

``figures_for`` only reads; ``apply`` writes the figures into a report (sections the system
has no data for keep what the officer typed) and records it in the report's history.
"""
import re
from dataclasses import dataclass, field
from datetime import date

from django.db import transaction
from django.db.models import Count, Q

from thidua.common import clock, history
from thidua.common.errors import DomainError
from thidua.common.text import short_date
from thidua.delegates.models import Conference, CongressDelegate, Delegate
from thidua.plans.domain.service import chosen_plan
from thidua.plans.models import Plan
from thidua.reports.domain import sources
from thidua.reports.models import ReportAward, ReportCongressDelegate, ReportPresentation, ResultsReport

PREFILL = "Lấy số liệu từ hệ thống"
START = "Bắt đầu soạn báo cáo kết quả"

PRESENTATIONS_KEY = "presentations"
ATTENDANCE_FIELDS = (
    "attended_exemplars", "attended_guests", "attended_leaders", "attended_women", "attended_ethnic_minorities",
    "attended_direct_workers",
)
GROUP_FIELDS = {"exemplar": "attended_exemplars", "guest": "attended_guests", "leader": "attended_leaders"}


@dataclass
class Figures:
    """What the system knows for one unit's results report. ``None``/empty: no data."""

    plan_id: int | None = None
    held_on: date | None = None
    venue: str = ""
    attendance: dict | None = None  # {ResultsReport field: count} from check-ins
    awards: list = field(default_factory=list)  # dicts with ReportAward fields
    presentations: list = field(default_factory=list)  # dicts: order, presenter, title
    congress: list = field(default_factory=list)  # dicts with ReportCongressDelegate fields
    notes: list = field(default_factory=list)  # Vietnamese: what could not be read and why

    @property
    def has_any(self):
        return bool(self.held_on or self.venue or self.attendance or self.awards or self.presentations or self.congress)

    @property
    def attended_total(self):
        if not self.attendance:
            return 0
        return sum(self.attendance[f] for f in GROUP_FIELDS.values())

    def found(self):
        """Vietnamese phrases of what was found, for the officer's message."""
        parts = []
        if self.held_on or self.venue:
            parts.append("ngày, địa điểm hội nghị")
        if self.attendance:
            parts.append(f"{self.attended_total} đại biểu đã điểm danh")
        if self.awards:
            parts.append(f"{sum(a['count'] for a in self.awards)} người, tập thể được khen thưởng")
        if self.presentations:
            parts.append(f"{len(self.presentations)} tham luận")
        if self.congress:
            parts.append(f"{len(self.congress)} đại biểu dự Đại hội")
        return parts


def _choose_plan(unit, campaign):
    """The plan whose conference holds the delegate list, else the newest sent plan, else the newest."""
    plans = list(Plan.objects.filter(unit=unit, campaign=campaign))
    with_conference = set(Conference.objects.filter(plan__in=plans).values_list("plan_id", flat=True))
    return chosen_plan([p for p in plans if p.pk in with_conference]) or chosen_plan(plans)


def _attendance(plan):
    rows = (
        Delegate.objects.filter(conference__plan=plan, status=Delegate.Status.CONFIRMED, checked_in_at__isnull=False)
        .values_list("group", "gender", "ethnicity", "direct_worker")
        .annotate(n=Count("pk"))
        .order_by()
    )
    counts = dict.fromkeys(ATTENDANCE_FIELDS, 0)
    for group, gender, ethnicity, direct, n in rows:
        if group in GROUP_FIELDS:
            counts[GROUP_FIELDS[group]] += n
        counts["attended_women"] += n if gender == "female" else 0
        counts["attended_ethnic_minorities"] += n if sources.is_minority(ethnicity) else 0
        counts["attended_direct_workers"] += n if direct else 0
    return counts if any(counts[f] for f in GROUP_FIELDS.values()) else None


_SPLIT_PEOPLE = re.compile(r"\s*(?:;|\n)\s*")
_SPLIT_TITLE = re.compile(r"\s*(?::| – | - )\s*")


def _presentations(plan):
    """One row per presenter of the agenda's presentations item: "Người A: Tên tham luận; Người B"."""
    out = []
    items = plan.agenda_items.filter(Q(key=PRESENTATIONS_KEY) | Q(content__icontains="tham luận")).order_by("order")
    for item in items:
        for piece in _SPLIT_PEOPLE.split(item.presenter.strip()):
            if not piece:
                continue
            parts = _SPLIT_TITLE.split(piece, maxsplit=1)
            presenter, title = (parts[0], parts[1]) if len(parts) == 2 and parts[1] else (piece, item.content)
            out.append({"order": len(out) + 1, "presenter": presenter[:200], "title": title[:400]})
    return out


def _congress(unit, campaign):
    entries = (
        CongressDelegate.objects.filter(submission__unit=unit, submission__campaign=campaign)
        .select_related("delegate__nominee")
        .order_by("order", "pk")
    )
    out = []
    for i, e in enumerate(entries, start=1):
        delegate = e.delegate
        nominee = delegate.nominee if delegate else None
        summary = e.achievements or (delegate.achievements if delegate else "") or (nominee.summary if nominee else "")
        out.append({
            "order": i, "full_name": e.full_name[:200],
            "position": ", ".join(x for x in (e.position, e.organisation) if x)[:300],
            "is_woman": e.gender == "female", "is_ethnic_minority": sources.is_minority(e.ethnicity),
            "is_direct_worker": e.direct_worker, "summary": summary[:3000],
        })
    return out


def figures_for(unit, campaign, today=None):
    """``Figures`` of ``unit``'s results report under ``campaign`` from the plans, delegates and honors apps."""
    today = today or clock.today()
    f = Figures()
    plan = _choose_plan(unit, campaign)
    if plan is None:
        f.notes.append("Đơn vị chưa có kế hoạch trong hệ thống: không có ngày, địa điểm, chương trình hội nghị.")
    else:
        f.plan_id = plan.pk
        f.venue = plan.venue
        if plan.conference_date and plan.conference_date > today:
            f.notes.append(f"Hội nghị dự kiến ngày {short_date(plan.conference_date)}, chưa diễn ra: chưa ghi ngày tổ chức.")
        else:
            f.held_on = plan.conference_date
        f.attendance = _attendance(plan)
        if f.attendance is None:
            f.notes.append("Chưa có đại biểu nào điểm danh: giữ số đại biểu dự đơn vị đã nhập.")
        f.presentations = _presentations(plan)
        if not f.presentations:
            f.notes.append("Chương trình hội nghị chưa ghi người trình bày tham luận.")
    f.awards = [t.as_row() for t in sources.tally(sources.award_facts(sources.unit_awards(unit, campaign)))]
    if not f.awards:
        f.notes.append("Chưa có quyết định khen thưởng nào của đơn vị trong hệ thống: giữ số liệu khen thưởng đã nhập.")
    f.congress = _congress(unit, campaign)
    if not f.congress:
        f.notes.append("Chưa lập danh sách đại biểu dự Đại hội trong hệ thống.")
    return f


def fill(report, figures):
    """Set the report's own fields (date, place, attendance) the system knows; nothing is saved."""
    if figures.held_on:
        report.held_on = figures.held_on
    if figures.venue:
        report.venue = figures.venue[:300]
    if figures.attendance:
        for name, value in figures.attendance.items():
            setattr(report, name, value)
    return report


def _replace(report, related, model, rows, user, action):
    for old in getattr(report, related).all():
        history.delete(old, user, action)
    for row in rows:
        history.create(model, user, action, report=report, **row)


@transaction.atomic
def apply(report, figures, user, action=PREFILL):
    """Write ``figures`` into ``report`` (saved or not) as ``action``; a section without data
    keeps its values.

    Returns the Vietnamese phrases of what was filled."""

    if report.pk and not report.is_editable:
        raise DomainError("Báo cáo đã gửi, không lấy lại số liệu được.")
    fill(report, figures)
    found = figures.found()
    history.save(report, user, action)
    if figures.awards:
        _replace(report, "awards", ReportAward, figures.awards, user, action)
    if figures.presentations:
        _replace(report, "presentations", ReportPresentation, figures.presentations, user, action)
    if figures.congress:
        _replace(report, "congress_delegates", ReportCongressDelegate, figures.congress, user, action)
    return found


@transaction.atomic
def start(unit, campaign, user, today=None):
    """A new report of ``unit`` filled with the system's figures: (report, Figures, phrases)."""
    report = ResultsReport(unit=unit, campaign=campaign)
    figures = figures_for(unit, campaign, today)
    return report, figures, apply(report, figures, user, action=START)


@transaction.atomic
def refresh(report, user, today=None):
    """"Lấy số liệu từ hệ thống" on an existing report: (Figures, phrases of what was filled)."""
    report = ResultsReport.objects.select_for_update().select_related("unit", "campaign").get(pk=report.pk)
    figures = figures_for(report.unit, report.campaign, today)
    return figures, apply(report, figures, user)
