"""A unit conference's delegate list: the list, its composition, adding and editing people,
the Excel import, the seats of the sub-units, the balanced proposal, invitations, RSVP and
the timetable."""
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.db.models import Count, Q
from django.http import Http404
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone

from thidua.accounts.domain import scope
from thidua.common.collation import vi_order, vi_sorted
from thidua.common.errors import DomainError
from thidua.common.web import post_only, show_error
from thidua.delegates.domain import roster, selection, timetable
from thidua.delegates.interfaces import documents, excel
from thidua.delegates.interfaces.forms import AllocationForm, DelegateForm, ExcelForm, RsvpForm, SelectionForm
from thidua.delegates.models import Conference, Delegate
from thidua.delegates.views.base import CHANGE, conference_or_404, delegate_or_404, require, show_lines
from thidua.documents.interfaces.links import public_url
from thidua.documents.interfaces.responses import file_response
from thidua.plans.models import Plan


@login_required
def conference_list(request):
    conferences = (
        scope.scope_queryset(Conference.objects.select_related("plan", "unit"), request.user, "unit")
        .annotate(
            confirmed=Count("delegates", filter=Q(delegates__status=Delegate.Status.CONFIRMED)),
            present=Count("delegates", filter=Q(delegates__checked_in_at__isnull=False)),
        )
        .order_by(vi_order("unit__name"), "-created_at")
    )
    plans = Plan.objects.none()
    if request.user.has_perm("delegates.start_conferences"):
        plans = scope.scope_queryset(Plan.objects.select_related("unit"), request.user, "unit", roles=["unit_officer"])
    plans = plans.filter(conference__isnull=True).order_by(vi_order("unit__name"))
    return render(request, "delegates/conference_list.html", {"conferences": conferences, "plans": plans})


@login_required
@post_only
def conference_create(request):
    plan = scope.scope_queryset(Plan.objects.select_related("unit", "campaign"), request.user, "unit").filter(
        pk=request.POST.get("plan") if str(request.POST.get("plan", "")).isdigit() else None
    ).first()
    if plan is None:
        raise Http404("Không tìm thấy kế hoạch.")
    require(request, "delegates.start_conference_obj", plan, "Chỉ cán bộ thi đua của đơn vị được lập danh sách đại biểu.")
    conference = roster.create_conference(plan, request.user)
    return redirect("delegates:detail", conference.pk)


def _composition_context(conference):
    summary, findings = roster.composition_of(conference)
    labels = roster.labels()
    return {
        "summary": summary, "findings": findings,
        "by_field": sorted(((labels.get(k, k), v) for k, v in summary.by_field.items()), key=lambda t: -t[1]),
        "by_sector": sorted(((labels.get(k, k), v) for k, v in summary.by_sector.items()), key=lambda t: -t[1]),
        "by_predecessor": vi_sorted(summary.by_predecessor.items(), key=lambda item: item[0]),
    }


@login_required
def conference_detail(request, pk):
    conference = conference_or_404(request, pk)
    delegates = conference.delegates.select_related("predecessor", "source_unit").order_by("status", "group", "name_folded", "pk")
    group = request.GET.get("nhom", "")
    if group in dict(Delegate._meta.get_field("group").choices):
        delegates = delegates.filter(group=group)
    return render(request, "delegates/conference_detail.html", {
        "conference": conference, "plan": conference.plan, "delegates": delegates, "group": group,
        "can_manage": request.user.has_perm(CHANGE, conference), "form": DelegateForm(conference=conference),
        "rsvp_choices": Delegate._meta.get_field("rsvp").choices, **_composition_context(conference),
    })


@login_required
def composition(request, pk):
    conference = conference_or_404(request, pk)
    return render(request, "delegates/_composition.html", {"conference": conference, **_composition_context(conference)})


