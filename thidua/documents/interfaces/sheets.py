"""Excel sheets that print as the office expects: one font, header rows tall enough for their
wrapped text, A4 fitted to the page width (landscape when wide), header rows repeated on each
printed page, and the header frozen on screen. ``save`` writes a workbook with every text that
looks like a formula ("=HYPERLINK(…)", "+1", "-2", "@x" typed into a name or a note) kept as
text, so opening an export never runs what someone typed (formula injection)."""
import math

from openpyxl.styles import Alignment, Font
from openpyxl.worksheet.properties import PageSetupProperties

FONT = "Times New Roman"
LINE_HEIGHT_PT = 15


def _lines(text, width_chars):
    if text is None or width_chars <= 0:
        return 1
    return sum(max(1, math.ceil(len(part) / max(width_chars * 1.1, 1))) for part in str(text).split("\n"))


def finish(ws, header_row=1, freeze="", landscape=None):
    """Apply the one font, the header heights, the print setup and the frozen panes to ``ws``."""
    for row in ws.iter_rows():
        for cell in row:
            f = cell.font
            cell.font = Font(name=FONT, size=f.size or 12, bold=f.bold, italic=f.italic, color=f.color)
    widths = {}
    for letter, dim in ws.column_dimensions.items():
        widths[letter] = dim.width or 10
    if header_row:
        tallest = 1
        for cell in ws[header_row]:
            cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
            tallest = max(tallest, _lines(cell.value, widths.get(cell.column_letter, 10)))
        ws.row_dimensions[header_row].height = tallest * LINE_HEIGHT_PT + 4
        ws.print_title_rows = f"{header_row}:{header_row}"
    total_width = sum(widths.get(ws.cell(row=1, column=c).column_letter, 10) for c in range(1, ws.max_column + 1))
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.orientation = "landscape" if (landscape if landscape is not None else total_width > 95) else "portrait"
    ws.sheet_properties.pageSetUpPr = PageSetupProperties(fitToPage=True)
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.print_options.horizontalCentered = True
    ws.page_margins.left, ws.page_margins.right = 0.6, 0.4
    if freeze:
        ws.freeze_panes = freeze
    return ws


FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def neutralise(wb):
    """Every cell of ``wb`` whose text would be read as a formula is stored as text instead
    (shown as typed, with Excel's quote prefix). Our exports write no formulas of their own."""
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            for cell in row:
                if isinstance(cell.value, str) and cell.value.startswith(FORMULA_START):
                    cell.data_type = "s"
                    cell.quotePrefix = True
    return wb


def save(wb, stream):
    """``wb.save(stream)`` after ``neutralise``."""
    neutralise(wb).save(stream)
