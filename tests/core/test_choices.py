"""One vocabulary for people (thidua.common.choices): the same codes in honors and
delegates, free text read into codes, and the honors data migration that did it."""
import importlib

import pytest
from django.apps import apps

from thidua.common.choices import MAJORITY_ETHNICITY, EconomicSector, Field, Gender, match_choice
from thidua.delegates.models import Delegate
from thidua.honors.models import Nominee


def test_honors_and_delegates_share_the_choices():
    for name in ("gender", "field", "economic_sector"):
        assert Nominee._meta.get_field(name).choices == Delegate._meta.get_field(name).choices, name
    assert Delegate._meta.get_field("field").choices == Field.choices
    assert dict(Gender.choices) == {"male": "Nam", "female": "Nữ"}
    assert Delegate._meta.get_field("ethnicity").default == MAJORITY_ETHNICITY == "Kinh"


@pytest.mark.parametrize("text, code", [
    ("Giáo dục", "education"), ("giao duc", "education"), ("education", "education"),
    ("Quốc phòng, an ninh", "security"), ("An ninh, trật tự", "security"), ("Khoa học và công nghệ", "science"),
    ("Công nghệ thông tin", "science"), ("Y tế", "health"), ("Nuôi trồng thủy sản", "agriculture"),
    ("Trồng hoa lan", "other"), ("", ""), ("   ", ""),
])
def test_field_from_text(text, code):
    assert match_choice(text, Field.choices, Field.OTHER) == code


@pytest.mark.parametrize("text, code", [
    ("Nhà nước", "state"), ("Kinh tế tư nhân", "private"), ("Doanh nghiệp FDI", "foreign"), ("HTX", "collective"),
    ("Hộ gia đình", "household"), ("state", "state"), ("Không rõ", None), ("", ""),
])
def test_sector_from_text(text, code):
    assert match_choice(text, EconomicSector.choices) == code


@pytest.mark.django_db
def test_data_migration_maps_free_text_to_codes(commune):
    migration = importlib.import_module("thidua.honors.migrations.0002_people_vocabulary")
    rows = {
        "a": ("An ninh, trật tự", "Nhà nước"), "b": ("Giáo dục", "Tư nhân"), "c": ("Trồng hoa", "Không rõ"),
        "d": ("", ""), "e": ("health", "state"),
    }
    for name, (field, sector) in rows.items():
        nominee = Nominee.objects.create(unit=commune, full_name=name)
        Nominee.objects.filter(pk=nominee.pk).update(field=field, economic_sector=sector)  # text as stored before
    history = apps.get_model("honors", "HistoricalNominee").objects.filter(full_name="a")
    history.update(field="An ninh, trật tự")
    migration.to_codes(apps, None)
    got = {n.full_name: (n.field, n.economic_sector) for n in Nominee.objects.all()}
    assert got == {"a": ("security", "state"), "b": ("education", "private"), "c": ("other", ""), "d": ("", ""),
                   "e": ("health", "state")}
    assert history.exists() and set(history.values_list("field", flat=True)) == {"security"}
