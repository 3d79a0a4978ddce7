import io

from docx import Document

from thidua.documents.interfaces import docx as d
from thidua.documents.interfaces.pdf import array, compile_typst, esc, page_count, pdf_text

ALL_MARKS = "Nguyễn Thị Miền Ặ ặ Ẫ ẫ Ỵ ỵ Đ đ Ư ư Ơ ơ Ỗ ỗ Ự ự"


def test_nd30_pdf_renders_vietnamese_and_escapes_markup(settings):
    source = f"""#import "nd30.typ": *
#show: nd30-page
#nd30-header(issuer: ("ỦY BAN NHÂN DÂN", "XÃ KẺ SẶT"), number: "12/KH-UBND", place-date: "Kẻ Sặt, ngày 10 tháng 8 năm 2025")
#nd30-title("Kế hoạch", subject: "Tổ chức Hội nghị")
{esc(ALL_MARKS + " *không đậm* #khong-lenh [ngoặc]")}
#nd30-signature(recipients: {array(["UBND thành phố;", "Lưu: VT."])}, lines: ("TM. Ủy ban nhân dân", "Chủ tịch"), name: "Vũ Hữu Tuấn")
"""
    pdf = compile_typst(source)
    text = pdf_text(pdf)
    assert page_count(pdf) == 1
    for part in ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "Số: 12/KH-UBND", "KẾ HOẠCH",
                 ALL_MARKS, "*không đậm* #khong-lenh [ngoặc]", "TM. ỦY BAN NHÂN DÂN", "Vũ Hữu Tuấn", "Nơi nhận:"]:
        assert part in text
    assert b"LiberationSerif" in pdf  # the shipped font, embedded


def test_nd30_docx_has_header_title_and_signature():
    doc = d.new_document()
    d.header(doc, "ỦY BAN NHÂN DÂN", "XÃ KẺ SẶT", "12/KH-UBND", "Kẻ Sặt, ngày 10 tháng 8 năm 2025")
    d.title(doc, "Kế hoạch", "Tổ chức Hội nghị")
    d.paragraph(doc, ALL_MARKS)
    d.signature(doc, ["UBND thành phố;"], "TM.", "Ủy ban nhân dân", "Chủ tịch", "Vũ Hữu Tuấn")
    data = d.to_bytes(doc)
    reopened = Document(io.BytesIO(data))
    assert reopened.tables[0].rows[0].cells[1].paragraphs[0].text == "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
    assert "Số: 12/KH-UBND" in reopened.tables[0].rows[0].cells[0].text
    assert reopened.paragraphs[0].text == "KẾ HOẠCH"
    assert ALL_MARKS in d.docx_text(data)
    assert reopened.styles["Normal"].font.name == "Times New Roman"
    assert "TM. ỦY BAN NHÂN DÂN" in reopened.tables[1].rows[0].cells[1].text


def test_tables_get_column_widths_word_and_libreoffice_honour():
    from docx.shared import Mm

    doc = d.new_document()
    d.table(doc, ["STT", "Họ và tên", "Trích ngang thành tích"],
            [[1, "Nguyễn Thị Miền", "Hoàn thành xuất sắc nhiệm vụ 3 năm liền; 2 sáng kiến cấp cơ sở; " * 2]])
    reopened = Document(io.BytesIO(d.to_bytes(doc)))
    grid = [col.width for col in reopened.tables[0].columns]
    assert grid[0] < grid[1] < grid[2]
    assert abs(sum(grid) - Mm(165)) < Mm(1)  # A4 portrait text width (210 - 30 - 15 mm)
    fixed = d.new_document()
    d.table(fixed, ["A", "B"], [["x", "y"]], widths_mm=[40, 125])
    columns = Document(io.BytesIO(d.to_bytes(fixed))).tables[0].columns
    assert abs(columns[0].width - Mm(40)) < Mm(0.5) and abs(columns[1].width - Mm(125)) < Mm(0.5)
