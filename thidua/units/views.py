from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.db.models import Count, Q
from django.shortcuts import render

from thidua.accounts.domain import scope
from thidua.accounts.interfaces.lookup import unit_or_404
from thidua.common.collation import vi_order
from thidua.common.text import fold
from thidua.units.models import Unit, UnitKind

FILTER_KINDS = [UnitKind.COMMUNE, UnitKind.WARD, UnitKind.SPECIAL_ZONE, UnitKind.DEPARTMENT]


def _require(user, perm, obj=None):
    if not user.has_perm(perm, obj):
        raise PermissionDenied


@login_required
def unit_list(request):
    _require(request.user, "units.view_units")
    units = scope.visible_units(request.user).select_related("parent", "cluster").annotate(child_count=Count("children"))
    kind = request.GET.get("loai", "")
    if kind in {k.value for k in UnitKind}:
        units = units.filter(kind=kind)
    elif not request.GET.get("tat-ca"):
        # The Board, who sees the whole city, first sees the units that report to it.
        units = units.filter(kind__in=UnitKind.reporting_units()) if request.user.has_perm("units.view_all_units") else units
    query = request.GET.get("q", "").strip()[:100]
    if query:
        folded = fold(query)
        units = units.filter(Q(name__icontains=query) | Q(code__icontains=folded.replace(" ", "-")))
    page = Paginator(units.order_by("kind", vi_order("name")), 50).get_page(request.GET.get("trang"))
    return render(
        request,
        "units/unit_list.html",
        {"page": page, "kind": kind, "query": query, "kinds": [(k.value, k.label) for k in FILTER_KINDS]},
    )


@login_required
def unit_detail(request, code):
    unit = unit_or_404(request.user, code, Unit.objects.select_related("parent", "cluster"))
    _require(request.user, "units.view_unit_obj", unit)
    children = unit.children.order_by("kind", vi_order("name"))
    return render(
        request,
        "units/unit_detail.html",
        {"unit": unit, "children": children, "predecessors": unit.predecessors.all(), "ancestors": unit.ancestors()},
    )
