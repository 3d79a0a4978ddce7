"""Delegates to the city congress (Đại hội Thi đua yêu nước thành phố lần thứ I):
the Board's quotas, each unit's list with achievement summaries, approval at the unit's
conference (agenda item ``higher_delegates``), sending, and the city-wide check."""
from django.db import models, transaction
from django.utils import timezone

from thidua.campaigns.domain.current import current_campaign
from thidua.campaigns.domain.rules import rules_for
from thidua.common.choices import EconomicSector, Field
from thidua.common.errors import DomainError
from thidua.common.findings import Finding, Severity
from thidua.delegates.domain import composition
from thidua.delegates.domain.allocation import largest_remainder
from thidua.delegates.models import CongressDelegate, CongressQuota, CongressSubmission, Delegate, Group

APPROVAL_KEY = "higher_delegates"




def _save(obj, user, reason):
    obj._history_user = user
    obj._change_reason = reason[:100]
    obj.save()
    return obj


def congress_campaign():
    """The city campaign whose congress the units send delegates to: the current one."""
    return current_campaign()


def congress_title(campaign=None):
    name = (campaign.congress_name if campaign else "") or "Đại hội Thi đua yêu nước thành phố lần thứ I"
    return name


def submitted_on(unit, campaign=None):
    """The day ``unit`` sent its list of delegates to the city congress, or None."""
    campaign = campaign or congress_campaign()
    if campaign is None:
        return None
    at = (
        CongressSubmission.objects.filter(campaign=campaign, unit=unit, submitted_at__isnull=False)
        .values_list("submitted_at", flat=True)
        .first()
    )
    return timezone.localtime(at).date() if at else None


def submitted_on_many(units, campaign=None):
    """{unit_id: the day the unit sent its congress list, or None} for ``units`` (Unit objects
    or their ids), in one query when ``campaign`` is given (the bulk form of ``submitted_on``)."""
    ids = [getattr(u, "pk", u) for u in units]
    out = dict.fromkeys(ids)
    if not ids:
        return out
    campaign = campaign or congress_campaign()
    if campaign is None:
        return out
    rows = CongressSubmission.objects.filter(
        campaign=campaign, unit_id__in=ids, submitted_at__isnull=False
    ).values_list("unit_id", "submitted_at")
    for unit_id, at in rows:
        out[unit_id] = timezone.localtime(at).date()
    return out


def quota_of(campaign, unit):
    q = CongressQuota.objects.filter(campaign=campaign, unit=unit).first()
    return q.seats if q else None


@transaction.atomic
def set_quota(campaign, unit, seats, user, method=CongressQuota.Method.MANUAL, note=""):
    if seats is None or seats < 0 or seats > 1000:
        raise DomainError("Số đại biểu phân bổ phải từ 0 đến 1000.")
    if not unit.is_reporting_unit:
        raise DomainError(f"{unit} không phải xã, phường, đặc khu hay sở, ngành.")
    quota = CongressQuota.objects.filter(campaign=campaign, unit=unit).first() or CongressQuota(campaign=campaign, unit=unit, seats=0)
    quota.seats, quota.method, quota.note = seats, method, note[:300]
    return _save(quota, user, "Phân bổ đại biểu dự Đại hội")


def check_quota_total(campaign):
    """The quotas may not add up to more seats than the congress has (when the Board set its size)."""
    size = campaign.congress_size
    if not size:
        return
    total = CongressQuota.objects.filter(campaign=campaign).aggregate(n=models.Sum("seats"))["n"] or 0
    if total > size:
        raise DomainError(
            f"Tổng chỉ tiêu các đơn vị là {total} đại biểu, vượt {total - size} so với {size} đại biểu "
            "của Đại hội theo kế hoạch. Chưa lưu thay đổi nào."
        )


@transaction.atomic
def set_quotas(campaign, changes, user):
    """Set several units' quotas at once ({unit: seats}); all or nothing."""
    for unit, seats in changes.items():
        set_quota(campaign, unit, seats, user)
    check_quota_total(campaign)


