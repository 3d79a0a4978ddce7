"""The conference programme as a timetable (seed 004's table: STT, time, content, who),
checked for overlaps, gaps, missing times and the session's end."""
from dataclasses import dataclass

from thidua.common.findings import Finding, Severity, sort_findings


@dataclass(frozen=True)
class Slot:
    order: int
    content: str
    start: object  # datetime.time | None
    end: object
    presenter: str = ""
    key: str = ""


def minutes(t):
    return t.hour * 60 + t.minute


def hm(t):
    """14h00' — how the seeds write times."""
    return f"{t.hour}h{t.minute:02d}'" if t else ""


def slot_time(slot):
    if slot.start and slot.end:
        return f"{hm(slot.start)}-{hm(slot.end)}"
    return hm(slot.start) or hm(slot.end)


def check(slots, start=None, end=None, session_max_minutes=None):
    slots = sorted(slots, key=lambda s: s.order)
    findings = []
    timed = []
    for s in slots:
        if not s.start or not s.end:
            findings.append(Finding(f"time_missing:{s.order}", Severity.WARNING, "agenda",
                                    f"Mục {s.order} «{s.content}» chưa có giờ bắt đầu và kết thúc."))
            continue
        if minutes(s.end) <= minutes(s.start):
            findings.append(Finding(f"time_reversed:{s.order}", Severity.ERROR, "agenda",
                                    f"Mục {s.order} «{s.content}» kết thúc ({hm(s.end)}) không sau giờ bắt đầu ({hm(s.start)})."))
            continue
        timed.append(s)
    for prev, cur in zip(timed, timed[1:]):
        if minutes(cur.start) < minutes(prev.end):
            findings.append(Finding(f"overlap:{prev.order}-{cur.order}", Severity.ERROR, "agenda",
                                    f"Mục {cur.order} bắt đầu lúc {hm(cur.start)}, trước khi mục {prev.order} kết thúc ({hm(prev.end)}): "
                                    f"chồng {minutes(prev.end) - minutes(cur.start)} phút."))
        elif minutes(cur.start) > minutes(prev.end):
            findings.append(Finding(f"gap:{prev.order}-{cur.order}", Severity.INFO, "agenda",
                                    f"Giữa mục {prev.order} (kết thúc {hm(prev.end)}) và mục {cur.order} (bắt đầu {hm(cur.start)}) "
                                    f"trống {minutes(cur.start) - minutes(prev.end)} phút."))
    if timed:
        first, last = timed[0], max(timed, key=lambda s: minutes(s.end))
        if start and minutes(first.start) < minutes(start):
            findings.append(Finding("starts_before_session", Severity.WARNING, "start_time",
                                    f"Chương trình bắt đầu lúc {hm(first.start)}, trước giờ khai mạc {hm(start)} của kế hoạch."))
        if end and minutes(last.end) > minutes(end):
            findings.append(Finding("ends_after_session", Severity.ERROR, "end_time",
                                    f"Chương trình kết thúc lúc {hm(last.end)}, muộn {minutes(last.end) - minutes(end)} phút "
                                    f"so với giờ kết thúc {hm(end)} của kế hoạch."))
        span = minutes(last.end) - minutes(first.start)
        if session_max_minutes and span > session_max_minutes:
            findings.append(Finding("session_too_long", Severity.WARNING, "sessions",
                                    f"Chương trình kéo dài {span} phút, quá một buổi ({session_max_minutes} phút)."))
    return sort_findings(findings)


def current_slot(slots, day, now):
    """The slot running at ``now`` (a datetime) on the conference ``day``; None otherwise."""
    if not day or now.date() != day:
        return None
    m = now.hour * 60 + now.minute
    for s in sorted(slots, key=lambda s: s.order):
        if s.start and s.end and minutes(s.start) <= m < minutes(s.end):
            return s
    return None


def slots_of(plan):
    return [Slot(a.order, a.content, a.start_time, a.end_time, a.presenter, a.key) for a in plan.agenda_items.all()]