@login_required
def delegate_add(request, pk):
    conference = conference_or_404(request, pk, CHANGE)
    form = DelegateForm(request.POST or None, conference=conference)
    if request.method == "POST" and form.is_valid():
        try:
            d = roster.add_delegate(conference, form.cleaned_data, request.user)
        except DomainError as exc:
            show_error(request, exc, form)
        else:
            messages.success(request, f"Đã thêm {d.full_name}.")
            return redirect("delegates:detail", conference.pk)
    return render(request, "delegates/delegate_form.html", {"conference": conference, "form": form}, status=400 if form.errors else 200)


@login_required
def delegate_edit(request, pk, did):
    conference = conference_or_404(request, pk, CHANGE)
    delegate = delegate_or_404(conference, did)
    form = DelegateForm(request.POST or None, instance=delegate, conference=conference)
    if request.method == "POST" and form.is_valid():
        try:
            saved = roster.update_delegate(delegate, form.cleaned_data, request.user)
        except DomainError as exc:
            show_error(request, exc, form)
        else:
            messages.success(request, f"Đã lưu {saved.full_name}.")
            return redirect("delegates:detail", conference.pk)
    return render(request, "delegates/delegate_form.html", {"conference": conference, "form": form, "delegate": delegate},
                  status=400 if form.errors else 200)


@login_required
@post_only
def delegate_delete(request, pk, did):
    conference = conference_or_404(request, pk, CHANGE)
    delegate = delegate_or_404(conference, did)
    roster.remove_delegate(delegate, request.user)
    messages.success(request, f"Đã xóa {delegate.full_name} khỏi danh sách.")
    return redirect("delegates:detail", conference.pk)


@login_required
def import_excel(request, pk):
    conference = conference_or_404(request, pk, CHANGE)
    form = ExcelForm(request.POST or None, request.FILES or None)
    if request.method == "POST" and form.is_valid():
        try:
            rows = excel.read(form.cleaned_data["file"].read(), conference)
            saved = roster.import_delegates(conference, rows, request.user)
        except (excel.ExcelError, DomainError) as exc:
            show_lines(request, exc, form, "file")
        else:
            messages.success(request, f"Đã nhập {len(saved)} đại biểu.")
            return redirect("delegates:detail", conference.pk)
    return render(request, "delegates/import.html", {"conference": conference, "form": form}, status=400 if form.errors else 200)


@login_required
def excel_template(request, pk):
    conference_or_404(request, pk, CHANGE)
    return file_response(excel.template_bytes(), "Mẫu danh sách đại biểu.xlsx")


@login_required
def allocation(request, pk):
    conference = conference_or_404(request, pk)
    form = AllocationForm(request.POST or None, conference=conference)
    if request.method == "POST":
        require(request, CHANGE, conference, "Bạn không được phân bổ đại biểu.")
        if form.is_valid():
            data = form.cleaned_data
            try:
                roster.set_allocation(conference, data["unit"], data["seats"], request.user, data["note"])
            except DomainError as exc:
                show_error(request, exc, form)
            else:
                messages.success(request, "Đã lưu phân bổ.")
                return redirect("delegates:allocation", conference.pk)
    return render(request, "delegates/allocation.html", {
        "conference": conference, "form": form, "can_manage": request.user.has_perm(CHANGE, conference),
        **roster.allocation_table(conference),
    }, status=400 if form.errors else 200)


@login_required
def select_view(request, pk):
    conference = conference_or_404(request, pk, CHANGE)
    limit = roster.limit_of(conference)
    form = SelectionForm(request.POST or None, initial={"seats": limit})
    ctx = {"conference": conference, "form": form, "limit": limit}
    if request.method == "POST" and request.POST.get("apply"):
        chosen = request.POST.getlist("chosen")
        try:
            changed = selection.apply_proposal(conference, request.user, chosen)
        except DomainError as exc:
            show_error(request, exc)
            return redirect("delegates:select", conference.pk)
        messages.success(request, f"Đã áp dụng đề xuất: {len(set(chosen))} đại biểu chính thức ({changed} thay đổi).")
        return redirect("delegates:detail", conference.pk)
    if request.method == "POST" and form.is_valid():
        try:
            proposal = selection.propose(conference, request.user, form.cleaned_data["seats"])
        except DomainError as exc:
            show_error(request, exc, form)
        else:
            ctx |= {"result": proposal.result, "chosen": proposal.chosen, "shortfalls": proposal.shortfalls,
                    "pool_size": proposal.pool_size}
    return render(request, "delegates/selection.html", ctx, status=400 if form.errors else 200)


