"""Migration 0004: awards issued when every decision restarted its register at 1 get the
unit's register; a number given twice keeps its first award and the later ones take the
next free numbers, each change in the award's history; the unit's register continues."""
import pytest
from django.db import connection
from django.db.migrations.executor import MigrationExecutor

from tests.factories import AwardFactory, CategoryFactory, DecisionFactory, NominationFactory, PlanFactory
from thidua.honors.domain.decisions import next_register_number
from thidua.honors.models import Award

BEFORE = [("honors", "0003_people_vocabulary_choices")]


def _migrate(targets):
    executor = MigrationExecutor(connection)
    executor.loader.build_graph()
    executor.migrate(targets)


@pytest.mark.django_db(transaction=True)
def test_duplicate_register_numbers_are_renumbered_and_the_register_continues(campaign, commune, other_commune):
    import datetime

    plan = PlanFactory(nominating=True, unit=commune, campaign=campaign)
    their_plan = PlanFactory(nominating=True, unit=other_commune, campaign=campaign)
    early = DecisionFactory(unit=commune, plan=plan, signed_on=datetime.date(2025, 8, 1))
    late = DecisionFactory(unit=commune, plan=plan, signed_on=datetime.date(2025, 9, 1))
    theirs = DecisionFactory(unit=other_commune, plan=their_plan)
    rows = {}
    for key, decision, order, number in [("early-1", early, 1, "101"), ("early-2", early, 2, "102"),
                                         ("late-1", late, 1, "103"), ("late-2", late, 2, "104"),
                                         ("theirs-1", theirs, 1, "105")]:
        category = CategoryFactory(plan=decision.plan)
        rows[key] = AwardFactory(decision=decision, order=order, register_number=number,
                                 nomination=NominationFactory(category=category, status="awarded")).pk
    _migrate(BEFORE)
    with connection.cursor() as cursor:  # as the old code numbered them: each decision from 1
        for key, number in [("early-1", "1"), ("early-2", "2"), ("late-1", "1"), ("late-2", "2"), ("theirs-1", "1")]:
            cursor.execute("UPDATE honors_award SET register_number = %s WHERE id = %s", [number, rows[key]])
    _migrate(MigrationExecutor(connection).loader.graph.leaf_nodes())

    got = {key: Award.objects.get(pk=pk) for key, pk in rows.items()}
    assert {k: a.register_number for k, a in got.items()} == {
        "early-1": "1", "early-2": "2", "late-1": "3", "late-2": "4", "theirs-1": "1"}
    assert {a.unit_id for a in got.values()} == {commune.pk, other_commune.pk}
    assert got["late-1"].unit_id == commune.pk
    assert got["late-2"].history.first().history_change_reason.startswith("Đánh lại số sổ vàng trùng")
    assert not got["early-1"].history.filter(history_change_reason__startswith="Đánh lại").exists()
    assert next_register_number(commune) == 5 and next_register_number(other_commune) == 2
