"""The unit's Hội đồng Thi đua - Khen thưởng: a meeting and its vote on each nomination."""
from decimal import ROUND_CEILING, Decimal

from django.db import transaction

from thidua.common import history
from thidua.common.errors import DomainError
from thidua.honors.domain.validation import full_clean
from thidua.honors.models import CouncilVote, Nomination, NominationStatus

# A vote decides a nomination still in one of these states; an awarded or withdrawn one keeps its state.
DECIDABLE = (NominationStatus.PROPOSED, NominationStatus.APPROVED, NominationStatus.REJECTED)


@transaction.atomic
def hold_meeting(meeting, actor):
    """Record a council meeting (an unsaved ``CouncilMeeting`` with its plan) of the plan's unit."""
    meeting.unit = meeting.plan.unit
    if meeting.present_count is not None and meeting.member_count is not None \
            and meeting.present_count > meeting.member_count:
        raise DomainError("Số thành viên có mặt không được lớn hơn tổng số thành viên Hội đồng.", field="present_count")
    full_clean(meeting)
    return history.save(meeting, actor, "Ghi phiên họp Hội đồng")


def required_votes(member_count, share):
    """Votes in favour needed: ``share`` of all council members, rounded up."""
    return int((Decimal(member_count) * Decimal(share)).to_integral_value(rounding=ROUND_CEILING))


def _check_counts(meeting, present, in_favour, written_in_favour):
    errors = {}
    if present > meeting.member_count:
        errors["present"] = f"Số có mặt ({present}) lớn hơn tổng số thành viên Hội đồng ({meeting.member_count})."
    if in_favour > present:
        errors["in_favour"] = f"Số đồng ý ({in_favour}) lớn hơn số có mặt ({present})."
    if written_in_favour > meeting.member_count - present:
        errors["written_in_favour"] = (
            f"Số đồng ý bằng văn bản ({written_in_favour}) lớn hơn số vắng mặt ({meeting.member_count - present})."
        )
    if min(present, in_favour, written_in_favour) < 0:
        errors["present"] = "Số phiếu không được âm."
    if errors:
        raise DomainError("; ".join(errors.values()), field=next(iter(errors)))


@transaction.atomic
def record_vote(meeting, nomination, present, in_favour, written_in_favour, actor):
    """Record the council's vote on one nomination (again: the new figures replace the old)
    and apply the title's threshold: a share of ALL council members, absent members voting
    in writing. A nomination still undecided or decided by the council becomes approved or
    rejected; the nomination row is locked, so two votes on it do not cross."""
    _check_counts(meeting, present, in_favour, written_in_favour)
    nomination = Nomination.objects.select_for_update(of=("self",)).select_related("criteria", "nominee").get(
        pk=nomination.pk)
    if nomination.unit_id != meeting.unit_id:
        raise DomainError("Đề xuất không thuộc đơn vị của Hội đồng.")
    share = nomination.criteria.approval_share if nomination.criteria_id else Decimal("0.5")
    approved = in_favour + written_in_favour >= required_votes(meeting.member_count, share)
    vote = CouncilVote.objects.filter(meeting=meeting, nomination=nomination).first() or CouncilVote(
        meeting=meeting, nomination=nomination
    )
    vote.present, vote.in_favour, vote.written_in_favour = present, in_favour, written_in_favour
    vote.threshold, vote.approved = share, approved
    history.save(vote, actor, "Ghi biểu quyết")
    if nomination.status in DECIDABLE:
        nomination.status = NominationStatus.APPROVED if approved else NominationStatus.REJECTED
        history.save(nomination, actor, "Hội đồng đồng ý" if approved else "Hội đồng không đồng ý")
    return vote
