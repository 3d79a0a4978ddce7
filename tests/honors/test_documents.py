import datetime
import io

import pytest
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from openpyxl import load_workbook

from tests.factories import NomineeFactory
from thidua.documents.interfaces.pdf import page_count, pdf_text
from thidua.honors.domain.uploads import check_upload
from thidua.honors.interfaces import certificates as certs
from thidua.honors.interfaces import documents, excel
from thidua.honors.models import Nominee

# Every Vietnamese vowel with every tone, plus đ/Đ.
ALL_DIACRITICS = "Đặng Ầu Ấu Ẩu Ẫu Ậu Ằn Ắn Ẳn Ẵn Ặn Ềm Ếm Ểm Ễm Ệm Ìn Ín Ỉn Ĩn Ịn Ồng Ống Ổng Ỗng Ộng Ờn Ớn Ởn Ỡn Ợn Ừng Ứng Ửng Ững Ựng Ỳ Ý Ỷ Ỹ Ỵ đỗ"
PERIOD = (2020, 2025)


def _fields(name):
    return {"issuer": "UBND XÃ KẺ SẶT", "recipient": name, "position": "Công an xã Kẻ Sặt",
            "achievement": "Đã có thành tích xuất sắc", "decision": "Quyết định số: 15/QĐ-UBND",
            "register": "Số sổ vàng: 41", "place_date": "Kẻ Sặt, ngày 27 tháng 8 năm 2025",
            "signer": "TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n\n\nPhạm Văn Dũng"}


def test_certificate_renders_every_vietnamese_diacritic():
    pdf = certs.certificates_pdf([_fields(ALL_DIACRITICS), _fields("Lò Thị Ơn")])
    text = pdf_text(pdf)
    assert page_count(pdf) == 2
    for word in ALL_DIACRITICS.split():
        assert word in text, word
    assert "GIẤY KHEN" in text and "Số sổ vàng: 41" in text


def test_print_on_blank_prints_only_variable_text_at_calibrated_positions():
    blank = certs.certificates_pdf([_fields("Nguyễn Văn Ấn")], blank=True)
    text = pdf_text(blank)
    assert "Nguyễn Văn Ấn" in text and "GIẤY KHEN" not in text and "CỘNG HÒA" not in text

    class Layout:
        positions = {"recipient": [10, 10]}
        offset_x, offset_y = 5, -3

    source = certs.certificates_source([_fields("Nguyễn Văn Ấn")], layout=Layout(), blank=True)
    assert "#field(15.0, 7.0, 257, 26" in source
    assert "Người, tập thể được khen (15; 7 mm)" in pdf_text(certs.test_page_pdf(Layout()))


def _text_positions(pdf):
    """(x, y) in points from the bottom-left corner for each text run of the first page."""
    from pypdf import PdfReader

    page = PdfReader(io.BytesIO(pdf)).pages[0]
    runs = []

    def visit(text, cm, tm, font, size):
        if text.strip():
            runs.append((text.strip(), cm[4] + tm[4] * cm[0], cm[5] + tm[5] * cm[3]))

    page.extract_text(visitor_text=visit)
    return runs, float(page.mediabox.width), float(page.mediabox.height)


@pytest.mark.django_db
def test_every_certificate_line_including_the_signer_name_is_on_the_page(campaign, commune, subunit):
    from tests.factories import AwardFactory, CategoryFactory, DecisionFactory, NominationFactory, PlanFactory

    plan = PlanFactory(nominating=True, unit=commune, campaign=campaign)
    decision = DecisionFactory(unit=commune, plan=plan, signer_mode="TM.", signer_authority="ỦY BAN NHÂN DÂN",
                               signer_title="CHỦ TỊCH", signer_name="Phạm Văn Dũng")
    nomination = NominationFactory(unit=commune, category=CategoryFactory(plan=plan),
                                   nominee__full_name="Đặng Thị Ỹ Hường", nominee__workplace=subunit)
    fields = certs.certificate_fields(AwardFactory(decision=decision, nomination=nomination, register_number="41"))
    for blank in (False, True):
        runs, width, height = _text_positions(certs.certificates_pdf([fields], blank=blank))
        texts = " ".join(t for t, _, _ in runs)
        assert "Phạm Văn Dũng" in texts and "Số sổ vàng: 41" in texts
        margin = 8 * 72 / 25.4  # inside the 8 mm frame
        outside = [(t, round(x), round(y)) for t, x, y in runs if not (margin <= x <= width - margin and margin <= y <= height - margin)]
        assert outside == []
        name_y = next(y for t, _, y in runs if "Phạm Văn Dũng" in t)
        title_y = next(y for t, _, y in runs if t == "CHỦ TỊCH")
        assert name_y < title_y - 40  # room to sign between the title and the name


