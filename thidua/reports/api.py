"""JSON API of the Board's desk: progress against the milestones and the results reports.

Mounted at /api/reports/. Scoped exactly like the UI: the progress of every unit is the
Board's (403 for others); one unit's progress and reports answer 404 outside one's units.
"""
from datetime import date, datetime

from django.shortcuts import get_object_or_404
from ninja import Router, Schema
from ninja.errors import HttpError

from thidua.accounts.domain import scope
from thidua.reports.domain.progress import current_campaign, progress_rows, reporting_units
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
    if not scope.is_board(request.user):
        raise HttpError(403, "Chỉ Ban Thi đua - Khen thưởng xem được tiến độ của mọi đơn vị.")
    units = reporting_units(scope.visible_units(request.user), kind)
    return [_progress_out(r) for r in progress_rows(units, _campaign(campaign), sort="ten")]


@router.get("/progress/{code}", response=ProgressOut, summary="Tiến độ của một đơn vị")
def unit_progress(request, code: str, campaign: str = ""):
    unit = get_object_or_404(reporting_units(scope.visible_units(request.user)), code=code)
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
    qs = _reports(request.user).order_by("unit__name")
    if status:
        qs = qs.filter(status=status)
    return [_report_out(r) for r in qs[:1000]]


@router.get("/results/{report_id}", response=ReportOut, summary="Một báo cáo kết quả, có khen thưởng và đại biểu")
def result(request, report_id: int):
    report = get_object_or_404(_reports(request.user).prefetch_related("awards", "congress_delegates"), pk=report_id)
    return _report_out(report, full=True)
