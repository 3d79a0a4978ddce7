"""Thin views: scope the object, call the domain, render."""
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.db.models import Count, Q
from django.http import Http404
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.views.decorators.http import require_POST

from thidua.accounts.domain import scope
from thidua.accounts.interfaces.lookup import scoped_or_404, unit_or_404
from thidua.common.errors import DomainError
from thidua.delegates.domain import checkin, congress, roster, selection, timetable
from thidua.delegates.domain.allocation import fill_status
from thidua.delegates.interfaces import documents, excel
from thidua.delegates.interfaces.forms import (
    AllocationForm,
    ApprovalForm,
    CheckinSearchForm,
    CongressEntryForm,
    DelegateForm,
    ExcelForm,
    ProportionalForm,
    RsvpForm,
    SelectionForm,
)
from thidua.delegates.models import Conference, CongressDelegate, CongressQuota, CongressSubmission, Delegate
from thidua.documents.interfaces.responses import file_response
from thidua.plans.models import Plan
from thidua.units.models import Unit, UnitKind


def _conference(request, pk, manage=False):
    conference = scoped_or_404(Conference.objects.select_related("plan__campaign", "unit"), request.user, "hội nghị", pk=pk)
    if manage and not scope.can_manage_unit(request.user, conference.unit):
        raise PermissionDenied("Bạn chỉ được xem, không được sửa danh sách đại biểu.")
    return conference


def _delegate(conference, did):
    d = conference.delegates.select_related("predecessor", "source_unit").filter(pk=did).first()
    if d is None:
        raise Http404("Không tìm thấy đại biểu trong hội nghị này.")
    return d


def _can_manage(request, conference):
    return scope.can_manage_unit(request.user, conference.unit)


@login_required
def conference_list(request):
    conferences = (
        scope.scope_queryset(Conference.objects.select_related("plan", "unit"), request.user, "unit")
        .annotate(
            confirmed=Count("delegates", filter=Q(delegates__status=Delegate.Status.CONFIRMED)),
            present=Count("delegates", filter=Q(delegates__checked_in_at__isnull=False)),
        )
        .order_by("unit__name", "-created_at")
    )
    plans = scope.scope_queryset(Plan.objects.select_related("unit"), request.user, "unit", roles=["unit_officer"])
    if scope.is_board(request.user):
        plans = plans.none()
    plans = plans.filter(conference__isnull=True).order_by("unit__name")
    return render(request, "delegates/conference_list.html", {"conferences": conferences, "plans": plans})


@login_required
@require_POST
def conference_create(request):
    plan = scope.scope_queryset(Plan.objects.select_related("unit", "campaign"), request.user, "unit").filter(
        pk=request.POST.get("plan") if str(request.POST.get("plan", "")).isdigit() else None
    ).first()
    if plan is None:
        raise Http404("Không tìm thấy kế hoạch.")
    if not scope.can_manage_unit(request.user, plan.unit):
        raise PermissionDenied("Chỉ cán bộ thi đua của đơn vị được lập danh sách đại biểu.")
    conference = roster.create_conference(plan, request.user)
    return redirect("delegates:detail", conference.pk)


def _composition_context(conference):
    summary, findings = roster.composition_of(conference)
    labels = roster.labels()
    return {
        "summary": summary, "findings": findings,
        "by_field": sorted(((labels.get(k, k), v) for k, v in summary.by_field.items()), key=lambda t: -t[1]),
        "by_sector": sorted(((labels.get(k, k), v) for k, v in summary.by_sector.items()), key=lambda t: -t[1]),
        "by_predecessor": sorted(summary.by_predecessor.items()),
    }


@login_required
def conference_detail(request, pk):
    conference = _conference(request, pk)
    delegates = conference.delegates.select_related("predecessor", "source_unit").order_by("status", "group", "name_folded", "pk")
    group = request.GET.get("nhom", "")
    if group in dict(Delegate._meta.get_field("group").choices):
        delegates = delegates.filter(group=group)
    ctx = {"conference": conference, "plan": conference.plan, "delegates": delegates, "group": group,
           "can_manage": _can_manage(request, conference), "form": DelegateForm(conference=conference),
           "rsvp_choices": Delegate._meta.get_field("rsvp").choices}
    ctx.update(_composition_context(conference))
    return render(request, "delegates/conference_detail.html", ctx)


@login_required
def composition(request, pk):
    conference = _conference(request, pk)
    return render(request, "delegates/_composition.html", {"conference": conference, **_composition_context(conference)})


