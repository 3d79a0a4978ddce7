"""Every document kind, generated from the demo data of xã Kẻ Sặt, checked on the files against
Nghị định 30/2020/NĐ-CP, Phụ lục I (the checks: tests/documents/nd30.py)."""
import datetime
import io

import pytest
from django.core.management import call_command
from django.db import transaction
from pypdf import PdfReader

from tests.documents.nd30 import Kind, date_problems, number_problems, problems
from thidua.core.interfaces.render_all import unit_documents
from thidua.units.models import Unit

TODAY = datetime.date(2025, 8, 20)  # before the conference of 28/8/2025: invitations are dated
COMMUNE = ("ỦY BAN NHÂN DÂN", "XÃ KẺ SẶT")
COLLECTIVE = ("TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH")
SUB = {"superior": ("UBND XÃ KẺ SẶT",), "issuer": ("CÔNG AN XÃ KẺ SẶT",)}
PLAN = "Căn cứ Kế hoạch số …/KH-UBND ngày … tháng … năm … của UBND xã Kẻ Sặt về tổ chức Hội nghị"
DECISION = ("CHỦ TỊCH ỦY BAN NHÂN DÂN XÃ KẺ SẶT", PLAN, "Căn cứ Nghị định số 152/2025/NĐ-CP ngày 14 tháng 6 năm 2025 "
            "của Chính phủ quy định về phân cấp")
CHAIR = "Vũ Hữu Tuấn"

KINDS = [
    Kind("ke-hoach.docx", symbol="KH", signing=COLLECTIVE, signer=CHAIR, title="KẾ HOẠCH", pages=2),
    Kind("ke-hoach.pdf", symbol="KH", signing=COLLECTIVE, signer=CHAIR, title="KẾ HOẠCH", pages=2),
    Kind("to-trinh.docx", symbol="TTr", signing=("THỦ TRƯỞNG ĐƠN VỊ",), title="TỜ TRÌNH", contains=(PLAN,), **SUB),
    Kind("bao-cao-thanh-tich.docx", signing=("NGƯỜI BÁO CÁO THÀNH TÍCH",), title="BÁO CÁO THÀNH TÍCH", **SUB),
    Kind("tom-tat-thanh-tich.docx", signing=("XÁC NHẬN CỦA THỦ TRƯỞNG ĐƠN VỊ",), title="TÓM TẮT THÀNH TÍCH", **SUB),
    Kind("bien-ban-hop-hoi-dong.docx", superior=("UBND XÃ KẺ SẶT",), issuer=("HỘI ĐỒNG THI ĐUA - KHEN THƯỞNG",),
         symbol="BB", dated=False, signing=("CHỦ TRÌ",), signer=CHAIR, title="BIÊN BẢN"),
    Kind("quyet-dinh.docx", symbol="QĐ", signing=("CHỦ TỊCH",), signer=CHAIR, title="QUYẾT ĐỊNH", pages=2,
         contains=DECISION),
    Kind("quyet-dinh.pdf", symbol="QĐ", signing=("CHỦ TỊCH",), signer=CHAIR, title="QUYẾT ĐỊNH", pages=2,
         contains=DECISION),
    Kind("giay-moi.pdf", symbol="GM", signing=COLLECTIVE, signer=CHAIR, title="GIẤY MỜI", one_page_each=True,
         contains=("Ủy ban nhân dân xã Kẻ Sặt trân trọng kính mời:",)),
    Kind("chuong-trinh-hoi-nghi.pdf", signing=COLLECTIVE, signer=CHAIR, title="CHƯƠNG TRÌNH"),
    Kind("bao-cao-tong-ket.docx", symbol="BC", signing=COLLECTIVE, title="BÁO CÁO", pages=2,
         contains=("giai đoạn 2025 - 2030 của xã Kẻ Sặt", "Ủy ban nhân dân xã Kẻ Sặt báo cáo")),
    Kind("danh-sach-dai-hoi.docx", signing=COLLECTIVE, signer=CHAIR, title="DANH SÁCH VÀ TRÍCH NGANG THÀNH TÍCH",
         landscape=True),
]


