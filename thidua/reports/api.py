"""JSON API of the Board's desk: progress against the milestones and the results reports.

Mounted at /api/reports/. Scoped exactly like the UI: the progress of every unit is the
Board's (403 for others); one unit's progress and reports answer 404 outside one's units.
"""
from datetime import date, datetime

from django.shortcuts import get_object_or_404
from ninja import Router, Schema
from ninja.errors import HttpError

from thidua.accounts.domain import scope
from thidua.campaigns.domain.current import current_campaign
from thidua.common.collation import vi_order
from thidua.reports.domain.progress import progress_rows, reporting_units
from thidua.reports.domain.stats import picture as city_picture
from thidua.reports.models import ResultsReport

router = Router(tags=["Tiến độ và báo cáo kết quả"])


class CellOut(Schema):
    milestone: str
    status: str
    label: str
    day: date | None
    due: date | None
    note: str


class FindingOut(Schema):
    code: str
    severity: str
    field: str
    message: str


class ProgressOut(Schema):
    unit_code: str
    unit_name: str
    unit_kind: str
    plan_status: str
    report_status: str
    cells: list[CellOut]
    findings: list[FindingOut]


class AwardOut(Schema):
    form: str
    form_label: str
    target: str
    count: int
    women: int
    direct_workers: int
    workers_farmers: int
    ethnic_minorities: int


class DelegateOut(Schema):
    full_name: str
    position: str
    is_woman: bool
    is_ethnic_minority: bool
    is_direct_worker: bool
    summary: str


class ReportOut(Schema):
    id: int
    unit_code: str
    unit_name: str
    campaign: str
    status: str
    held_on: date | None
    submitted_at: datetime | None
    attended_total: int
    attended_women: int
    awards: list[AwardOut] = []
    congress_delegates: list[DelegateOut] = []


class AwardFormRowOut(Schema):
    form: str
    collective: int
    individual: int
    household: int
    total: int


class AwardYearRowOut(Schema):
    form: str
    per_year: list[int]
    total: int


class KindRowOut(Schema):
    kind: str
    units: int
    conferences_held: int
    reports_sent: int


class PictureOut(Schema):
    campaign: str
    kind: str
    units_total: int
    conferences_held: int
    reports_sent: int
    reports_accepted: int
    attended: int
    attended_women: int
    attended_ethnic_minorities: int
    attended_direct_workers: int
    exemplars_honoured: int
    awards_women: int
    awards_direct_workers: int
    awards_workers_farmers: int
    awards_ethnic_minorities: int
    share_women_pct: float | None  # percent of exemplars honoured; None when there are none
    share_direct_workers_pct: float | None  # percent of exemplars honoured; None when there are none
    share_workers_farmers_pct: float | None  # percent of exemplars honoured; None when there are none
    share_ethnic_minorities_pct: float | None  # percent of exemplars honoured; None when there are none
    congress_delegates: int
    congress_women: int
    congress_ethnic_minorities: int
    congress_direct_workers: int
    years: list[int]
    awards_by_form: list[AwardFormRowOut]
    awards_by_year: list[AwardYearRowOut]
    by_kind: list[KindRowOut]


def _require(user, perm, obj=None):
    if not user.has_perm(perm, obj):
        raise HttpError(403, "Bạn không có quyền xem dữ liệu này.")


def _campaign(code):
    campaign = current_campaign(code or None)
    if campaign is None:
        raise HttpError(404, "Không tìm thấy kế hoạch cấp trên.")
    return campaign


def _progress_out(row):
    return {
        "unit_code": row.unit.code, "unit_name": row.unit.title_name, "unit_kind": row.unit.kind,
        "plan_status": row.facts.plan_status, "report_status": row.facts.report_status,
        "cells": [{"milestone": c.milestone, "status": c.status, "label": c.label, "day": c.day, "due": c.due, "note": c.note}
                  for c in row.cells],
        "findings": [f.as_dict() for f in row.facts.findings],
    }


@router.get("/progress", response=list[ProgressOut], summary="Tiến độ mọi đơn vị (chỉ Ban Thi đua - Khen thưởng)")
def progress(request, kind: str = "", campaign: str = ""):
    if not request.user.has_perm("reports.view_progress"):
        raise HttpError(403, "Chỉ Ban Thi đua - Khen thưởng xem được tiến độ của mọi đơn vị.")
    units = reporting_units(scope.visible_units(request.user), kind)
    return [_progress_out(r) for r in progress_rows(units, _campaign(campaign), sort="ten")]


