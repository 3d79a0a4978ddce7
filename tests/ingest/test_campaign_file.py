"""CampaignRules read straight from a campaign file: a rule the file leaves out is the
Campaign model's own default, a rule it states is the file's."""
import json

from thidua.campaigns.domain.rules import campaign_default
from thidua.ingest.domain import campaign_file


def test_a_rule_the_file_omits_is_the_models_default(tmp_path, monkeypatch):
    (tmp_path / "tinh-x.json").write_text(json.dumps({
        "code": "tinh-x", "title": "Kế hoạch của tỉnh X", "delegate_limit": 200, "exemplar_share": "0.65",
    }), encoding="utf-8")
    monkeypatch.setattr(campaign_file, "DATA_DIR", tmp_path)
    rules = campaign_file.rules_from_file("tinh-x")
    assert rules.delegate_limit == 200 and rules.exemplar_share == 0.65
    for name in ("exemplar_share_tolerance", "name_pattern_merged", "name_pattern_unmerged", "max_sessions",
                 "direction_start_year", "conference_form"):
        assert getattr(rules, name) == campaign_default(name), name


def test_the_city_file_gives_its_own_rules():
    rules = campaign_file.rules_from_file()
    assert (rules.delegate_limit, rules.exemplar_share, rules.exemplar_share_tolerance) == (150, 0.7, 0.05)
    assert rules.name_pattern_merged.startswith("Hội nghị tuyên dương điển hình tiên tiến {unit} Lần thứ I")
    assert [a.key for a in rules.agenda][:2] == ["opening", "summary_report"]
