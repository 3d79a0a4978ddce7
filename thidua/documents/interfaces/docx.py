"""Word (.docx) documents in the Nghị định 30/2020/NĐ-CP layout, with python-docx.

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
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt

FONT = "Times New Roman"
LANGUAGE = "vi-VN"


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


def _lines(value):
    """Lines of a header part: a tuple as it is, a text split at its line ends."""
    if isinstance(value, (list, tuple)):
        return [str(v) for v in value if str(v).strip()]
    return [line.strip() for line in (value or "").splitlines() if line.strip()]


def text_width_mm(text, size, bold=False):
    """The width of ``text`` in Liberation Serif (Times New Roman's metrics) at ``size`` pt."""
    name = "LiberationSerif-Bold.ttf" if bold else "LiberationSerif-Regular.ttf"
    font = _font(name)
    return font.getlength(text) / 1000 * size * 25.4 / 72


_FONTS = {}


def _font(name):
    if name not in _FONTS:
        from django.conf import settings
        from PIL import ImageFont

        _FONTS[name] = ImageFont.truetype(str(settings.THIDUA_FONT_DIR / name), 1000)
    return _FONTS[name]


def _set_language(element):
    rpr = element.get_or_add_rPr() if hasattr(element, "get_or_add_rPr") else element
    lang = rpr.find(qn("w:lang"))
    if lang is None:
        lang = OxmlElement("w:lang")
        rpr.append(lang)
    lang.set(qn("w:val"), LANGUAGE)
    lang.set(qn("w:eastAsia"), LANGUAGE)
    lang.set(qn("w:bidi"), LANGUAGE)


def _field(paragraph, instruction, size=13):
    """A Word field (PAGE) in ``paragraph``: Word and LibreOffice compute it on every page."""
    for kind, text in (("begin", None), (None, instruction), ("separate", None), (None, "2"), ("end", None)):
        r = paragraph.add_run()
        _set_font(r, size=size)
        if kind:
            fld = OxmlElement("w:fldChar")
            fld.set(qn("w:fldCharType"), kind)
            r._element.append(fld)
        elif text == instruction:
            instr = OxmlElement("w:instrText")
            instr.set(qn("xml:space"), "preserve")
            instr.text = f" {instruction} "
            r._element.append(instr)
        else:
            r.text = text


def _page_numbers(section):
    """The page number centred in the top margin from page 2; none on page 1 (Phụ lục I, mục I.7)."""
    section.different_first_page_header_footer = True
    section.header_distance = Mm(10)
    p = section.header.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    _field(p, "PAGE")
    section.first_page_header.paragraphs[0].text = ""


def new_document(landscape=False, title="", author=""):
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
    _set_language(style.element.get_or_add_rPr())
    defaults = doc.styles.element.find(qn("w:docDefaults"))
    if defaults is not None:
        rpr_default = defaults.find(qn("w:rPrDefault"))
        if rpr_default is not None and rpr_default.find(qn("w:rPr")) is not None:
            _set_language(rpr_default.find(qn("w:rPr")))
    style.paragraph_format.space_after = Pt(6)
    _page_numbers(section)
    set_properties(doc, title=title, author=author)
    return doc


def set_properties(doc, title="", author="", comments=""):
    """The file's properties: the document's title, the issuing unit as author, Vietnamese."""
    props = doc.core_properties
    title, author, comments = (_limit(x) for x in (title, author or "Hệ thống thi đua, khen thưởng", comments))
    props.title = title
    props.author = props.last_modified_by = author
    props.language = LANGUAGE
    props.comments = comments
    props.subject = title
    props.revision = 1


def _limit(text, size=255):
    """Word's core properties hold at most 255 characters: cut at a word, with an ellipsis."""
    text = " ".join((text or "").split())
    return text if len(text) <= size else text[:size - 1].rsplit(" ", 1)[0] + "…"


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


def keep_together(p, with_next=True):
    """Lines of ``p`` stay on one page, and (``with_next``) on the page of the next paragraph."""
    p.paragraph_format.keep_together = True
    p.paragraph_format.keep_with_next = with_next
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
    out = []
    for text, size, bold, italic in lines:
        p = cell.paragraphs[0] if first else cell.add_paragraph()
        first = False
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        p.paragraph_format.space_after = Pt(0)
        keep_together(p)
        if text:
            _set_font(p.add_run(text), size=size, bold=bold, italic=italic)
        out.append(p)
    return out


def rule(container, width_mm, available_mm, space_after=3):
    """A horizontal rule of ``width_mm``, centred in ``available_mm``: the bottom border of an
    empty 2-pt paragraph placed under the text, so it is drawn below it and never through it."""
    p = container.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    fmt = p.paragraph_format
    fmt.space_before, fmt.space_after, fmt.line_spacing = Pt(0), Pt(space_after), Pt(2)
    side = max((available_mm - width_mm) / 2, 0)
    fmt.left_indent = fmt.right_indent = Mm(side)
    keep_together(p)
    ppr = p._element.get_or_add_pPr()
    borders = OxmlElement("w:pBdr")
    bottom = OxmlElement("w:bottom")
    for key, value in (("w:val", "single"), ("w:sz", "6"), ("w:space", "1"), ("w:color", "000000")):
        bottom.set(qn(key), value)
    borders.append(bottom)
    ppr.append(borders)
    _set_font(p.add_run(""), size=2)
    return p


def _no_borders(table):
    tbl_pr = table._element.tblPr
    borders = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        e = OxmlElement(f"w:{edge}")
        e.set(qn("w:val"), "nil")
        borders.append(e)
    tbl_pr.append(borders)


def _cant_split(row, header=False):
    tr_pr = row._tr.get_or_add_trPr()
    tr_pr.append(OxmlElement("w:cantSplit"))
    if header:
        tr_pr.append(OxmlElement("w:tblHeader"))


CELL_PADDING_MM = 3.8  # Word's default cell margins, left and right


def header(doc, issuer_parent="", issuer="", number="", place_date="", widths=(70, 95)):
    """Issuer block (left: the superior body regular, the issuing body bold, a rule of 40 %
    under it, the number) and the national motto (right: the rule as long as the motto line,
    the place and date italic), as a borderless table."""
    table = doc.add_table(rows=1, cols=2)
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    set_widths(table, widths)
    _no_borders(table)
    _cant_split(table.rows[0])
    left, right = table.rows[0].cells
    issuer_lines = [line.upper() for line in _lines(issuer)]
    lines = [(line.upper(), 12, False, False) for line in _lines(issuer_parent)]
    lines += [(line, 12, True, False) for line in issuer_lines]
    _cell_lines(left, lines)
    widest = max([text_width_mm(line, 12, bold=True) for line in issuer_lines] or [30])
    rule(left, widest * 0.4, widths[0] - CELL_PADDING_MM)
    if number:
        _cell_lines_after(left, [(f"Số: {number}", 13, False, False)])
    motto = "Độc lập - Tự do - Hạnh phúc"
    _cell_lines(right, [("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", 12, True, False), (motto, 13, True, False)])
    rule(right, text_width_mm(motto, 13, bold=True), widths[1] - CELL_PADDING_MM)
    if place_date:
        _cell_lines_after(right, [(place_date, 13, False, True)])
    return table


def _cell_lines_after(cell, lines):
    for text, size, bold, italic in lines:
        p = cell.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        p.paragraph_format.space_after = Pt(0)
        p.paragraph_format.space_before = Pt(3)
        _set_font(p.add_run(text), size=size, bold=bold, italic=italic)


def title(doc, kind, subject=""):
    """Kind (bold capitals) and summary (bold, centred), a rule of a third of the summary under it;
    kept with the first lines of the body."""
    section = doc.sections[-1]
    available = (section.page_width - section.left_margin - section.right_margin) / Mm(1)
    first = paragraph(doc, kind.upper(), size=14, bold=True, align="center", space_after=0)
    first.paragraph_format.space_before = Pt(12)
    keep_together(first)
    if subject:
        keep_together(paragraph(doc, subject, size=14, bold=True, align="center", space_after=0))
    longest = min(text_width_mm(subject or kind.upper(), 14, bold=True), available)
    rule(doc, longest * 0.35, available, space_after=6)


def signature(doc, recipients=(), mode="", authority="", title_line="", name="", lines=None, note=""):
    """Recipients (left) and the signing block (right) in a row that cannot break across pages,
    kept with the paragraph before it. ``lines`` are the authority lines ("TM. ỦY BAN NHÂN DÂN",
    "CHỦ TỊCH"); without them, ``mode`` + ``authority`` and ``title_line`` make them."""
    if lines is None:
        lines = []
        if mode:
            lines.append(f"{mode} {authority.upper()}".strip())
        if title_line:
            lines.append(title_line.upper())
    if doc.paragraphs:
        doc.paragraphs[-1].paragraph_format.keep_with_next = True
    table = doc.add_table(rows=1, cols=2)
    set_widths(table, (80, 85))
    _no_borders(table)
    _cant_split(table.rows[0])
    left, right = table.rows[0].cells
    left.paragraphs[0].text = ""
    if recipients:
        p = left.paragraphs[0]
        _set_font(p.add_run("Nơi nhận:"), size=12, bold=True, italic=True)
        p.paragraph_format.space_after = Pt(0)
        keep_together(p)
        for item in recipients:
            q = left.add_paragraph()
            q.paragraph_format.space_after = Pt(0)
            keep_together(q)
            _set_font(q.add_run(f"- {item}"), size=11)
    block = [(line.upper(), 13, True, False) for line in lines]
    if note:
        block.append((note, 13, False, True))
    block += [("", 13, False, False)] * 4 + [(name, 13, True, False)]
    _cell_lines(right, block)
    return table


def table(doc, headers, rows, widths_mm=None, size=12, numeric=()):
    """A bordered data table: a bold header row repeated on every page, rows that do not
    break, numbers (and the ``numeric`` columns) centred."""
    t = doc.add_table(rows=1, cols=len(headers))
    t.style = "Table Grid"
    _cant_split(t.rows[0], header=True)
    for cell, text in zip(t.rows[0].cells, headers):
        cell.paragraphs[0].text = ""
        p = cell.paragraphs[0]
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        p.paragraph_format.space_after = Pt(0)
        _set_font(p.add_run(str(text)), size=size, bold=True)
    for values in rows:
        row = t.add_row()
        _cant_split(row)
        for index, (cell, value) in enumerate(zip(row.cells, values)):
            cell.paragraphs[0].text = ""
            p = cell.paragraphs[0]
            p.paragraph_format.space_after = Pt(0)
            text = _number_text(value)
            if index in numeric or _is_number(value):
                p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            _set_font(p.add_run(text), size=size)
    set_widths(t, widths_mm or _fit_widths(doc, headers, rows, size))
    return t


def _is_number(value):
    if isinstance(value, bool):
        return False
    if isinstance(value, (int, float)):
        return True
    text = str(value or "").strip().rstrip("%")
    return bool(text) and text.replace(",", "").replace(".", "").replace("/", "").isdigit() and len(text) <= 12


def _number_text(value):
    """A number as Vietnamese documents write it: a decimal comma ("77,8")."""
    if value is None:
        return ""
    if isinstance(value, float):
        return f"{value:g}".replace(".", ",")
    return str(value)


def _fit_widths(doc, headers, rows, size=12):
    """Widths from the content: every column at least as wide as its longest word (so no word
    breaks inside a cell) and its header's longest word; the room left goes to the columns with
    the most text, in proportion."""
    section = doc.sections[-1]
    available = (section.page_width - section.left_margin - section.right_margin) / Mm(1)
    pad = CELL_PADDING_MM + 0.6
    minimum, weights = [], []
    for index, head in enumerate(headers):
        texts = [str(head)] + [_number_text(r[index]) for r in rows if index < len(r)]
        # a short value ("Đồng ý", "100,0%", "14h00 - 14h20") stays on one line; longer text breaks between words
        words = [w for text in texts for w in ([text] if len(text) <= 14 else text.split())] or [""]
        bold_words = str(head).split() or [""]
        need = max([text_width_mm(w, size) for w in words] + [text_width_mm(w, size, bold=True) for w in bold_words])
        minimum.append(need + pad)
        weights.append(max(text_width_mm(t, size) for t in texts[1:] or [""]))
    spare = available - sum(minimum)
    if spare <= 0:
        return [available * m / sum(minimum) for m in minimum]
    extra = [max(w - m, 0) for w, m in zip(weights, minimum)]
    if not any(extra):
        extra = minimum
    total = sum(extra)
    return [m + spare * e / total for m, e in zip(minimum, extra)]


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
