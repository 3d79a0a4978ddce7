"""The delegates app keeps the layering of docs/architecture.md: views and the API never
write a model themselves (the domain does), the domain imports no interfaces or views, and
no module grows past about 600 lines."""
import ast
from pathlib import Path

import pytest

APP = Path(__file__).resolve().parents[2] / "thidua" / "delegates"
WRITES = {"save", "create", "update", "delete", "get_or_create", "update_or_create"}
MAX_LINES = 600


def _modules(*parts):
    for path in sorted(APP.joinpath(*parts).rglob("*.py")):
        if "migrations" not in path.parts:
            yield path


def _writes(source):
    """``.save(``, ``.create(``, ``.update(``, ``.delete(``, ``bulk_*(``… calls in ``source``, by line."""
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute):
            name = node.func.attr
            if name in WRITES or name.startswith("bulk_"):
                yield node.lineno, f".{name}("


def _name(path):
    return str(path.relative_to(APP))


@pytest.mark.parametrize("path", [*_modules("views"), APP / "api.py"], ids=_name)
def test_views_and_api_do_not_write_models(path):
    assert sorted(_writes(path.read_text())) == []


def test_the_write_check_sees_every_kind_of_write():
    source = "def v(d, qs, M):\n    d.save()\n    qs.update(x=1)\n    M.objects.bulk_create([])\n    M.objects.create(a=1)\n"
    assert sorted(_writes(source)) == [(2, ".save("), (3, ".update("), (4, ".bulk_create("), (5, ".create(")]


def _imported(source):
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.ImportFrom) and node.module:
            yield node.module
            yield from (f"{node.module}.{a.name}" for a in node.names)
        elif isinstance(node, ast.Import):
            yield from (a.name for a in node.names)


@pytest.mark.parametrize("path", list(_modules("domain")), ids=_name)
def test_domain_imports_no_interfaces_or_views(path):
    bad = {m for m in _imported(path.read_text()) if {"interfaces", "views"} & set(m.split("."))}
    assert bad == set()


@pytest.mark.parametrize("path", list(_modules()), ids=_name)
def test_no_module_over_600_lines(path):
    assert len(path.read_text().splitlines()) <= MAX_LINES
