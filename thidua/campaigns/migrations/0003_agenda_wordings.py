"""The wordings units use for the standard agenda items (until now a list inside the ingest
extractor) become keywords of every existing agenda rule with that key; a copy frozen here."""
from django.db import migrations

WORDINGS = {
    "opening": [
        "tuyen bo ly do",
        "gioi thieu dai bieu"
    ],
    "summary_report": [
        "bao cao tong ket",
        "tong ket phong trao thi dua"
    ],
    "presentations": [
        "tham luan"
    ],
    "exchange": [
        "giao luu"
    ],
    "honouring": [
        "bieu duong",
        "ton vinh",
        "trao giay khen",
        "cong bo quyet dinh khen thuong"
    ],
    "launch": [
        "phat dong phong trao"
    ],
    "response": [
        "huong ung"
    ],
    "higher_delegates": [
        "thong qua danh sach dai bieu",
        "dai hoi thi dua cap tren",
        "dai hoi cap tren"
    ],
    "closing": [
        "be mac"
    ]
}


def add_wordings(apps, schema_editor):
    AgendaItemRule = apps.get_model("campaigns", "AgendaItemRule")
    for rule in AgendaItemRule.objects.filter(key__in=WORDINGS):
        keywords = list(dict.fromkeys(list(rule.keywords or []) + WORDINGS[rule.key]))
        if keywords != list(rule.keywords or []):
            rule.keywords = keywords
            rule.save(update_fields=["keywords"])


class Migration(migrations.Migration):
    dependencies = [("campaigns", "0002_congress_size")]

    operations = [migrations.RunPython(add_wordings, migrations.RunPython.noop)]
