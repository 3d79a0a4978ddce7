"""``manage.py render_documents`` writes every document kind of a unit from the demo data."""
import io
import zipfile

import pytest
from django.core.management import CommandError, call_command
from docx import Document
from openpyxl import load_workbook
from pypdf import PdfReader

from tests.factories import UnitFactory

KINDS = [
    "ke-hoach.docx", "ke-hoach.pdf", "tieu-de-hoi-nghi.pdf", "to-trinh.docx", "bao-cao-thanh-tich.docx",
    "tom-tat-thanh-tich.docx", "bien-ban-hop-hoi-dong.docx", "quyet-dinh.docx", "quyet-dinh.pdf", "giay-khen.pdf",
    "giay-khen-tung-nguoi-001.pdf", "giay-khen-tung-nguoi-002.pdf", "giay-khen-in-phoi.pdf", "giay-khen-trang-in-thu.pdf",
    "giay-moi.pdf", "chuong-trinh-hoi-nghi.pdf", "bao-cao-tong-ket.docx", "toan-canh.xlsx", "tien-do.xlsx",
    "danh-sach-dai-hoi.xlsx", "danh-sach-dai-hoi.docx",
]


@pytest.mark.django_db
def test_every_kind_of_xa_ke_sat_is_written_and_opens(tmp_path):
    call_command("load_demo", "--quiet-logins")
    out = io.StringIO()
    call_command("render_documents", "--unit", "xa-ke-sat", "--out", str(tmp_path), stdout=out)
    names = sorted(p.name for p in tmp_path.iterdir())
    assert names == sorted(KINDS)
    assert "Không tạo" not in out.getvalue() and "Đã ghi 21 tệp của Xã Kẻ Sặt" in out.getvalue()
    for path in tmp_path.iterdir():
        data = path.read_bytes()
        if path.suffix == ".pdf":
            assert len(PdfReader(io.BytesIO(data)).pages) >= 1, path.name
        elif path.suffix == ".docx":
            assert Document(io.BytesIO(data)).paragraphs is not None
        else:
            assert zipfile.is_zipfile(io.BytesIO(data)) and load_workbook(io.BytesIO(data)).active is not None
    decision = PdfReader(str(tmp_path / "quyet-dinh.pdf"))
    text = "".join(page.extract_text() for page in decision.pages)
    assert "125/QĐ-UBND" in text and "Nguyễn Văn Thắng" in text and "Trần Thị Thu Hằng" in text
    assert len(PdfReader(str(tmp_path / "giay-khen.pdf")).pages) == 2


@pytest.mark.django_db
def test_a_unit_without_data_gets_what_it_can_and_is_told_what_not(tmp_path):
    call_command("load_demo", "--quiet-logins")
    unit = UnitFactory(code="xa-moi", name="Mới", kind="xa")
    out = io.StringIO()
    call_command("render_documents", "--unit", unit.code, "--out", str(tmp_path), stdout=out)
    assert "Không tạo: kế hoạch hội nghị" in out.getvalue()
    assert (tmp_path / "bao-cao-tong-ket.docx").exists() and not (tmp_path / "ke-hoach.docx").exists()


@pytest.mark.django_db
def test_an_unknown_unit_is_refused_in_vietnamese(tmp_path):
    with pytest.raises(CommandError, match="Không có đơn vị mã «khong-co»"):
        call_command("render_documents", "--unit", "khong-co", "--out", str(tmp_path))


def test_printed_links_use_the_configured_public_address(settings, rf):
    from thidua.documents.interfaces.links import public_url

    settings.THIDUA_PUBLIC_URL = "https://thidua.haiphong.gov.vn"
    assert public_url("/dai-bieu/1/", rf.get("/", HTTP_HOST="10.0.0.5:8000")) == "https://thidua.haiphong.gov.vn/dai-bieu/1/"
    settings.THIDUA_PUBLIC_URL = ""
    assert public_url("/x/", rf.get("/")) == "http://testserver/x/"
    assert public_url("/x/") == "http://127.0.0.1:8000/x/"
