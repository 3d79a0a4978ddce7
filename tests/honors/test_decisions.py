"""Issuing award decisions: nominations are checked again under a row lock (a second,
concurrent decision for the same people gets a message, not an IntegrityError page), and
register numbers (số sổ vàng) continue per unit and are never given twice."""
import datetime
import threading
import time

import pytest
from django.db import IntegrityError, connection, transaction

from tests.factories import AwardFactory, CategoryFactory, DecisionFactory, NominationFactory, PlanFactory
from thidua.common.errors import DomainError
from thidua.honors.domain import decisions
from thidua.honors.models import Award, AwardDecision, AwardRegister, Nomination


def _decision(plan, number, **fields):
    return AwardDecision(plan=plan, unit=plan.unit, number=number, signed_on=datetime.date(2025, 8, 26),
                         legal_bases="Luật Thi đua, khen thưởng 2022", article_text="Tặng Giấy khen",
                         signer_name="Phạm Văn Dũng", **fields)


def _approved(plan, count):
    category = CategoryFactory(plan=plan, min_count=0, max_count=None)
    return [NominationFactory(category=category, status="approved") for _ in range(count)]


@pytest.fixture
def plan(campaign, commune):
    return PlanFactory(nominating=True, unit=commune, campaign=campaign)


@pytest.mark.django_db
def test_a_second_decision_for_the_same_nomination_is_refused_with_a_message(plan, unit_officer):
    """A double submit: both requests read the nomination as approved before either issued."""
    [n] = _approved(plan, 1)
    seen_by_second = Nomination.objects.get(pk=n.pk)
    decisions.issue_decision(_decision(plan, "1/QĐ-UBND"), [n], unit_officer)
    assert seen_by_second.status == "approved"  # stale: the domain must read the row again
    with pytest.raises(DomainError, match="đã được khen thưởng ở một quyết định khác") as info:
        decisions.issue_decision(_decision(plan, "2/QĐ-UBND"), [seen_by_second], unit_officer)
    assert info.value.field == "nominations"
    assert list(AwardDecision.objects.values_list("number", flat=True)) == ["1/QĐ-UBND"]
    assert Nomination.objects.get(pk=n.pk).award.decision.number == "1/QĐ-UBND"


@pytest.mark.django_db
def test_register_numbers_continue_per_unit(plan, unit_officer, other_commune, campaign, other_officer):
    first = decisions.issue_decision(_decision(plan, "1/QĐ-UBND"), _approved(plan, 2), unit_officer)
    second = decisions.issue_decision(_decision(plan, "2/QĐ-UBND"), _approved(plan, 1), unit_officer)
    assert [a.register_number for a in first.awards.order_by("order")] == ["1", "2"]
    assert [a.register_number for a in second.awards.all()] == ["3"]
    assert second.register_start == 3
    # another unit keeps its own register
    their_plan = PlanFactory(nominating=True, unit=other_commune, campaign=campaign)
    theirs = decisions.issue_decision(_decision(their_plan, "9/QĐ-UBND"), _approved(their_plan, 1), other_officer)
    assert [a.register_number for a in theirs.awards.all()] == ["1"]
    assert decisions.next_register_number(plan.unit) == 4 and decisions.next_register_number(other_commune) == 2
    assert AwardRegister.objects.get(unit=plan.unit).last_number == 3
    assert {a.unit_id for a in Award.objects.filter(decision__in=[first, second])} == {plan.unit_id}


@pytest.mark.django_db
def test_a_chosen_start_may_jump_ahead_but_never_back(plan, unit_officer):
    decisions.issue_decision(_decision(plan, "1/QĐ-UBND", register_start=41), _approved(plan, 2), unit_officer)
    assert decisions.next_register_number(plan.unit) == 43
    with pytest.raises(DomainError, match="Số sổ vàng 42 đã dùng") as info:
        decisions.issue_decision(_decision(plan, "2/QĐ-UBND", register_start=42), _approved(plan, 1), unit_officer)
    assert info.value.field == "register_start" and "tiếp nối từ số 43" in info.value.message
    assert AwardDecision.objects.count() == 1
    later = decisions.issue_decision(_decision(plan, "3/QĐ-UBND"), _approved(plan, 1), unit_officer)
    assert later.awards.get().register_number == "43"


@pytest.mark.django_db
def test_the_database_refuses_a_register_number_given_twice_in_a_unit(plan, other_commune, campaign):
    decision = DecisionFactory(unit=plan.unit, plan=plan)
    AwardFactory(decision=decision, nomination=NominationFactory(category=CategoryFactory(plan=plan)), register_number="7")
    other = DecisionFactory(unit=other_commune, plan=PlanFactory(nominating=True, unit=other_commune, campaign=campaign))
    AwardFactory(decision=other, nomination=NominationFactory(category=CategoryFactory(plan=other.plan)),
                 register_number="7")  # another unit's register: fine
    with pytest.raises(IntegrityError), transaction.atomic():
        AwardFactory(decision=DecisionFactory(unit=plan.unit, plan=plan),
                     nomination=NominationFactory(category=CategoryFactory(plan=plan)), register_number="7")


