"""The Word writer as it was when the ingest corpus was built (frozen here so that the corpus
rebuilds to the same bytes while thidua.documents.interfaces.docx evolves).

Word (.docx) documents in the Nghị định 30/2020/NĐ-CP layout, with python-docx.

Documents are built in code rather than from hand-made templates so that every
renderer shares one header, one signature block and one font: Times New Roman is
named in the file (what Word users expect), Liberation Serif — metric-compatible and
shipped with the project — renders it where Times New Roman is missing.
"""
import io

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.shared import Mm, Pt

FONT = "Times New Roman"


def _set_font(run, size=13, bold=False, italic=False):
    run.font.name = FONT
    run.font.size = Pt(size)
    run.bold = bold
    run.italic = italic
    rpr = run._element.get_or_add_rPr()
    fonts = rpr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = rpr.makeelement(qn("w:rFonts"), {})
        rpr.append(fonts)
    for attr in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        fonts.set(qn(attr), FONT)


def new_document(landscape=False):
    doc = Document()
    section = doc.sections[0]
    section.page_height, section.page_width = Mm(297), Mm(210)
    if landscape:
        section.orientation = WD_ORIENT.LANDSCAPE
        section.page_width, section.page_height = Mm(297), Mm(210)
    section.top_margin = section.bottom_margin = Mm(20)
    section.left_margin, section.right_margin = Mm(30), Mm(15)
    style = doc.styles["Normal"]
    style.font.name = FONT
    style.font.size = Pt(13)
    style.element.rPr.rFonts.set(qn("w:eastAsia"), FONT)
    style.paragraph_format.space_after = Pt(6)
    return doc


def paragraph(container, text="", size=13, bold=False, italic=False, align="justify", indent_first=True, space_after=6):
    p = container.add_paragraph()
    p.alignment = {
        "left": WD_ALIGN_PARAGRAPH.LEFT,
        "center": WD_ALIGN_PARAGRAPH.CENTER,
        "right": WD_ALIGN_PARAGRAPH.RIGHT,
        "justify": WD_ALIGN_PARAGRAPH.JUSTIFY,
    }[align]
    if indent_first and align == "justify":
        p.paragraph_format.first_line_indent = Mm(12.7)
    p.paragraph_format.space_after = Pt(space_after)
    if text:
        _set_font(p.add_run(text), size=size, bold=bold, italic=italic)
    return p


def run(p, text, size=13, bold=False, italic=False):
    r = p.add_run(text)
    _set_font(r, size=size, bold=bold, italic=italic)
    return r


def set_widths(table, widths_mm):
    """Column widths that Word and LibreOffice both honour: the grid and every cell."""
    table.autofit = False
    for column, width in zip(table.columns, widths_mm):
        column.width = Mm(width)
    for row in table.rows:
        for cell, width in zip(row.cells, widths_mm):
            cell.width = Mm(width)


def _cell_lines(cell, lines):
    """Fill a table cell with centred lines: (text, size, bold, italic)."""
    cell.paragraphs[0].text = ""
    first = True
    for text, size, bold, italic in lines:
        p = cell.paragraphs[0] if first else cell.add_paragraph()
        first = False
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        p.paragraph_format.space_after = Pt(0)
        _set_font(p.add_run(text), size=size, bold=bold, italic=italic)


def header(doc, issuer_parent="", issuer="", number="", place_date=""):
    """Issuer block (left), national motto (right), number and place/date: a borderless table."""
    table = doc.add_table(rows=1, cols=2)
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    set_widths(table, (65, 100))
    left, right = table.rows[0].cells
    lines = []
    if issuer_parent:
        lines.append((issuer_parent.upper(), 12, False, False))
    lines.append((issuer.upper(), 12, True, False))
    lines.append(("―――――――", 10, False, False))
    if number:
        lines.append((f"Số: {number}", 13, False, False))
    _cell_lines(left, lines)
    _cell_lines(
        right,
        [
            ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", 12, True, False),
            ("Độc lập - Tự do - Hạnh phúc", 13, True, False),
            ("―――――――――――――", 10, False, False),
            (place_date, 13, False, True),
        ],
    )
    return table


def title(doc, kind, subject=""):
    paragraph(doc, kind.upper(), size=14, bold=True, align="center", space_after=0)
    if subject:
        paragraph(doc, subject, size=14, bold=True, align="center", space_after=0)
    paragraph(doc, "――――――", size=10, align="center", space_after=6)


def signature(doc, recipients=(), mode="", authority="", title_line="", name=""):
    """Recipients (left) and signature block (right)."""
    table = doc.add_table(rows=1, cols=2)
    set_widths(table, (80, 85))
    left, right = table.rows[0].cells
    left.paragraphs[0].text = ""
    if recipients:
        p = left.paragraphs[0]
        _set_font(p.add_run("Nơi nhận:"), size=12, bold=True, italic=True)
        p.paragraph_format.space_after = Pt(0)
        for item in recipients:
            q = left.add_paragraph()
            q.paragraph_format.space_after = Pt(0)
            _set_font(q.add_run(f"- {item}"), size=11)
    lines = []
    if mode:
        lines.append((f"{mode} {authority.upper()}".strip(), 13, True, False))
    if title_line:
        lines.append((title_line.upper(), 13, True, False))
    lines += [("", 13, False, False)] * 3 + [(name, 13, True, False)]
    _cell_lines(right, lines)
    return table


def table(doc, headers, rows, widths_mm=None, size=12):
    """A bordered data table with a bold header row."""
    t = doc.add_table(rows=1, cols=len(headers))
    t.style = "Table Grid"
    for cell, text in zip(t.rows[0].cells, headers):
        cell.paragraphs[0].text = ""
        p = cell.paragraphs[0]
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        _set_font(p.add_run(str(text)), size=size, bold=True)
    for values in rows:
        cells = t.add_row().cells
        for cell, value in zip(cells, values):
            cell.paragraphs[0].text = ""
            _set_font(cell.paragraphs[0].add_run("" if value is None else str(value)), size=size)
    set_widths(t, widths_mm or _fit_widths(doc, headers, rows))
    return t


def _fit_widths(doc, headers, rows):
    """Widths in proportion to how much text each column holds (short columns such as
    STT stay narrow, a summary column gets the room), filling the text width."""
    section = doc.sections[-1]
    available = (section.page_width - section.left_margin - section.right_margin) / Mm(1)
    weights = []
    for index, header in enumerate(headers):
        longest = max([len(str(header))] + [len(str(r[index] or "")) for r in rows if index < len(r)])
        weights.append(min(max(longest, 4), 60))
    total = sum(weights) or 1
    return [available * w / total for w in weights]


def to_bytes(doc):
    buffer = io.BytesIO()
    doc.save(buffer)
    return buffer.getvalue()


def docx_text(data):
    """All text of a .docx (paragraphs and tables), for tests and ingest."""
    doc = Document(io.BytesIO(data))
    parts = [p.text for p in doc.paragraphs]
    for t in doc.tables:
        for row in t.rows:
            for cell in row.cells:
                parts.append(cell.text)
    return "\n".join(parts)
