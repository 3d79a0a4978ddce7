"""Render a ``Doc`` as the file a unit would send: .txt (typed, copied from a PDF or a web
page, or OCR output without diacritics), .docx (python-docx, Nghị định 30 layout), text
.pdf (typst, Liberation Serif), or a scan (.png or image-only .pdf: the text PDF rasterised
with pdftoppm, then skewed, blurred and speckled with Pillow from a fixed seed).

Every output is deterministic: .docx archives get fixed member dates, typst PDFs no
creation date, Pillow PDFs fixed dates, noise comes from ``random.Random(seed)``."""
import io
import random
import subprocess
import tempfile
import time
import zipfile
from pathlib import Path

from .model import Banner, Header, Heading, Item, PageBreak, Para, Raw, Sign, Table, Title

MOTTO = ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc")

# ----------------------------------------------------------------------------- text


def _table_lines(block, style):
    n = len(block.headers)
    lines = []
    if style == "cells":  # what pypdf gives for a PDF table: one cell a line
        lines.extend(block.headers)
        for row in block.rows:
            lines.extend(c for c in row if c)
        return lines
    sep = "\t" if style == "tabs" else " | "
    lines.append(sep.join(block.headers))
    for row in block.rows:
        lines.append(row[0] if len(row) == 1 else sep.join(row + [""] * (n - len(row))))
    return lines


def text_lines(doc, table_style="pipe"):
    out = []
    for block in doc.blocks:
        if isinstance(block, Header):
            left = [block.issuer_parent, block.issuer, block.number_line]
            right = list(MOTTO) + [block.place_date] if block.motto else ["", "", block.place_date]
            if doc.header_layout == "side":
                width = max(len(x) for x in left) + 6
                for a, b in zip(left, right):
                    out.append(f"{a:<{width}}{b}".rstrip())
            else:
                out.extend(x for x in left if x)
                out.extend(x for x in right if x)
        elif isinstance(block, (Title, Banner)):
            out.extend(block.lines)
        elif isinstance(block, (Heading, Para)):
            out.append(block.text)
        elif isinstance(block, Item):
            out.append(f"{block.marker} {block.text}")
        elif isinstance(block, Table):
            out.extend(_table_lines(block, table_style))
        elif isinstance(block, Sign):
            if block.recipients:
                out.append("Nơi nhận:")
                out.extend(f"- {r}" for r in block.recipients)
            out.extend(x for x in (block.mode, block.title, block.note, block.name) if x)
        elif isinstance(block, Raw):
            out.extend(block.text.split("\n"))
        elif isinstance(block, PageBreak):
            out.append("")
    if doc.wrap:
        wrapped = []
        for line in out:
            while len(line) > doc.wrap and " " in line[: doc.wrap]:
                cut = line.rfind(" ", 0, doc.wrap)
                wrapped.append(line[:cut])
                line = line[cut + 1:]
            wrapped.append(line)
        out = wrapped
    return out


def plain_text(doc, table_style="pipe"):
    """The document's words in reading order (also the source the OCR styles degrade)."""
    return "\n".join(text_lines(doc, table_style)) + "\n"


def as_txt(doc):
    text = plain_text(doc, doc.table_style)
    if doc.ocr:
        from .ocr import degrade

        text = degrade(text, **doc.ocr)
    return text.replace("\n", doc.newline).encode("utf-8")


# ----------------------------------------------------------------------------- docx


def _fixed_zip(data):
    """Rewrite a .docx with fixed member dates: the same document gives the same bytes."""
    source = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            fixed = zipfile.ZipInfo(info.filename, date_time=(2025, 8, 1, 0, 0, 0))
            fixed.compress_type = zipfile.ZIP_DEFLATED
            fixed.external_attr = 0o600 << 16
            target.writestr(fixed, source.read(info.filename))
    return out.getvalue()


