"""JSON API of unit plans with the compliance findings (mounted at /api/plans/).

Written by the reports engineer for the API issue; scoped like the UI."""
from datetime import date, datetime

from django.shortcuts import get_object_or_404
from ninja import Router, Schema
from ninja.errors import HttpError

from thidua.accounts.domain import scope
from thidua.plans.domain.service import findings_for
from thidua.plans.models import Plan

router = Router(tags=["Kế hoạch đơn vị"])


class FindingOut(Schema):
    code: str
    severity: str
    field: str
    message: str


class PlanOut(Schema):
    id: int
    unit_code: str
    unit_name: str
    campaign: str
    status: str
    number: str
    conference_name: str
    conference_date: date | None
    submitted_at: datetime | None
    delegates_total: int | None
    findings: list[FindingOut] = []


def _require(user, perm, obj=None):
    if not user.has_perm(perm, obj):
        raise HttpError(403, "Bạn không có quyền xem kế hoạch này.")


def _plans(user):
    return scope.scope_queryset(Plan.objects.all(), user).select_related("unit", "campaign")


def _out(plan, findings=()):
    return {
        "id": plan.pk, "unit_code": plan.unit.code, "unit_name": plan.unit.title_name, "campaign": plan.campaign.code,
        "status": plan.status, "number": plan.number, "conference_name": plan.conference_name,
        "conference_date": plan.conference_date, "submitted_at": plan.submitted_at, "delegates_total": plan.delegates_total,
        "findings": [f.as_dict() for f in findings],
    }


@router.get("/", response=list[PlanOut], summary="Kế hoạch trong phạm vi của người dùng (không kèm sai sót)")
def plans(request, status: str = "", unit: str = ""):
    _require(request.user, "plans.view_plans")
    qs = _plans(request.user).order_by("unit__path", "-created_at")
    if status:
        qs = qs.filter(status=status)
    if unit:
        qs = qs.filter(unit__code=unit)
    return [_out(p) for p in qs[:1000]]


@router.get("/{plan_id}", response=PlanOut, summary="Một kế hoạch, kèm sai sót so với kế hoạch cấp trên")
def plan(request, plan_id: int):
    p = get_object_or_404(
        _plans(request.user).prefetch_related("agenda_items", "award_categories", "tasks", "campaign__deadlines",
                                               "campaign__agenda_rules"),
        pk=plan_id,
    )
    _require(request.user, "plans.view_plan_obj", p)
    return _out(p, findings_for(p))
