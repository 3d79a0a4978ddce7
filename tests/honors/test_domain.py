import datetime
import json
from decimal import Decimal

import pytest
from django.core.management import call_command

from tests.factories import CategoryFactory, NomineeFactory, PlanFactory
from thidua.common.errors import DomainError
from thidua.honors.domain import council, decisions, nominations, nominees
from thidua.honors.domain.quotas import quota_status
from thidua.honors.domain.records import ensure_builtin_criteria
from thidua.honors.models import AwardDecision, CouncilMeeting, CriteriaSet, Nomination


def test_quota_status_messages():
    assert quota_status(1, 2, 2).message == "Thiếu 1 (đã có 1, cần 02)"
    assert quota_status(6, 3, 5).state == "excess" and "Vượt 1" in quota_status(6, 3, 5).message
    assert quota_status(4, 3, 5).state == "ok"
    assert quota_status(0, 0, None).state == "ok"


@pytest.fixture
def setup(campaign, commune, subunit):
    ensure_builtin_criteria()
    plan = PlanFactory(nominating=True, unit=commune, campaign=campaign)
    category = CategoryFactory(plan=plan)
    nominee = NomineeFactory(unit=subunit, workplace=subunit)
    return plan, category, nominee


@pytest.mark.django_db
def test_nominate_records_verdict_history_and_lateness(setup, submitter, subunit):
    plan, category, nominee = setup
    on_time = datetime.datetime(2025, 8, 20, 9, tzinfo=datetime.UTC)
    n = nominations.nominate(nominee, category, subunit, submitter, now=on_time)
    assert n.is_late is False and n.unit == plan.unit
    assert n.verdict["code"] == "hp-skhcn-2025-individual" and n.verdict["eligible"] is False  # no initiatives
    record = n.history.first()
    assert record.history_user == submitter and record.history_change_reason == "Đề xuất khen thưởng"
    with pytest.raises(DomainError):
        nominations.nominate(nominee, category, subunit, submitter, now=on_time)
    other = NomineeFactory(unit=subunit)
    late = nominations.nominate(other, category, subunit, submitter, now=datetime.datetime(2025, 8, 25, 9, tzinfo=datetime.UTC))
    assert late.is_late is True


@pytest.mark.django_db
def test_nominate_rejects_wrong_kind_and_foreign_unit(setup, submitter, subunit, other_commune):
    _, category, _ = setup
    collective = NomineeFactory(unit=subunit, kind="collective")
    with pytest.raises(DomainError, match="dành cho cá nhân"):
        nominations.nominate(collective, category, subunit, submitter)
    with pytest.raises(DomainError, match="không thuộc"):
        nominations.nominate(NomineeFactory(unit=subunit), category, other_commune, submitter)
    assert Nomination.objects.count() == 0


@pytest.mark.django_db
def test_clean_ratings_rejects_bad_codes_and_years():
    with pytest.raises(DomainError) as info:
        nominees.clean_ratings({"2019": "HTTNV", "2021": "TOT"}, (2020, 2025))
    text = info.value.message
    assert "2019 nằm ngoài giai đoạn" in text and "«TOT» không hợp lệ" in text
    assert nominees.clean_ratings({"2021": "HTTNV", "2020": ""}, (2020, 2025)) == {"2021": "HTTNV"}


@pytest.mark.django_db
def test_council_threshold_counts_written_votes_of_all_members(setup, submitter, subunit, unit_officer, commune):
    plan, category, nominee = setup
    cstd = CriteriaSet.objects.get(code="chien-si-thi-dua-co-so-2022")
    assert cstd.approval_share == Decimal("0.700")
    category.criteria_code = cstd.code
    category.save()
    n = nominations.nominate(nominee, category, subunit, submitter)
    meeting = council.hold_meeting(CouncilMeeting(unit=commune, plan=plan, held_on=datetime.date(2025, 8, 23),
                                                  chair="Trần Văn Bình", secretary="Lê Thị Cúc", member_count=10,
                                                  present_count=8), unit_officer)
    assert council.required_votes(10, Decimal("0.7")) == 7
    vote = council.record_vote(meeting, n, present=8, in_favour=6, written_in_favour=0, actor=unit_officer)
    assert vote.approved is False
    n.refresh_from_db()
    assert n.status == "rejected"
    vote = council.record_vote(meeting, n, present=8, in_favour=6, written_in_favour=1, actor=unit_officer)
    assert vote.approved is True
    n.refresh_from_db()
    assert n.status == "approved"
    with pytest.raises(DomainError):
        council.record_vote(meeting, n, present=8, in_favour=9, written_in_favour=0, actor=unit_officer)
    with pytest.raises(DomainError):
        council.record_vote(meeting, n, present=8, in_favour=5, written_in_favour=3, actor=unit_officer)


@pytest.mark.django_db
def test_decision_needs_approved_nominations_and_numbers_the_register(setup, submitter, subunit, unit_officer, commune):
    plan, category, nominee = setup
    n = nominations.nominate(nominee, category, subunit, submitter)
    decision = AwardDecision(unit=commune, plan=plan, number="12/QĐ-UBND", signed_on=datetime.date(2025, 8, 26),
                             legal_bases="Luật Thi đua, khen thưởng 2022", article_text="Tặng Giấy khen",
                             signer_name="Phạm Văn Dũng", register_start=41)
    with pytest.raises(DomainError):
        decisions.issue_decision(decision, [n], unit_officer)
    assert AwardDecision.objects.count() == 0
    n.status = "approved"
    n.save()
    decisions.issue_decision(decision, [n], unit_officer)
    n.refresh_from_db()
    assert n.status == "awarded" and n.award.register_number == "41"


def test_check_eligibility_command_json(tmp_path, capsys):
    path = tmp_path / "list.json"
    path.write_text(json.dumps([
        {"id": "A1", "kind": "individual", "ratings": {"2020": "HTTNV", "2021": "HTXSNV", "2022": "HTTNV",
                                                       "2023": "HTXSNV", "2024": "HTTNV"},
         "initiatives": [{"kind": "initiative", "level": "city", "year": 2023}]},
        {"id": "A2", "ratings": {"2021": "XYZ"}},
    ]), encoding="utf-8")
    call_command("check_eligibility", str(path), "--criteria", "hp-skhcn-2025-individual", "--format", "json")
    out = json.loads(capsys.readouterr().out)
    assert out[0]["id"] == "A1" and out[0]["eligible"] is True and out[0]["reasons"]
    assert out[1]["eligible"] is False and "«XYZ» không hợp lệ" in out[1]["reasons"][0]
