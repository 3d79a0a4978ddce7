import datetime
import json

import pytest
from django.core.exceptions import ValidationError
from django.core.management import CommandError, call_command

from thidua.campaigns.demo import CITY_CAMPAIGN
from thidua.campaigns.domain.importing import import_campaign, load_file
from thidua.campaigns.domain.rules import rules_for
from thidua.campaigns.models import Campaign


@pytest.mark.django_db
def test_city_campaign_holds_every_rule_of_seed_000(city):
    campaign = import_campaign(load_file(CITY_CAMPAIGN))
    rules = rules_for(campaign)
    assert campaign.decision_number == "3194/QĐ-UBND" and campaign.decision_date == datetime.date(2025, 8, 8)
    assert (rules.evaluation_start_year, rules.evaluation_end_year) == (2020, 2025)
    assert (rules.direction_start_year, rules.direction_end_year) == (2025, 2030)
    assert rules.max_sessions == 1 and rules.delegate_limit == 150
    assert rules.exemplar_share == 0.70 and rules.exemplar_share_tolerance == 0.05
    assert rules.agenda_keys() == [
        "opening", "summary_report", "presentations", "exchange", "honouring",
        "launch", "response", "higher_delegates", "closing",
    ]
    assert rules.deadline("plan_submission").due == datetime.date(2025, 8, 15)
    assert rules.deadline("conference").due == datetime.date(2025, 8, 25)
    assert rules.deadline("results_report").due == datetime.date(2025, 8, 30)
    assert rules.deadline("congress").due == datetime.date(2025, 10, 31)
    assert rules.standard_conference_name("xã Kẻ Sặt") == (
        "Hội nghị tuyên dương điển hình tiên tiến xã Kẻ Sặt Lần thứ I (2025 - 2030)"
    )
    assert rules.standard_conference_name("cơ quan Sở Ngoại vụ", merged=False, ordinal="II").endswith("Lần thứ II (2025 - 2030)")
    assert len(campaign.report_outline) == 2 and len(campaign.report_outline[0]["children"]) == 4
    assert rules.source_phrase == "theo Kế hoạch của UBND thành phố"


@pytest.mark.django_db
def test_deadline_strictly_before():
    from thidua.campaigns.domain.rules import DeadlineRule

    rule = DeadlineRule("conference", "Tổ chức", datetime.date(2025, 8, 25))
    assert rule.is_met_by(datetime.date(2025, 8, 24))
    assert not rule.is_met_by(datetime.date(2025, 8, 25))
    assert not rule.is_met_by(None)
    assert rule.phrase == "trước ngày 25/8/2025"


@pytest.mark.django_db
def test_another_provinces_plan_is_data_not_code(tmp_path, city):
    data = json.loads(CITY_CAMPAIGN.read_text(encoding="utf-8"))
    data.update(code="tinh-khac-2025", delegate_limit=200, exemplar_share="0.60")
    data["agenda"] = data["agenda"][:5]
    path = tmp_path / "khac.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    call_command("import_campaign", str(path))
    rules = rules_for(Campaign.objects.get(code="tinh-khac-2025"))
    assert rules.delegate_limit == 200 and rules.exemplar_share == 0.60 and len(rules.agenda) == 5


@pytest.mark.django_db
def test_bad_campaign_file_changes_nothing(tmp_path, city):
    data = json.loads(CITY_CAMPAIGN.read_text(encoding="utf-8"))
    data["code"] = "hong"
    data["deadlines"][1]["due_date"] = "2025-02-30"
    path = tmp_path / "hong.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    with pytest.raises(CommandError, match="không hợp lệ"):
        call_command("import_campaign", str(path))
    assert not Campaign.objects.filter(code="hong").exists()
    (tmp_path / "rac.json").write_text("{không phải json", encoding="utf-8")
    with pytest.raises(ValidationError, match="không phải JSON hợp lệ"):
        load_file(tmp_path / "rac.json")
    data["issuer"] = "khong-co"
    with pytest.raises(ValidationError, match="Không có đơn vị mã"):
        import_campaign(data)


@pytest.mark.django_db
def test_child_campaign(city, commune, campaign):
    child = Campaign.objects.create(code="ke-sat-2025", title="Kế hoạch xã", level="unit", parent=campaign, issuer=commune)
    assert child.root() == campaign and list(campaign.children.all()) == [child]


def test_rules_left_out_take_the_campaign_models_defaults_not_a_second_copy():
    from decimal import Decimal

    from thidua.campaigns.domain.rules import CampaignRules

    blank, model = CampaignRules(code="t", title="t"), Campaign()
    for name in ("evaluation_start_year", "evaluation_end_year", "direction_start_year", "direction_end_year",
                 "conference_form", "max_sessions", "session_max_minutes", "delegate_limit", "exemplar_share",
                 "exemplar_share_tolerance", "name_pattern_merged", "name_pattern_unmerged"):
        value = getattr(model, name)
        assert getattr(blank, name) == (float(value) if isinstance(value, Decimal) else value), name


def test_rules_of_an_unsaved_campaign_are_its_values():
    rules = rules_for(Campaign(code="tinh-moi", title="Kế hoạch mới", delegate_limit=200, exemplar_share="0.65"))
    assert rules.delegate_limit == 200 and rules.exemplar_share == 0.65
    assert rules.deadlines == {} and rules.agenda == ()
