"""Proposing a nominee for an award (đề xuất khen thưởng) and withdrawing the proposal."""
from django.db import transaction
from django.utils import timezone

from thidua.common import clock, history
from thidua.common.errors import DomainError
from thidua.honors.domain import dossier
from thidua.honors.domain.records import criteria_library, evaluate_nominee
from thidua.honors.models import CriteriaSet, Nomination, NominationStatus, Nominee


def criteria_for(category):
    """The criteria set a category names, or ``None``."""
    if not category.criteria_code:
        return None
    return CriteriaSet.objects.filter(code=category.criteria_code).first()


def refresh_verdict(nomination, library=None):
    """Set ``nomination.verdict`` from its nominee's record and criteria (not saved)."""
    library = library or criteria_library()
    data = library.get(nomination.criteria.code) if nomination.criteria_id else None
    nomination.verdict = evaluate_nominee(nomination.nominee, data, library) if data else {}
    return nomination.verdict


@transaction.atomic
def nominate(nominee, category, proposing_unit, actor, award_form="Giấy khen", achievement_line="", now=None,
             criteria=None, evidence=None, evidence_description=""):
    """Propose ``nominee`` in ``category``; after the plan's deadline it is accepted but marked
    late. ``evidence`` (an uploaded file) is attached to the nominee in the same step."""
    now = now or clock.now()
    plan = category.plan
    if not proposing_unit.is_within(plan.unit):
        raise DomainError("Đơn vị đề xuất không thuộc đơn vị chủ kế hoạch.", field="category")
    if category.target == "individual" and nominee.kind != "individual":
        raise DomainError(f"Nhóm «{category.name}» dành cho cá nhân.", field="category")
    if category.target in ("collective", "household") and nominee.kind == "individual":
        raise DomainError(f"Nhóm «{category.name}» dành cho tập thể, hộ gia đình.", field="category")
    Nominee.objects.select_for_update().filter(pk=nominee.pk).first()  # a double submit waits, then sees the first
    if Nomination.objects.filter(nominee=nominee, category=category).exists():
        raise DomainError(f"«{nominee}» đã được đề xuất trong nhóm «{category.name}».", field="category")
    deadline = plan.nomination_deadline
    nomination = Nomination(
        nominee=nominee, category=category, unit=plan.unit, proposing_unit=proposing_unit,
        criteria=criteria or criteria_for(category), award_form=award_form or "Giấy khen",
        is_late=bool(deadline and timezone.localdate(now) > deadline), submitted_at=now, submitted_by=actor,
    )
    if achievement_line:
        nomination.achievement_line = achievement_line[:300]
    refresh_verdict(nomination)
    history.save(nomination, actor, "Đề xuất khen thưởng" + (" (sau hạn)" if nomination.is_late else ""))
    if evidence:
        dossier.add_evidence(nominee, evidence, evidence_description, actor)
    return nomination


@transaction.atomic
def withdraw(nomination, actor):
    """Withdraw a proposal that has not been awarded."""
    nomination = Nomination.objects.select_for_update().get(pk=nomination.pk)
    if nomination.status == NominationStatus.AWARDED:
        raise DomainError("Đề xuất đã được khen thưởng, không rút được.")
    nomination.status = NominationStatus.WITHDRAWN
    return history.save(nomination, actor, "Rút đề xuất")
