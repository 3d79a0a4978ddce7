"""Delegates to the city congress: the Board's quotas and city-wide list, each unit's list
(choosing its exemplars, the conference's approval, sending) and the exports."""
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.shortcuts import redirect, render

from thidua.accounts.domain import scope
from thidua.accounts.interfaces.lookup import unit_or_404
from thidua.common import clock
from thidua.common.collation import vi_order
from thidua.common.errors import DomainError
from thidua.common.web import post_only, show_error
from thidua.delegates.domain import congress
from thidua.delegates.interfaces import documents
from thidua.delegates.interfaces.forms import ApprovalForm, CongressEntryForm, ProportionalForm, quota_changes
from thidua.delegates.models import CongressDelegate, CongressSubmission
from thidua.delegates.views.base import require
from thidua.documents.interfaces.responses import file_response
from thidua.units.models import Unit, UnitKind

CITY = "delegates.view_city_congress"


def _campaign_or_404():
    campaign = congress.congress_campaign()
    if campaign is None:
        raise Http404("Chưa có kế hoạch cấp thành phố.")
    return campaign


@login_required
def congress_view(request):
    campaign = _campaign_or_404()
    if not request.user.has_perm(CITY):
        units = list({u.pk: u for u in scope.units_with_role(request.user)
                      if request.user.has_perm("delegates.list_congress_obj", u)}.values())
        if len(units) == 1:
            return redirect("delegates:congress_unit", units[0].code)
        if not units:
            raise PermissionDenied("Trang này dành cho Ban và cán bộ thi đua của đơn vị.")
        return render(request, "delegates/congress_choose.html", {"units": units})
    units, quotas, subs = congress.board_table(campaign)
    rows = [{"unit": u, "quota": quotas.get(u.pk), "submission": subs.get(u.pk)} for u in units]
    summary, findings = congress.city_composition(campaign)
    preview = None
    form = ProportionalForm(request.GET or None) if "total" in request.GET else ProportionalForm()
    if "total" in request.GET and form.is_valid():
        try:
            preview = congress.proportional(units, form.cleaned_data["total"], form.cleaned_data["minimum"])
        except DomainError as exc:
            show_error(request, DomainError(exc.message, field="minimum"), form)
    return render(request, "delegates/congress_board.html", {
        "campaign": campaign, "rows": rows, "summary": summary, "findings": findings, "form": form,
        "preview": preview, "title": congress.congress_title(campaign),
        "quota_total": sum(q.seats for q in quotas.values()),
        "submitted": sum(1 for s in subs.values() if s.submitted_at),
    })


@login_required
@post_only
def congress_quotas(request):
    require(request, "delegates.set_congress_quotas", None, "Chỉ Ban Thi đua - Khen thưởng phân bổ đại biểu dự Đại hội.")
    campaign = _campaign_or_404()
    units = congress.reporting_units()
    try:
        if request.POST.get("mode") == "proportional":
            form = ProportionalForm(request.POST)
            if not form.is_valid():
                messages.error(request, "Tổng số và số tối thiểu phải là số nguyên không âm hợp lý.")
                return redirect("delegates:congress")
            congress.apply_proportional(campaign, units, form.cleaned_data["total"], form.cleaned_data["minimum"], request.user)
            messages.success(request, "Đã phân bổ theo tỷ lệ quy mô (phần dư lớn nhất).")
        else:
            changes = quota_changes(units, request.POST)
            congress.set_quotas(campaign, changes, request.user)
            messages.success(request, f"Đã lưu chỉ tiêu của {len(changes)} đơn vị.")
    except DomainError as exc:
        show_error(request, exc)
    return redirect("delegates:congress")


def _unit_for_congress(request, code, perm="delegates.view_congress_obj", message=None):
    unit = unit_or_404(request.user, code)
    if not unit.is_reporting_unit:
        raise Http404("Không tìm thấy đơn vị, hoặc đơn vị không thuộc phạm vi của bạn.")
    require(request, perm, unit, message or "Bạn không được sửa danh sách đại biểu dự Đại hội của đơn vị này.")
    return unit


def _act(request, campaign, unit):
    """One action of the unit's page (add, approve, submit, reopen), its outcome as a message."""
    sub = congress.submission_for(campaign, unit, request.user)
    action = request.POST.get("action")
    if action == "add":
        added = congress.add_exemplars(sub, request.user, request.POST.getlist("delegate"))
        messages.success(request, f"Đã thêm {len(added)} đại biểu.")
    elif action == "approve":
        form = ApprovalForm(request.POST)
        if not form.is_valid():
            messages.error(request, "; ".join(e for errs in form.errors.values() for e in errs))
            return
        congress.approve(sub, form.cleaned_data["approved_on"], request.user, form.cleaned_data["note"])
        messages.success(request, "Đã ghi nhận Hội nghị thông qua danh sách.")
    elif action == "submit":
        congress.submit(sub, request.user)
        messages.success(request, "Đã gửi danh sách lên Ban Thi đua - Khen thưởng.")
    elif action == "reopen":
        require(request, "delegates.reopen_congress_obj", sub, "Chỉ Ban Thi đua - Khen thưởng trả lại danh sách đã gửi.")
        congress.reopen(sub, request.user)
        messages.success(request, "Đã trả lại danh sách để đơn vị sửa.")


