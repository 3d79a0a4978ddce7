"""Checks of Nghị định 30/2020/NĐ-CP, Phụ lục I, on generated files: a .docx read from its
XML (python-docx), a PDF read from its text positions (pypdf). Each check returns the problems
it finds, in words, so that one run over a folder of documents lists everything wrong.

``Kind`` describes what a document must show: its issuer lines, the symbol of its number,
its signing lines and signer. The conformance tests run every check over every kind."""
import io
import re
from dataclasses import dataclass

from docx import Document
from docx.oxml.ns import qn
from docx.shared import Mm
from pypdf import PdfReader

from thidua.documents.interfaces.docx import CELL_PADDING_MM, text_width_mm

PT_PER_MM = 72 / 25.4
MOTTO = "Độc lập - Tự do - Hạnh phúc"
NATION = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
NUMBER = re.compile(r"^Số:(\s\d{2,}|\s*…?\s*)/[A-ZĐa-z]+-[A-ZĐ]+$")
PLACE_DATE = re.compile(r"^[A-ZĐ][^,]*, ngày (\d{2}|\s+) tháng (\d{1,2}|\s+) năm \d{4}$")


@dataclass
class Kind:
    file: str
    superior: tuple = ()  # regular lines above the issuer
    issuer: tuple = ("ỦY BAN NHÂN DÂN", "XÃ KẺ SẶT")  # bold lines
    symbol: str = ""  # "TTr": the number line reads "Số: …/TTr-UBND"; "" = no number line
    dated: bool = True  # a place-date line under the motto
    signing: tuple = ()  # the bold lines above the signature
    signer: str = ""  # the signer's name, bold
    title: str = ""  # the kind of document, bold capitals
    landscape: bool = False
    pages: int = 1  # at least this many pages (page numbers are checked from page 2)
    one_page_each: bool = False  # a merged file of one-page documents (invitations): no page numbers at all
    contains: tuple = ()  # text the document must hold (the authority line, a cited plan)

    @property
    def engine(self):
        return "docx" if self.file.endswith(".docx") else "pdf"


# --- the date and the number --------------------------------------------------------------

def date_problems(text):
    """``text`` is "<Place>, ngày DD tháng MM năm YYYY", a day under 10 and months 1, 2 padded."""
    m = PLACE_DATE.match(text.strip())
    if not m:
        return [f"dòng địa danh, ngày tháng sai mẫu: {text!r}"]
    day, month = m.group(1).strip(), m.group(2).strip()
    problems = []
    if month and len(month) != (2 if int(month) < 3 or int(month) >= 10 else 1):
        problems.append(f"tháng {month}: tháng 1, 2 có số 0 phía trước, tháng khác không")
    if day and len(day) != 2:
        problems.append(f"ngày {day}: ngày dưới 10 có số 0 phía trước")
    return problems


def number_problems(text, kind):
    if not NUMBER.match(text.strip()):
        return [f"dòng số, ký hiệu sai mẫu: {text!r}"]
    if f"/{kind.symbol}-" not in text:
        return [f"ký hiệu không phải {kind.symbol}: {text!r}"]
    return []


# --- .docx ---------------------------------------------------------------------------------

def _runs_style(paragraph):
    runs = [r for r in paragraph.runs if r.text.strip()]
    bold = bool(runs) and all(r.bold for r in runs)
    italic = bool(runs) and all(r.italic for r in runs)
    sizes = {r.font.size.pt for r in runs if r.font.size is not None}
    return bold, italic, sizes


def docx_problems(data, kind):
    doc = Document(io.BytesIO(data))
    problems = []
    section = doc.sections[0]
    width, height = sorted((section.page_width / Mm(1), section.page_height / Mm(1)))
    if (round(width), round(height)) != (210, 297):
        problems.append(f"khổ giấy {width:.0f} x {height:.0f} mm, không phải A4")
    for name, value, low, high in (("trên", section.top_margin, 20, 25), ("dưới", section.bottom_margin, 20, 25),
                                   ("trái", section.left_margin, 30, 35), ("phải", section.right_margin, 15, 20)):
        if not low - 0.1 <= value / Mm(1) <= high + 0.1:
            problems.append(f"lề {name} {value / Mm(1):.0f} mm (phải {low} - {high} mm)")
    if doc.styles["Normal"].font.name != "Times New Roman":
        problems.append("phông chữ không phải Times New Roman")
    problems += _docx_header(doc, kind) + _docx_signature(doc, kind) + _docx_pages(doc) + _docx_language(doc)
    problems += _docx_tables(doc)
    if kind.title and not any(p.text == kind.title and _runs_style(p)[0] for p in doc.paragraphs):
        problems.append(f"tên loại {kind.title!r} không in hoa, đậm")
    return problems


