"""Views and API endpoints never write a model themselves: every change goes through a
domain function named for it (which locks, checks and records the change). This reads the
source of every app's ``views.py`` and ``api.py`` and fails on a call to ``.save(``,
``.create(``, ``.update(``, ``.delete(`` or ``bulk_*`` (a form's or a formset's ``save``
included: it writes the model too)."""
import ast
from pathlib import Path

import pytest

import thidua

WRITES = {"save", "create", "update", "delete", "get_or_create", "update_or_create"}
ROOT = Path(thidua.__file__).resolve().parent
MODULES = sorted(p for pattern in ("*/views.py", "*/views/*.py", "*/api.py") for p in ROOT.glob(pattern))


# Modules that still write, until their app's part of issue 10 lands: remove the module
# here then (a listed module that no longer writes fails the test as "XPASS").
PENDING = set()


def _is_write(node):
    if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)):
        return False
    if node.func.attr not in WRITES and not node.func.attr.startswith("bulk_"):
        return False
    # ``context.update({...})`` on a plain name is a dict; a queryset's or a manager's is not.
    return node.func.attr != "update" or not isinstance(node.func.value, ast.Name)


def writes_in(source, name="<source>"):
    return [f"{name}:{node.lineno} .{node.func.attr}(" for node in ast.walk(ast.parse(source)) if _is_write(node)]


def test_the_check_sees_a_write():
    source = ("def view(request):\n    form.save()\n    Plan.objects.filter(pk=1).update(status='x')\n"
              "    context.update({'a': 1})\n    plan.tasks.all().delete()\n    Row.objects.bulk_create([])\n")
    assert writes_in(source) == ["<source>:2 .save(", "<source>:3 .update(", "<source>:5 .delete(",
                                 "<source>:6 .bulk_create("]


def _param(path):
    name = str(path.relative_to(ROOT))
    marks = [pytest.mark.xfail(strict=True, reason=f"{name} still writes (issue 10)")] if name in PENDING else []
    return pytest.param(path, id=name, marks=marks)


@pytest.mark.parametrize("path", [_param(p) for p in MODULES])
def test_views_and_api_do_not_write(path):
    found = writes_in(path.read_text(encoding="utf-8"), str(path.relative_to(ROOT.parent)))
    assert not found, "A view writes a model itself; move it into a domain function: " + ", ".join(found)
