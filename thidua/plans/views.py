"""Thin views over the plans domain: every query scoped by unit (another unit's plan is a
404), every action checked with django-rules (a role without the right gets a 403)."""
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.shortcuts import redirect, render

from thidua.accounts.domain import scope
from thidua.accounts.interfaces.lookup import scoped_or_404
from thidua.accounts.models import Role
from thidua.campaigns.domain.current import city_campaigns
from thidua.campaigns.domain.rules import rules_for
from thidua.campaigns.models import Campaign
from thidua.common.errors import DomainError
from thidua.common.web import post_only, show_error
from thidua.documents.interfaces.responses import file_response
from thidua.plans.domain import editing, workflow
from thidua.plans.domain.builder import new_plan_from_parent
from thidua.plans.domain.compliance import check, summary
from thidua.plans.domain.facts import facts_from_parts
from thidua.plans.domain.service import findings_for, plans_with_findings, with_related
from thidua.plans.interfaces import documents
from thidua.plans.interfaces.forms import (
    PLAN_GROUPS,
    AgendaFormSet,
    AwardFormSet,
    CreateForm,
    PlanForm,
    ReviewForm,
    TaskFormSet,
)
from thidua.plans.models import Plan, PlanStatus
from thidua.units.models import Unit


def _scoped(user):
    return scope.scope_queryset(Plan.objects.all(), user)


def _get_plan(request, pk, perm="plans.view_plan_obj"):
    """The plan ``pk`` within the user's units (404 otherwise), if ``perm`` allows (403 otherwise)."""
    plan = scoped_or_404(with_related(), request.user, "kế hoạch", pk=pk)
    _require(request.user, perm, plan)
    return plan


def _require(user, perm, plan=None):
    if not user.has_perm(perm, plan):
        raise PermissionDenied


@login_required
def plan_list(request):
    _require(request.user, "plans.view_plans")
    plans = with_related(_scoped(request.user)).order_by("unit__path", "-created_at")
    status = request.GET.get("trang-thai", "")
    if status in PlanStatus.values:
        plans = plans.filter(status=status)
    page = Paginator(plans, 50).get_page(request.GET.get("trang"))
    rows = [{"plan": plan, "summary": summary(findings), "findings": findings}
            for plan, findings in plans_with_findings(page.object_list)]
    return render(request, "plans/plan_list.html", {
        "page": page, "rows": rows, "status": status, "statuses": PlanStatus.choices,
        "is_board": request.user.has_perm("plans.review_plan_obj"), "can_create": request.user.has_perm("plans.create_plan"),
    })


@login_required
def plan_create(request):
    _require(request.user, "plans.create_plan")
    units = Unit.objects.filter(
        pk__in=[u.pk for u in scope.units_with_role(request.user, Role.UNIT_OFFICER) if u.is_reporting_unit])
    campaigns = city_campaigns().filter(status=Campaign.Status.ACTIVE)
    form = CreateForm(request.POST or None, campaigns=campaigns, units=units)
    if request.method == "POST" and form.is_valid():
        unit, campaign = form.cleaned_data["unit"], form.cleaned_data["campaign"]
        try:
            plan = new_plan_from_parent(unit, campaign, request.user)
        except DomainError as exc:  # the unit already has its plan: open it
            messages.warning(request, exc.message)
            existing = Plan.objects.filter(unit=unit, campaign=campaign).order_by("created_at", "pk").first()
            return redirect("plans:detail", pk=existing.pk) if existing else redirect("plans:list")
        messages.success(request, "Đã tạo kế hoạch theo kế hoạch cấp trên: tên hội nghị, 9 mục chương trình, giới "
                                  "hạn đại biểu và thời hạn đã điền sẵn. Hãy nhập ngày tổ chức và phần riêng của đơn vị.")
        return redirect("plans:edit", pk=plan.pk)
    return render(request, "plans/plan_create.html", {"form": form})


@login_required
def plan_detail(request, pk):
    return _render_detail(request, _get_plan(request, pk))


def _render_detail(request, plan, review_form=None, status=200):
    findings = findings_for(plan)
    events = plan.events.select_related("actor").order_by("at", "pk")
    errors = sum(f.severity == "error" for f in findings)
    return render(request, "plans/plan_detail.html", {
        "plan": plan, "findings": findings, "summary": summary(findings), "events": events,
        "can_edit": request.user.has_perm("plans.change_plan_obj", plan) and workflow.is_editable(plan),
        "can_submit": request.user.has_perm("plans.submit_plan_obj", plan)
        and plan.status in (PlanStatus.DRAFT, PlanStatus.RETURNED),
        "can_review": request.user.has_perm("plans.review_plan_obj", plan) and plan.status == PlanStatus.SUBMITTED,
        "review_form": review_form or ReviewForm(error_count=errors),
        "agenda": sorted(plan.agenda_items.all(), key=lambda i: i.order),
        "categories": sorted(plan.award_categories.all(), key=lambda c: c.order),
        "tasks": sorted(plan.tasks.all(), key=lambda t: t.order),
    }, status=status)


