"""Thin views of the Board's desk: progress, reminders, results reports, the city picture."""
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.db.models import F
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import NoReverseMatch, reverse

from thidua.accounts.domain import scope
from thidua.accounts.interfaces.lookup import unit_or_404
from thidua.accounts.models import Role
from thidua.campaigns.domain.current import current_campaign
from thidua.common import clock, rows
from thidua.common.collation import vi_order
from thidua.common.errors import DomainError
from thidua.common.text import short_date, slugify_vi
from thidua.common.web import post_only, show_error
from thidua.documents.interfaces.responses import file_response
from thidua.reports.domain import prefill
from thidua.reports.domain import results as results_domain
from thidua.reports.domain.progress import MILESTONES, SORTS, progress_rows, reporting_units
from thidua.reports.domain.reminders import mark_read, send_manual_reminder
from thidua.reports.domain.stats import picture
from thidua.reports.interfaces import charts, exports
from thidua.reports.interfaces.forms import (
    AwardFormSet,
    CongressDelegateFormSet,
    DecisionForm,
    PresentationFormSet,
    ReminderForm,
    ResultsReportForm,
    seeded,
)
from thidua.reports.models import Reminder, ResultsReport
from thidua.units.models import Unit, UnitKind

KIND_CHOICES = [(k.value, k.label) for k in (UnitKind.COMMUNE, UnitKind.WARD, UnitKind.SPECIAL_ZONE, UnitKind.DEPARTMENT)]


def _require(user, perm, obj=None):
    if not user.has_perm(perm, obj):
        raise PermissionDenied


def _campaign(request):
    campaign = current_campaign(request.GET.get("dot") or None)
    if campaign is None:
        raise Http404("Chưa có kế hoạch cấp trên đang triển khai.")
    return campaign


def _visible_unit(user, code):
    return unit_or_404(user, code)


def _url(name, *args):
    """A page of another app, when it exists."""
    try:
        return reverse(name, args=args)
    except NoReverseMatch:
        return None


def _today(request):
    return clock.today()


# --- progress board -------------------------------------------------------------------


def _board_rows(request, campaign):
    kind = request.GET.get("loai", "")
    sort = request.GET.get("sap-xep", "cham")
    units = reporting_units(scope.visible_units(request.user), kind)
    return progress_rows(units, campaign, today=_today(request), sort=sort), kind, sort


@login_required
def board(request):
    _require(request.user, "reports.view_progress")
    campaign = _campaign(request)
    rows, kind, sort = _board_rows(request, campaign)
    late = sum(1 for r in rows if r.lateness)
    return render(request, "reports/board.html", {
        "campaign": campaign, "rows": rows, "milestones": MILESTONES, "kind": kind, "kinds": KIND_CHOICES,
        "sort": sort, "sorts": [(k, v[0]) for k, v in SORTS.items()], "late_count": late, "today": _today(request),
    })


@login_required
def board_xlsx(request):
    _require(request.user, "reports.view_progress")
    campaign = _campaign(request)
    rows, _kind, _sort = _board_rows(request, campaign)
    data = exports.progress_xlsx(rows, campaign, _today(request))
    return file_response(data, f"Tiến độ các đơn vị {short_date(_today(request)).replace('/', '-')}.xlsx")


@login_required
def unit_progress(request, code):
    unit = _visible_unit(request.user, code)
    _require(request.user, "reports.view_unit_progress", unit)
    if not unit.is_reporting_unit:
        raise Http404("Đơn vị này không báo cáo trực tiếp về Ban Thi đua - Khen thưởng.")
    campaign = _campaign(request)
    row = progress_rows([unit], campaign, today=_today(request))[0]
    reminders = Reminder.objects.filter(unit=unit).select_related("sent_by")[:20]
    links = {
        "plan": _url("plans:detail", row.facts.plan_id) if row.facts.plan_id else None,
        "findings": _url("plans:findings", row.facts.plan_id) if row.facts.plan_id else None,
        "nominations": (
            f"{_url('honors:nominations')}?ke-hoach={row.facts.plan_id}" if row.facts.plan_id and _url("honors:nominations")
            else None
        ),
        "delegates": _url("delegates:congress_unit", unit.code),
        "report": reverse("reports:report_detail", args=[row.facts.report_id]) if row.facts.report_id else None,
    }
    return render(request, "reports/unit_progress.html", {
        "unit": unit, "campaign": campaign, "row": row, "milestones": MILESTONES, "reminders": reminders,
        "links": links, "is_board": request.user.has_perm("reports.send_reminder", unit), "form": ReminderForm(),
    })


