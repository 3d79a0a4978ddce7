import datetime

import pytest

from tests.factories import AwardFactory, CategoryFactory, DecisionFactory, NominationFactory, PlanFactory
from thidua.honors.domain.caps import base_code, share_cap_findings
from thidua.honors.domain.records import ensure_builtin_criteria
from thidua.honors.models import CriteriaSet


def _award(plan, criteria, decision):
    nomination = NominationFactory(category=CategoryFactory(plan=plan), criteria=criteria, status="awarded")
    return AwardFactory(decision=decision, nomination=nomination)


@pytest.mark.django_db
def test_base_soldier_share_is_capped_against_advanced_labour(commune, campaign):
    ensure_builtin_criteria()
    soldier = CriteriaSet.objects.get(code="chien-si-thi-dua-co-so-2022", owner=None)
    labour = CriteriaSet.objects.get(code="lao-dong-tien-tien-2022", owner=None)
    assert base_code(soldier) == "lao-dong-tien-tien-2022" and soldier.max_share is not None
    plan = PlanFactory(nominating=True, unit=commune, campaign=campaign)
    decision = DecisionFactory(unit=commune, plan=plan, signed_on=datetime.date(2025, 8, 26))
    for _ in range(7):
        _award(plan, labour, decision)
    _award(plan, soldier, decision)
    # 15% of 7 is 1.05 → at most 1: within the cap
    assert share_cap_findings(commune, 2025) == []
    extra = NominationFactory(category=CategoryFactory(plan=plan), criteria=soldier)
    findings = share_cap_findings(commune, 2025, [extra])
    assert [f.code for f in findings] == ["title_share_over_cap:chien-si-thi-dua-co-so-2022"]
    assert findings[0].severity == "warning" and "vượt giới hạn 15% số người đạt danh hiệu làm căn cứ (7 người → tối đa 1)" in findings[0].message
    # another year, or another unit, is counted on its own
    assert share_cap_findings(commune, 2024, [extra]) != []
    assert share_cap_findings(commune, 2026) == []


@pytest.mark.django_db
def test_a_unit_sets_its_own_cap_by_owning_its_criteria(commune, other_commune, campaign):
    ensure_builtin_criteria()
    national = CriteriaSet.objects.get(code="chien-si-thi-dua-co-so-2022", owner=None)
    local = CriteriaSet.objects.create(code="csdt-co-so-an-hai", title="Chiến sĩ thi đua cơ sở (An Hải)", owner=other_commune,
                                       target="individual", conditions=national.conditions, max_share="0.500")
    labour = CriteriaSet.objects.get(code="lao-dong-tien-tien-2022", owner=None)
    plan = PlanFactory(nominating=True, unit=other_commune, campaign=campaign)
    decision = DecisionFactory(unit=other_commune, plan=plan)
    for _ in range(4):
        _award(plan, labour, decision)
    _award(plan, local, decision)
    _award(plan, local, decision)
    assert share_cap_findings(other_commune, 2025) == []  # 2 of 4 = 50%: the local setting allows it
    _award(plan, local, decision)
    assert [f.code for f in share_cap_findings(other_commune, 2025)] == ["title_share_over_cap:csdt-co-so-an-hai"]


@pytest.mark.django_db
def test_issuing_a_decision_over_the_cap_warns_the_officer(client_for, commune, campaign, unit_officer):
    ensure_builtin_criteria()
    soldier = CriteriaSet.objects.get(code="chien-si-thi-dua-co-so-2022", owner=None)
    plan = PlanFactory(nominating=True, unit=commune, campaign=campaign)
    nomination = NominationFactory(category=CategoryFactory(plan=plan), criteria=soldier, status="approved")
    response = client_for(unit_officer).post(f"/khen-thuong/ke-hoach/{plan.pk}/quyet-dinh/", {
        "number": "15/QĐ-UBND", "signed_on": "2025-08-26", "award_form": "Giấy khen",
        "legal_bases": "Luật Thi đua, khen thưởng 2022", "article_text": "Tặng Giấy khen", "signer_mode": "",
        "signer_authority": "", "signer_title": "Chủ tịch", "signer_name": "Vũ Hữu Tuấn", "register_start": "1",
        "nominations": [nomination.pk],
    }, follow=True)
    body = response.content.decode()
    assert response.status_code == 200 and "Đã ban hành quyết định số 15/QĐ-UBND" in body
    assert "vượt giới hạn 15% số người đạt danh hiệu làm căn cứ (0 người → tối đa 0)" in body
