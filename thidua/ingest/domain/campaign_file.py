"""CampaignRules straight from a campaign's JSON file (no database): for the bench and
for reading documents outside a request."""
import json
from datetime import date
from pathlib import Path

from thidua.campaigns.domain.rules import AgendaRule, CampaignRules, DeadlineRule
from thidua.campaigns.domain.wordings import with_standard_wordings

DATA_DIR = Path(__file__).resolve().parents[2] / "campaigns" / "data"


# keys of the file taken as they are when present; a key the file leaves out is the
# Campaign model's own default (CampaignRules fills it in, there is no second copy here)
PLAIN_KEYS = ("evaluation_start_year", "evaluation_end_year", "direction_start_year", "direction_end_year",
              "conference_form", "max_sessions", "session_max_minutes", "delegate_limit",
              "name_pattern_merged", "name_pattern_unmerged")
SHARE_KEYS = ("exemplar_share", "exemplar_share_tolerance")


def rules_from_file(code="hp-2025-3194"):
    data = json.loads((DATA_DIR / f"{code}.json").read_text(encoding="utf-8"))
    optional = {key: data[key] for key in PLAIN_KEYS if key in data}
    optional.update({key: float(data[key]) for key in SHARE_KEYS if key in data})
    return CampaignRules(
        code=data["code"],
        title=data["title"],
        issuer_name="UBND thành phố",
        decision_number=data.get("decision_number", ""),
        decision_date=date.fromisoformat(data["decision_date"]) if data.get("decision_date") else None,
        deadlines={
            d["key"]: DeadlineRule(d["key"], d["label"], date.fromisoformat(d["due_date"]), d.get("strictly_before", True), d.get("recipient", ""))
            for d in data.get("deadlines", [])
        },
        agenda=tuple(
            AgendaRule(a["key"], i + 1, a["title"], a.get("required", True),
                       tuple(with_standard_wordings(a["key"], a.get("keywords", ()))))
            for i, a in enumerate(data.get("agenda", []))
        ),
        report_outline=tuple(data.get("report_outline", ())),
        **optional,
    )
