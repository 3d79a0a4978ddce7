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