@login_required
def delegate_add(request, pk):
    conference = _conference(request, pk, manage=True)
    form = DelegateForm(request.POST or None, conference=conference)
    if request.method == "POST" and form.is_valid():
        try:
            d = roster.add_delegate(conference, form.save(commit=False), request.user)
        except DomainError as exc:
            form.add_error(exc.field if exc.field in form.fields else None, str(exc))
        else:
            messages.success(request, f"Đã thêm {d.full_name}.")
            return redirect("delegates:detail", conference.pk)
    return render(request, "delegates/delegate_form.html", {"conference": conference, "form": form}, status=400 if form.errors else 200)


@login_required
def delegate_edit(request, pk, did):
    conference = _conference(request, pk, manage=True)
    delegate = _delegate(conference, did)
    form = DelegateForm(request.POST or None, instance=delegate, conference=conference)
    if request.method == "POST" and form.is_valid():
        try:
            roster.update_delegate(form.save(commit=False), request.user)
        except DomainError as exc:
            form.add_error(exc.field if exc.field in form.fields else None, str(exc))
        else:
            messages.success(request, f"Đã lưu {delegate.full_name}.")
            return redirect("delegates:detail", conference.pk)
    return render(request, "delegates/delegate_form.html", {"conference": conference, "form": form, "delegate": delegate},
                  status=400 if form.errors else 200)


@login_required
@require_POST
def delegate_delete(request, pk, did):
    conference = _conference(request, pk, manage=True)
    delegate = _delegate(conference, did)
    roster.remove_delegate(delegate, request.user)
    messages.success(request, f"Đã xóa {delegate.full_name} khỏi danh sách.")
    return redirect("delegates:detail", conference.pk)


@login_required
def import_excel(request, pk):
    conference = _conference(request, pk, manage=True)
    form = ExcelForm(request.POST or None, request.FILES or None)
    if request.method == "POST" and form.is_valid():
        try:
            rows = excel.read(form.cleaned_data["file"].read(), conference)
            saved = roster.import_delegates(conference, rows, request.user)
        except (excel.ExcelError, DomainError) as exc:
            for line in str(exc).splitlines():
                form.add_error("file", line)
        else:
            messages.success(request, f"Đã nhập {len(saved)} đại biểu.")
            return redirect("delegates:detail", conference.pk)
    return render(request, "delegates/import.html", {"conference": conference, "form": form}, status=400 if form.errors else 200)


@login_required
def excel_template(request, pk):
    _conference(request, pk, manage=True)
    return file_response(excel.template_bytes(), "Mẫu danh sách đại biểu.xlsx")


@login_required
def allocation(request, pk):
    conference = _conference(request, pk)
    form = AllocationForm(request.POST or None, conference=conference)
    if request.method == "POST":
        if not _can_manage(request, conference):
            raise PermissionDenied("Bạn không được phân bổ đại biểu.")
        if form.is_valid():
            try:
                roster.set_allocation(conference, form.cleaned_data["unit"], form.cleaned_data["seats"], request.user,
                                      form.cleaned_data["note"])
            except DomainError as exc:
                form.add_error("seats", str(exc))
            else:
                messages.success(request, "Đã lưu phân bổ.")
                return redirect("delegates:allocation", conference.pk)
    allocations = conference.allocations.select_related("unit")
    filled = dict(
        conference.delegates.filter(status=Delegate.Status.CONFIRMED, source_unit__isnull=False)
        .values_list("source_unit").annotate(n=Count("pk"))
    )
    rows = fill_status(allocations, filled)
    return render(request, "delegates/allocation.html", {
        "conference": conference, "form": form, "rows": rows, "can_manage": _can_manage(request, conference),
        "total": sum(r["allocation"].seats for r in rows), "filled": sum(r["filled"] for r in rows),
        "limit": roster.limit_of(conference),
    }, status=400 if form.errors else 200)


def _candidates(conference):
    pool = list(conference.delegates.select_related("predecessor"))
    return pool, [
        selection.Candidate(
            key=d.pk, group=d.group, gender=d.gender, minority=d.is_minority, direct_worker=d.direct_worker,
            economic_sector=d.economic_sector, field=d.field, predecessor=d.predecessor.name if d.predecessor_id else "",
            source_unit=d.source_unit_id, priority=d.priority,
        ) for d in pool
    ]