@pytest.mark.django_db
def test_numbers_taken_outside_the_counter_are_refused_with_a_message(plan, unit_officer):
    """A number entered by hand (the admin) is not given again: the decision is refused."""
    AwardFactory(decision=DecisionFactory(unit=plan.unit, plan=plan), register_number="5",
                 nomination=NominationFactory(category=CategoryFactory(plan=plan)))
    with pytest.raises(DomainError, match="Số sổ vàng 5 đã có trong sổ vàng"):
        decisions.issue_decision(_decision(plan, "1/QĐ-UBND", register_start=4), _approved(plan, 2), unit_officer)


@pytest.mark.django_db
def test_the_decision_form_continues_the_register_and_shows_a_refusal_next_to_its_field(plan, unit_officer, client_for):
    decisions.issue_decision(_decision(plan, "1/QĐ-UBND"), _approved(plan, 2), unit_officer)
    [n] = _approved(plan, 1)
    url = f"/khen-thuong/ke-hoach/{plan.pk}/quyet-dinh/"
    client = client_for(unit_officer)
    assert "số tiếp theo hiện là 3" in client.get(url).content.decode()
    data = {"number": "2/QĐ-UBND", "signed_on": "2025-08-27", "award_form": "Giấy khen",
            "legal_bases": "Luật Thi đua, khen thưởng 2022", "article_text": "Tặng Giấy khen", "signer_mode": "TM.",
            "signer_authority": "ỦY BAN NHÂN DÂN", "signer_title": "CHỦ TỊCH", "signer_name": "Phạm Văn Dũng",
            "register_start": "2", "nominations": [n.pk]}
    response = client.post(url, data)
    assert response.status_code == 200
    assert "Số sổ vàng 2 đã dùng" in " ".join(response.context["form"].errors["register_start"])
    assert 'data-field="register_start"' in response.content.decode()
    response = client.post(url, {**data, "register_start": ""})
    assert response.status_code == 302
    assert Award.objects.get(nomination=n).register_number == "3"


def _waiting_on_a_lock():
    with connection.cursor() as cursor:
        cursor.execute("SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() "
                       "AND wait_event_type = 'Lock'")
        return cursor.fetchone()[0]


@pytest.mark.django_db(transaction=True)
def test_two_concurrent_decisions_for_the_same_people_one_is_refused(plan, unit_officer):
    """Two officers issue a decision for the same nomination at the same moment, each on
    its own connection: the second waits for the first's lock, then is refused in Vietnamese."""
    if connection.vendor != "postgresql":
        pytest.skip("row locks and concurrent connections: PostgreSQL")
    [n] = _approved(plan, 1)
    as_read = {who: Nomination.objects.get(pk=n.pk) for who in ("first", "second")}  # each request's own copy
    first_done, release = threading.Event(), threading.Event()
    outcome = {}

    def first():
        try:
            with transaction.atomic():  # the lock is held until this block commits
                decisions.issue_decision(_decision(plan, "1/QĐ-UBND"), [as_read["first"]], unit_officer)
                first_done.set()
                release.wait(20)
        except Exception as exc:  # noqa: BLE001 - reported by the assertions below
            outcome["first"] = exc
            first_done.set()
        finally:
            connection.close()

    def second():
        try:
            decisions.issue_decision(_decision(plan, "2/QĐ-UBND"), [as_read["second"]], unit_officer)
            outcome["second"] = "issued"
        except Exception as exc:  # noqa: BLE001 - the refusal is what the test expects
            outcome["second"] = exc
        finally:
            connection.close()

    a = threading.Thread(target=first)
    a.start()
    assert first_done.wait(20)
    b = threading.Thread(target=second)
    b.start()
    deadline = time.monotonic() + 20
    while not _waiting_on_a_lock() and time.monotonic() < deadline:
        time.sleep(0.05)
    waited = _waiting_on_a_lock() > 0
    release.set()
    a.join(30)
    b.join(30)
    assert "first" not in outcome, outcome
    assert waited, "the second decision should wait for the first one's lock"
    assert isinstance(outcome["second"], DomainError), outcome["second"]
    assert "đã được khen thưởng ở một quyết định khác" in outcome["second"].message
    assert list(AwardDecision.objects.values_list("number", flat=True)) == ["1/QĐ-UBND"]
    assert Award.objects.get(nomination=n).register_number == "1"
