"""Delegates to the city congress (Đại hội Thi đua yêu nước thành phố lần thứ I):
the Board's quotas, each unit's list with achievement summaries, approval at the unit's
conference (agenda item ``higher_delegates``), sending, and the city-wide check.

Each state change takes the acting user, locks the rows it decides on, refuses with
``DomainError`` and records its named action through ``thidua.common.history``. The
composition of a congress list is checked against ``congress_rules`` — the campaign's
rules as they apply to a list made only of exemplars."""
import dataclasses

from django.db import models, transaction
from django.utils import timezone

from thidua.campaigns.domain.current import current_campaign
from thidua.campaigns.domain.rules import rules_for
from thidua.common import clock, history
from thidua.common.choices import EconomicSector, Field
from thidua.common.collation import vi_order
from thidua.common.errors import DomainError
from thidua.common.findings import Finding, Severity
from thidua.delegates.domain import composition
from thidua.delegates.domain.allocation import largest_remainder
from thidua.delegates.models import CongressDelegate, CongressQuota, CongressSubmission, Delegate, Group
from thidua.units.models import Unit, UnitKind

APPROVAL_KEY = "higher_delegates"
NO_LIMIT = 10**6  # a list without a quota is checked without a size limit


def congress_campaign():
    """The city campaign whose congress the units send delegates to: the current one."""
    return current_campaign()


def congress_title(campaign=None):
    name = (campaign.congress_name if campaign else "") or "Đại hội Thi đua yêu nước thành phố lần thứ I"
    return name


def congress_rules(campaign):
    """The campaign's rules (``CampaignRules``) for a congress list: every delegate to the
    congress is an exemplar chosen at a unit's conference, so the list's exemplar share is
    the whole list (the conference's «khoảng 70%» is the share of the conference's list)."""
    return dataclasses.replace(rules_for(campaign), exemplar_share=1.0, exemplar_share_tolerance=0.0)


def labels():
    return {**dict(Field.choices), **dict(EconomicSector.choices)}


def reporting_units():
    """The units that send a congress list (xã, phường, đặc khu, sở, ngành), in the Board's order."""
    return list(Unit.objects.filter(kind__in=UnitKind.reporting_units(), is_active=True).order_by("kind", vi_order("name")))


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


def board_table(campaign):
    """The Board's table: (reporting units, {unit_id: quota}, {unit_id: submission with ``n``
    delegates}), in three queries."""
    units = reporting_units()
    quotas = {q.unit_id: q for q in CongressQuota.objects.filter(campaign=campaign)}
    subs = {s.unit_id: s for s in CongressSubmission.objects.filter(campaign=campaign).annotate(n=models.Count("delegates"))}
    return units, quotas, subs


# ---- Quotas (the Board) ----------------------------------------------------------------

def _lock_quotas(campaign):
    """Quota changes of one campaign happen one at a time (their total is checked)."""
    list(CongressQuota.objects.select_for_update().filter(campaign=campaign).values_list("pk"))


@transaction.atomic
def set_quota(campaign, unit, seats, user, method=CongressQuota.Method.MANUAL, note=""):
    if seats is None or seats < 0 or seats > 1000:
        raise DomainError("Số đại biểu phân bổ phải từ 0 đến 1000.", field="seats")
    if not unit.is_reporting_unit:
        raise DomainError(f"{unit} không phải xã, phường, đặc khu hay sở, ngành.")
    quota = CongressQuota.objects.select_for_update().filter(campaign=campaign, unit=unit).first() or CongressQuota(
        campaign=campaign, unit=unit, seats=0)
    quota.seats, quota.method, quota.note = seats, method, note[:300]
    action = ("Phân bổ đại biểu dự Đại hội theo tỷ lệ" if method == CongressQuota.Method.PROPORTIONAL
              else "Phân bổ đại biểu dự Đại hội")
    return history.save(quota, user, action)


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
    _lock_quotas(campaign)
    for unit, seats in changes.items():
        set_quota(campaign, unit, seats, user)
    check_quota_total(campaign)


def proportional(units, total, minimum):
    """Shares for ``units`` by Unit.size_measure (missing size counts as 0)."""
    return largest_remainder(total, {u: (u.size_measure or 0) for u in units}, minimum)


