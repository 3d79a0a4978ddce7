"""PDF rendering with typst (the PyPI binding): ~5 ms a page, fonts from the repository only.

Every renderer builds typst markup, escapes user text with ``esc`` and calls
``compile_typst``; ``nd30.typ`` gives the Nghị định 30/2020 layout.
"""
import tempfile
from pathlib import Path

import typst
from django.conf import settings

TYPST_DIR = Path(__file__).resolve().parent.parent / "typst"

_SPECIAL = set('\\#$*_[]<>@`~/=-+"\'')


def esc(text):
    """Escape user text for typst markup: it renders literally, whatever it contains."""
    if text is None:
        return ""
    out = []
    for ch in str(text):
        if ch in _SPECIAL:
            out.append("\\" + ch)
        elif ch == "\n":
            out.append(" \\\n")
        else:
            out.append(ch)
    return "".join(out)


def string(text):
    """A typst string literal: ``"..."`` with quotes and backslashes escaped."""
    value = "" if text is None else str(text)
    return '"' + value.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n") + '"'


def array(items):
    items = list(items)
    if not items:
        return "()"
    return "(" + ", ".join(string(i) for i in items) + ("," if len(items) == 1 else "") + ")"


def header_call(superior=(), issuer=(), number="", place_date=""):
    """``#nd30-header(...)`` for an identity's lines, the number and the place and date."""
    return (f"#nd30-header(superior: {array(superior)}, issuer: {array(issuer)}, number: {string(number)}, "
            f"place-date: {string(place_date)})\n")


def signature_call(recipients=(), lines=(), name="", note=""):
    """``#nd30-signature(...)``: recipients and the signing block, one unbreakable block."""
    return (f"#nd30-signature(recipients: {array(recipients)}, lines: {array(lines)}, name: {string(name)}, "
            f"signature-note: {string(note)})\n")


def page_setup(title, landscape=False):
    """The preamble of a document: the layout library, the page, the PDF's title."""
    flags = ", landscape: true" if landscape else ""
    return f'#import "nd30.typ": *\n#show: nd30-page.with(title: {string(title)}{flags})\n'


def compile_typst(source, files=None):
    """Compile typst ``source`` to PDF bytes. ``nd30.typ`` is importable; ``files``
    (name -> bytes) are written beside it, e.g. images."""
    with tempfile.TemporaryDirectory(prefix="thidua-typst-") as tmp:
        root = Path(tmp)
        (root / "nd30.typ").write_bytes((TYPST_DIR / "nd30.typ").read_bytes())
        for name, data in (files or {}).items():
            (root / name).write_bytes(data)
        main = root / "main.typ"
        main.write_text(source, encoding="utf-8")
        return typst.compile(
            str(main), root=str(root), font_paths=[str(settings.THIDUA_FONT_DIR)], ignore_system_fonts=True
        )


def pdf_text(data):
    """The text of a PDF, for tests and checks (pypdf)."""
    import io

    from pypdf import PdfReader

    reader = PdfReader(io.BytesIO(data))
    return "\n".join(page.extract_text() or "" for page in reader.pages)


def page_count(data):
    import io

    from pypdf import PdfReader

    return len(PdfReader(io.BytesIO(data)).pages)
