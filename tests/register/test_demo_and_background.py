"""The demo register (illustrative rows of xã Kẻ Sặt and its predecessor communes, with
duplicates left to resolve, loaded once) and a large file imported by the background job."""
import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from tests.factories import catalogue, messy_workbook
from thidua.register import demo
from thidua.register.domain import imports
from thidua.register.models import AwardRecord, ImportBatch
from thidua.units.models import PredecessorUnit


@pytest.mark.django_db
def test_the_demo_register_is_illustrative_and_has_duplicates(commune):
    catalogue()
    for name in ("xã Hùng Thắng", "thị trấn Kẻ Sặt", "xã Vĩnh Hưng"):
        PredecessorUnit.objects.create(unit=commune, name=name)
    demo.load()
    rows = AwardRecord.objects.filter(unit=commune)
    assert 250 <= rows.count() <= 400 and not rows.filter(is_demo=False).exists()
    assert set(rows.values_list("year", flat=True)) == set(range(2020, 2026))
    assert rows.filter(predecessor__isnull=False).values("predecessor").distinct().count() == 3
    twins = rows.filter(name_folded="nguyen thi hoa", birth_year=1976, form__code="ldtt", year=2021)
    assert twins.count() == 2 and twins.values("predecessor").distinct().count() == 2
    count = rows.count()
    demo.load()
    assert AwardRecord.objects.filter(unit=commune).count() == count


@pytest.mark.django_db
def test_a_large_file_is_imported_by_the_background_job(tmp_path, commune, unit_officer, monkeypatch,
                                                        django_capture_on_commit_callbacks):
    monkeypatch.setattr(imports, "BACKGROUND_ROWS", 2)
    path = messy_workbook(tmp_path / "big.xlsx")
    batch = imports.upload(commune, unit_officer, SimpleUploadedFile("big.xlsx", path.read_bytes()))
    with django_capture_on_commit_callbacks(execute=True):
        queued = imports.confirm(batch, unit_officer)
    assert queued.status == ImportBatch.Status.QUEUED
    batch.refresh_from_db()
    assert batch.status == ImportBatch.Status.DONE and batch.imported_count == 3 and batch.progress == 100
    assert AwardRecord.objects.filter(batch=batch).count() == 3