# --- reminders ------------------------------------------------------------------------


@login_required
def remind(request, code):
    _require(request.user, "reports.send_reminder")
    unit = _visible_unit(request.user, code)
    _require(request.user, "reports.send_reminder", unit)
    campaign = current_campaign()
    form = ReminderForm(request.POST or None, initial={
        "subject": f"Nhắc việc: {campaign.title[:150]}" if campaign else "Nhắc việc",
    })
    if request.method == "POST" and form.is_valid():
        try:
            reminder = send_manual_reminder(
                unit, form.cleaned_data["subject"], form.cleaned_data["body"], request.user, campaign=campaign
            )
        except DomainError as exc:
            show_error(request, exc, form)
        else:
            messages.success(request, f"Đã gửi nhắc việc tới {unit.display_name}.")
            if reminder.email_failed:
                messages.warning(
                    request, "Nhắc việc đã vào hộp thư của đơn vị trên hệ thống, nhưng chưa gửi được e-mail "
                    "(máy chủ thư không trả lời)."
                )
            return redirect("reports:unit_progress", code=unit.code)
    return render(request, "reports/remind.html", {"unit": unit, "form": form}, status=400 if form.errors else 200)


def _inbox_units(user):
    return scope.units_with_role(user, Role.UNIT_OFFICER)


def _inbox_queryset(user):
    return scope.scope_queryset(Reminder.objects.all(), user, roles=[Role.UNIT_OFFICER]).select_related("unit", "sent_by")


def inbox_panel(request):
    """Home-page panel of unit officers: unread reminders first."""
    reminders = list(_inbox_queryset(request.user).order_by(F("read_at").asc(nulls_first=True), "-created_at", "-id")[:5])
    unread = _inbox_queryset(request.user).filter(read_at__isnull=True).count()
    return {"reminders": reminders, "unread": unread}


def board_panel(request):
    """Home-page panel of the Board: links to the desk."""
    campaign = current_campaign()
    if campaign is None:
        return None
    return {"campaign": campaign}


@login_required
def inbox(request):
    _require(request.user, "reports.view_inbox")
    reminders = _inbox_queryset(request.user)[:200]
    return render(request, "reports/inbox.html", {"reminders": reminders})


@login_required
@post_only
def reminder_read(request, pk):
    reminder = get_object_or_404(_inbox_queryset(request.user), pk=pk)
    _require(request.user, "reports.read_reminder_obj", reminder)
    mark_read(reminder, request.user)
    if request.htmx:
        return render(request, "reports/_reminder_item.html", {"reminder": reminder})
    return redirect("reports:inbox")


# --- results reports ------------------------------------------------------------------


def _reports(user):
    return scope.scope_queryset(ResultsReport.objects.all(), user).select_related("unit", "campaign")


@login_required
def report_list(request):
    _require(request.user, "reports.view_results_reports")
    reports = _reports(request.user).order_by(vi_order("unit__name"))
    status = request.GET.get("trang-thai", "")
    if status:
        reports = reports.filter(status=status)
    officer_units = [u for u in _inbox_units(request.user) if u.is_reporting_unit]
    return render(request, "reports/report_list.html", {
        "reports": reports[:500], "status": status, "statuses": ResultsReport._meta.get_field("status").choices,
        "officer_units": officer_units,
    })


def _officer_unit(request, code):
    """The reporting unit ``code`` the user is a unit officer of (404 outside their scope, else 403)."""
    unit = _visible_unit(request.user, code)
    if not unit.is_reporting_unit:
        raise Http404("Chỉ xã, phường, đặc khu, sở, ngành gửi báo cáo kết quả.")
    _require(request.user, "reports.write_results_report", unit)
    return unit


