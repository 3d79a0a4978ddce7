"""The plan's workflow: draft → submitted to the Board → accepted, or returned with a
comment → revised and resubmitted. One function per step; each checks the current state,
changes it, and records a dated ``PlanEvent`` (who, when, what, comment) besides the
simple_history record of the plan."""
from django.db import transaction

from thidua.common import clock, history
from thidua.common.errors import DomainError
from thidua.common.review import EDITABLE, clean_comment, require_status
from thidua.plans.domain.service import findings_for
from thidua.plans.models import Plan, PlanEvent, PlanStatus

COMMENT_MAX = 2000

# The named action each step records in the plan's history (the change log shows it).
ACTIONS = {
    PlanEvent.Action.SUBMITTED: "Gửi kế hoạch",
    PlanEvent.Action.RESUBMITTED: "Gửi lại kế hoạch",
    PlanEvent.Action.RETURNED: "Trả lại kế hoạch",
    PlanEvent.Action.ACCEPTED: "Chấp thuận kế hoạch",
}


def is_editable(plan):
    return plan.status in EDITABLE


def _findings_counts(plan):
    findings = findings_for(plan)
    return sum(f.severity == "error" for f in findings), sum(f.severity == "warning" for f in findings)


def _step(plan, actor, action, new_status, comment="", when=None, **fields):
    when = when or clock.now()
    errors, warnings = _findings_counts(plan)
    plan.status = new_status
    for name, value in fields.items():
        setattr(plan, name, value(when) if callable(value) else value)
    history.save(plan, actor, ACTIONS[action])
    event = PlanEvent(plan=plan, action=action, actor=actor, at=when, comment=comment, status_after=new_status,
                      error_count=errors, warning_count=warnings)
    return history.save(event, actor, ACTIONS[action])


def _locked(plan):
    return Plan.objects.select_for_update().select_related("unit", "campaign").get(pk=plan.pk)


def _clean_comment(comment, required):
    return clean_comment(comment, required, COMMENT_MAX)


@transaction.atomic
def submit(plan, actor, when=None):
    """Draft → submitted to the Board."""
    plan = _locked(plan)
    require_status(plan, {PlanStatus.DRAFT},
                   f"Chỉ gửi được kế hoạch đang soạn; kế hoạch này đang ở trạng thái “{plan.get_status_display()}”.")
    return _step(plan, actor, PlanEvent.Action.SUBMITTED, PlanStatus.SUBMITTED, when=when, submitted_at=lambda t: t)


@transaction.atomic
def resubmit(plan, actor, when=None):
    """Returned → submitted again, after the unit revised it."""
    plan = _locked(plan)
    require_status(plan, {PlanStatus.RETURNED}, "Chỉ gửi lại được kế hoạch đã bị trả lại để sửa.")
    return _step(plan, actor, PlanEvent.Action.RESUBMITTED, PlanStatus.SUBMITTED, when=when, submitted_at=lambda t: t)


@transaction.atomic
def return_with_comment(plan, actor, comment, when=None):
    """Submitted → returned to the unit with the Board's comment."""
    comment = _clean_comment(comment, required=True)
    plan = _locked(plan)
    require_status(plan, {PlanStatus.SUBMITTED}, "Chỉ trả lại được kế hoạch đã gửi Ban và đang chờ xử lý.")
    return _step(plan, actor, PlanEvent.Action.RETURNED, PlanStatus.RETURNED, comment=comment, when=when,
                 decided_at=lambda t: t, board_comment=comment)


@transaction.atomic
def accept(plan, actor, comment="", when=None, despite_errors=False):
    """Submitted → accepted by the Board. A plan whose check still finds errors is accepted
    only when the Board says so (``despite_errors``), with its reason as the comment."""
    comment = _clean_comment(comment, required=False)
    plan = _locked(plan)
    require_status(plan, {PlanStatus.SUBMITTED}, "Chỉ chấp thuận được kế hoạch đã gửi Ban và đang chờ xử lý.")
    errors = [f for f in findings_for(plan) if f.severity == "error"]
    if errors and not despite_errors:
        listed = "; ".join(f.message for f in errors[:3]) + ("; …" if len(errors) > 3 else "")
        raise DomainError(f"Kế hoạch còn {len(errors)} lỗi so với kế hoạch cấp trên ({listed}). Đánh dấu «Chấp thuận "
                          "dù kế hoạch còn lỗi» và ghi lý do, hoặc trả lại để đơn vị sửa.", field="despite_errors")
    return _step(plan, actor, PlanEvent.Action.ACCEPTED, PlanStatus.ACCEPTED, comment=comment, when=when,
                 decided_at=lambda t: t, board_comment=comment)
