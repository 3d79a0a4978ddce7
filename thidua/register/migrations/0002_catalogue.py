"""The catalogue of titles and forms (thidua.register.domain.seed.CATALOGUE, from
shared/legal/findings.md); only the rows not found by code are added."""
from django.db import migrations

from thidua.register.domain.seed import seed as seed_catalogue


def seed(apps, schema_editor):
    seed_catalogue(apps.get_model("register", "AwardForm"))


class Migration(migrations.Migration):
    dependencies = [("register", "0001_initial")]
    operations = [migrations.RunPython(seed, migrations.RunPython.noop)]
