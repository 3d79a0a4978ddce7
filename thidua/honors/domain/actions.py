"""State changes of the honors app. Each function validates, writes in one transaction and
records who did what in the model's history (django-simple-history)."""
from decimal import ROUND_CEILING, Decimal

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone

from thidua.campaigns.domain.current import evaluation_period  # noqa: F401  (used by views)
from thidua.honors.domain import eligibility
from thidua.honors.domain.records import criteria_library, evaluate_nominee
from thidua.honors.models import (
    Achievement,
    Award,
    CertificateLayout,
    CouncilVote,
    CriteriaSet,
    Nomination,
    NominationStatus,
)


def _tag(obj, actor, reason):
    obj._history_user = actor
    obj._change_reason = reason[:100]


def clean_ratings(ratings, period):
    """Validate ``{year: code}``; return the cleaned dict or raise ValidationError (Vietnamese)."""
    errors = []
    cleaned = {}
    for year, code in (ratings or {}).items():
        try:
            y = int(year)
        except (TypeError, ValueError):
            errors.append(f"Năm «{year}» không phải là số.")
            continue
        if not period[0] <= y <= period[1]:
            errors.append(f"Năm {y} nằm ngoài giai đoạn {period[0]} - {period[1]}.")
            continue
        if code in ("", None):
            continue
        if code not in eligibility.RATINGS:
            errors.append(f"Xếp loại năm {y} «{code}» không hợp lệ (chỉ nhận: {', '.join(eligibility.RATINGS)}).")
            continue
        cleaned[str(y)] = code
    if errors:
        raise ValidationError(errors)
    return dict(sorted(cleaned.items()))


@transaction.atomic
def save_nominee(nominee, actor, achievements=None):
    """Create or update a nominee; ``achievements`` (list of dicts) replaces the existing ones."""
    nominee.ratings = clean_ratings(nominee.ratings, evaluation_period())
    nominee.full_clean()
    creating = nominee.pk is None
    _tag(nominee, actor, "Tạo hồ sơ" if creating else "Sửa hồ sơ")
    nominee.save()
    if achievements is not None:
        for old in nominee.achievements.all():
            _tag(old, actor, "Thay danh sách thành tích")
            old.delete()
        for item in achievements:
            row = Achievement(nominee=nominee, **item)
            if row.kind != Achievement.Kind.AWARD and not row.level:
                raise ValidationError(f"«{row.title}»: sáng kiến, đề tài phải có cấp công nhận.")
            row.full_clean(exclude=["nominee"])
            _tag(row, actor, "Thêm thành tích")
            row.save()
    if not creating:
        library = criteria_library()
        for nomination in nominee.nominations.filter(status=NominationStatus.PROPOSED).select_related("criteria"):
            refresh_verdict(nomination, library)
            _tag(nomination, actor, "Cập nhật kết quả kiểm tra tiêu chuẩn")
            nomination.save(update_fields=["verdict"])
    return nominee


def criteria_for(category):
    """The criteria set a category names, or ``None``."""
    if not category.criteria_code:
        return None
    return CriteriaSet.objects.filter(code=category.criteria_code).first()


def refresh_verdict(nomination, library=None):
    library = library or criteria_library()
    data = library.get(nomination.criteria.code) if nomination.criteria_id else None
    nomination.verdict = evaluate_nominee(nomination.nominee, data, library) if data else {}
    return nomination.verdict


@transaction.atomic
def nominate(nominee, category, proposing_unit, actor, award_form="Giấy khen", achievement_line="", now=None,
             criteria=None):
    """Propose ``nominee`` in ``category``; after the plan's deadline it is accepted but marked late."""
    now = now or timezone.now()
    plan = category.plan
    if not proposing_unit.is_within(plan.unit):
        raise ValidationError("Đơn vị đề xuất không thuộc đơn vị chủ kế hoạch.")
    if category.target == "individual" and nominee.kind != "individual":
        raise ValidationError(f"Nhóm «{category.name}» dành cho cá nhân.")
    if category.target in ("collective", "household") and nominee.kind == "individual":
        raise ValidationError(f"Nhóm «{category.name}» dành cho tập thể, hộ gia đình.")
    if Nomination.objects.filter(nominee=nominee, category=category).exists():
        raise ValidationError(f"«{nominee}» đã được đề xuất trong nhóm «{category.name}».")
    deadline = plan.nomination_deadline
    nomination = Nomination(
        nominee=nominee, category=category, unit=plan.unit, proposing_unit=proposing_unit,
        criteria=criteria or criteria_for(category), award_form=award_form or "Giấy khen",
        is_late=bool(deadline and timezone.localdate(now) > deadline), submitted_at=now, submitted_by=actor,
    )
    if achievement_line:
        nomination.achievement_line = achievement_line[:300]
    refresh_verdict(nomination)
    _tag(nomination, actor, "Đề xuất khen thưởng" + (" (sau hạn)" if nomination.is_late else ""))
    nomination.save()
    return nomination