def _docx_header(doc, kind):
    if not doc.tables:
        return ["không có phần đầu văn bản (quốc hiệu, tên cơ quan)"]
    left, right = doc.tables[0].rows[0].cells
    problems = []
    texts = [p for p in left.paragraphs if p.text.strip() and not set(p.text.strip()) <= set("―_-")]
    for line in kind.superior:
        p = next((p for p in texts if p.text.strip() == line), None)
        if p is None or _runs_style(p)[0]:
            problems.append(f"tên cơ quan chủ quản {line!r} phải có, in thường (không đậm)")
    for line in kind.issuer:
        p = next((p for p in texts if p.text.strip() == line), None)
        if p is None or not _runs_style(p)[0]:
            problems.append(f"tên cơ quan ban hành {line!r} phải có, in đậm")
    numbers = [p.text for p in texts if p.text.startswith("Số")]
    if kind.symbol:
        problems += number_problems(numbers[0], kind) if numbers else ["thiếu dòng số, ký hiệu"]
    lines = [p for p in right.paragraphs if p.text.strip() and not set(p.text.strip()) <= set("―_-")]
    if not lines or lines[0].text != NATION or not _runs_style(lines[0])[0]:
        problems.append("quốc hiệu phải in hoa, đậm")
    motto = next((p for p in lines if p.text == MOTTO), None)
    if motto is None or not _runs_style(motto)[0] or _runs_style(motto)[2] - {13.0, 14.0}:
        problems.append("tiêu ngữ phải đậm, cỡ 13 - 14")
    problems += _docx_rules(left, right, kind)
    if kind.dated:
        dates = [p for p in lines if "ngày" in p.text]
        if not dates:
            problems.append("thiếu dòng địa danh, ngày tháng")
        else:
            problems += date_problems(dates[0].text)
            if not _runs_style(dates[0])[1]:
                problems.append("dòng địa danh, ngày tháng phải in nghiêng")
    return problems


def _docx_rules(left, right, kind):
    """The rules under the issuer and the motto: paragraph borders under the text, 1/3 - 1/2 of
    the issuer's widest line and as long as the motto."""
    problems = []
    for cell, text_lines, low, high, what in ((left, kind.issuer, 0.33, 0.5, "tên cơ quan ban hành"),
                                               (right, (MOTTO,), 0.9, 1.1, "tiêu ngữ")):
        bordered = [p for p in cell.paragraphs if p._element.find(f"{qn('w:pPr')}/{qn('w:pBdr')}") is not None]
        if not bordered:
            problems.append(f"đường kẻ dưới {what} không phải nét liền đặt dưới dòng chữ")
            continue
        p = bordered[0]
        cell_mm = cell.width / Mm(1) - CELL_PADDING_MM
        indent = (p.paragraph_format.left_indent or 0) / Mm(1)
        rule = cell_mm - 2 * indent
        size, bold = (12, True) if what != "tiêu ngữ" else (13, True)
        text = max(text_width_mm(line, size, bold) for line in text_lines)
        if not low * text - 1 <= rule <= high * text + 1:
            problems.append(f"đường kẻ dưới {what} dài {rule:.0f} mm, dòng chữ {text:.0f} mm")
    return problems


def _signature_table(doc, kind):
    for table in reversed(doc.tables):
        text = "\n".join(c.text for c in table.rows[-1].cells)
        if kind.signing and kind.signing[0] in text:
            return table
    return None


