"""Importing Excel lists as offices keep them: title rows and merged cells, a two-row
header with Nam/Nữ, dates in every form, the footer and signing block left out, row errors
naming the row and column in Vietnamese, all or nothing, and a file imported twice adding
nothing."""
import json

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from openpyxl import Workbook

from tests.factories import messy_workbook
from thidua.common.errors import DomainError
from thidua.register.domain import imports, rows, sheets
from thidua.register.models import AwardRecord, ImportBatch


def _convert(path):
    return rows.convert(sheets.read(str(path)))


@pytest.mark.django_db
def test_a_messy_sheet_is_read_into_records(tmp_path):
    result = _convert(messy_workbook(tmp_path / "ds.xlsx"))
    assert result.ok, [e.text() for e in result.errors]
    got = [(r.row, r.values["name"], r.values.get("gender"), r.values.get("birth_year"), result.forms[r.form_text].code,
            r.values["decision_date"].isoformat(), r.values["year"]) for r in result.rows]
    assert got == [
        (6, "Nguyễn Thị Hòa", "female", 1976, "ldtt", "2023-08-05", 2023),
        (7, "Trần Văn Bình", "male", 1980, "cstdcs", "2023-08-05", 2023),
        (8, "Lê Văn Cường", "male", 1969, "giay-khen", "2023-08-05", 2023),
    ]
    first = result.rows[0].values
    assert (first["position"], first["workplace"]) == ("Cán bộ", "UBND xã")


@pytest.mark.django_db
def test_columns_in_another_order_and_without_diacritics(tmp_path):
    wb = Workbook()
    ws = wb.active
    ws.title = "2021"
    ws.append(["DANH SACH KHEN THUONG"])
    ws.append(["Hinh thuc khen thuong", "Ho ten", "Gioi tinh", "So CCCD", "So quyet dinh", "STT"])
    ws.append(["CSTĐCS", "Phạm Thị Lan", "Nữ", 1203000123, "5/QĐ-UBND", 1])
    wb.save(tmp_path / "a.xlsx")
    result = _convert(tmp_path / "a.xlsx")
    assert result.ok, [e.text() for e in result.errors]
    [row] = result.rows
    assert row.values["year"] == 2021 and row.values["gender"] == "female"
    assert row.values["identity_number"] == "001203000123" and result.forms["CSTĐCS"].code == "cstdcs"


@pytest.mark.django_db
def test_row_errors_name_row_and_column_in_vietnamese(tmp_path):
    people = [
        ("Nguyễn Văn A", 1980, None, "", "Lao động tiên tiến", "1/QĐ", "31/02/2025", "UBND xã"),
        ("Nguyễn Văn B", 1930 - 100, None, "", "Lao động tiên tiến", "1/QĐ", "05/8/1940", "UBND xã"),
        ("Nguyễn Văn C", 1980, None, "", "Kỷ niệm chương Vì sự nghiệp", "1/QĐ", "5-8-2025", "UBND xã"),
    ]
    path = messy_workbook(tmp_path / "bad.xlsx", people=people)
    result = _convert(path)
    texts = [(e.row, e.column, e.message) for e in result.errors]
    assert (6, "H", "Ngày «31/02/2025» không có thật (ngày 31 tháng 2 năm 2025).") in texts
    assert any(r == 7 and c == "C" and "Năm sinh 1830 không hợp lệ" in m for r, c, m in texts)
    assert any(r == 7 and c == "H" for r, c, m in texts) or any(r == 7 and "năm" in m.lower() for r, c, m in texts)
    assert any(r == 8 and c == "F" and "không có trong danh mục" in m for r, c, m in texts)


@pytest.mark.django_db
def test_no_header_and_formulas_without_values(tmp_path):
    wb = Workbook()
    wb.active.append(["Báo cáo", "không có bảng"])
    wb.save(tmp_path / "none.xlsx")
    with pytest.raises(DomainError, match="Không tìm thấy dòng tiêu đề"):
        sheets.read(str(tmp_path / "none.xlsx"))
    wb = Workbook()
    ws = wb.active
    ws.append(["STT", "Họ và tên", "Năm sinh", "Danh hiệu", "Năm"])
    ws.append([1, "Nguyễn Văn A", "=1900+80", "Lao động tiên tiến", 2022])
    wb.save(tmp_path / "f.xlsx")
    result = _convert(tmp_path / "f.xlsx")
    assert [(e.row, e.column) for e in result.errors] == [(2, "C")]
    assert "công thức" in result.errors[0].message


