"""The plan as .docx (opened with python-docx) and .pdf, and the banner title."""
import io

import pytest
from django.core.management import call_command
from docx import Document

from thidua.documents.interfaces.docx import docx_text
from thidua.documents.interfaces.pdf import page_count, pdf_text
from thidua.plans.interfaces.documents import banner_lines, banner_pdf, plan_docx, plan_pdf
from thidua.plans.models import Plan

SECTION_ORDER = ["I. MỤC ĐÍCH, YÊU CẦU", "II. THỜI GIAN, ĐỊA ĐIỂM, TÊN GỌI", "III. SỐ LƯỢNG, THÀNH PHẦN",
                 "IV. NỘI DUNG VÀ CHƯƠNG TRÌNH", "V. KINH PHÍ THỰC HIỆN", "VI. TỔ CHỨC THỰC HIỆN"]


@pytest.fixture
def demo(db):
    call_command("load_demo", "--quiet-logins")


def _seed(code):
    return Plan.objects.get(unit__code=code, origin="seed")


@pytest.mark.django_db
def test_docx_has_nd30_parts_and_sections_in_the_seeds_order(demo):
    data = plan_docx(_seed("xa-ke-sat"))
    doc = Document(io.BytesIO(data))
    header = doc.tables[0].rows[0].cells
    assert "ỦY BAN NHÂN DÂN" in header[0].text and "XÃ KẺ SẶT" in header[0].text and "/KH-UBND" in header[0].text
    assert header[1].paragraphs[0].text == "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
    assert "Độc lập - Tự do - Hạnh phúc" in header[1].text and "Kẻ Sặt, ngày" in header[1].text
    paragraphs = [p.text for p in doc.paragraphs]
    assert paragraphs[0] == "KẾ HOẠCH"
    positions = [next(i for i, text in enumerate(paragraphs) if text.startswith(h)) for h in SECTION_ORDER]
    assert positions == sorted(positions)
    text = docx_text(data)
    for part in ["Quyết định số 3194/QĐ-UBND ngày 08 tháng 8 năm 2025", "Hội nghị tuyên dương điển hình tiên tiến xã Kẻ Sặt",
                 "Nhà văn hóa Trung tâm xã Kẻ Sặt", "Thi đua là yêu nước, yêu nước thì phải thi đua!",
                 "150 đại biểu", "Hộ gia đình sản xuất, kinh doanh giỏi (08 - 10 hộ gia đình)",
                 "trước ngày 22/8/2025", "Chào cờ", "Phòng Văn hóa - Xã hội"]:
        assert part in text, part
    signature = doc.tables[-1].rows[0].cells
    assert "Nơi nhận:" in signature[0].text and "Lưu: VT, VHXH." in signature[0].text
    assert "TM. ỦY BAN NHÂN DÂN" in signature[1].text and "Vũ Hữu Tuấn" in signature[1].text
    assert doc.styles["Normal"].font.name == "Times New Roman"


@pytest.mark.django_db
def test_docx_of_a_timed_agenda_is_a_table(demo):
    doc = Document(io.BytesIO(plan_docx(_seed("so-khcn"))))
    agenda = next(t for t in doc.tables if t.rows[0].cells[0].text == "STT")
    assert len(agenda.rows) == 9
    assert agenda.rows[1].cells[1].text == "14h00 - 14h20" and agenda.rows[8].cells[3].text == "Đ/c Giám đốc Sở"


@pytest.mark.django_db
def test_pdf_text_has_the_plan(demo):
    data = plan_pdf(_seed("so-ngoai-vu"))
    text = pdf_text(data)
    for part in ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Số: 61/KH-NV", "Hải Phòng, ngày 12 tháng 8 năm 2025", "KẾ HOẠCH",
                 "MỤC ĐÍCH, YÊU CẦU", "TỔ CHỨC THỰC HIỆN", "Phát biểu chỉ đạo của cấp trên", "Trần Viết Tuấn",
                 "thứ Năm, ngày 21/8/2025"]:
        assert part in " ".join(text.split()), part
    assert page_count(data) >= 2 and b"LiberationSerif" in data


