"""The import pages end to end: upload, the preview with the guessed mapping and the row
errors, mapping an unknown award name, confirm; the list's filters and its Excel export."""
from io import BytesIO

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from openpyxl import load_workbook

from tests.factories import AwardRecordFactory, award_form, messy_workbook
from thidua.register.models import AwardRecord, ImportBatch


@pytest.mark.django_db
def test_upload_preview_map_and_confirm(client_for, tmp_path, commune, unit_officer):
    path = messy_workbook(tmp_path / "ds.xlsx", people=[
        ("Nguyễn Văn A", 1980, None, "", "Danh hiệu LĐTT xuất sắc", "1/QĐ", "05/8/2023", "UBND xã"),
        ("Nguyễn Thị B", None, 1985, "", "Lao động tiên tiến", "1/QĐ", "05/8/2023", "UBND xã")])
    client = client_for(unit_officer)
    response = client.post(reverse("register:import"), {
        "unit": commune.pk, "file": SimpleUploadedFile("ds.xlsx", path.read_bytes())})
    batch = ImportBatch.objects.get()
    assert response.status_code == 302 and response.url == reverse("register:import_preview", args=[batch.pk])
    page = client.get(response.url).content.decode()
    assert "tiêu đề ở dòng 4" in page and '<option value="female" selected>' in page
    assert "«Danh hiệu LĐTT xuất sắc» không có trong danh mục" in page and 'value="confirm"' not in page
    ldtt = award_form("ldtt")
    client.post(response.url, {"action": "map", "form:Danh hiệu LĐTT xuất sắc": ldtt.code, "award_kind": "regular"})
    page = client.get(response.url).content.decode()
    assert 'value="confirm"' in page and "không có trong danh mục" not in page
    done = client.post(response.url, {"action": "confirm", "form:Danh hiệu LĐTT xuất sắc": ldtt.code,
                                      "award_kind": "regular"})
    assert done.status_code == 302 and done.url == reverse("register:list")
    assert list(AwardRecord.objects.order_by("source_row").values_list("name", "gender", "form__code")) == [
        ("Nguyễn Văn A", "male", "ldtt"), ("Nguyễn Thị B", "female", "ldtt")]


@pytest.mark.django_db
def test_the_list_filters_and_exports(client_for, commune, unit_officer):
    AwardRecordFactory(unit=commune, name="Trần Văn Thắng", year=2021, form=award_form("cstdcs"))
    AwardRecordFactory(unit=commune, name="Lê Thị Lan", year=2022, form=award_form("ldtt"))
    client = client_for(unit_officer)
    page = client.get(reverse("register:list"), {"q": "thang", "year": ""}).content.decode()
    assert "Trần Văn Thắng" in page and "Lê Thị Lan" not in page
    data = client.get(reverse("register:export"), {"year": "2022"}).content
    ws = load_workbook(BytesIO(data)).active
    assert [row[1] for row in ws.iter_rows(min_row=2, values_only=True)] == ["Lê Thị Lan"]