@router.get("/progress/{code}", response=ProgressOut, summary="Tiến độ của một đơn vị")
def unit_progress(request, code: str, campaign: str = ""):
    unit = get_object_or_404(reporting_units(scope.visible_units(request.user)), code=code)
    _require(request.user, "reports.view_unit_progress", unit)
    return _progress_out(progress_rows([unit], _campaign(campaign))[0])


def _report_out(report, full=False):
    out = {
        "id": report.pk, "unit_code": report.unit.code, "unit_name": report.unit.title_name,
        "campaign": report.campaign.code, "status": report.status, "held_on": report.held_on,
        "submitted_at": report.submitted_at, "attended_total": report.attended_total, "attended_women": report.attended_women,
    }
    if full:
        out["awards"] = [
            {"form": a.form, "form_label": a.get_form_display(), "target": a.target, "count": a.count, "women": a.women,
             "direct_workers": a.direct_workers, "workers_farmers": a.workers_farmers, "ethnic_minorities": a.ethnic_minorities}
            for a in report.awards.all()
        ]
        out["congress_delegates"] = [
            {"full_name": d.full_name, "position": d.position, "is_woman": d.is_woman,
             "is_ethnic_minority": d.is_ethnic_minority, "is_direct_worker": d.is_direct_worker, "summary": d.summary}
            for d in report.congress_delegates.all()
        ]
    return out


def _reports(user):
    return scope.scope_queryset(ResultsReport.objects.all(), user).select_related("unit", "campaign")


@router.get("/results", response=list[ReportOut], summary="Báo cáo kết quả hội nghị trong phạm vi của người dùng")
def results(request, status: str = ""):
    _require(request.user, "reports.view_results_reports")
    qs = _reports(request.user).order_by(vi_order("unit__name"))
    if status:
        qs = qs.filter(status=status)
    return [_report_out(r) for r in qs[:1000]]


@router.get("/results/{report_id}", response=ReportOut, summary="Một báo cáo kết quả, có khen thưởng và đại biểu")
def result(request, report_id: int):
    report = get_object_or_404(_reports(request.user).prefetch_related("awards", "congress_delegates"), pk=report_id)
    _require(request.user, "reports.view_results_report_obj", report)
    return _report_out(report, full=True)


@router.get("/picture", response=PictureOut, summary="Toàn cảnh thành phố: tổng hợp mọi đơn vị (chỉ Ban Thi đua - Khen thưởng)")
def picture(request, kind: str = "", campaign: str = ""):
    if not request.user.has_perm("reports.view_city_picture"):
        raise HttpError(403, "Chỉ Ban Thi đua - Khen thưởng xem được toàn cảnh thành phố.")
    the_campaign = _campaign(campaign)
    p = city_picture(reporting_units(scope.visible_units(request.user), kind), the_campaign)
    return {
        "campaign": the_campaign.code, "kind": kind, "units_total": p.units_total, "conferences_held": p.conferences_held,
        "reports_sent": p.reports_sent, "reports_accepted": p.reports_accepted, "attended": p.attended,
        "attended_women": p.attended_women, "attended_ethnic_minorities": p.attended_ethnic,
        "attended_direct_workers": p.attended_direct, "exemplars_honoured": p.exemplars_honoured,
        "awards_women": p.awards_women, "awards_direct_workers": p.awards_direct,
        "awards_workers_farmers": p.awards_workers_farmers, "awards_ethnic_minorities": p.awards_ethnic,
        "share_women_pct": p.share_women, "share_direct_workers_pct": p.share_direct,
        "share_workers_farmers_pct": p.share_workers_farmers, "share_ethnic_minorities_pct": p.share_ethnic,
        "congress_delegates": p.congress_delegates, "congress_women": p.congress_women,
        "congress_ethnic_minorities": p.congress_ethnic, "congress_direct_workers": p.congress_direct,
        "years": list(p.years),
        "awards_by_form": [
            {"form": label, "collective": c, "individual": i, "household": h, "total": t}
            for label, c, i, h, t in p.awards_by_form
        ],
        "awards_by_year": [{"form": label, "per_year": list(per), "total": t} for label, per, t in p.awards_by_year],
        "by_kind": [{"kind": label, "units": n, "conferences_held": held, "reports_sent": sent}
                    for label, n, held, sent in p.by_kind],
    }