@pytest.mark.django_db
def test_banner_is_landscape_and_built_from_the_name_when_the_plan_has_none(demo, city_campaign):
    from thidua.plans.domain.builder import new_plan_from_parent
    from thidua.units.models import Unit

    plan = new_plan_from_parent(Unit.objects.get(code="phuong-tran-hung-dao"), city_campaign)  # a unit with no plan yet
    assert banner_lines(plan)[1:4] == ["HỘI NGHỊ", "TUYÊN DƯƠNG ĐIỂN HÌNH TIÊN TIẾN PHƯỜNG TRẦN HƯNG ĐẠO", "LẦN THỨ I (2025 - 2030)"]
    data = banner_pdf(plan)
    from pypdf import PdfReader

    box = PdfReader(io.BytesIO(data)).pages[0].mediabox
    assert box.width > box.height  # landscape
    assert page_count(data) == 1
    assert "TUYÊN DƯƠNG ĐIỂN HÌNH TIÊN TIẾN PHƯỜNG TRẦN HƯNG ĐẠO" in " ".join(pdf_text(data).split())  # may wrap


@pytest.mark.django_db
def test_user_text_with_typst_markup_renders_literally(demo):
    plan = _seed("phuong-an-hai")
    plan.theme = "#let x = 1 *đậm?* [ngoặc] $toán$ \\ gạch"
    plan.save()
    assert "#let x = 1 *đậm?* [ngoặc] $toán$" in " ".join(pdf_text(plan_pdf(plan)).split())


def _text_lines(data):
    """(x, baseline y, font size, text) of every text run on the first page of ``data``."""
    from pypdf import PdfReader

    runs = []

    def visit(text, cm, tm, _font, size):
        if text.strip():
            x = tm[4] * cm[0] + tm[5] * cm[2] + cm[4]
            y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
            runs.append((round(x, 1), round(y, 1), size * tm[3] * cm[3], text.strip()))

    PdfReader(io.BytesIO(data)).pages[0].extract_text(visitor_text=visit)
    return runs


@pytest.fixture
def built_plan(city_campaign, commune, unit_officer):
    from thidua.plans.domain.builder import new_plan_from_parent

    return new_plan_from_parent(commune, city_campaign, unit_officer)


@pytest.mark.django_db
def test_banner_lines_with_stacked_diacritics_do_not_overlap(built_plan):
    # seed 001's banner: capitals with two diacritics (Ộ, Ể, Ặ, Ầ) on lines set in 36-40 pt
    built_plan.banner_text = ("ĐẢNG ỦY - HĐND - UBND - UB MTTQVN XÃ KẺ SẶT\nHỘI NGHỊ\nTUYÊN DƯƠNG ĐIỂN HÌNH TIÊN TIẾN XÃ "
                              "KẺ SẶT\nLẦN THỨ I (2025-2030)\nKẻ Sặt, ngày 28 tháng 8 năm 2025")
    lines = {}
    for _x, y, size, _text in _text_lines(banner_pdf(built_plan)):
        lines[y] = max(size, lines.get(y, 0))
    ys = sorted(lines, reverse=True)
    assert len(ys) >= 5
    for upper, lower in zip(ys, ys[1:]):
        # baseline to baseline at least 1.15 × the larger size: room for the accents above the capitals
        assert upper - lower >= 1.15 * max(lines[upper], lines[lower]), (upper, lower, lines)


@pytest.mark.django_db
def test_section_items_are_numbered_without_gaps(built_plan):
    built_plan.theme = ""
    built_plan.slogans = ["Thi đua là yêu nước, yêu nước thì phải thi đua!"]
    built_plan.target_women = built_plan.target_ethnic_minorities = built_plan.target_direct_workers = None
    built_plan.target_economic_sectors = []
    built_plan.delegates_note = "Đại biểu thành phố\nĐại biểu xã"
    built_plan.save()
    for text in (docx_text(plan_docx(built_plan)), " ".join(pdf_text(plan_pdf(built_plan)).split())):
        assert "5. Khẩu hiệu tuyên truyền:" in text and "6. Khẩu hiệu" not in text
        assert "2. Thành phần mời:" in text and "3. Thành phần mời" not in text


@pytest.mark.django_db
def test_pdf_recipients_line_up_under_noi_nhan(built_plan):
    built_plan.recipients = ["UBND thành phố;", "Ban TĐ - KT thành phố;", "Lưu: VT."]
    built_plan.save()
    data = plan_pdf(built_plan)
    from pypdf import PdfReader

    runs = []
    for page in range(page_count(data)):
        def visit(text, cm, tm, _font, _size):
            if text.strip().startswith("- ") or text.strip() == "-":
                runs.append((round(tm[4] * cm[0] + tm[5] * cm[2] + cm[4], 1), text.strip()))
        PdfReader(io.BytesIO(data)).pages[page].extract_text(visitor_text=visit)
    starts = [x for x, text in runs if any(r.split(";")[0].split(":")[0] in text for r in built_plan.recipients)
              or text == "-"]
    assert len(starts) >= 3 and len(set(starts[-3:])) == 1, runs[-6:]
