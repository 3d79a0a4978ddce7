"""JSON API of the city congress delegates: quotas, the units' lists and the city-wide check.

Mounted at /api/delegates/. Scoped exactly like the UI: the consolidated list of every unit
is the Board's (403 for others); one unit's list answers 404 outside one's units.
"""
from datetime import date, datetime

from ninja import Router, Schema
from ninja.errors import HttpError

from thidua.accounts.domain import scope
from thidua.delegates.domain import congress
from thidua.delegates.models import CongressDelegate, CongressQuota, CongressSubmission

router = Router(tags=["Đại biểu dự Đại hội Thi đua yêu nước thành phố"])


class CongressDelegateOut(Schema):
    order: int
    full_name: str
    gender: str
    birth_year: int | None
    ethnicity: str
    position: str
    organisation: str
    direct_worker: bool
    economic_sector: str
    field: str
    achievements: str


class CityDelegateOut(CongressDelegateOut):
    unit_code: str


class UnitCongressOut(Schema):
    unit_code: str
    unit_name: str
    unit_kind: str
    quota: int | None
    quota_method: str
    quota_note: str
    approved_on: date | None
    submitted_at: datetime | None
    delegates_count: int


class UnitCongressDetailOut(UnitCongressOut):
    delegates: list[CongressDelegateOut]


class FindingOut(Schema):
    code: str
    severity: str
    field: str
    message: str


class CompositionOut(Schema):
    total: int
    women: int
    minorities: int
    direct_workers: int
    women_share: float
    minority_share: float
    direct_worker_share: float
    by_field: dict[str, int]
    by_sector: dict[str, int]


class CityCongressOut(Schema):
    congress: str
    campaign: str
    quota_total: int
    units_submitted: int
    units: list[UnitCongressOut]
    composition: CompositionOut
    findings: list[FindingOut]
    delegates: list[CityDelegateOut]


def _campaign():
    campaign = congress.congress_campaign()
    if campaign is None:
        raise HttpError(404, "Chưa có kế hoạch cấp thành phố.")
    return campaign


def _delegate_out(entry):
    return {
        "order": entry.order, "full_name": entry.full_name, "gender": entry.gender, "birth_year": entry.birth_year,
        "ethnicity": entry.ethnicity, "position": entry.position, "organisation": entry.organisation,
        "direct_worker": entry.direct_worker, "economic_sector": entry.economic_sector, "field": entry.field,
        "achievements": entry.achievements,
    }


def _unit_out(unit, quota, submission, count):
    return {
        "unit_code": unit.code, "unit_name": unit.title_name, "unit_kind": unit.kind,
        "quota": quota.seats if quota else None, "quota_method": quota.method if quota else "",
        "quota_note": quota.note if quota else "",
        "approved_on": submission.approved_on if submission else None,
        "submitted_at": submission.submitted_at if submission else None,
        "delegates_count": count,
    }


@router.get("/congress", response=CityCongressOut,
            summary="Chỉ tiêu, danh sách tổng hợp và cơ cấu đại biểu toàn thành phố (chỉ Ban Thi đua - Khen thưởng)")
def city_congress(request):
    if not request.user.has_perm("delegates.view_city_congress"):
        raise HttpError(403, "Chỉ Ban Thi đua - Khen thưởng xem được danh sách đại biểu của mọi đơn vị.")
    campaign = _campaign()
    units, quotas, subs = congress.board_table(campaign)
    entries = list(congress.city_entries(campaign))
    summary, findings = congress.city_composition(campaign, entries)
    return {
        "congress": congress.congress_title(campaign), "campaign": campaign.code,
        "quota_total": sum(q.seats for q in quotas.values()),
        "units_submitted": sum(1 for s in subs.values() if s.submitted_at),
        "units": [
            _unit_out(u, quotas.get(u.pk), subs.get(u.pk), subs[u.pk].n if u.pk in subs else 0) for u in units
        ],
        "composition": {
            "total": summary.total, "women": summary.women, "minorities": summary.minorities,
            "direct_workers": summary.direct_workers, "women_share": summary.women_share,
            "minority_share": summary.minority_share, "direct_worker_share": summary.direct_worker_share,
            "by_field": {str(k): v for k, v in summary.by_field.items()},
            "by_sector": {str(k): v for k, v in summary.by_sector.items()},
        },
        "findings": [f.as_dict() for f in findings],
        "delegates": [{"unit_code": e.submission.unit.code, **_delegate_out(e)} for e in entries],
    }


@router.get("/congress/{code}", response=UnitCongressDetailOut, summary="Chỉ tiêu và danh sách đại biểu của một đơn vị")
def unit_congress(request, code: str):
    campaign = _campaign()
    unit = scope.visible_units(request.user).filter(code=code).first()
    if unit is None or not unit.is_reporting_unit:
        raise HttpError(404, "Không tìm thấy đơn vị, hoặc đơn vị không thuộc phạm vi của bạn.")
    if not request.user.has_perm("delegates.view_congress_obj", unit):
        raise HttpError(403, "Bạn không được xem danh sách đại biểu dự Đại hội của đơn vị này.")
    quota = CongressQuota.objects.filter(campaign=campaign, unit=unit).first()
    submission = CongressSubmission.objects.filter(campaign=campaign, unit=unit).first()
    entries = list(CongressDelegate.objects.filter(submission=submission)) if submission else []
    return {**_unit_out(unit, quota, submission, len(entries)), "delegates": [_delegate_out(e) for e in entries]}