@login_required
def congress_unit(request, code):
    campaign = _campaign_or_404()
    unit = _unit_for_congress(request, code)
    if request.method == "POST":
        require(request, "delegates.change_congress_obj", unit, "Bạn không được sửa danh sách đại biểu dự Đại hội.")
        try:
            _act(request, campaign, unit)
        except DomainError as exc:
            show_error(request, exc)
        return redirect("delegates:congress_unit", unit.code)
    sub = CongressSubmission.objects.filter(campaign=campaign, unit=unit).first()
    entries = list(sub.delegates.all()) if sub else []
    chosen = {e.delegate_id for e in entries}
    exemplars = [d for d in congress.exemplars_of(unit, campaign).order_by(vi_order("full_name")) if d.pk not in chosen]
    summary, findings = congress.unit_composition(campaign, unit, entries, sub)
    return render(request, "delegates/congress_unit.html", {
        "campaign": campaign, "unit": unit, "submission": sub, "entries": entries, "exemplars": exemplars,
        "quota": congress.quota_of(campaign, unit), "can_manage": request.user.has_perm("delegates.change_congress_obj", unit),
        "findings": findings, "summary": summary,
        "approval_form": ApprovalForm(initial={"approved_on": clock.today()}), "title": congress.congress_title(campaign),
        "can_reopen": request.user.has_perm("delegates.reopen_congress_obj", sub),
    })


def _entry(request, code, eid):
    campaign = _campaign_or_404()
    unit = _unit_for_congress(request, code, "delegates.change_congress_obj")
    entry = CongressDelegate.objects.select_related("submission__unit").filter(
        pk=eid, submission__unit=unit, submission__campaign=campaign).first()
    if entry is None:
        raise Http404("Không tìm thấy đại biểu trong danh sách dự Đại hội.")
    return unit, entry


@login_required
def congress_edit(request, code, eid):
    unit, entry = _entry(request, code, eid)
    form = CongressEntryForm(request.POST or None, instance=entry)
    if request.method == "POST" and form.is_valid():
        try:
            congress.update_entry(entry, form.cleaned_data, request.user)
        except DomainError as exc:
            show_error(request, exc, form)
        else:
            messages.success(request, f"Đã lưu trích ngang của {entry.full_name}.")
            return redirect("delegates:congress_unit", unit.code)
    return render(request, "delegates/congress_entry_form.html", {"unit": unit, "entry": entry, "form": form},
                  status=400 if form.errors else 200)


@login_required
@post_only
def congress_remove(request, code, eid):
    unit, entry = _entry(request, code, eid)
    try:
        congress.remove_entry(entry, request.user)
        messages.success(request, f"Đã bỏ {entry.full_name} khỏi danh sách.")
    except DomainError as exc:
        show_error(request, exc)
    return redirect("delegates:congress_unit", unit.code)


def _export(fmt, unit, title, entries, summary, with_unit, filename):
    if fmt not in ("xlsx", "docx"):
        raise Http404("Chỉ xuất được tệp .xlsx hoặc .docx.")
    subtitle = f"(Kèm theo danh sách của {unit.display_name})" if not with_unit else "(Tổng hợp từ danh sách các đơn vị đã gửi)"
    if fmt == "xlsx":
        return file_response(documents.congress_xlsx(f"Danh sách và trích ngang thành tích đại biểu dự {title}", subtitle,
                                                     entries, summary, with_unit), f"{filename}.xlsx")
    return file_response(documents.congress_docx(unit, title, subtitle, entries, summary, with_unit,
                                                 **congress.list_signing(unit)), f"{filename}.docx")


@login_required
def congress_export(request, code, fmt):
    campaign = _campaign_or_404()
    unit = _unit_for_congress(request, code)
    sub = CongressSubmission.objects.filter(campaign=campaign, unit=unit).first()
    entries = list(sub.delegates.select_related("submission__unit")) if sub else []
    title = congress.congress_title(campaign)
    return _export(fmt, unit, title, entries, congress.unit_summary(campaign, entries), False,
                   f"Danh sách đại biểu dự Đại hội - {unit.title_name}")


@login_required
def congress_city_export(request, fmt):
    require(request, CITY, None, "Chỉ Ban Thi đua - Khen thưởng xuất danh sách toàn thành phố.")
    campaign = _campaign_or_404()
    entries = list(congress.city_entries(campaign))
    summary, _ = congress.city_composition(campaign, entries)
    board = Unit.objects.filter(kind=UnitKind.BOARD).first() or campaign.issuer
    return _export(fmt, board, congress.congress_title(campaign), entries, summary, True,
                   "Danh sách đại biểu dự Đại hội - toàn thành phố")