def _docx_signature(doc, kind):
    if not kind.signing:
        return []
    table = _signature_table(doc, kind)
    if table is None:
        return [f"thiếu khối chữ ký {' / '.join(kind.signing)}"]
    problems = []
    cells = table.rows[-1].cells
    paragraphs = [p for c in cells for p in c.paragraphs if p.text.strip()]
    for line in kind.signing + ((kind.signer,) if kind.signer else ()):
        p = next((p for p in paragraphs if p.text.strip() == line), None)
        if p is None or not _runs_style(p)[0]:
            problems.append(f"khối chữ ký: {line!r} phải có, in đậm")
    block = next((c for c in cells if kind.signing[0] in c.text), cells[-1])
    authority = [p.text.strip() for p in block.paragraphs if p.text.strip() and p.text.strip().isupper()
                 and _runs_style(p)[0]]
    if tuple(authority) != kind.signing:
        problems.append(f"khối chữ ký ghi {' / '.join(authority)!r}, phải là {' / '.join(kind.signing)!r}")
    if table._element.find(f"{qn('w:tr')}/{qn('w:trPr')}/{qn('w:cantSplit')}") is None:
        problems.append("khối chữ ký có thể bị tách sang trang sau (dòng bảng không có «cantSplit»)")
    heading = next((p for p in paragraphs if p.text == "Nơi nhận:"), None)
    if heading is not None:
        bold, italic, sizes = _runs_style(heading)
        if not (bold and italic and sizes == {12.0}):
            problems.append("«Nơi nhận:» phải cỡ 12, đậm, nghiêng")
        items = [p for p in heading._parent.paragraphs if p.text.startswith("- ")]
        if items and not items[-1].text.startswith("- Lưu: VT"):
            problems.append(f"dòng cuối nơi nhận phải là «Lưu: VT, …»: {items[-1].text!r}")
        if items and not (all(p.text.endswith(";") for p in items[:-1]) and items[-1].text.endswith(".")):
            problems.append("nơi nhận: mỗi dòng kết thúc bằng «;», dòng cuối bằng «.»")
        if any(_runs_style(p)[2] - {11.0} for p in items):
            problems.append("danh sách nơi nhận phải cỡ 11")
    return problems


def _docx_pages(doc):
    section = doc.sections[0]
    header_xml = section.header._element.xml
    problems = []
    if "PAGE" not in header_xml:
        problems.append("không có số trang (trường PAGE) ở lề trên")
    if not section.different_first_page_header_footer or "PAGE" in section.first_page_header._element.xml:
        problems.append("trang thứ nhất không được hiển thị số trang")
    return problems


def _docx_language(doc):
    problems = []
    if 'w:val="vi-VN"' not in doc.styles.element.xml:
        problems.append("ngôn ngữ văn bản không phải tiếng Việt (vi-VN)")
    props = doc.core_properties
    if not props.title:
        problems.append("thuộc tính tệp: thiếu tiêu đề")
    if props.author in ("", "python-docx") or "python-docx" in (props.comments or ""):
        problems.append(f"thuộc tính tệp: tác giả {props.author!r}")
    if "Khung báo cáo do hệ thống" in "\n".join(p.text for p in doc.paragraphs):
        problems.append("chú thích của hệ thống nằm trong nội dung văn bản")
    return problems


def _docx_tables(doc):
    """No word breaks inside a cell: each cell is wider than its longest word; header rows of
    data tables repeat on each page."""
    problems = []
    for table in doc.tables[1:]:
        if table.style is None or table.style.name != "Table Grid":
            continue
        if table._element.find(f"{qn('w:tr')}/{qn('w:trPr')}/{qn('w:tblHeader')}") is None:
            problems.append(f"bảng «{table.rows[0].cells[0].text}…»: dòng tiêu đề không lặp lại ở trang sau")
        for row in table.rows:
            for cell in row.cells:
                room = cell.width / Mm(1) - CELL_PADDING_MM if cell.width else None
                for p in cell.paragraphs:
                    bold, _italic, sizes = _runs_style(p)
                    size = max(sizes or {12.0})
                    for word in p.text.split():
                        if room is not None and text_width_mm(word, size, bold) > room + 0.2:
                            problems.append(f"chữ «{word}» bị ngắt trong ô bảng ({room:.0f} mm)")
    return sorted(set(problems))


# --- PDF -----------------------------------------------------------------------------------

def pdf_runs(data):
    """Per page, the text runs: (x mm from the left, y mm from the top, size pt, text, font)."""
    reader = PdfReader(io.BytesIO(data))
    pages = []
    for page in reader.pages:
        height = float(page.mediabox.height)
        runs = []

        def visit(text, cm, tm, font, size, runs=runs, height=height):
            if text.strip():
                x = tm[4] * cm[0] + tm[5] * cm[2] + cm[4]
                y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
                name = font.get("/BaseFont", "") if font else ""
                runs.append((x / PT_PER_MM, (height - y) / PT_PER_MM, round(size * tm[3] * cm[3], 1), text.strip(),
                             str(name)))

        page.extract_text(visitor_text=visit)
        pages.append(runs)
    return reader, pages


