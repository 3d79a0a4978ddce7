"""The suspected duplicates of the units an officer manages (the Board: all), each with its
two buttons: merge (keep one record, the other no longer counted) or keep apart; and the
linking pass run again for a unit. The decisions are the domain's
(``thidua.register.domain.people``), recorded in the history and remembered."""
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect, render

from thidua.accounts.domain import scope
from thidua.common.errors import DomainError
from thidua.common.web import post_only, show_error
from thidua.register.domain import people
from thidua.register.domain.scope import visible_records
from thidua.register.models import AwardRecord, DuplicateDecision


def _managed_roots(user):
    """The units the user manages, without those under another of them; None for the Board."""
    if scope.is_board(user):
        return None
    units = list(scope.visible_units(user, roles=["unit_officer"]).order_by("path"))
    roots = []
    for unit in units:
        if not any(unit.path.startswith(root.path) for root in roots):
            roots.append(unit)
    return roots


@login_required
def duplicate_list(request):
    roots = _managed_roots(request.user)
    if roots == []:
        raise PermissionDenied("Chỉ cán bộ thi đua của đơn vị và Ban Thi đua - Khen thưởng xem được bản ghi nghi trùng.")
    suspects = people.find_duplicates() if roots is None else [s for u in roots for s in people.find_duplicates(u)]
    return render(request, "register/duplicates.html", {
        "suspects": suspects, "roots": roots or [], "decided": DuplicateDecision.objects.filter(
            record_a__in=visible_records(request.user)).select_related("record_a", "record_b", "decided_by")[:30],
    })


@login_required
@post_only
def duplicate_decide(request):
    qs = visible_records(request.user, AwardRecord.objects.select_related("unit"))
    a = get_object_or_404(qs, pk=request.POST.get("a") or 0)
    b = get_object_or_404(qs, pk=request.POST.get("b") or 0)
    if not (request.user.has_perm("register.change_record_obj", a) and request.user.has_perm("register.change_record_obj", b)):
        raise PermissionDenied("Chỉ cán bộ thi đua của đơn vị quản lý được gộp hoặc giữ riêng bản ghi.")
    keep = a if request.POST.get("keep") == str(a.pk) else (b if request.POST.get("keep") == str(b.pk) else None)
    try:
        people.decide(a, b, request.POST.get("decision", ""), request.user, reason=request.POST.get("reason", ""),
                      kind=request.POST.get("kind") or DuplicateDecision.Kind.SAME_AWARD, keep=keep)
        messages.success(request, "Đã ghi quyết định về hai bản ghi nghi trùng.")
    except DomainError as error:
        show_error(request, error)
    return redirect("register:duplicates")


@login_required
@post_only
def link_people(request):
    roots = _managed_roots(request.user)
    if roots == []:
        raise PermissionDenied("Chỉ cán bộ thi đua của đơn vị và Ban Thi đua - Khen thưởng liên kết được bản ghi.")
    results = [people.link_records(None, request.user)] if roots is None else \
        [people.link_records(u, request.user) for u in roots]
    messages.success(request, f"Đã liên kết {sum(r.linked for r in results)} bản ghi với người đã có; "
                              f"thêm {sum(r.new_people for r in results)} người mới.")
    return redirect("register:duplicates")