def as_docx(doc):
    from datetime import datetime

    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt

    from tests.ingest.corpus.gen import legacy_docx as d

    document = d.new_document()
    props = document.core_properties
    props.author = props.last_modified_by = "VanThu"
    props.created = props.modified = datetime(2025, 8, 1, 8, 0, 0)
    props.revision = 3
    for block in doc.blocks:
        if isinstance(block, Header):
            number = block.number_line.split(":", 1)[1].strip() if ":" in block.number_line else block.number_line
            d.header(document, block.issuer_parent, block.issuer, number, block.place_date)
        elif isinstance(block, Title):
            for i, line in enumerate(block.lines):
                d.paragraph(document, line, size=14 if i == 0 else 13, bold=True, align="center", indent_first=False,
                            space_after=0 if i < len(block.lines) - 1 else 8)
        elif isinstance(block, Banner):
            for line in block.lines:
                d.paragraph(document, line, bold=True, align="center", indent_first=False, space_after=0)
        elif isinstance(block, Heading):
            d.paragraph(document, block.text, bold=True, indent_first=False)
        elif isinstance(block, Para):
            d.paragraph(document, block.text)
        elif isinstance(block, Item):
            p = d.paragraph(document, f"{block.marker} {block.text}")
            p.paragraph_format.left_indent = Pt(14 * block.level)
        elif isinstance(block, Table):
            n = len(block.headers)
            table = document.add_table(rows=1, cols=n)
            table.style = "Table Grid"
            for cell, text in zip(table.rows[0].cells, block.headers):
                p = cell.paragraphs[0]
                p.alignment = WD_ALIGN_PARAGRAPH.CENTER
                d.run(p, text, size=block.size, bold=True)
            for row in block.rows:
                cells = table.add_row().cells
                if len(row) == 1:
                    merged = cells[0].merge(cells[-1])
                    d.run(merged.paragraphs[0], row[0], size=block.size, bold=True)
                    continue
                for cell, text in zip(cells, row):
                    d.run(cell.paragraphs[0], text or "", size=block.size)
            if block.widths:
                d.set_widths(table, block.widths)
            else:
                d.set_widths(table, d._fit_widths(document, block.headers, [r for r in block.rows if len(r) > 1]))
            d.paragraph(document, "", space_after=2)
        elif isinstance(block, Sign):
            mode, _, authority = block.mode.partition(" ")
            d.signature(document, recipients=[r.rstrip(";.") for r in block.recipients], mode=mode, authority=authority,
                        title_line=block.title, name=block.name)
        elif isinstance(block, Raw):
            for line in block.text.split("\n"):
                d.paragraph(document, line, size=11, align="left", indent_first=False, space_after=0)
        elif isinstance(block, PageBreak):
            document.add_page_break()
    return _fixed_zip(d.to_bytes(document))


# ----------------------------------------------------------------------------- pdf (typst)


def _typst_source(doc, size):
    from thidua.documents.interfaces.pdf import esc

    parts = [
        "#set document(date: none)\n",
        '#set page(paper: "a4", margin: (left: 2.6cm, right: 1.8cm, top: 1.8cm, bottom: 1.8cm))\n',
        f'#set text(font: "Liberation Serif", size: {size}, lang: "vi", hyphenate: false)\n',
        "#set par(justify: true, leading: 0.55em, spacing: 0.75em)\n",
    ]
    for block in doc.blocks:
        if isinstance(block, Header):
            left = " \\\n".join(esc(x) for x in (block.issuer_parent, block.issuer, block.number_line) if x)
            right = " \\\n".join(esc(x) for x in ((*MOTTO, "") if block.motto else ()) if x)
            right = (right + " \\\n" if right else "") + "#emph[" + esc(block.place_date) + "]"
            parts.append(f"#grid(columns: (1fr, 1.35fr), gutter: 8pt, align(center)[{left}], align(center)[{right}])\n\n")
        elif isinstance(block, Title):
            lines = [f"#text(size: 1.08em)[*{esc(block.lines[0])}*]"] + [f"*{esc(x)}*" for x in block.lines[1:]]
            parts.append("#align(center)[" + " \\\n".join(lines) + "]\n\n")
        elif isinstance(block, Banner):
            parts.append("#align(center)[" + " \\\n".join(f"*{esc(x)}*" for x in block.lines) + "]\n\n")
        elif isinstance(block, Heading):
            parts.append(f"*{esc(block.text)}*\n\n")
        elif isinstance(block, Para):
            parts.append(f"#h(1cm){esc(block.text)}\n\n")
        elif isinstance(block, Item):
            parts.append(f"#h({0.5 + block.level * 0.5}cm){esc(block.marker)} {esc(block.text)}\n\n")
        elif isinstance(block, Table):
            n = len(block.headers)
            cells = [f"[*{esc(h)}*]" for h in block.headers]
            for row in block.rows:
                if len(row) == 1:
                    cells.append(f"table.cell(colspan: {n})[*{esc(row[0])}*]")
                else:
                    cells.extend(f"[{esc(c)}]" for c in row + [""] * (n - len(row)))
            widths = ", ".join(f"{w}fr" for w in (block.widths or [1] * n))
            parts.append(f"#text(size: 0.9em)[#table(columns: ({widths}), inset: 4pt, {', '.join(cells)})]\n\n")
        elif isinstance(block, Sign):
            left = ""
            if block.recipients:
                left = "#text(size: 0.8em)[*_Nơi nhận:_* \\\n" + " \\\n".join(esc("- " + r) for r in block.recipients) + "]"
            right = " \\\n".join(f"*{esc(x)}*" for x in (block.mode, block.title) if x)
            right += " \\\n" + esc(block.note) + " \\\n \\\n" + f"*{esc(block.name)}*"
            parts.append(f"#grid(columns: (1fr, 1fr), align(left)[{left}], align(center)[{right}])\n\n")
        elif isinstance(block, Raw):
            for line in block.text.split("\n"):
                parts.append(f"#text(size: 0.85em)[{esc(line)}]\n\n" if line else "\n")
        elif isinstance(block, PageBreak):
            parts.append("#pagebreak()\n")
    return "".join(parts)