@login_required
def select_view(request, pk):
    conference = _conference(request, pk, manage=True)
    limit = roster.limit_of(conference)
    form = SelectionForm(request.POST or None, initial={"seats": limit})
    ctx = {"conference": conference, "form": form, "limit": limit}
    if request.method == "POST" and request.POST.get("apply"):
        raw = request.POST.getlist("chosen")
        ids = {int(x) for x in raw if x.isdigit()}
        valid = set(conference.delegates.filter(pk__in=ids).values_list("pk", flat=True))
        try:
            if len(ids) != len(set(raw)) or valid != ids:
                raise DomainError(
                    "Đề xuất có người không còn trong danh sách của hội nghị (đã bị xóa hoặc mã không hợp lệ): "
                    "hãy tính lại đề xuất. Danh sách chưa thay đổi."
                )
            changed = roster.apply_selection(conference, valid, request.user)
        except DomainError as exc:
            messages.error(request, str(exc))
            return redirect("delegates:select", conference.pk)
        else:
            messages.success(request, f"Đã áp dụng đề xuất: {len(valid)} đại biểu chính thức ({changed} thay đổi).")
            return redirect("delegates:detail", conference.pk)
    elif request.method == "POST" and form.is_valid():
        seats = form.cleaned_data["seats"]
        if seats > limit:
            form.add_error("seats", f"Tối đa {limit} đại biểu.")
        else:
            pool, candidates = _candidates(conference)
            targets = roster.targets_of(conference)
            allocation = dict(conference.allocations.values_list("unit_id", "seats"))
            req = selection.requirements_for(seats, roster.rules_of(conference), targets, allocation)
            result = selection.select(candidates, req, time_limit=10)
            chosen = set(result.chosen)
            labels = {**roster.labels()}
            ctx.update({
                "result": result, "chosen": [d for d in pool if d.pk in chosen],
                "shortfalls": [(labels.get(s.label.split(":")[-1], s.label), s.amount) for s in result.shortfalls],
                "pool_size": len(pool),
            })
    return render(request, "delegates/selection.html", ctx, status=400 if form.errors else 200)


def _checkin_url(request, conference, d):
    return request.build_absolute_uri(reverse("delegates:checkin_code", args=[conference.pk, d.token]))


@login_required
def invitations_pdf(request, pk):
    conference = _conference(request, pk)
    delegates = list(conference.delegates.filter(status=Delegate.Status.CONFIRMED).order_by("group", "name_folded", "pk"))
    if not delegates:
        messages.error(request, "Chưa có đại biểu chính thức nào để in giấy mời.")
        return redirect("delegates:detail", conference.pk)
    data = documents.invitations_pdf(conference, delegates, lambda d: _checkin_url(request, conference, d))
    return file_response(data, f"Giấy mời - {conference.unit.title_name}.pdf", inline=True)


@login_required
def invitation_pdf(request, pk, did):
    conference = _conference(request, pk)
    d = _delegate(conference, did)
    data = documents.invitations_pdf(conference, [d], lambda x: _checkin_url(request, conference, x))
    return file_response(data, f"Giấy mời - {d.full_name}.pdf", inline=True)


@login_required
@require_POST
def rsvp(request, pk, did):
    conference = _conference(request, pk, manage=True)
    d = _delegate(conference, did)
    form = RsvpForm(request.POST)
    if form.is_valid():
        roster.set_rsvp(d, form.cleaned_data["rsvp"], request.user)
        messages.success(request, f"Đã ghi phản hồi của {d.full_name}: {d.get_rsvp_display().lower()}.")
    else:
        messages.error(request, "Phản hồi không hợp lệ.")
    return redirect("delegates:detail", conference.pk)


def _timetable_ctx(conference):
    plan = conference.plan
    slots = timetable.slots_of(plan)
    rules = roster.rules_of(conference)
    findings = timetable.check(slots, plan.start_time, plan.end_time, rules.session_max_minutes)
    now = timezone.localtime()
    current = timetable.current_slot(slots, plan.conference_date, now)
    return {"slots": slots, "findings": findings, "current": current, "plan": plan}


@login_required
def timetable_view(request, pk):
    conference = _conference(request, pk)
    return render(request, "delegates/timetable.html", {"conference": conference, **_timetable_ctx(conference)})


@login_required
def timetable_pdf(request, pk):
    conference = _conference(request, pk)
    ctx = _timetable_ctx(conference)
    data = documents.timetable_pdf(conference, ctx["slots"])
    return file_response(data, f"Chương trình hội nghị - {conference.unit.title_name}.pdf", inline=True)


