"""JSON API of units (mounted at /api/units/): only the units the user may see."""
from django.shortcuts import get_object_or_404
from ninja import Router, Schema
from ninja.errors import HttpError

from thidua.accounts.domain import scope

router = Router(tags=["Đơn vị"])


class UnitOut(Schema):
    code: str
    name: str
    title_name: str
    kind: str
    kind_label: str
    parent_code: str | None
    merged_in_2025: bool
    is_demo: bool


def _out(unit):
    return {
        "code": unit.code, "name": unit.name, "title_name": unit.title_name, "kind": unit.kind,
        "kind_label": unit.get_kind_display(), "parent_code": unit.parent.code if unit.parent_id else None,
        "merged_in_2025": unit.merged_in_2025, "is_demo": unit.is_demo,
    }


@router.get("/", response=list[UnitOut], summary="Đơn vị trong phạm vi của người dùng")
def units(request, kind: str = ""):
    if not request.user.has_perm("units.view_units"):
        raise HttpError(403, "Bạn không có quyền xem danh sách đơn vị.")
    qs = scope.visible_units(request.user).select_related("parent").order_by("path")
    if kind:
        qs = qs.filter(kind=kind)
    return [_out(u) for u in qs[:2000]]


@router.get("/{code}", response=UnitOut, summary="Một đơn vị")
def unit(request, code: str):
    found = get_object_or_404(scope.visible_units(request.user).select_related("parent"), code=code)
    if not request.user.has_perm("units.view_unit_obj", found):
        raise HttpError(403, "Bạn không có quyền xem đơn vị này.")
    return _out(found)