@login_required
def report_edit(request, code):
    unit = _officer_unit(request, code)
    campaign = _campaign(request)
    report = ResultsReport.objects.filter(unit=unit, campaign=campaign).first() or ResultsReport(unit=unit, campaign=campaign)
    if report.pk and not report.is_editable:
        messages.info(request, "Báo cáo đã gửi, không sửa được nữa.")
        return redirect("reports:report_detail", pk=report.pk)
    data = request.POST if request.method == "POST" else None
    files = request.FILES if request.method == "POST" else None
    figures = None
    if report.pk is None and data is None:
        # A new report opens with the figures the system holds; the officer checks and saves.
        figures = prefill.figures_for(unit, campaign, _today(request))
        prefill.fill(report, figures)
    form = ResultsReportForm(data, files, instance=report, today=_today(request))
    if figures is not None:
        formsets = {
            "awards": seeded(AwardFormSet, figures.awards, instance=report, prefix="awards"),
            "presentations": seeded(PresentationFormSet, figures.presentations, instance=report, prefix="presentations"),
            "delegates": seeded(CongressDelegateFormSet, figures.congress, instance=report, prefix="delegates"),
        }
    else:
        formsets = {
            "awards": AwardFormSet(data, instance=report, prefix="awards"),
            "presentations": PresentationFormSet(data, instance=report, prefix="presentations"),
            "delegates": CongressDelegateFormSet(data, instance=report, prefix="delegates"),
        }
    if request.method == "POST":
        if form.is_valid() and all(fs.is_valid() for fs in formsets.values()):
            try:
                report = results_domain.save_draft(
                    report, request.user, form.values(), awards=rows.from_formset(formsets["awards"]),
                    presentations=rows.from_formset(formsets["presentations"]),
                    delegates=rows.from_formset(formsets["delegates"]),
                )
            except DomainError as exc:  # sent or started elsewhere meanwhile: open what is stored now
                show_error(request, exc)
                return redirect("reports:report_edit", code=unit.code)
            messages.success(request, "Đã lưu báo cáo kết quả.")
            return redirect("reports:report_detail", pk=report.pk)
        messages.error(request, "Chưa lưu được: vui lòng sửa các lỗi được đánh dấu.")
    return render(request, "reports/report_form.html", {
        "unit": unit, "campaign": campaign, "report": report, "form": form, "formsets": formsets, "figures": figures,
    }, status=400 if request.method == "POST" else 200)


@login_required
@post_only
def report_prefill(request, code):
    """"Lấy số liệu từ hệ thống": fill the unit's report (starting it if needed), then back to the form."""
    unit = _officer_unit(request, code)
    campaign = _campaign(request)
    report = ResultsReport.objects.filter(unit=unit, campaign=campaign).first()
    try:
        if report is None:
            report, figures, found = prefill.start(unit, campaign, request.user, today=_today(request))
        else:
            figures, found = prefill.refresh(report, request.user, today=_today(request))
    except DomainError as exc:
        show_error(request, exc)
        return redirect("reports:report_detail", pk=report.pk)
    if found:
        messages.success(request, "Đã lấy số liệu từ hệ thống: " + "; ".join(found) + ". Kiểm tra lại và sửa nếu cần.")
    else:
        messages.info(request, "Hệ thống chưa có số liệu nào của đơn vị cho báo cáo này.")
    for note in figures.notes:
        messages.info(request, note)
    return redirect("reports:report_edit", code=unit.code)


@login_required
def report_detail(request, pk):
    report = get_object_or_404(_reports(request.user).prefetch_related("awards", "presentations", "congress_delegates"), pk=pk)
    _require(request.user, "reports.view_results_report_obj", report)
    can_edit = report.is_editable and request.user.has_perm("reports.change_results_report_obj", report)
    return render(request, "reports/report_detail.html", {
        "report": report, "can_edit": can_edit, "is_board": request.user.has_perm("reports.decide_results_report", report),
        "problems": results_domain.submission_problems(report, _today(request)) if can_edit else [],
        "decision_form": DecisionForm(),
    })


@login_required
@post_only
def report_submit(request, pk):
    report = get_object_or_404(_reports(request.user), pk=pk)
    _require(request.user, "reports.change_results_report_obj", report)
    try:
        results_domain.submit(report, request.user, today=_today(request))
    except DomainError as exc:
        show_error(request, exc)
    else:
        messages.success(request, "Đã gửi báo cáo kết quả về Ban Thi đua - Khen thưởng thành phố.")
    return redirect("reports:report_detail", pk=report.pk)