def as_pdf(doc, size=None):
    from thidua.documents.interfaces.pdf import compile_typst

    return compile_typst(_typst_source(doc, size or doc.pdf_size))


# ----------------------------------------------------------------------------- scans


def _pages_as_images(pdf, dpi):
    from PIL import Image

    with tempfile.TemporaryDirectory(prefix="corpus-scan-") as tmp:
        (Path(tmp) / "in.pdf").write_bytes(pdf)
        subprocess.run(["pdftoppm", "-r", str(dpi), "-gray", "-png", str(Path(tmp) / "in.pdf"), str(Path(tmp) / "p")],
                       check=True, capture_output=True)
        return [Image.open(p).copy() for p in sorted(Path(tmp).glob("p*.png"))]


def _degrade_page(image, rng, skew=0.0, blur=0.0, noise=0.0, threshold=150, shadow=False):
    """A page as a cheap office scanner leaves it: skewed, soft, speckled, 1 bit."""
    import numpy as np
    from PIL import Image, ImageFilter

    page = image.convert("L")
    if skew:
        page = page.rotate(skew, resample=Image.BICUBIC, expand=False, fillcolor=255)
    if blur:
        page = page.filter(ImageFilter.GaussianBlur(blur))
    pixels = np.asarray(page, dtype=np.int16)
    gen = np.random.default_rng(rng.randrange(2**32))
    if noise:
        grain = gen.normal(0, 28 * min(1.0, noise * 200), pixels.shape)
        pixels = pixels + grain
        specks = gen.random(pixels.shape) < noise
        pixels[specks] = 0
    if shadow:  # the grey band a lid left open leaves along one edge
        band = max(8, pixels.shape[1] // 60)
        pixels[:, :band] = pixels[:, :band] * 0.35
    binary = (np.clip(pixels, 0, 255) >= threshold).astype(np.uint8) * 255
    return Image.fromarray(binary, mode="L").convert("1")


def scan_images(doc):
    options = dict(doc.scan)
    rng = random.Random(options.pop("seed"))
    pages = _pages_as_images(as_pdf(doc, options.pop("size", "11.5pt")), options.pop("dpi", 200))
    keep = options.pop("pages", None)
    if keep:
        pages = pages[:keep]
    return [_degrade_page(p, rng, **options) for p in pages]


def as_png(doc):
    pages = scan_images(doc)
    if len(pages) != 1:
        raise ValueError(f"{doc.file}: a .png scan must fit one page, it has {len(pages)}")
    buffer = io.BytesIO()
    pages[0].save(buffer, "PNG", optimize=True, dpi=(doc.scan.get("dpi", 200),) * 2)
    return buffer.getvalue()


def as_scanned_pdf(doc):
    pages = scan_images(doc)
    buffer = io.BytesIO()
    stamp = time.struct_time((2025, 8, 12, 9, 30, 0, 1, 224, 0))
    pages[0].save(buffer, "PDF", save_all=True, append_images=pages[1:], resolution=float(doc.scan.get("dpi", 200)),
                  creationDate=stamp, modDate=stamp, title="", author="", producer="Scanner")
    return buffer.getvalue()


def render(doc):
    """The bytes of the file ``doc.file``."""
    fmt = doc.format
    if fmt == "txt":
        return as_txt(doc)
    if fmt == "docx":
        return as_docx(doc)
    if fmt == "pdf":
        return as_pdf(doc)
    if fmt == "pdf_scan":
        return as_scanned_pdf(doc)
    if fmt == "png":
        return as_png(doc)
    raise ValueError(f"unknown format of {doc.file}")
