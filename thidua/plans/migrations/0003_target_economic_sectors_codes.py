"""Economic sectors a plan's delegates must represent become codes (common.choices.EconomicSector)
instead of free text. The text already stored is read into codes: a sector it names by its label
("kinh tế tư nhân", "nhà nước") gives that code; a text that names sectors only in general
("Đại diện các thành phần kinh tế") gives every sector."""
import unicodedata

from django.db import migrations, models

SECTORS = {
    "state": "nha nuoc", "collective": "tap the", "private": "tu nhan",
    "foreign": "co von dau tu nuoc ngoai", "household": "ho gia dinh",
}


def _fold(text):
    text = unicodedata.normalize("NFD", (text or "").lower()).replace("đ", "d")
    return " ".join("".join(c for c in text if unicodedata.category(c) != "Mn").split())


def codes_of(text):
    folded = _fold(text)
    if not folded:
        return []
    named = [code for code, words in SECTORS.items() if words in folded]
    if named:
        return named
    return list(SECTORS) if "thanh phan kinh te" in folded else []


def forwards(apps, schema_editor):
    for name in ("Plan", "HistoricalPlan"):
        model = apps.get_model("plans", name)
        for row in model.objects.exclude(target_economic_sectors_text="").only("pk", "target_economic_sectors_text"):
            model.objects.filter(pk=row.pk).update(target_economic_sectors=codes_of(row.target_economic_sectors_text))


def backwards(apps, schema_editor):
    labels = dict(zip(SECTORS, ("kinh tế nhà nước", "kinh tế tập thể", "kinh tế tư nhân",
                                "kinh tế có vốn đầu tư nước ngoài", "kinh tế hộ gia đình")))
    for name in ("Plan", "HistoricalPlan"):
        model = apps.get_model("plans", name)
        for row in model.objects.only("pk", "target_economic_sectors"):
            text = ", ".join(labels.get(code, code) for code in row.target_economic_sectors or [])
            model.objects.filter(pk=row.pk).update(target_economic_sectors_text=text[:300])


class Migration(migrations.Migration):
    dependencies = [("plans", "0002_historicalplan_exemplar_share_historicalplan_purpose_and_more")]

    operations = [
        migrations.RenameField("plan", "target_economic_sectors", "target_economic_sectors_text"),
        migrations.RenameField("historicalplan", "target_economic_sectors", "target_economic_sectors_text"),
        migrations.AddField("plan", "target_economic_sectors", models.JSONField(
            blank=True, default=list, verbose_name="các thành phần kinh tế cần có",
            help_text="Mã các thành phần kinh tế (common.choices.EconomicSector) phải có đại biểu.")),
        migrations.AddField("historicalplan", "target_economic_sectors", models.JSONField(
            blank=True, default=list, verbose_name="các thành phần kinh tế cần có",
            help_text="Mã các thành phần kinh tế (common.choices.EconomicSector) phải có đại biểu.")),
        migrations.RunPython(forwards, backwards),
        migrations.RemoveField("plan", "target_economic_sectors_text"),
        migrations.RemoveField("historicalplan", "target_economic_sectors_text"),
    ]
