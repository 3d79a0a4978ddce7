"""The state changes the views used to assemble themselves, now domain functions: the
balanced proposal (selection.propose / apply_proposal), choosing congress delegates
(congress.add_exemplars), sending a list back, and the congress list's rules."""
import dataclasses
import datetime

import pytest

from tests.factories import DelegateFactory, conference_for
from thidua.campaigns.domain.rules import rules_for
from thidua.common.errors import DomainError
from thidua.delegates.domain import congress, selection


@pytest.fixture
def conf(commune, campaign):
    return conference_for(commune, campaign)


@pytest.mark.django_db
def test_propose_builds_the_solver_input_from_the_conference(conf, subunit, unit_officer):
    from thidua.delegates.domain import roster

    roster.set_allocation(conf, subunit, 1, unit_officer)
    sent = [DelegateFactory(conference=conf, status="candidate", source_unit=subunit, priority=90 + i, full_name=f"Cử {i}")
            for i in range(3)]
    others = [DelegateFactory(conference=conf, status="candidate", priority=10, full_name=f"Khác {i}") for i in range(3)]
    proposal = selection.propose(conf, unit_officer, 3)
    assert proposal.seats == 3 and proposal.pool_size == 6 and len(proposal.chosen) == 3
    # the sub-unit's one seat is a hard cap: only its best-placed person, then the others
    assert [d for d in proposal.chosen if d in sent] == [sent[2]]
    assert set(proposal.chosen) - {sent[2]} <= set(others)
    assert conf.delegates.filter(status="confirmed").count() == 0  # a proposal saves nothing
    with pytest.raises(DomainError, match="Tối đa 150") as refused:
        selection.propose(conf, unit_officer, 151)
    assert refused.value.field == "seats"


@pytest.mark.django_db
def test_propose_names_what_it_cannot_meet(commune, campaign, unit_officer):
    conf = conference_for(commune, campaign, target_women=2)
    for i in range(3):
        DelegateFactory(conference=conf, status="candidate", gender="male", full_name=f"Nam {i}")
    proposal = selection.propose(conf, unit_officer, 3)
    assert not proposal.result.meets_all and ("đại biểu nữ", 2) in proposal.shortfalls


@pytest.mark.django_db
@pytest.mark.parametrize("chosen, message", [
    ([], "không có ai"), (["abc"], "không còn trong danh sách"), (["-3"], "không còn trong danh sách"), (["999999"], "không còn trong danh sách"),
])
def test_apply_proposal_refuses_and_changes_no_one(conf, unit_officer, chosen, message):
    kept = DelegateFactory(conference=conf)
    with pytest.raises(DomainError, match=message):
        selection.apply_proposal(conf, unit_officer, chosen)
    assert list(conf.delegates.filter(status="confirmed")) == [kept]


@pytest.mark.django_db
def test_apply_proposal_makes_exactly_the_chosen_confirmed(conf, unit_officer):
    a, b = DelegateFactory(conference=conf), DelegateFactory(conference=conf, status="candidate")
    assert selection.apply_proposal(conf, unit_officer, [str(b.pk)]) == 2
    assert list(conf.delegates.filter(status="confirmed")) == [b]
    assert list(conf.delegates.filter(status="candidate")) == [a]


@pytest.mark.django_db
def test_add_exemplars_is_all_or_nothing(commune, other_commune, campaign, conf, unit_officer):
    sub = congress.submission_for(campaign, commune, unit_officer)
    mine = DelegateFactory(conference=conf, group="exemplar")
    guest = DelegateFactory(conference=conf, group="guest")
    foreign = DelegateFactory(conference=conference_for(other_commune, campaign), group="exemplar")
    for ids in ([mine.pk, guest.pk], [mine.pk, foreign.pk], [mine.pk, 999999]):
        with pytest.raises(DomainError, match="Chưa thêm ai"):
            congress.add_exemplars(sub, unit_officer, [str(i) for i in ids])
        assert sub.delegates.count() == 0
    [entry] = congress.add_exemplars(sub, unit_officer, [str(mine.pk)])
    assert entry.delegate == mine and entry.order == 1


@pytest.mark.django_db
def test_reopen_needs_a_sent_list(commune, campaign, conf, unit_officer, board_officer):
    sub = congress.submission_for(campaign, commune, unit_officer)
    with pytest.raises(DomainError, match="chưa gửi"):
        congress.reopen(sub, board_officer)
    congress.add_exemplars(sub, unit_officer, [str(DelegateFactory(
        conference=conf, group="exemplar", achievements="Chiến sĩ thi đua cơ sở 2023, 2024").pk)])
    congress.approve(sub, datetime.date(2025, 8, 22), unit_officer)
    congress.submit(sub, unit_officer)
    congress.reopen(sub, board_officer)
    sub.refresh_from_db()
    assert sub.submitted_at is None and congress.submitted_on(commune) is None


@pytest.mark.django_db
def test_congress_rules_come_from_the_campaign(campaign):
    campaign.delegate_limit, campaign.exemplar_share = 120, 0.6
    campaign.save()
    rules = congress.congress_rules(campaign)
    # the campaign's rules, with the share of exemplars of a list made only of exemplars
    assert rules == dataclasses.replace(rules_for(campaign), exemplar_share=1.0, exemplar_share_tolerance=0.0)
    assert rules.delegate_limit == 120 and rules.source_phrase == rules_for(campaign).source_phrase


@pytest.mark.django_db
def test_a_congress_list_is_checked_against_the_congress_rules(commune, campaign, conf, unit_officer, board_officer):
    sub = congress.submission_for(campaign, commune, unit_officer)
    for _ in range(2):
        congress.add_from_delegate(sub, DelegateFactory(conference=conf, group="exemplar", gender="male"), board_officer)
    congress.set_quota(campaign, commune, 1, board_officer)  # the Board lowers the quota afterwards
    entries = list(sub.delegates.all())
    summary, findings = congress.unit_composition(campaign, commune, entries, sub)
    codes = {f.code for f in findings}
    assert summary.total == 2 and (summary.exemplar_low, summary.exemplar_high) == (2, 2)
    assert not {c for c in codes if c.startswith("exemplar_share")}
    assert {"delegates_over_limit", "women_share_low", "quota_exceeded", "approval_item_missing"} <= codes
    over = next(f for f in findings if f.code == "delegates_over_limit")
    assert "tối đa 1 đại biểu theo Kế hoạch của UBND thành phố" in over.message


@pytest.mark.django_db
def test_a_list_with_an_empty_trich_ngang_is_not_sent(commune, campaign, conf, unit_officer):
    sub = congress.submission_for(campaign, commune, unit_officer)
    blank = DelegateFactory(conference=conf, group="exemplar", full_name="Lê Văn Trống", achievements="  ")
    done = DelegateFactory(conference=conf, group="exemplar", full_name="Phạm Thị Đủ", achievements="Lao động tiên tiến")
    congress.add_exemplars(sub, unit_officer, [str(blank.pk), str(done.pk)])
    congress.approve(sub, datetime.date(2025, 8, 22), unit_officer)
    with pytest.raises(DomainError, match=r"Chưa có trích ngang thành tích của 1 đại biểu \(Lê Văn Trống\)"):
        congress.submit(sub, unit_officer)
    sub.refresh_from_db()
    assert sub.submitted_at is None
    entry = sub.delegates.get(full_name="Lê Văn Trống")
    entry.achievements = "Chiến sĩ thi đua cơ sở năm 2024"
    entry.save()
    congress.submit(sub, unit_officer)
    sub.refresh_from_db()
    assert sub.submitted_at is not None
