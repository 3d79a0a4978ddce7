"""Saving what a unit officer edited on the plan: its own fields and its three tables
(agenda, award categories, tasks), all or nothing, while the plan is still editable."""
from django.db import transaction

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


@transaction.atomic
def save_plan(plan, actor, values, agenda=None, awards=None, tasks=None):
    """Save ``values`` ({field: value} of the plan's own fields) and the rows' ``RowChanges``
    (``thidua.common.rows``) of ``plan``, as the action "Lưu kế hoạch" of ``actor``.

    The plan row is locked and must still be a draft or returned: a plan submitted
    meanwhile (another tab, another officer) is refused with a ``DomainError`` and nothing
    is saved. Returns the saved plan."""
    unknown = set(values) - editable_fields()
    if unknown:
        raise ValueError(f"not editable on a plan: {sorted(unknown)}")
    locked = Plan.objects.select_for_update().select_related("unit", "campaign").get(pk=plan.pk)
    if not is_editable(locked):
        raise DomainError(f"Kế hoạch đang ở trạng thái “{locked.get_status_display()}”, không sửa được.")
    for name, value in values.items():
        setattr(locked, name, value)
    history.save(locked, actor, SAVE_PLAN)
    rows.apply(agenda, "plan", locked, actor, SAVE_PLAN)
    rows.apply(awards, "plan", locked, actor, SAVE_PLAN)
    rows.apply(tasks, "plan", locked, actor, SAVE_PLAN)
    return locked