def proportional(units, total, minimum):
    """Shares for ``units`` by Unit.size_measure (missing size counts as 0)."""
    return largest_remainder(total, {u: (u.size_measure or 0) for u in units}, minimum)


@transaction.atomic
def apply_proportional(campaign, units, total, minimum, user):
    if campaign.congress_size and total > campaign.congress_size:
        raise DomainError(
            f"Tổng số cần phân bổ ({total}) vượt số đại biểu của Đại hội theo kế hoạch ({campaign.congress_size})."
        )
    shares = proportional(units, total, minimum)
    for share in shares:
        set_quota(campaign, share.key, share.seats, user, CongressQuota.Method.PROPORTIONAL,
                  f"Tối thiểu {minimum}; {share.explanation}")
    check_quota_total(campaign)
    return shares


def submission_for(campaign, unit, user=None):
    sub = CongressSubmission.objects.filter(campaign=campaign, unit=unit).first()
    if sub is None:
        sub = _save(CongressSubmission(campaign=campaign, unit=unit), user, "Lập danh sách đại biểu dự Đại hội")
    return sub


def _ensure_editable(submission):
    if submission.submitted_at:
        raise DomainError("Danh sách đã gửi Ban Thi đua - Khen thưởng; không sửa được nữa.")


def _ensure_room(submission):
    quota = quota_of(submission.campaign, submission.unit)
    count = submission.delegates.count()
    if quota is not None and count + 1 > quota:
        raise DomainError(f"Đơn vị được phân bổ {quota} đại biểu dự Đại hội; danh sách đã đủ.")


@transaction.atomic
def add_from_delegate(submission, delegate, user):
    """Add one of the unit's exemplars (from its conference list) with their details."""
    _ensure_editable(submission)
    if delegate.conference.unit_id != submission.unit_id or delegate.group != Group.EXEMPLAR:
        raise DomainError("Chỉ chọn được đại biểu điển hình tiên tiến của chính đơn vị.")
    if submission.delegates.filter(delegate=delegate).exists():
        raise DomainError(f"{delegate.full_name} đã có trong danh sách dự Đại hội.")
    _ensure_room(submission)
    entry = CongressDelegate(
        submission=submission, delegate=delegate, order=submission.delegates.count() + 1,
        full_name=delegate.full_name, gender=delegate.gender, birth_year=delegate.birth_year,
        ethnicity=delegate.ethnicity, position=delegate.position,
        organisation=delegate.collective_name or delegate.organisation, direct_worker=delegate.direct_worker,
        economic_sector=delegate.economic_sector, field=delegate.field, achievements=delegate.achievements,
    )
    return _save(entry, user, "Chọn đại biểu dự Đại hội")


@transaction.atomic
def add_many(submission, delegates, user):
    """Add several exemplars at once: all or nothing, so a choice over the quota saves no one."""
    delegates = list(delegates)
    if not delegates:
        raise DomainError("Chưa chọn đại biểu nào.")
    _ensure_editable(submission)
    quota = quota_of(submission.campaign, submission.unit)
    count = submission.delegates.count()
    if quota is not None and count + len(delegates) > quota:
        raise DomainError(
            f"Đơn vị được phân bổ {quota} đại biểu dự Đại hội, danh sách đã có {count}: chỉ thêm được "
            f"{max(quota - count, 0)} người nhưng đã chọn {len(delegates)}. Chưa thêm ai."
        )
    return [add_from_delegate(submission, d, user) for d in delegates]


@transaction.atomic
def update_entry(entry, user):
    _ensure_editable(entry.submission)
    return _save(entry, user, "Sửa trích ngang đại biểu dự Đại hội")


@transaction.atomic
def remove_entry(entry, user):
    _ensure_editable(entry.submission)
    entry._history_user = user
    entry.delete()


