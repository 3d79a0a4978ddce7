"""The change log the Board reads: every historical record of the models that keep one."""
from heapq import merge
from itertools import islice

from django.apps import apps

from thidua.common.history import HISTORY_MODELS

TYPE_LABELS = {"+": "Tạo mới", "~": "Sửa", "-": "Xóa"}


def describe(record, label):
    """A dict the template shows: who, when, what changed."""
    changes = []
    if record.history_type == "~":
        previous = record.prev_record
        if previous is not None:
            delta = record.diff_against(previous)
            for change in delta.changes:
                field = record.instance_type._meta.get_field(change.field)
                changes.append(
                    {"field": str(getattr(field, "verbose_name", change.field)), "old": change.old, "new": change.new}
                )
    return {
        "when": record.history_date,
        "who": record.history_user,
        "type": TYPE_LABELS.get(record.history_type, record.history_type),
        "model": label,
        "object": str(record),
        "changes": changes,
        "reason": record.history_change_reason or "",
    }


def recent_changes(model_key=None, limit=200):
    keys = [model_key] if model_key else list(HISTORY_MODELS)
    streams = []
    for key in keys:
        label_path, label = HISTORY_MODELS[key]
        try:
            model = apps.get_model(label_path)
        except LookupError:
            continue
        qs = model.history.select_related("history_user").order_by("-history_date")[:limit]
        streams.append(((r.history_date, label, r) for r in qs))
    merged = merge(*streams, key=lambda t: t[0], reverse=True)
    return [describe(record, label) for _, label, record in islice(merged, limit)]
