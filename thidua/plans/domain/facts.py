"""A plan as plain facts: what the compliance checker reads.

Both a stored ``Plan`` (builder) and a plan extracted from a received document (ingest)
become ``PlanFacts``, so one checker serves the UI, the API, the commands and the import.
"""
from dataclasses import dataclass, field
from datetime import date, time


@dataclass
class AgendaFact:
    content: str
    key: str | None = None  # one of the campaign's agenda keys, or None for an extra
    start: time | None = None
    end: time | None = None
    presenter: str = ""


@dataclass
class AwardCategoryFact:
    name: str
    target: str = "individual"  # individual / collective / household
    min_count: int = 0
    max_count: int | None = None


@dataclass
class TaskFact:
    assignee: str
    description: str
    due: date | None = None


@dataclass
class PlanFacts:
    unit_name: str = ""  # as in a conference name: "xã Kẻ Sặt", "phường An Hải", "Sở Ngoại vụ"
    unit_kind: str = ""  # xa / phuong / dac_khu / department
    merged: bool = True  # formed by the 2025 reorganisation
    number: str = ""
    issued_on: date | None = None
    submitted_on: date | None = None  # when the plan reached the Board
    conference_name: str = ""
    conference_form: str = ""
    conference_date: date | None = None
    date_text: str = ""  # as written: "chiều ngày 28/8/2025", "trước ngày 25/8/2025"
    weekday_text: str = ""  # weekday written next to the date: "thứ Năm"
    start_time: time | None = None
    end_time: time | None = None
    sessions: float | None = None  # 1 = half a day
    venue: str = ""
    banner_text: str = ""
    delegates_total: int | None = None
    delegates_exemplars: int | None = None
    delegates_guests: int | None = None
    delegates_leaders: int | None = None
    exemplar_share: float | None = None  # stated share, e.g. 0.70 for "khoảng 70%"
    agenda: list = field(default_factory=list)  # AgendaFact, in order
    presentations_count: int | None = None
    presentations_max: int | None = None
    award_categories: list = field(default_factory=list)  # AwardCategoryFact
    nomination_deadline: date | None = None
    report_deadline: date | None = None
    tasks: list = field(default_factory=list)  # TaskFact
    signer_mode: str = ""
    signer_title: str = ""
    signer_name: str = ""
    period_texts: list = field(default_factory=list)  # periods the plan attaches to its conference

    @property
    def agenda_keys(self):
        return [item.key for item in self.agenda if item.key]


def _local_date(value):
    if value is None:
        return None
    from django.utils import timezone

    if timezone.is_aware(value):
        value = timezone.localtime(value)
    return value.date()


def facts_from_plan(plan):
    """The facts of a stored ``Plan`` (agenda, award categories and tasks read through
    ``.all()`` so a prefetched list view does not query per plan)."""
    return facts_from_parts(
        plan,
        sorted(plan.agenda_items.all(), key=lambda i: i.order),
        sorted(plan.award_categories.all(), key=lambda c: c.order),
        sorted(plan.tasks.all(), key=lambda t: t.order),
    )


def facts_from_parts(plan, agenda_items, categories, tasks):
    """The facts of a ``Plan`` instance (saved or not) with its rows given in order: the
    builder checks unsaved edits with this, for live findings."""
    from thidua.common.plan_text import periods_attached_to_conference

    unit = plan.unit if plan.unit_id else None
    share = getattr(plan, "exemplar_share", None)
    texts = [plan.title, plan.conference_name, plan.banner_text, plan.theme, *(plan.slogans or [])]
    return PlanFacts(
        unit_name=unit.display_name if unit else "",
        unit_kind=unit.kind if unit else "",
        merged=bool(unit.merged_in_2025) if unit else True,
        number=plan.number,
        issued_on=plan.issued_on,
        submitted_on=_local_date(plan.submitted_at),
        conference_name=plan.conference_name,
        conference_form=plan.conference_form,
        conference_date=plan.conference_date,
        date_text=plan.date_text,
        weekday_text=plan.weekday_text,
        start_time=plan.start_time,
        end_time=plan.end_time,
        sessions=float(plan.sessions) if plan.sessions is not None else None,
        venue=plan.venue,
        banner_text=plan.banner_text,
        delegates_total=plan.delegates_total,
        delegates_exemplars=plan.delegates_exemplars,
        delegates_guests=plan.delegates_guests,
        delegates_leaders=plan.delegates_leaders,
        exemplar_share=float(share) if share is not None else None,
        agenda=[
            AgendaFact(content=i.content, key=i.key or None, start=i.start_time, end=i.end_time, presenter=i.presenter)
            for i in agenda_items
        ],
        presentations_count=plan.presentations_count,
        presentations_max=plan.presentations_max,
        award_categories=[
            AwardCategoryFact(name=c.name, target=c.target, min_count=c.min_count, max_count=c.max_count)
            for c in categories
        ],
        nomination_deadline=plan.nomination_deadline,
        report_deadline=plan.report_deadline,
        tasks=[
            TaskFact(assignee=t.assignee_text or (str(t.assignee_unit) if t.assignee_unit_id else ""),
                     description=t.description, due=t.due_date)
            for t in tasks
        ],
        signer_mode=plan.signer_mode,
        signer_title=plan.signer_title,
        signer_name=plan.signer_name,
        period_texts=periods_attached_to_conference(texts),
    )