@login_required
def checkin_view(request, pk):
    conference = _conference(request, pk, manage=True)
    form = CheckinSearchForm(request.GET or None)
    query = form.cleaned_data["q"].strip() if form.is_valid() else ""
    results, error = [], ""
    if form.is_bound and not form.is_valid():
        error = "Nội dung tìm quá dài (tối đa 200 ký tự): gõ tên đại biểu hoặc quét lại mã QR."
    elif query and checkin.looks_like_code(query):
        token = checkin.parse_token(query)
        d = conference.delegates.filter(token=token).first() if token else None
        if d is None:
            error = "Không đọc được mã QR hoặc mã không thuộc hội nghị này. Hãy tìm theo tên đại biểu."
        else:
            results = [d]
    elif query:
        results = list(checkin.search(conference, query))
        if not results:
            error = f"Không tìm thấy đại biểu nào tên «{query}»."
    ctx = {"conference": conference, "form": form, "query": query, "results": results, "error": error,
           "attendance": checkin.attendance(conference)}
    template = "delegates/_checkin_results.html" if request.htmx else "delegates/checkin.html"
    return render(request, template, ctx)


@login_required
def checkin_code(request, pk, token):
    conference = _conference(request, pk, manage=True)
    d = conference.delegates.filter(token=token).first()
    if d is None:
        raise Http404("Mã QR không thuộc hội nghị này hoặc đại biểu đã bị xóa khỏi danh sách.")
    return render(request, "delegates/checkin.html", {
        "conference": conference, "form": CheckinSearchForm(), "results": [d], "query": "", "scanned": True,
        "attendance": checkin.attendance(conference),
    })


@login_required
@require_POST
def checkin_mark(request, pk, did):
    conference = _conference(request, pk, manage=True)
    d = _delegate(conference, did)
    if request.POST.get("undo"):
        checkin.undo_check_in(d, request.user)
        outcome = checkin.Outcome(d, True, f"Đã hủy điểm danh của {d.full_name}.")
    else:
        outcome = checkin.check_in(d, request.user)
    if request.htmx:
        return render(request, "delegates/_checkin_row.html", {
            "conference": conference, "d": outcome.delegate, "outcome": outcome,
            "attendance": checkin.attendance(conference), "oob": True,
        })
    (messages.success if outcome.ok else messages.warning)(request, outcome.message)
    return redirect(reverse("delegates:checkin", args=[conference.pk]) + f"?q={d.full_name}")


@login_required
def attendance(request, pk):
    conference = _conference(request, pk)
    return render(request, "delegates/_attendance.html", {"conference": conference, "attendance": checkin.attendance(conference)})


# ---- Delegates to the city congress -------------------------------------------------

def _campaign_or_404():
    campaign = congress.congress_campaign()
    if campaign is None:
        raise Http404("Chưa có kế hoạch cấp thành phố.")
    return campaign


@login_required
def congress_view(request):
    campaign = _campaign_or_404()
    if not scope.is_board(request.user):
        units = [u for u in scope.units_with_role(request.user, "unit_officer", "viewer", "council_member") if u.is_reporting_unit]
        if len(units) == 1:
            return redirect("delegates:congress_unit", units[0].code)
        if not units:
            raise PermissionDenied("Trang này dành cho Ban và cán bộ thi đua của đơn vị.")
        return render(request, "delegates/congress_choose.html", {"units": units})
    units = list(Unit.objects.filter(kind__in=UnitKind.reporting_units(), is_active=True).order_by("kind", "name"))
    quotas = {q.unit_id: q for q in CongressQuota.objects.filter(campaign=campaign)}
    subs = {s.unit_id: s for s in CongressSubmission.objects.filter(campaign=campaign).annotate(n=Count("delegates"))}
    rows = [{"unit": u, "quota": quotas.get(u.pk), "submission": subs.get(u.pk)} for u in units]
    summary, findings = congress.city_composition(campaign)
    preview = None
    form = ProportionalForm(request.GET or None) if "total" in request.GET else ProportionalForm()
    if "total" in request.GET and form.is_valid():
        try:
            preview = congress.proportional(units, form.cleaned_data["total"], form.cleaned_data["minimum"])
        except DomainError as exc:
            form.add_error("minimum", str(exc))
    return render(request, "delegates/congress_board.html", {
        "campaign": campaign, "rows": rows, "summary": summary, "findings": findings, "form": form,
        "preview": preview, "title": congress.congress_title(campaign),
        "quota_total": sum(q.seats for q in quotas.values()),
        "submitted": sum(1 for s in subs.values() if s.submitted_at),
    })


