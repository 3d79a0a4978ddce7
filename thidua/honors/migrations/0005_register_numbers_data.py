"""Awards issued when every decision restarted its register at 1 get their decision's unit.
Where a unit gave the same number twice, the first award (by signing date, decision, order)
keeps it and each later one takes the next free number after the unit's highest; the change
is written to the award's history as «Đánh lại số sổ vàng trùng». Each unit's register
continues after its highest number. (A migration of its own: PostgreSQL cannot alter a
table in the transaction that changed its rows.)"""
from django.db import migrations
from django.utils import timezone

RENUMBERED = "Đánh lại số sổ vàng trùng (sổ vàng tiếp nối theo đơn vị)"


def _number(text):
    text = (text or "").strip()
    return int(text) if text.isdigit() else None


def forwards(apps, schema_editor):
    Award = apps.get_model("honors", "Award")
    HistoricalAward = apps.get_model("honors", "HistoricalAward")
    AwardRegister = apps.get_model("honors", "AwardRegister")
    awards = list(Award.objects.select_related("decision").order_by("decision__unit_id", "decision__signed_on",
                                                                      "decision_id", "order", "pk"))
    by_unit = {}
    for award in awards:
        award.unit_id = award.decision.unit_id
        by_unit.setdefault(award.unit_id, []).append(award)
    now = timezone.now()
    for unit_id, rows in by_unit.items():
        highest = max((_number(a.register_number) or 0 for a in rows), default=0)
        seen = set()
        for award in rows:
            if award.register_number in seen:
                highest += 1
                award.register_number = str(highest)
                Award.objects.filter(pk=award.pk).update(unit_id=unit_id, register_number=award.register_number)
                HistoricalAward.objects.create(
                    id=award.pk, decision_id=award.decision_id, unit_id=unit_id, nomination_id=award.nomination_id,
                    order=award.order, register_number=award.register_number, history_date=now, history_type="~",
                    history_change_reason=RENUMBERED)
            else:
                Award.objects.filter(pk=award.pk).update(unit_id=unit_id)
            seen.add(award.register_number)
        AwardRegister.objects.create(unit_id=unit_id, last_number=highest)


def backwards(apps, schema_editor):
    pass  # the numbers given stay given; the columns added are dropped by the schema steps


class Migration(migrations.Migration):

    dependencies = [
        ('honors', '0004_register_numbers_per_unit'),
    ]

    operations = [
        migrations.RunPython(forwards, backwards),
    ]