@transaction.atomic
def apply_proportional(campaign, units, total, minimum, user):
    """Give every unit its share of ``total`` seats by size (largest remainder, at least
    ``minimum`` each); all or nothing."""
    if campaign.congress_size and total > campaign.congress_size:
        raise DomainError(
            f"Tổng số cần phân bổ ({total}) vượt số đại biểu của Đại hội theo kế hoạch ({campaign.congress_size})."
        )
    _lock_quotas(campaign)
    shares = proportional(units, total, minimum)
    for share in shares:
        set_quota(campaign, share.key, share.seats, user, CongressQuota.Method.PROPORTIONAL,
                  f"Tối thiểu {minimum}; {share.explanation}")
    check_quota_total(campaign)
    return shares


# ---- A unit's list -----------------------------------------------------------------------

@transaction.atomic
def submission_for(campaign, unit, user=None):
    """The unit's congress list for ``campaign``, started (empty) when it has none."""
    sub = CongressSubmission.objects.filter(campaign=campaign, unit=unit).first()
    if sub is None:
        sub = history.create(CongressSubmission, user, "Lập danh sách đại biểu dự Đại hội", campaign=campaign, unit=unit)
    return sub


def _locked(submission):
    return CongressSubmission.objects.select_for_update().select_related("campaign", "unit").get(pk=submission.pk)


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
    submission = _locked(submission)
    _ensure_editable(submission)
    if delegate.conference.unit_id != submission.unit_id or delegate.group != Group.EXEMPLAR:
        raise DomainError("Chỉ chọn được đại biểu điển hình tiên tiến của chính đơn vị.")
    if submission.delegates.filter(delegate=delegate).exists():
        raise DomainError(f"{delegate.full_name} đã có trong danh sách dự Đại hội.")
    _ensure_room(submission)
    return history.create(
        CongressDelegate, user, "Chọn đại biểu dự Đại hội",
        submission=submission, delegate=delegate, order=submission.delegates.count() + 1,
        full_name=delegate.full_name, gender=delegate.gender, birth_year=delegate.birth_year,
        ethnicity=delegate.ethnicity, position=delegate.position,
        organisation=delegate.collective_name or delegate.organisation, direct_worker=delegate.direct_worker,
        economic_sector=delegate.economic_sector, field=delegate.field, achievements=delegate.achievements,
    )


@transaction.atomic
def add_many(submission, delegates, user):
    """Add several exemplars at once: all or nothing, so a choice over the quota saves no one."""
    delegates = list(delegates)
    if not delegates:
        raise DomainError("Chưa chọn đại biểu nào.")
    submission = _locked(submission)
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
def add_exemplars(submission, user, ids):
    """Add the unit's confirmed exemplars with these ids (as the page sends them): all or
    nothing — an id that is not one of them (a guest, another unit's, a deleted person)
    adds no one."""
    ids = {int(x) for x in ids if str(x).isdigit()}
    chosen = list(exemplars_of(submission.unit, submission.campaign).filter(pk__in=ids).order_by(vi_order("full_name"), "pk"))
    if len(chosen) != len(ids):
        raise DomainError("Chỉ chọn được đại biểu điển hình tiên tiến chính thức của đơn vị. Chưa thêm ai.")
    return add_many(submission, chosen, user)


@transaction.atomic
def update_entry(entry, data, user):
    """Change a congress delegate's row («trích ngang») to ``data`` (the form's cleaned data)."""
    _ensure_editable(_locked(entry.submission))
    stored = CongressDelegate.objects.select_for_update().get(pk=entry.pk)
    for name, value in data.items():
        setattr(stored, name, value)
    return history.save(stored, user, "Sửa trích ngang đại biểu dự Đại hội")


@transaction.atomic
def remove_entry(entry, user):
    _ensure_editable(_locked(entry.submission))
    history.delete(entry, user, "Bỏ đại biểu khỏi danh sách dự Đại hội")


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
    """Record the day the unit's conference approved the list (agenda item ``higher_delegates``)."""
    submission = _locked(submission)
    _ensure_editable(submission)
    if day is None:
        raise DomainError("Nhập ngày Hội nghị thông qua danh sách.", field="approved_on")
    if not submission.delegates.exists():
        raise DomainError("Danh sách chưa có đại biểu nào.")
    submission.approved_on, submission.approval_note = day, note[:300]
    return history.save(submission, user, "Hội nghị thông qua danh sách đại biểu dự Đại hội")