@login_required
@post_only
def report_decide(request, pk):
    _require(request.user, "reports.decide_results_report")
    report = get_object_or_404(_reports(request.user), pk=pk)
    _require(request.user, "reports.decide_results_report", report)
    form = DecisionForm(request.POST)
    if not form.is_valid():
        messages.error(request, "Quyết định không hợp lệ.")
        return redirect("reports:report_detail", pk=report.pk)
    try:
        if form.cleaned_data["decision"] == "accept":
            results_domain.accept(report, request.user, form.cleaned_data["comment"])
            messages.success(request, "Đã chấp thuận báo cáo.")
        else:
            results_domain.return_to_unit(report, request.user, form.cleaned_data["comment"])
            messages.success(request, "Đã trả lại báo cáo cho đơn vị.")
    except DomainError as exc:
        show_error(request, exc)
    return redirect("reports:report_detail", pk=report.pk)


@login_required
def report_file(request, pk):
    report = get_object_or_404(_reports(request.user), pk=pk)
    _require(request.user, "reports.view_results_report_obj", report)
    if not report.summary_file:
        raise Http404("Báo cáo chưa có tệp báo cáo tổng kết.")
    with report.summary_file.open("rb") as handle:
        data = handle.read()
    name = report.summary_file_name or report.summary_file.name.rsplit("/", 1)[-1]
    return file_response(data, name)


# --- 5-year summary skeleton ------------------------------------------------------------


@login_required
def summary_docx(request, code):
    unit = _visible_unit(request.user, code)
    _require(request.user, "reports.view_unit_summary", unit)
    if not unit.is_reporting_unit:
        raise Http404("Chỉ xã, phường, đặc khu, sở, ngành có báo cáo tổng kết gửi thành phố.")
    campaign = _campaign(request)
    report = ResultsReport.objects.filter(unit=unit, campaign=campaign).prefetch_related("presentations").first()
    # The unit's own figures count even before the report is sent: it is the unit's draft.
    p = picture(Unit.objects.filter(pk=unit.pk), campaign, include_drafts=True)
    data = exports.summary_docx(campaign, p, unit=unit, predecessors=list(unit.predecessors.all()), report=report,
                                today=_today(request))
    return file_response(data, f"Báo cáo tổng kết 2020-2025 {unit.display_name}.docx")


@login_required
def city_summary_docx(request):
    _require(request.user, "reports.view_city_picture")
    campaign = _campaign(request)
    p = picture(reporting_units(Unit.objects.all()), campaign)
    data = exports.summary_docx(campaign, p, unit=None, today=_today(request))
    return file_response(data, "Báo cáo tổng kết 2020-2025 thành phố.docx")


# --- the city picture -------------------------------------------------------------------


def _picture(request):
    _require(request.user, "reports.view_city_picture")
    campaign = _campaign(request)
    kind = request.GET.get("loai", "")
    units = reporting_units(scope.visible_units(request.user), kind)
    label = dict(KIND_CHOICES).get(kind, "mọi loại đơn vị")
    return campaign, kind, label, picture(units, campaign)


@login_required
def city(request):
    campaign, kind, label, p = _picture(request)
    chart_kinds = charts.bar_chart(
        [(f"{name}: đã tổ chức", held) for name, _n, held, _s in p.by_kind], "Số đơn vị đã tổ chức hội nghị, theo loại"
    )
    chart_forms = charts.bar_chart([(row[0], row[4]) for row in p.awards_by_form], "Khen thưởng theo hình thức")
    chart_shares = charts.share_bars(
        [("Nữ", p.share_women), ("Trực tiếp lao động, sản xuất", p.share_direct),
         ("Công nhân, nông dân", p.share_workers_farmers), ("Dân tộc thiểu số", p.share_ethnic)],
        "Tỷ lệ trong số điển hình được khen thưởng",
    )
    return render(request, "reports/city.html", {
        "campaign": campaign, "kind": kind, "kinds": KIND_CHOICES, "label": label, "p": p,
        "rows": exports.picture_rows(p), "charts": [chart_kinds, chart_forms, chart_shares],
    })


@login_required
def city_xlsx(request):
    campaign, _kind, label, p = _picture(request)
    return file_response(exports.picture_xlsx(p, campaign, label), f"Toàn cảnh thành phố {slugify_vi(label)}.xlsx")