@login_required
@require_POST
def congress_quotas(request):
    if not scope.is_board(request.user):
        raise PermissionDenied("Chỉ Ban Thi đua - Khen thưởng phân bổ đại biểu dự Đại hội.")
    campaign = _campaign_or_404()
    units = list(Unit.objects.filter(kind__in=UnitKind.reporting_units(), is_active=True).order_by("kind", "name"))
    try:
        if request.POST.get("mode") == "proportional":
            form = ProportionalForm(request.POST)
            if not form.is_valid():
                messages.error(request, "Tổng số và số tối thiểu phải là số nguyên không âm hợp lý.")
                return redirect("delegates:congress")
            congress.apply_proportional(campaign, units, form.cleaned_data["total"], form.cleaned_data["minimum"], request.user)
            messages.success(request, "Đã phân bổ theo tỷ lệ quy mô (phần dư lớn nhất).")
        else:
            changes = {}
            for u in units:
                raw = request.POST.get(f"seats-{u.pk}", "").strip()
                if raw == "":
                    continue
                if not raw.isdigit() or int(raw) > 1000:
                    messages.error(request, f"{u.title_name}: số đại biểu «{raw[:20]}» không hợp lệ (0–1000). Chưa lưu gì.")
                    return redirect("delegates:congress")
                changes[u] = int(raw)
            congress.set_quotas(campaign, changes, request.user)
            messages.success(request, f"Đã lưu chỉ tiêu của {len(changes)} đơn vị.")
    except DomainError as exc:
        messages.error(request, str(exc))
    return redirect("delegates:congress")


def _unit_for_congress(request, code, manage=False):
    unit = unit_or_404(request.user, code)
    if not unit.is_reporting_unit:
        raise Http404("Không tìm thấy đơn vị, hoặc đơn vị không thuộc phạm vi của bạn.")
    if manage and not scope.can_manage_unit(request.user, unit):
        raise PermissionDenied("Bạn không được sửa danh sách đại biểu dự Đại hội của đơn vị này.")
    return unit


@login_required
def congress_unit(request, code):
    campaign = _campaign_or_404()
    unit = _unit_for_congress(request, code)
    can_manage = scope.can_manage_unit(request.user, unit)
    sub = CongressSubmission.objects.filter(campaign=campaign, unit=unit).first()
    if request.method == "POST":
        if not can_manage:
            raise PermissionDenied("Bạn không được sửa danh sách đại biểu dự Đại hội.")
        sub = sub or congress.submission_for(campaign, unit, request.user)
        action = request.POST.get("action")
        try:
            if action == "add":
                ids = {int(x) for x in request.POST.getlist("delegate") if x.isdigit()}
                chosen = list(congress.exemplars_of(unit, campaign).filter(pk__in=ids).order_by("name_folded", "pk"))
                if len(chosen) != len(ids):
                    raise DomainError(
                        "Chỉ chọn được đại biểu điển hình tiên tiến chính thức của đơn vị. Chưa thêm ai."
                    )
                added = congress.add_many(sub, chosen, request.user)
                messages.success(request, f"Đã thêm {len(added)} đại biểu.")
            elif action == "approve":
                form = ApprovalForm(request.POST)
                if not form.is_valid():
                    raise DomainError("; ".join(e for errs in form.errors.values() for e in errs))
                congress.approve(sub, form.cleaned_data["approved_on"], request.user, form.cleaned_data["note"])
                messages.success(request, "Đã ghi nhận Hội nghị thông qua danh sách.")
            elif action == "submit":
                congress.submit(sub, request.user)
                messages.success(request, "Đã gửi danh sách lên Ban Thi đua - Khen thưởng.")
            elif action == "reopen" and scope.is_board(request.user):
                congress.reopen(sub, request.user)
                messages.success(request, "Đã trả lại danh sách để đơn vị sửa.")
        except DomainError as exc:
            messages.error(request, str(exc))
        return redirect("delegates:congress_unit", unit.code)
    entries = list(sub.delegates.all()) if sub else []
    chosen = {e.delegate_id for e in entries}
    exemplars = [d for d in congress.exemplars_of(unit, campaign).order_by("name_folded") if d.pk not in chosen]
    people = [congress.person(e) for e in entries]
    from thidua.campaigns.domain.rules import rules_for
    from thidua.delegates.domain import composition

    summary, findings = composition.check(people, rules_for(campaign), composition.Targets(limit=congress.quota_of(campaign, unit) or 10**6),
                                          roster.labels())
    findings = [f for f in findings if not f.code.startswith("exemplar_share")]
    if sub:
        findings = congress.approval_findings(sub) + findings
    return render(request, "delegates/congress_unit.html", {
        "campaign": campaign, "unit": unit, "submission": sub, "entries": entries, "exemplars": exemplars,
        "quota": congress.quota_of(campaign, unit), "can_manage": can_manage, "findings": findings, "summary": summary,
        "approval_form": ApprovalForm(initial={"approved_on": timezone.localdate()}), "title": congress.congress_title(campaign),
        "is_board": scope.is_board(request.user),
    })