@transaction.atomic
def submit(submission, user):
    """Send the approved list to the Board; after this the unit no longer edits it."""
    submission = _locked(submission)
    _ensure_editable(submission)
    if not submission.approved_on:
        raise DomainError("Danh sách phải được Hội nghị thông qua (mục «Thông qua danh sách đại biểu…») trước khi gửi.")
    quota = quota_of(submission.campaign, submission.unit)
    count = submission.delegates.count()
    if quota is not None and count > quota:
        raise DomainError(f"Danh sách có {count} người, vượt {count - quota} so với {quota} đại biểu được phân bổ.")
    blank = [e.full_name for e in submission.delegates.all() if not (e.achievements or "").strip()]
    if blank:
        names = ", ".join(blank[:5]) + (f" và {len(blank) - 5} người khác" if len(blank) > 5 else "")
        raise DomainError(f"Chưa có trích ngang thành tích của {len(blank)} đại biểu ({names}): bổ sung ở «Sửa» từng "
                          "người trước khi gửi Ban.")
    submission.submitted_at, submission.submitted_by = clock.now(), user
    return history.save(submission, user, "Gửi danh sách đại biểu dự Đại hội")


@transaction.atomic
def reopen(submission, user):
    """The Board sends a sent list back to the unit to be corrected."""
    submission = _locked(submission)
    if not submission.submitted_at:
        raise DomainError("Danh sách chưa gửi Ban; đơn vị vẫn đang sửa được.")
    submission.submitted_at = None
    submission.submitted_by = None
    return history.save(submission, user, "Trả lại danh sách đại biểu dự Đại hội để sửa")


# ---- Composition -------------------------------------------------------------------------

def person(entry):
    return composition.Person(
        full_name=entry.full_name, group=composition.EXEMPLAR, gender=entry.gender, ethnicity=entry.ethnicity,
        direct_worker=entry.direct_worker, economic_sector=entry.economic_sector, field=entry.field,
        organisation=entry.organisation, birth_year=entry.birth_year,
    )


def unit_composition(campaign, unit, entries, submission=None):
    """(summary, findings) of a unit's congress list: the approval's findings first, then
    the composition against ``congress_rules`` and the unit's quota."""
    quota = quota_of(campaign, unit)
    summary, findings = composition.check(
        [person(e) for e in entries], congress_rules(campaign), composition.Targets(limit=quota or NO_LIMIT), labels()
    )
    if submission is not None:
        findings = approval_findings(submission) + findings
    return summary, findings


def unit_summary(campaign, entries):
    """The composition figures of a unit's list (for its export)."""
    return composition.summarise([person(e) for e in entries], congress_rules(campaign))


def city_entries(campaign, submitted_only=True):
    qs = CongressDelegate.objects.filter(submission__campaign=campaign).select_related("submission__unit")
    if submitted_only:
        qs = qs.filter(submission__submitted_at__isnull=False)
    return qs.order_by(vi_order("submission__unit__name"), "order", "pk")


def city_composition(campaign, entries=None):
    """The Board's check of the consolidated list, with the same composition checker."""
    entries = list(entries if entries is not None else city_entries(campaign))
    total_quota = sum(CongressQuota.objects.filter(campaign=campaign).values_list("seats", flat=True)) or None
    return composition.check(
        [person(e) for e in entries], congress_rules(campaign), composition.Targets(limit=total_quota or NO_LIMIT), labels()
    )


def exemplars_of(unit, campaign):
    return Delegate.objects.filter(
        conference__unit=unit, conference__plan__campaign=campaign, group=Group.EXEMPLAR,
        status=Delegate.Status.CONFIRMED,
    ).select_related("conference")


def list_signing(unit, campaign=None):
    """The congress list's date and signer: the day the unit's conference approved the list (or
    the day it was sent), signed by the signer of the unit's plan."""
    from thidua.plans.models import Plan

    campaign = campaign or congress_campaign()
    sub = CongressSubmission.objects.filter(campaign=campaign, unit=unit).first() if campaign else None
    day = None
    if sub is not None:
        day = sub.approved_on or (timezone.localdate(sub.submitted_at) if sub.submitted_at else None)
    plan = Plan.objects.filter(unit=unit).order_by("-pk").first()
    return {"day": day, "signer_title": plan.signer_title if plan else "", "signer_name": plan.signer_name if plan else ""}
