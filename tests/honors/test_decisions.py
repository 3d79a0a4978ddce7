"""Issuing award decisions: nominations are checked again under a row lock (a second,
concurrent decision for the same people gets a message, not an IntegrityError page)."""
import datetime
import threading
import time

import pytest
from django.db import connection, transaction

from tests.honors.factories import CategoryFactory, NominationFactory, PlanFactory
from thidua.common.errors import DomainError
from thidua.honors.domain import decisions
from thidua.honors.models import Award, AwardDecision, Nomination


def _decision(plan, number, **fields):
    return AwardDecision(plan=plan, unit=plan.unit, number=number, signed_on=datetime.date(2025, 8, 26),
                         legal_bases="Luật Thi đua, khen thưởng 2022", article_text="Tặng Giấy khen",
                         signer_name="Phạm Văn Dũng", **fields)


def _approved(plan, count):
    category = CategoryFactory(plan=plan, min_count=0, max_count=None)
    return [NominationFactory(category=category, status="approved") for _ in range(count)]


@pytest.fixture
def plan(campaign, commune):
    return PlanFactory(unit=commune, campaign=campaign)


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
