"""CampaignRules straight from a campaign's JSON file (no database): for the bench and
for reading documents outside a request."""
import json
from datetime import date
from pathlib import Path

from thidua.campaigns.domain.rules import AgendaRule, CampaignRules, DeadlineRule

DATA_DIR = Path(__file__).resolve().parents[2] / "campaigns" / "data"


def rules_from_file(code="hp-2025-3194"):
    data = json.loads((DATA_DIR / f"{code}.json").read_text(encoding="utf-8"))
    return CampaignRules(
        code=data["code"],
        title=data["title"],
        issuer_name="UBND thành phố",
        decision_number=data.get("decision_number", ""),
        decision_date=date.fromisoformat(data["decision_date"]) if data.get("decision_date") else None,
        evaluation_start_year=data.get("evaluation_start_year", 2020),
        evaluation_end_year=data.get("evaluation_end_year", 2025),
        direction_start_year=data.get("direction_start_year", 2025),
        direction_end_year=data.get("direction_end_year", 2030),
        conference_form=data.get("conference_form", "Hội nghị tuyên dương điển hình tiên tiến"),
        max_sessions=data.get("max_sessions", 1),
        session_max_minutes=data.get("session_max_minutes", 300),
        delegate_limit=data.get("delegate_limit", 150),
        exemplar_share=float(data.get("exemplar_share", 0.7)),
        exemplar_share_tolerance=float(data.get("exemplar_share_tolerance", 0.05)),
        name_pattern_merged=data["name_pattern_merged"],
        name_pattern_unmerged=data["name_pattern_unmerged"],
        deadlines={
            d["key"]: DeadlineRule(d["key"], d["label"], date.fromisoformat(d["due_date"]), d.get("strictly_before", True), d.get("recipient", ""))
            for d in data.get("deadlines", [])
        },
        agenda=tuple(
            AgendaRule(a["key"], i + 1, a["title"], a.get("required", True), tuple(a.get("keywords", ())))
            for i, a in enumerate(data.get("agenda", []))
        ),
        report_outline=tuple(data.get("report_outline", ())),
    )