def test_user_text_cannot_inject_typst():
    pdf = certs.certificates_pdf([_fields('#panic("x") "quoted" \\ [a]')])
    assert '#panic("x")' in pdf_text(pdf)


@pytest.mark.django_db
def test_summary_half_page_check(subunit):
    short = NomineeFactory(unit=subunit, summary="Hoàn thành xuất sắc nhiệm vụ năm 2023, 2024; 02 sáng kiến cấp cơ sở.")
    long = NomineeFactory(unit=subunit, summary=" ".join(["Tích cực tham gia phong trào thi đua, hoàn thành xuất sắc nhiệm vụ."] * 40))
    assert documents.summary_pages(short) == 1
    assert documents.summary_pages(long) > 1


def test_upload_checks_size_and_content(settings):
    settings.THIDUA_MAX_UPLOAD_BYTES = 1024
    with pytest.raises(ValidationError, match="vượt giới hạn"):
        check_upload(SimpleUploadedFile("big.pdf", b"%PDF-" + b"0" * 2000))
    with pytest.raises(ValidationError, match="nội dung không phải PDF"):
        check_upload(SimpleUploadedFile("fake.pdf", b"MZ this is an exe"))
    with pytest.raises(ValidationError, match="không thuộc loại"):
        check_upload(SimpleUploadedFile("run.exe", b"MZ"))
    with pytest.raises(ValidationError, match="bị hỏng"):
        check_upload(SimpleUploadedFile("x.docx", b"PK\x03\x04garbage"), allowed=("docx",))
    assert check_upload(SimpleUploadedFile("ok.pdf", b"%PDF-1.4 ...")) == "pdf"


def test_40_mb_upload_is_refused_with_default_limit():
    class Big:
        name, size = "ho-so.pdf", 40 * 1024 * 1024

    with pytest.raises(ValidationError, match="40.0 MB"):
        check_upload(Big())


def _sheet(rows, merged=None, extra_header=None):
    wb = load_workbook(io.BytesIO(excel.template_xlsx(PERIOD)))
    ws = wb["Danh sách"]
    ws.delete_rows(2)
    if extra_header:
        ws.cell(row=1, column=len(excel.columns(PERIOD)) + 1, value=extra_header)
    for row in rows:
        ws.append(row)
    if merged:
        ws.merge_cells(merged)
    out = io.BytesIO()
    wb.save(out)
    return out.getvalue()


GOOD_ROW = ["Hoàng Thị Lụa", "Cá nhân", "Nữ", 1989, "Mường", "Giáo viên", "Giáo dục", "Có", "Nhà nước",
            "HTTNV", "HTXSNV", "HTTNV", "HTXSNV", "HTTNV", "", "Tóm tắt"]


def test_import_reads_a_good_sheet():
    rows = excel.parse_import(_sheet([GOOD_ROW, ["Trường Mầm non Kẻ Sặt", "Tập thể"] + [""] * 14]), PERIOD)
    assert rows[0]["full_name"] == "Hoàng Thị Lụa" and rows[0]["ratings"]["2021"] == "HTXSNV" and rows[0]["direct_worker"]
    assert rows[1]["kind"] == "collective"
    # field and economic sector become the codes delegates use
    assert (rows[0]["field"], rows[0]["economic_sector"]) == ("education", "state")
    assert (rows[1]["field"], rows[1]["economic_sector"]) == ("", "")


def test_import_refuses_an_unknown_economic_sector():
    bad = list(GOOD_ROW)
    bad[8] = "Không rõ"
    with pytest.raises(ValidationError) as info:
        excel.parse_import(_sheet([bad]), PERIOD)
    assert "Dòng 2, cột I («Thành phần kinh tế»): «Không rõ» không phải thành phần kinh tế" in "\n".join(info.value.messages)


def test_import_errors_name_row_and_column():
    bad = list(GOOD_ROW)
    bad[1], bad[10], bad[3] = "Robot", "GIOI", 1850
    with pytest.raises(ValidationError) as info:
        excel.parse_import(_sheet([GOOD_ROW, bad]), PERIOD)
    text = "\n".join(info.value.messages)
    assert "Dòng 3, cột B («Đối tượng»)" in text
    assert "Dòng 3, cột K («Xếp loại 2021»): xếp loại «GIOI» không hợp lệ" in text
    assert "Dòng 3, cột D («Năm sinh»)" in text


def test_import_refuses_merged_cells_and_extra_columns():
    with pytest.raises(ValidationError, match="ô gộp"):
        excel.parse_import(_sheet([GOOD_ROW], merged="A2:B2"), PERIOD)
    with pytest.raises(ValidationError, match="cột thừa: Q"):
        excel.parse_import(_sheet([GOOD_ROW], extra_header="Ghi chú"), PERIOD)
    with pytest.raises(ValidationError, match="Không đọc được"):
        excel.parse_import(b"not an xlsx", PERIOD)