@pytest.mark.django_db
def test_the_import_is_all_or_nothing_and_a_file_twice_adds_nothing(tmp_path, commune, unit_officer):
    bad = messy_workbook(tmp_path / "bad.xlsx", people=[
        ("Nguyễn Văn A", 1980, None, "", "Lao động tiên tiến", "1/QĐ", "05/8/2023", "UBND xã"),
        ("Nguyễn Văn B", 1980, None, "", "Lao động tiên tiến", "1/QĐ", "31/02/2023", "UBND xã")])
    batch = imports.upload(commune, unit_officer, SimpleUploadedFile("bad.xlsx", bad.read_bytes()))
    with pytest.raises(DomainError, match="Không nhập bản ghi nào"):
        imports.confirm(batch, unit_officer)
    assert not AwardRecord.objects.exists()
    batch.refresh_from_db()
    assert batch.status == "failed" and "31/02/2023" in batch.error

    good = messy_workbook(tmp_path / "good.xlsx").read_bytes()
    batch = imports.upload(commune, unit_officer, SimpleUploadedFile("good.xlsx", good))
    imports.confirm(batch, unit_officer)
    assert AwardRecord.objects.filter(batch=batch, source="excel").count() == 3
    record = AwardRecord.objects.get(name="Nguyễn Thị Hòa")
    assert record.history.first().history_change_reason == imports.ACTION
    with pytest.raises(DomainError, match="đã được nhập") as info:
        imports.upload(commune, unit_officer, SimpleUploadedFile("copy.xlsx", good))
    assert info.value.code == "imported_twice"
    assert AwardRecord.objects.count() == 3 and ImportBatch.objects.filter(status="done").count() == 1


@pytest.mark.django_db
def test_the_officer_maps_an_unknown_award_and_a_column(tmp_path, commune, unit_officer):
    path = messy_workbook(tmp_path / "x.xlsx", people=[
        ("Nguyễn Văn A", 1980, None, "", "Danh hiệu LĐTT xuất sắc", "1/QĐ", "05/8/2023", "UBND xã")])
    batch = imports.upload(commune, unit_officer, SimpleUploadedFile("x.xlsx", path.read_bytes()))
    _, result = imports.preview(batch)
    assert result.forms == {"Danh hiệu LĐTT xuất sắc": None} and not result.ok
    sheet = next(iter(batch.mapping))
    mapping = {sheet: {**batch.mapping[sheet], "9": "note", "8": ""}}
    imports.set_mapping(batch, unit_officer, mapping, {"Danh hiệu LĐTT xuất sắc": "ldtt"})
    imports.confirm(batch, unit_officer)
    record = AwardRecord.objects.get()
    assert record.form.code == "ldtt" and record.form_text == "Danh hiệu LĐTT xuất sắc"
    assert record.decision_authority == ""  # the column was set to be ignored


@pytest.mark.django_db
def test_command_dry_run_json_and_exit_codes(tmp_path, commune, capsys):
    good = messy_workbook(tmp_path / "good.xlsx")
    call_command("import_awards", str(good), "--unit", commune.code, "--dry-run", "--format", "json")
    out = json.loads(capsys.readouterr().out)
    assert [r["name"] for r in out["rows"]] == ["Nguyễn Thị Hòa", "Trần Văn Bình", "Lê Văn Cường"]
    assert out["errors"] == [] and not AwardRecord.objects.exists()
    bad = messy_workbook(tmp_path / "bad.xlsx", people=[
        ("Nguyễn Văn A", 1980, None, "", "Lao động tiên tiến", "1/QĐ", "31/02/2025", "UBND xã")])
    with pytest.raises(SystemExit) as exit_info:
        call_command("import_awards", str(bad), "--unit", commune.code, "--format", "json")
    assert exit_info.value.code == 1
    out = json.loads(capsys.readouterr().out)
    assert out["errors"] == [{"sheet": "Danh sách", "row": 6, "column": "H",
                              "message": "Ngày «31/02/2025» không có thật (ngày 31 tháng 2 năm 2025)."}]
    assert not AwardRecord.objects.exists()
    call_command("import_awards", str(good), "--unit", commune.code)
    assert AwardRecord.objects.filter(unit=commune).count() == 3
    with pytest.raises(SystemExit):
        call_command("import_awards", str(good), "--unit", commune.code)
    assert "đã được nhập" in capsys.readouterr().err
