"""Saving what a unit officer edited on the plan: its own fields and its three tables
(agenda, award categories, tasks), all or nothing, while the plan is still editable."""
from django.db import transaction
from django.utils import timezone

from thidua.common import history, rows
from thidua.common.errors import DomainError
from thidua.plans.domain.workflow import is_editable
from thidua.plans.models import Plan

SAVE_PLAN = "Lưu kế hoạch"

# Fields the workflow, the origin and the database own: never set by editing.
NOT_EDITABLE = frozenset({"id", "unit", "campaign", "status", "origin", "submitted_at", "decided_at", "board_comment",
                          "created_at", "updated_at"})


def editable_fields():
    return {f.name for f in Plan._meta.concrete_fields} - NOT_EDITABLE


def version_of(plan):
    """What the edit page remembers of the plan it showed: when it was last saved."""
    return plan.updated_at.isoformat() if plan.updated_at else ""


@transaction.atomic
def save_plan(plan, actor, values, agenda=None, awards=None, tasks=None, seen_version=None):
    """Save ``values`` ({field: value} of the plan's own fields) and the rows' ``RowChanges``
    (``thidua.common.rows``) of ``plan``, as the action "Lưu kế hoạch" of ``actor``.

    The plan row is locked and must still be a draft or returned: a plan submitted
    meanwhile (another tab, another officer) is refused with a ``DomainError`` and nothing
    is saved. With ``seen_version`` (``version_of`` the plan the page showed), a plan saved
    by someone else since is refused too, naming who and when: nothing is overwritten
    unseen. Returns the saved plan."""
    unknown = set(values) - editable_fields()
    if unknown:
        raise ValueError(f"not editable on a plan: {sorted(unknown)}")
    locked = Plan.objects.select_for_update().select_related("unit", "campaign").get(pk=plan.pk)
    if not is_editable(locked):
        raise DomainError(f"Kế hoạch đang ở trạng thái “{locked.get_status_display()}”, không sửa được.")
    if seen_version is not None and seen_version != version_of(locked):
        last = locked.history.select_related("history_user").first()
        who = (last.history_user.full_name or last.history_user.username) if last and last.history_user else "người khác"
        when = timezone.localtime(locked.updated_at).strftime("%H:%M ngày %d/%m/%Y")
        raise DomainError(f"Kế hoạch vừa được {who} lưu lúc {when}, sau khi bạn mở trang này; chưa lưu thay đổi của "
                          "bạn. Sao chép phần bạn vừa nhập, mở lại trang để xem bản mới rồi nhập lại.")
    for name, value in values.items():
        setattr(locked, name, value)
    history.save(locked, actor, SAVE_PLAN)
    rows.apply(agenda, "plan", locked, actor, SAVE_PLAN)
    rows.apply(awards, "plan", locked, actor, SAVE_PLAN)
    rows.apply(tasks, "plan", locked, actor, SAVE_PLAN)
    return locked