@transaction.atomic
def withdraw(nomination, actor):
    if nomination.status == NominationStatus.AWARDED:
        raise ValidationError("Đề xuất đã được khen thưởng, không rút được.")
    nomination.status = NominationStatus.WITHDRAWN
    _tag(nomination, actor, "Rút đề xuất")
    nomination.save()
    return nomination


@transaction.atomic
def open_meeting(meeting, actor):
    if meeting.present_count > meeting.member_count:
        raise ValidationError({"present_count": "Số thành viên có mặt không được lớn hơn tổng số thành viên Hội đồng."})
    meeting.full_clean()
    _tag(meeting, actor, "Ghi phiên họp Hội đồng")
    meeting.save()
    return meeting


def required_votes(member_count, share):
    """Votes in favour needed: ``share`` of all council members, rounded up."""
    return int((Decimal(member_count) * Decimal(share)).to_integral_value(rounding=ROUND_CEILING))


@transaction.atomic
def record_vote(meeting, nomination, present, in_favour, written_in_favour, actor):
    """Record the council's vote on one nomination and apply the title's threshold
    (a share of ALL council members; absent members may vote in writing)."""
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
        raise ValidationError(errors)
    if nomination.unit_id != meeting.unit_id:
        raise ValidationError("Đề xuất không thuộc đơn vị của Hội đồng.")
    share = nomination.criteria.approval_share if nomination.criteria_id else Decimal("0.5")
    approved = in_favour + written_in_favour >= required_votes(meeting.member_count, share)
    vote = CouncilVote.objects.filter(meeting=meeting, nomination=nomination).first() or CouncilVote(
        meeting=meeting, nomination=nomination
    )
    vote.present, vote.in_favour, vote.written_in_favour = present, in_favour, written_in_favour
    vote.threshold, vote.approved = share, approved
    _tag(vote, actor, "Biểu quyết")
    vote.save()
    if nomination.status in (NominationStatus.PROPOSED, NominationStatus.APPROVED, NominationStatus.REJECTED):
        nomination.status = NominationStatus.APPROVED if approved else NominationStatus.REJECTED
        _tag(nomination, actor, "Hội đồng đồng ý" if approved else "Hội đồng không đồng ý")
        nomination.save()
    return vote


@transaction.atomic
def issue_decision(decision, nominations, actor):
    """Save the decision and attach the approved nominations with register numbers."""
    nominations = list(nominations)
    if not nominations:
        raise ValidationError("Chưa chọn người, tập thể nào được Hội đồng đồng ý.")
    for n in nominations:
        if n.status != NominationStatus.APPROVED or n.unit_id != decision.unit_id:
            raise ValidationError(f"«{n.nominee}» chưa được Hội đồng đồng ý hoặc không thuộc đơn vị.")
    decision.full_clean()
    _tag(decision, actor, "Ban hành quyết định khen thưởng")
    decision.save()
    for order, n in enumerate(nominations, start=1):
        award = Award(decision=decision, nomination=n, order=order, register_number=str(decision.register_start + order - 1))
        _tag(award, actor, "Khen thưởng")
        award.save()
        n.status = NominationStatus.AWARDED
        _tag(n, actor, "Đã khen thưởng")
        n.save()
    return decision


@transaction.atomic
def save_layout(unit, positions, offset_x, offset_y, actor):
    from thidua.honors.domain.certificates import DEFAULT_POSITIONS

    layout = CertificateLayout.objects.filter(unit=unit).first() or CertificateLayout(unit=unit)
    clean = {}
    for key, default in DEFAULT_POSITIONS.items():
        x, y = positions.get(key, default[:2])
        if not (0 <= x <= 297 and 0 <= y <= 210):
            raise ValidationError(f"Vị trí «{key}» ({x}, {y}) nằm ngoài khổ A4 ngang (297 × 210 mm).")
        clean[key] = [x, y, *default[2:]]
    layout.positions, layout.offset_x, layout.offset_y = clean, offset_x, offset_y
    layout.full_clean()
    _tag(layout, actor, "Căn chỉnh in phôi")
    layout.save()
    return layout