def pdf_problems(data, kind):
    reader, pages = pdf_runs(data)
    problems = []
    box = reader.pages[0].mediabox
    w, h = sorted((float(box.width) / PT_PER_MM, float(box.height) / PT_PER_MM))
    if (round(w), round(h)) != (210, 297):
        problems.append(f"khổ giấy {w:.0f} x {h:.0f} mm, không phải A4")
    page_width = float(box.width) / PT_PER_MM
    page_height = float(box.height) / PT_PER_MM
    for number, runs in enumerate(pages, start=1):
        body = [r for r in runs if 20 - 1 <= r[1] <= page_height - 20 + 1]
        if any(r[0] < 30 - 1 for r in body):
            problems.append(f"trang {number}: chữ lấn lề trái 30 mm")
        top = [r for r in runs if r[1] < 20 and r[3].isdigit()]
        if (number == 1 or kind.one_page_each) and top:
            problems.append(f"trang {number}: trang thứ nhất của văn bản không được hiển thị số trang")
        elif number > 1 and not kind.one_page_each:
            centre = (30 + page_width - 15) / 2
            if not any(r[3] == str(number) and abs(r[0] - centre) < 8 for r in top):
                problems.append(f"trang {number}: không có số trang canh giữa ở lề trên")
    if len(pages) < kind.pages:
        problems.append(f"chỉ có {len(pages)} trang")
    text = [r[3] for r in pages[0]]
    joined = " ".join(text)
    if kind.symbol:
        numbers = [t for t in text if t.startswith("Số:")]
        problems += number_problems(numbers[0], kind) if numbers else ["thiếu dòng số, ký hiệu"]
    if kind.dated:
        dates = [t for t in text if ", ngày" in t]
        problems += date_problems(dates[0]) if dates else ["thiếu dòng địa danh, ngày tháng"]
    for line in kind.issuer:
        if not any(r[3] == line and "Bold" in r[4] for r in pages[0]):
            problems.append(f"tên cơ quan ban hành {line!r} phải có, in đậm")
    for line in kind.superior:
        if not any(r[3] == line and "Bold" not in r[4] for r in pages[0]):
            problems.append(f"tên cơ quan chủ quản {line!r} phải có, in thường")
    if MOTTO not in joined:
        problems.append("thiếu tiêu ngữ")
    problems += _pdf_signature(pages, kind)
    title = (reader.metadata or {}).get("/Title", "")
    if not title or title in ("thidua", "Giấy khen") and kind.title not in ("", "GIẤY KHEN"):
        problems.append(f"tiêu đề tệp PDF: {title!r}")
    lang = str(reader.trailer["/Root"].get("/Lang", ""))
    if not lang.lower().startswith("vi"):
        problems.append(f"ngôn ngữ tệp PDF: {lang!r}")
    return problems


def _pdf_signature(pages, kind):
    if not kind.signing:
        return []
    found = {}
    for number, runs in enumerate(pages, start=1):
        for r in runs:
            for line in kind.signing + ((kind.signer,) if kind.signer else ()) + ("Nơi nhận:",):
                if r[3] == line and "Bold" in r[4]:
                    found.setdefault(line, set()).add(number)
    problems = [f"khối chữ ký: {line!r} phải có, in đậm" for line in kind.signing + ((kind.signer,) if kind.signer else ())
                if line not in found]
    prefixed = {r[3] for runs in pages for r in runs if re.match(r"^(TM|KT|Q|TL|TUQ)\. ", r[3]) and "Bold" in r[4]}
    for line in sorted(prefixed - set(kind.signing)):
        problems.append(f"khối chữ ký ghi {line!r}, phải là {' / '.join(kind.signing)!r}")
    last = [max(v) for v in found.values()]
    if last and len(set(last)) > 1:
        problems.append("khối chữ ký và nơi nhận bị tách qua hai trang")
    return problems


def problems(data, kind):
    from thidua.documents.interfaces.docx import docx_text
    from thidua.documents.interfaces.pdf import pdf_text

    found = docx_problems(data, kind) if kind.engine == "docx" else pdf_problems(data, kind)
    text = " ".join((docx_text(data) if kind.engine == "docx" else pdf_text(data)).split())
    return found + [f"thiếu «{part}»" for part in kind.contains if part not in text]