@pytest.mark.django_db
def test_import_view_is_all_or_nothing(client_for, submitter, subunit):
    bad = list(GOOD_ROW)
    bad[0] = ""
    upload = SimpleUploadedFile("ds.xlsx", _sheet([GOOD_ROW, bad]))
    response = client_for(submitter).post("/khen-thuong/nhap-excel/", {"unit": subunit.pk, "file": upload})
    assert response.status_code == 200
    assert "Dòng 3, cột A" in response.content.decode()
    assert Nominee.objects.count() == 0
    upload = SimpleUploadedFile("ds.xlsx", _sheet([GOOD_ROW]))
    response = client_for(submitter).post("/khen-thuong/nhap-excel/", {"unit": subunit.pk, "file": upload})
    assert response.status_code == 302 and Nominee.objects.get().ratings["2024"] == "HTTNV"
    fake = SimpleUploadedFile("ds.xlsx", b"%PDF-1.4 not excel")
    body = client_for(submitter).post("/khen-thuong/nhap-excel/", {"unit": subunit.pk, "file": fake}).content.decode()
    assert "nội dung không phải Excel" in body and Nominee.objects.count() == 1


@pytest.mark.django_db
def test_achievement_report_follows_the_form_sections_for_individuals_and_collectives(campaign, commune, subunit):
    from tests.factories import CategoryFactory, NominationFactory, PlanFactory
    from thidua.documents.interfaces.docx import docx_text

    plan = PlanFactory(nominating=True, unit=commune, campaign=campaign)
    category = CategoryFactory(plan=plan)
    person = NominationFactory(unit=commune, category=category, nominee__workplace=subunit,
                               nominee__duties="Phụ trách an ninh trật tự", nominee__summary="Hoàn thành xuất sắc nhiệm vụ")
    group = NominationFactory(unit=commune, category=category, nominee__kind="collective",
                              nominee__full_name="Trường Mầm non Kẻ Sặt", nominee__duties="Nuôi dạy trẻ",
                              nominee__summary="Trường đạt chuẩn quốc gia")
    expected = {
        person: ["I. SƠ LƯỢC LÝ LỊCH", "II. THÀNH TÍCH ĐẠT ĐƯỢC", "1. Quyền hạn, nhiệm vụ được giao hoặc đảm nhận",
                 "Phụ trách an ninh trật tự", "2. Thành tích đạt được", "Hoàn thành xuất sắc nhiệm vụ",
                 "III. CÁC HÌNH THỨC ĐÃ ĐƯỢC KHEN THƯỞNG"],
        group: ["I. ĐẶC ĐIỂM, TÌNH HÌNH", "1. Đặc điểm, tình hình", "2. Chức năng, nhiệm vụ", "Nuôi dạy trẻ",
                "II. THÀNH TÍCH ĐẠT ĐƯỢC", "Trường đạt chuẩn quốc gia", "III. CÁC HÌNH THỨC ĐÃ ĐƯỢC KHEN THƯỞNG"],
    }
    for nomination, headings in expected.items():
        lines = docx_text(documents.report_docx(nomination, datetime.date(2025, 8, 20))).splitlines()
        positions = [lines.index(h) for h in headings]
        assert positions == sorted(positions), nomination.nominee.kind


@pytest.mark.django_db
def test_the_half_page_check_measures_the_summary_as_printed_with_its_title_and_lines(subunit):
    """A summary that fitted when only the name and the summary were measured no longer passes
    once the title, the position line and the proposal line printed with it are counted."""
    from thidua.documents.interfaces.pdf import compile_typst, esc, page_count

    def summary_alone(nominee):  # what the check measured before
        return page_count(compile_typst(
            '#set page(width: 210mm, height: 148.5mm, margin: (top: 20mm, bottom: 0mm, left: 30mm, right: 15mm))\n'
            '#set text(font: "Liberation Serif", size: 13pt, lang: "vi")\n#set par(justify: true, leading: 0.65em)\n'
            f"*{esc(nominee.full_name)}* \\\n{esc(nominee.summary)}"))

    sentence = "Hoàn thành xuất sắc nhiệm vụ, dẫn đầu phong trào thi đua của đơn vị."
    verdicts = []
    for n in range(14, 40, 2):
        nominee = NomineeFactory(unit=subunit, position="Phó Trưởng Công an xã", summary=" ".join([sentence] * n))
        verdicts.append((summary_alone(nominee), documents.summary_pages(nominee)))
    assert (1, 2) in verdicts, verdicts