def _checkin_url(request, conference, d):
    return public_url(reverse("delegates:checkin_code", args=[conference.pk, d.token]), request)


@login_required
def invitations_pdf(request, pk):
    conference = conference_or_404(request, pk)
    delegates = list(conference.delegates.filter(status=Delegate.Status.CONFIRMED).order_by("group", "name_folded", "pk"))
    if not delegates:
        messages.error(request, "Chưa có đại biểu chính thức nào để in giấy mời.")
        return redirect("delegates:detail", conference.pk)
    data = documents.invitations_pdf(conference, delegates, lambda d: _checkin_url(request, conference, d))
    return file_response(data, f"Giấy mời - {conference.unit.title_name}.pdf", inline=True)


@login_required
def invitation_pdf(request, pk, did):
    conference = conference_or_404(request, pk)
    d = delegate_or_404(conference, did)
    data = documents.invitations_pdf(conference, [d], lambda x: _checkin_url(request, conference, x))
    return file_response(data, f"Giấy mời - {d.full_name}.pdf", inline=True)


@login_required
@post_only
def rsvp(request, pk, did):
    conference = conference_or_404(request, pk, CHANGE)
    d = delegate_or_404(conference, did)
    form = RsvpForm(request.POST)
    if not form.is_valid():
        messages.error(request, "Phản hồi không hợp lệ.")
        return redirect("delegates:detail", conference.pk)
    try:
        d = roster.set_rsvp(d, form.cleaned_data["rsvp"], request.user)
    except DomainError as exc:
        show_error(request, exc)
    else:
        messages.success(request, f"Đã ghi phản hồi của {d.full_name}: {d.get_rsvp_display().lower()}.")
    return redirect("delegates:detail", conference.pk)


def _timetable_ctx(conference):
    plan = conference.plan
    slots = timetable.slots_of(plan)
    rules = roster.rules_of(conference)
    findings = timetable.check(slots, plan.start_time, plan.end_time, rules.session_max_minutes)
    current = timetable.current_slot(slots, plan.conference_date, timezone.localtime())
    return {"slots": slots, "findings": findings, "current": current, "plan": plan}


@login_required
def timetable_view(request, pk):
    conference = conference_or_404(request, pk)
    return render(request, "delegates/timetable.html", {"conference": conference, **_timetable_ctx(conference)})


@login_required
def timetable_pdf(request, pk):
    conference = conference_or_404(request, pk)
    ctx = _timetable_ctx(conference)
    data = documents.timetable_pdf(conference, ctx["slots"])
    return file_response(data, f"Chương trình hội nghị - {conference.unit.title_name}.pdf", inline=True)


@login_required
def from_nominees(request, pk):
    conference = conference_or_404(request, pk, CHANGE)
    if request.method == "POST":
        try:
            added, skipped = roster.add_nominees(conference, request.POST.getlist("nominee"), request.user)
        except DomainError as exc:
            show_error(request, exc)
            return redirect("delegates:from_nominees", conference.pk)
        messages.success(request, f"Đã thêm {len(added)} người vào danh sách đề cử.")
        if skipped:
            messages.warning(request, "Đã có trong danh sách, bỏ qua: " + ", ".join(skipped) + ".")
        return redirect("delegates:detail", conference.pk)
    return render(request, "delegates/from_nominees.html", {"conference": conference,
                                                             "nominees": roster.nominees_to_add(conference)})
