"""The four seed plans against the city plan: exactly the deviations DOMAIN.md describes."""
import pytest

from thidua.plans.domain.compliance import check, codes
from thidua.plans.domain.seeds import EXPECTED_SEED_FINDINGS, SEED_PLANS, seed_facts


@pytest.mark.django_db
@pytest.mark.parametrize("code", sorted(SEED_PLANS))
def test_seed_findings_are_exactly_the_documented_deviations(code, city_rules):
    findings = check(seed_facts(code), city_rules)
    assert codes(findings) == EXPECTED_SEED_FINDINGS[code], [f.message for f in findings]


@pytest.mark.django_db
def test_ke_sat_late_date_message_cites_rule_and_value(city_rules):
    finding = next(f for f in check(seed_facts("xa-ke-sat"), city_rules) if f.code == "conference_after_deadline")
    assert finding.severity == "error" and finding.field == "conference_date"
    assert "Ngày tổ chức 28/8/2025 sau thời hạn 25/8/2025 theo Kế hoạch của UBND thành phố" in finding.message


@pytest.mark.django_db
def test_ngoai_vu_thursday_is_right_and_plan_date_is_in_time(city_rules):
    facts = seed_facts("so-ngoai-vu")
    assert facts.weekday_text == "thứ Năm" and facts.issued_on.day == 12
    found = codes(check(facts, city_rules))
    assert "weekday_mismatch" not in found and "plan_after_deadline" not in found
    banner = [f for f in check(facts, city_rules) if f.code == "name_nonstandard" and f.field == "banner_text"]
    assert banner and "GIAI ĐOẠN 2025-2030" in banner[0].message


@pytest.mark.django_db
def test_khcn_timed_table_has_no_overlap_and_fits_the_session(city_rules):
    facts = seed_facts("so-khcn")
    assert len(facts.agenda) == 8 and all(a.start and a.end for a in facts.agenda)
    assert not {"agenda_overlap", "agenda_exceeds_session", "session_too_long"} & codes(check(facts, city_rules))


def test_seed_001_has_five_award_categories_and_004_criteria():
    assert len(SEED_PLANS["xa-ke-sat"]["award_categories"]) == 5
    assert [c["max_count"] for c in SEED_PLANS["xa-ke-sat"]["award_categories"]] == [2, 3, 1, 5, 10]
    assert "ít nhất 02 năm hoàn thành xuất sắc nhiệm vụ" in SEED_PLANS["so-khcn"]["plan"]["eligibility_criteria_text"]


@pytest.mark.django_db
def test_khcn_seed_categories_name_their_criteria_and_nominations_pick_them(city, city_campaign):
    """Seed 004's two categories carry the Sở KH&CN criteria codes; storing again fills a code
    a stored plan lacks (and nothing else); a nomination there gets the criteria by itself."""
    from tests.factories import NomineeFactory, UnitFactory
    from thidua.honors.domain import nominations
    from thidua.honors.domain.records import ensure_builtin_criteria
    from thidua.plans.domain.builder import store_seed_plan

    dept = UnitFactory(code="so-khcn", name="Sở Khoa học và Công nghệ", kind="department", parent=city)
    office = UnitFactory(code="so-khcn-van-phong", name="Văn phòng Sở", kind="office", parent=dept)
    plan, created = store_seed_plan("so-khcn", city_campaign)
    assert created
    codes_by_target = dict(plan.award_categories.values_list("target", "criteria_code"))
    assert codes_by_target == {"collective": "hp-skhcn-2025-collective", "individual": "hp-skhcn-2025-individual"}

    individual = plan.award_categories.get(target="individual")
    individual.criteria_code = ""
    individual.save()
    history_before = individual.history.count()
    assert store_seed_plan("so-khcn", city_campaign) == (plan, False)
    individual.refresh_from_db()
    assert individual.criteria_code == "hp-skhcn-2025-individual"
    assert individual.history.count() == history_before + 1  # the fill is recorded
    assert store_seed_plan("so-khcn", city_campaign)[1] is False
    assert individual.history.count() == history_before + 1  # and done once
    assert plan.award_categories.count() == 2

    ensure_builtin_criteria()
    nomination = nominations.nominate(NomineeFactory(unit=office, workplace=office), individual, office, None)
    assert nomination.criteria.code == "hp-skhcn-2025-individual"
    assert nomination.verdict.get("code") == "hp-skhcn-2025-individual"
