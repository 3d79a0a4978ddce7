"""The rules a labelled plan is checked against, and the findings its label expects.

A plan's ``campaign`` names a rules file: the app's own city plan
(thidua/campaigns/data/hp-2025-3194.json) or a parent plan of this corpus
(tests/ingest/corpus/rules/<code>.json — the ``rules`` label of that parent plan, in the keys
of ``import_campaign``'s file plus ``issuer_name`` and ``levels``: per-level overrides).

The expected findings are what the compliance checker gives on the facts *the document
states* (built from the label, never from an extractor's reading), with the one change
issue 16 asks for: a date that is not fixed gives ``conference_date_not_fixed`` (and
``conference_after_deadline`` when even its first day is late), not ``conference_date_missing``.
"""
import json
from datetime import date, time
from pathlib import Path

CORPUS_DIR = Path(__file__).resolve().parent.parent
APP_RULES_DIR = CORPUS_DIR.parents[2] / "thidua" / "campaigns" / "data"


def rules_data(code):
    """The rules of campaign ``code``: a parent plan of this corpus (gen/parents.py, also
    written to rules/<code>.json) or the app's own campaign file."""
    from .parents import RULES

    if code in RULES:
        return RULES[code]
    path = APP_RULES_DIR / f"{code}.json"
    if path.exists():
        return json.loads(path.read_text(encoding="utf-8"))
    raise KeyError(f"no rules for campaign {code!r}")


def corpus_rules(code, level=None):
    """``CampaignRules`` of campaign ``code`` for a unit of ``level`` (commune, district,
    department, province): the file's keys, with ``levels[level]`` overriding them (a
    deadline overrides the one with the same key)."""
    from thidua.campaigns.domain.rules import AgendaRule, CampaignRules, DeadlineRule
    from thidua.campaigns.domain.wordings import with_standard_wordings  # as import_campaign stores them

    base = rules_data(code)
    override = (base.get("levels") or {}).get(level) or {}
    data = {**base, **override}
    deadlines = {d["key"]: d for d in base.get("deadlines", [])}
    deadlines.update({d["key"]: d for d in override.get("deadlines", [])})
    limit = data.get("delegate_limit") or 10**6  # not stated: no limit to check
    sessions = data.get("max_sessions") or 99
    return CampaignRules(
        code=data["code"],
        title=data["title"],
        issuer_name=data.get("issuer_name", "UBND thành phố"),
        decision_number=data.get("decision_number", ""),
        decision_date=date.fromisoformat(data["decision_date"]) if data.get("decision_date") else None,
        evaluation_start_year=data.get("evaluation_start_year", 2020),
        evaluation_end_year=data.get("evaluation_end_year", 2025),
        direction_start_year=data.get("direction_start_year", 2025),
        direction_end_year=data.get("direction_end_year", 2030),
        conference_form=data.get("conference_form") or "Hội nghị tuyên dương điển hình tiên tiến",
        max_sessions=sessions,
        session_max_minutes=data.get("session_max_minutes", 300),
        delegate_limit=limit,
        exemplar_share=float(data["exemplar_share"]) if data.get("exemplar_share") is not None else 0.0,
        exemplar_share_tolerance=float(data.get("exemplar_share_tolerance") or 0),
        name_pattern_merged=data["name_pattern_merged"],
        name_pattern_unmerged=data["name_pattern_unmerged"],
        deadlines={
            d["key"]: DeadlineRule(d["key"], d.get("label", ""), date.fromisoformat(d["due_date"]), d.get("strictly_before", True),
                                   d.get("recipient", ""))
            for d in deadlines.values() if d.get("due_date")
        },
        agenda=tuple(
            AgendaRule(a["key"], i + 1, a["title"], a.get("required", True),
                       tuple(with_standard_wordings(a["key"], a.get("keywords", ()))))
            for i, a in enumerate(data.get("agenda", []))
        ),
        report_outline=tuple(data.get("report_outline", ())),
    )


def _d(value):
    return date.fromisoformat(value) if value else None


def _t(value):
    return time.fromisoformat(value) if value else None


UNIT_KIND = {"xã": "xa", "phường": "phuong", "đặc": "dac_khu"}


def facts_of(label, extra):
    """``PlanFacts`` of what the document states (its label plus the few facts only the
    checker needs: weekday written, sessions, banner, periods attached to the conference)."""
    from thidua.plans.domain.facts import AgendaFact, PlanFacts, TaskFact

    date_value = label["conference_date"]
    fixed = date_value if isinstance(date_value, str) else None
    periods = []
    for years in [label.get("period_in_name")] + list(label.get("period_in_body") or []):
        if years:
            text = f"{years[0]} - {years[1]}"
            if text not in periods:
                periods.append(text)
    return PlanFacts(
        unit_name=label["unit"] or "",
        unit_kind=UNIT_KIND.get((label["unit"] or " ").split(" ")[0], "department"),
        merged=label.get("merged", True),
        number=label.get("number") or "",
        issued_on=_d(label.get("issued")),
        conference_name=label.get("conference_name") or "",
        conference_date=_d(fixed),
        date_text=extra.get("date_text", ""),
        weekday_text=extra.get("weekday_text", ""),
        start_time=_t(label.get("start_time")),
        end_time=_t(label.get("end_time")),
        sessions=extra.get("sessions"),
        banner_text=extra.get("banner_text", ""),
        delegates_total=label.get("delegates"),
        delegates_exemplars=label.get("delegates_exemplars"),
        delegates_guests=label.get("delegates_guests"),
        exemplar_share=label.get("exemplar_share"),
        agenda=[AgendaFact(a["text"], a["key"], _t(a.get("start")), _t(a.get("end"))) for a in label.get("agenda_items", [])],
        nomination_deadline=_d(label.get("nomination_deadline")),
        report_deadline=_d(label.get("report_deadline")),
        tasks=[TaskFact(t["assignee"], t["text"], _d(t["due"])) for t in extra.get("task_rows", [])],
        signer_name=label.get("signer") or "",
        period_texts=periods,
    )


def expected_findings(label, extra):
    """The finding codes a correct reading of this plan gives under its campaign's rules."""
    from thidua.plans.domain.compliance import check

    rules = corpus_rules(label["campaign"], label.get("level"))
    codes = {f.code for f in check(facts_of(label, extra), rules)}
    value = label["conference_date"]
    if isinstance(value, dict):  # a range the document gives, not a missing date
        codes.discard("conference_date_missing")
        codes.add("conference_date_not_fixed")
        conference = rules.deadline("conference")
        start = _d(value.get("from"))
        if conference and start and not conference.is_met_by(start):
            codes.add("conference_after_deadline")
    return sorted(codes)