def _entry(request, code, eid):
    campaign = _campaign_or_404()
    unit = _unit_for_congress(request, code, manage=True)
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
            congress.update_entry(form.save(commit=False), request.user)
        except DomainError as exc:
            form.add_error(None, str(exc))
        else:
            messages.success(request, f"Đã lưu trích ngang của {entry.full_name}.")
            return redirect("delegates:congress_unit", unit.code)
    return render(request, "delegates/congress_entry_form.html", {"unit": unit, "entry": entry, "form": form},
                  status=400 if form.errors else 200)


@login_required
@require_POST
def congress_remove(request, code, eid):
    unit, entry = _entry(request, code, eid)
    try:
        congress.remove_entry(entry, request.user)
        messages.success(request, f"Đã bỏ {entry.full_name} khỏi danh sách.")
    except DomainError as exc:
        messages.error(request, str(exc))
    return redirect("delegates:congress_unit", unit.code)


def _export(fmt, unit, title, entries, summary, with_unit, filename):
    if fmt not in ("xlsx", "docx"):
        raise Http404("Chỉ xuất được tệp .xlsx hoặc .docx.")
    subtitle = f"(Kèm theo danh sách của {unit.title_name})" if not with_unit else "(Tổng hợp từ danh sách các đơn vị đã gửi)"
    if fmt == "xlsx":
        return file_response(documents.congress_xlsx(f"Danh sách và trích ngang thành tích đại biểu dự {title}", subtitle,
                                                     entries, summary, with_unit), f"{filename}.xlsx")
    return file_response(documents.congress_docx(unit, title, subtitle, entries, summary, with_unit), f"{filename}.docx")


@login_required
def congress_export(request, code, fmt):
    campaign = _campaign_or_404()
    unit = _unit_for_congress(request, code)
    sub = CongressSubmission.objects.filter(campaign=campaign, unit=unit).first()
    entries = list(sub.delegates.select_related("submission__unit")) if sub else []
    from thidua.campaigns.domain.rules import rules_for
    from thidua.delegates.domain import composition

    summary = composition.summarise([congress.person(e) for e in entries], rules_for(campaign))
    title = congress.congress_title(campaign)
    return _export(fmt, unit, title, entries, summary, False, f"Danh sách đại biểu dự Đại hội - {unit.title_name}")


@login_required
def congress_city_export(request, fmt):
    if not scope.is_board(request.user):
        raise PermissionDenied("Chỉ Ban Thi đua - Khen thưởng xuất danh sách toàn thành phố.")
    campaign = _campaign_or_404()
    entries = list(congress.city_entries(campaign))
    summary, _ = congress.city_composition(campaign, entries)
    board = Unit.objects.filter(kind=UnitKind.BOARD).first() or campaign.issuer
    return _export(fmt, board, congress.congress_title(campaign), entries, summary, True,
                   "Danh sách đại biểu dự Đại hội - toàn thành phố")


@login_required
def from_nominees(request, pk):
    from thidua.honors.models import Nominee

    conference = _conference(request, pk, manage=True)
    nominees = (
        Nominee.objects.filter(unit__path__startswith=conference.unit.path)
        .exclude(delegate_entries__conference=conference).select_related("unit", "workplace").order_by("full_name")
    )
    if request.method == "POST":
        ids = [int(x) for x in request.POST.getlist("nominee") if x.isdigit()]
        added, skipped = roster.add_from_nominees(conference, list(nominees.filter(pk__in=ids)), request.user)
        messages.success(request, f"Đã thêm {len(added)} người vào danh sách đề cử.")
        if skipped:
            messages.warning(request, "Đã có trong danh sách, bỏ qua: " + ", ".join(skipped) + ".")
        return redirect("delegates:detail", conference.pk)
    return render(request, "delegates/from_nominees.html", {"conference": conference, "nominees": nominees})
