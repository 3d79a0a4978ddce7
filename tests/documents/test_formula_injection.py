"""A text someone typed that looks like a formula ("=HYPERLINK(…)", "+1", "-2", "@x") is kept as
text in every Excel export: opening the file never runs it."""
import ast
import io
from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook

import thidua
from tests.factories import AwardRecordFactory
from thidua.documents.interfaces import sheets

TYPED = ['=HYPERLINK("http://x.invalid","Bấm vào đây")', "+84912345678", "-1+1", "@SUM(A1)", "=1+1"]


def _reopened(wb):
    buf = io.BytesIO()
    sheets.save(wb, buf)
    return load_workbook(io.BytesIO(buf.getvalue())).active


def test_formula_looking_texts_are_written_as_text():
    wb = Workbook()
    for text in TYPED + ["Nguyễn Văn An", 12]:
        wb.active.append([text])
    ws = _reopened(wb)
    assert [c.value for c in ws["A"]] == TYPED + ["Nguyễn Văn An", 12]
    assert all(c.data_type == "s" for c in ws["A"][:len(TYPED)])
    assert ws["A"][len(TYPED) + 1].data_type == "n"


@pytest.mark.django_db
def test_a_register_export_keeps_a_typed_formula_as_text():
    from thidua.register.interfaces.excel import records_xlsx

    record = AwardRecordFactory(name='=HYPERLINK("http://x.invalid","Bấm")', workplace="@công ty")
    data = records_xlsx([record], show_identity=lambda r: True)
    data = data.getvalue() if hasattr(data, "getvalue") else data
    ws = load_workbook(io.BytesIO(data)).active
    cells = {c.value: c for row in ws.iter_rows(min_row=2) for c in row if isinstance(c.value, str)}
    assert cells['=HYPERLINK("http://x.invalid","Bấm")'].data_type == "s" and cells["@công ty"].data_type == "s"


def test_every_workbook_is_saved_through_sheets_save():
    root = Path(thidua.__file__).parent
    offenders = []
    for path in root.rglob("*.py"):
        if "migrations" in path.parts or path.name == "sheets.py":
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "save"
                    and isinstance(node.func.value, ast.Name) and node.func.value.id in ("wb", "workbook", "book")):
                offenders.append(f"{path.relative_to(root)}:{node.lineno}")
    assert not offenders, f"Workbooks saved without sheets.save (formula injection): {offenders}"
