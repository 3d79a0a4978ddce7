"""PlanFacts <-> JSON (stored on ReceivedDocument) and the ``check_plan`` summary shape."""
from dataclasses import asdict, fields
from datetime import date, time

from thidua.plans.domain.facts import AgendaFact, AwardCategoryFact, PlanFacts, TaskFact

_DATE_FIELDS = {"issued_on", "submitted_on", "conference_date", "nomination_deadline", "report_deadline"}
_TIME_FIELDS = {"start_time", "end_time"}


def _plain(value):
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, time):
        return value.strftime("%H:%M")
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_plain(v) for v in value]
    return value


def to_json(facts):
    return _plain(asdict(facts))


def _time(value):
    return time.fromisoformat(value) if value else None


def from_json(data):
    data = dict(data or {})
    names = {f.name for f in fields(PlanFacts)}
    kwargs = {k: v for k, v in data.items() if k in names}
    for key in _DATE_FIELDS:
        kwargs[key] = date.fromisoformat(kwargs[key]) if kwargs.get(key) else None
    for key in _TIME_FIELDS:
        kwargs[key] = _time(kwargs.get(key))
    kwargs["agenda"] = [
        AgendaFact(a.get("content", ""), a.get("key"), _time(a.get("start")), _time(a.get("end")), a.get("presenter", ""))
        for a in data.get("agenda", [])
    ]
    kwargs["award_categories"] = [AwardCategoryFact(**a) for a in data.get("award_categories", [])]
    kwargs["tasks"] = [
        TaskFact(t.get("assignee", ""), t.get("description", ""), date.fromisoformat(t["due"]) if t.get("due") else None)
        for t in data.get("tasks", [])
    ]
    return PlanFacts(**kwargs)


def summary(facts):
    """The ``extracted`` object of ``manage.py check_plan --format json``."""
    signer = facts.signer_name or None
    return {
        "unit": facts.unit_name or None,
        "number": facts.number or None,
        "issued": facts.issued_on.isoformat() if facts.issued_on else None,
        "conference_name": facts.conference_name or None,
        "conference_date": facts.conference_date.isoformat() if facts.conference_date else None,
        "start_time": facts.start_time.strftime("%H:%M") if facts.start_time else None,
        "delegates": facts.delegates_total,
        "exemplar_share": facts.exemplar_share,
        "nomination_deadline": facts.nomination_deadline.isoformat() if facts.nomination_deadline else None,
        "report_deadline": facts.report_deadline.isoformat() if facts.report_deadline else None,
        "signer": signer,
        "agenda": list(dict.fromkeys(facts.agenda_keys)),
        "tasks": [{"assignee": t.assignee, "due": t.due.isoformat() if t.due else None} for t in facts.tasks],
    }


def findings_json(findings):
    return [{"code": f.code, "severity": f.severity, "message": f.message, "field": f.field} for f in findings]