def _bind(request, plan):
    data = request.POST if request.method == "POST" else None
    units = Unit.objects.filter(path__startswith=plan.unit.path).exclude(pk=plan.unit_id).order_by("path")
    rules = rules_for(plan.campaign)
    choices = [(a.key, f"{a.order}. {a.title}") for a in rules.agenda]
    form = PlanForm(data, instance=plan)
    agenda = AgendaFormSet(data, instance=plan, prefix="agenda", form_kwargs={"agenda_choices": choices})
    awards = AwardFormSet(data, instance=plan, prefix="awards", form_kwargs={"units": units})
    tasks = TaskFormSet(data, instance=plan, prefix="tasks", form_kwargs={"units": units})
    return form, agenda, awards, tasks, rules


@login_required
def plan_edit(request, pk):
    plan = _get_plan(request, pk, "plans.change_plan_obj")
    if not workflow.is_editable(plan):
        messages.warning(request, f"Kế hoạch đang ở trạng thái “{plan.get_status_display()}”, không sửa được.")
        return redirect("plans:detail", pk=plan.pk)
    form, agenda, awards, tasks, rules = _bind(request, plan)
    if request.method == "POST":
        valid = all([form.is_valid(), agenda.is_valid(), awards.is_valid(), tasks.is_valid()])
        if valid:
            try:
                editing.save_plan(plan, request.user, form.values(), agenda=agenda.changes(), awards=awards.changes(),
                                  tasks=tasks.changes(), seen_version=form.cleaned_data.get("seen_version") or None)
            except DomainError as exc:  # what the officer typed stays on the page
                show_error(request, exc, form)
            else:
                messages.success(request, "Đã lưu kế hoạch.")
                return redirect("plans:detail", pk=plan.pk)
        else:
            messages.error(request, "Chưa lưu: có ô nhập chưa hợp lệ, xem thông báo ngay dưới từng ô.")
        plan = Plan.objects.get(pk=plan.pk)  # nothing saved; findings of the stored plan
    findings = findings_for(_get_plan(request, pk, "plans.change_plan_obj"), rules)
    groups = [(title, [form[name] for name in names]) for title, names in PLAN_GROUPS]
    return render(request, "plans/plan_edit.html", {
        "plan": plan, "form": form, "groups": groups, "agenda": agenda, "awards": awards, "tasks": tasks,
        "findings": findings, "rules": rules,
    })


def _unsaved_rows(formset):
    rows = []
    for form in formset.ordered_forms():
        if form.errors:
            continue
        rows.append(form.instance)
    return rows


@login_required
@post_only
def plan_findings(request, pk):
    """Findings of the plan as being edited (nothing saved): the htmx live check."""
    plan = _get_plan(request, pk, "plans.change_plan_obj")
    form, agenda, awards, tasks, rules = _bind(request, plan)
    form.is_valid()
    for formset in (agenda, awards, tasks):
        formset.is_valid()
    facts = facts_from_parts(form.instance, _unsaved_rows(agenda), _unsaved_rows(awards), _unsaved_rows(tasks))
    findings = check(facts, rules)
    invalid = bool(form.errors) or any(f.errors for fs in (agenda, awards, tasks) for f in fs.forms)
    return render(request, "plans/_findings.html", {"findings": findings, "live": True, "invalid": invalid})


@login_required
@post_only
def plan_submit(request, pk):
    plan = _get_plan(request, pk, "plans.submit_plan_obj")
    try:
        if plan.status == PlanStatus.RETURNED:
            workflow.resubmit(plan, request.user)
            messages.success(request, "Đã gửi lại kế hoạch cho Ban Thi đua - Khen thưởng.")
        else:
            workflow.submit(plan, request.user)
            messages.success(request, "Đã gửi kế hoạch cho Ban Thi đua - Khen thưởng.")
    except DomainError as exc:
        show_error(request, exc)
    return redirect("plans:detail", pk=plan.pk)


@login_required
@post_only
def plan_review(request, pk):
    plan = _get_plan(request, pk, "plans.review_plan_obj")
    errors = sum(f.severity == "error" for f in findings_for(plan))
    form = ReviewForm(request.POST, error_count=errors)
    action = request.POST.get("action")
    if action not in ("accept", "return"):
        messages.error(request, "Thao tác không hợp lệ.")
        return redirect("plans:detail", pk=plan.pk)
    if not form.is_valid():
        return _render_detail(request, plan, form, status=400)
    try:
        if action == "accept":
            workflow.accept(plan, request.user, form.cleaned_data["comment"],
                            despite_errors=form.cleaned_data.get("despite_errors", False))
            messages.success(request, "Đã chấp thuận kế hoạch.")
        else:
            workflow.return_with_comment(plan, request.user, form.cleaned_data["comment"])
            messages.success(request, "Đã trả lại kế hoạch kèm ý kiến cho đơn vị.")
    except DomainError as exc:
        show_error(request, exc, form)
        return _render_detail(request, plan, form, status=400)
    return redirect("plans:detail", pk=plan.pk)


def _file_name(plan, kind, ext):
    return f"{kind} {plan.unit.title_name}.{ext}"


@login_required
def plan_docx_view(request, pk):
    plan = _get_plan(request, pk)
    return file_response(documents.plan_docx(plan), _file_name(plan, "Kế hoạch hội nghị", "docx"))


@login_required
def plan_pdf_view(request, pk):
    plan = _get_plan(request, pk)
    return file_response(documents.plan_pdf(plan), _file_name(plan, "Kế hoạch hội nghị", "pdf"), inline=True)


@login_required
def plan_banner_view(request, pk):
    plan = _get_plan(request, pk)
    return file_response(documents.banner_pdf(plan), _file_name(plan, "Tiêu đề hội nghị", "pdf"), inline=True)