def approval_findings(submission):
    """Is the approval backed by the agenda item ``higher_delegates`` of the unit's plan?"""
    from thidua.plans.models import PlanAgendaItem

    findings = []
    has_item = PlanAgendaItem.objects.filter(plan__unit=submission.unit, plan__campaign=submission.campaign,
                                             key=APPROVAL_KEY).exists()
    if not has_item:
        findings.append(Finding(
            "approval_item_missing", Severity.WARNING, "agenda",
            "Chương trình hội nghị của đơn vị không có mục «Thông qua danh sách đại biểu đi dự Đại hội thi đua cấp trên».",
        ))
    quota = quota_of(submission.campaign, submission.unit)
    count = submission.delegates.count()
    if quota is None:
        findings.append(Finding("quota_missing", Severity.INFO, "quota", "Ban chưa phân bổ số đại biểu cho đơn vị."))
    elif count != quota:
        findings.append(Finding(
            "quota_not_filled" if count < quota else "quota_exceeded", Severity.WARNING, "quota",
            f"Danh sách có {count}/{quota} đại biểu được phân bổ.",
        ))
    return findings


@transaction.atomic
def approve(submission, day, user, note=""):
    _ensure_editable(submission)
    if day is None:
        raise DomainError("Nhập ngày Hội nghị thông qua danh sách.")
    if not submission.delegates.exists():
        raise DomainError("Danh sách chưa có đại biểu nào.")
    submission.approved_on, submission.approval_note = day, note[:300]
    return _save(submission, user, "Hội nghị thông qua danh sách đại biểu dự Đại hội")


@transaction.atomic
def submit(submission, user):
    _ensure_editable(submission)
    if not submission.approved_on:
        raise DomainError("Danh sách phải được Hội nghị thông qua (mục «Thông qua danh sách đại biểu…») trước khi gửi.")
    quota = quota_of(submission.campaign, submission.unit)
    count = submission.delegates.count()
    if quota is not None and count > quota:
        raise DomainError(f"Danh sách có {count} người, vượt {count - quota} so với {quota} đại biểu được phân bổ.")
    submission.submitted_at, submission.submitted_by = timezone.now(), user
    return _save(submission, user, "Gửi danh sách đại biểu dự Đại hội")


@transaction.atomic
def reopen(submission, user):
    submission.submitted_at = None
    submission.submitted_by = None
    return _save(submission, user, "Ban trả lại danh sách đại biểu dự Đại hội để sửa")


def person(entry):
    return composition.Person(
        full_name=entry.full_name, group=composition.EXEMPLAR, gender=entry.gender, ethnicity=entry.ethnicity,
        direct_worker=entry.direct_worker, economic_sector=entry.economic_sector, field=entry.field,
        organisation=entry.organisation, birth_year=entry.birth_year,
    )


def city_entries(campaign, submitted_only=True):
    qs = CongressDelegate.objects.filter(submission__campaign=campaign).select_related("submission__unit")
    if submitted_only:
        qs = qs.filter(submission__submitted_at__isnull=False)
    return qs.order_by("submission__unit__name", "order", "pk")


def city_composition(campaign, entries=None):
    """The Board's check of the consolidated list, with the same composition checker."""
    entries = list(entries if entries is not None else city_entries(campaign))
    total_quota = sum(CongressQuota.objects.filter(campaign=campaign).values_list("seats", flat=True)) or None
    rules = rules_for(campaign)
    labels = {**dict(Field.choices), **dict(EconomicSector.choices)}
    summary, findings = composition.check(
        [person(e) for e in entries], rules, composition.Targets(limit=total_quota or 10**6), labels
    )
    # Every congress delegate is an exemplar: the 70 % share does not apply to this list.
    findings = [f for f in findings if not f.code.startswith("exemplar_share")]
    return summary, findings


def exemplars_of(unit, campaign):
    return Delegate.objects.filter(
        conference__unit=unit, conference__plan__campaign=campaign, group=Group.EXEMPLAR,
        status=Delegate.Status.CONFIRMED,
    ).select_related("conference")