@pytest.fixture(scope="module")
def files(django_db_setup, django_db_blocker):
    """The documents of xã Kẻ Sặt, made once for the module inside a transaction rolled back."""
    with django_db_blocker.unblock(), transaction.atomic():
        call_command("load_demo", "--quiet-logins")
        rendered = dict(unit_documents(Unit.objects.get(code="xa-ke-sat"), TODAY).files)
        transaction.set_rollback(True)
    return rendered


@pytest.mark.django_db
@pytest.mark.parametrize("kind", KINDS, ids=[k.file for k in KINDS])
def test_the_document_follows_phu_luc_i(files, kind):
    assert problems(files[kind.file], kind) == []


@pytest.mark.django_db
def test_every_kind_the_system_makes_is_checked(files):
    checked = {k.file for k in KINDS}
    others = {"tieu-de-hoi-nghi.pdf", "toan-canh.xlsx", "tien-do.xlsx", "danh-sach-dai-hoi.xlsx"}
    certificates = {name for name in files if name.startswith("giay-khen")}
    assert set(files) == checked | others | certificates


@pytest.mark.django_db
def test_certificates_are_signed_as_the_decision(files):
    text = PdfReader(io.BytesIO(files["giay-khen.pdf"])).pages[0].extract_text()
    assert "CHỦ TỊCH" in text and "TM." not in text and CHAIR in text
    assert "CHỦ TỊCH ỦY BAN NHÂN DÂN XÃ KẺ SẶT" in text and "TẶNG" in text and "Quyết định số 125/QĐ-UBND ngày 25" in text
    calibration = PdfReader(io.BytesIO(files["giay-khen-trang-in-thu.pdf"])).pages[0].extract_text()
    assert "280" in calibration and "200" in calibration  # numbered millimetre scales


@pytest.mark.parametrize("line, wrong", [
    ("Kẻ Sặt, ngày 05 tháng 8 năm 2025", False), ("Kẻ Sặt, ngày 09 tháng 01 năm 2026", False),
    ("Kẻ Sặt, ngày 5 tháng 8 năm 2025", True), ("Kẻ Sặt, ngày 28 tháng 2 năm 2025", True),
    ("Kẻ Sặt, ngày 28 tháng 08 năm 2025", True), ("Kẻ Sặt, ngày      tháng      năm 2025", False),
])
def test_the_date_check_knows_the_leading_zeros(line, wrong):
    assert bool(date_problems(line)) is wrong


def test_the_number_check_wants_the_issuers_symbol():
    kind = Kind("x.docx", symbol="TTr")
    assert number_problems("Số:      /TTr-UBND", kind) == []
    assert number_problems("Số: 07/TTr-UBND", kind) == []
    assert number_problems("Số: …/TTr", kind) and number_problems("Số: 7/TTr-UBND", kind)


@pytest.mark.django_db
@pytest.mark.parametrize("name, header_row", [("danh-sach-dai-hoi.xlsx", 4), ("tien-do.xlsx", 3), ("toan-canh.xlsx", 0)])
def test_excel_exports_print_on_a4_in_one_font_with_their_header(files, name, header_row):
    from openpyxl import load_workbook

    from thidua.documents.interfaces.sheets import LINE_HEIGHT_PT

    book = load_workbook(io.BytesIO(files[name]))
    for ws in book.worksheets:
        fonts = {c.font.name for row in ws.iter_rows() for c in row if c.value is not None}
        assert fonts == {"Times New Roman"}, (ws.title, fonts)
        assert int(ws.page_setup.paperSize) == 9 and int(ws.page_setup.fitToWidth) == 1  # 9: A4
        assert ws.sheet_properties.pageSetUpPr.fitToPage
    first = book.worksheets[0]
    if header_row:
        assert first.freeze_panes and first.print_title_rows == f"${header_row}:${header_row}"
        assert first.page_setup.orientation == "landscape"
        widest = max(len(str(c.value or "")) / (first.column_dimensions[c.column_letter].width or 10)
                     for c in first[header_row])
        assert first.row_dimensions[header_row].height >= LINE_HEIGHT_PT * min(widest, 3)
