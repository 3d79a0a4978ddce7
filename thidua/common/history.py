"""The one history helper: who changed a record, when, and as which named action.

Every model about units, campaigns, roles, plans, nominations, awards, delegates, register
records and reports keeps a django-simple-history table. A domain function that changes such
a record calls :func:`record` (or :func:`save` / :func:`delete`, which call it), so the
history row carries the acting user and the action's Vietnamese name ("Gửi kế hoạch",
"Trả lại kế hoạch") that the change log shows, beside the field diffs.

``HISTORY_MODELS`` is the registry of the models the change log reads; each app adds its
own from its ``AppConfig.ready`` with :func:`register`.
"""

# key -> (model label, Vietnamese label). Apps with history add theirs with ``register``.
HISTORY_MODELS = {
    "unit": ("units.Unit", "Đơn vị"),
    "predecessor": ("units.PredecessorUnit", "Đơn vị trước sắp xếp"),
    "cluster": ("units.EmulationCluster", "Cụm, khối thi đua"),
    "campaign": ("campaigns.Campaign", "Kế hoạch cấp trên"),
    "deadline": ("campaigns.CampaignDeadline", "Thời hạn"),
    "agenda_rule": ("campaigns.AgendaItemRule", "Mục chương trình bắt buộc"),
    "user": ("accounts.User", "Người dùng"),
    "role": ("accounts.RoleAssignment", "Vai trò"),
}


def register(key, model_label, label):
    HISTORY_MODELS[key] = (model_label, label)


def _user(actor):
    return actor if getattr(actor, "is_authenticated", False) else None


def record(obj, actor, action, /):
    """Mark the next save or delete of ``obj`` as ``action`` (a Vietnamese name) done by
    ``actor``; returns ``obj``. Objects saved with it in a loop are each marked."""
    obj._history_user = _user(actor)
    obj._change_reason = str(action)
    return obj


def save(obj, actor, action, /, **kwargs):
    """``record`` then ``obj.save(**kwargs)``; returns ``obj``."""
    record(obj, actor, action).save(**kwargs)
    return obj


def create(model, actor, action, /, **fields):
    """A new ``model(**fields)``, saved as ``action`` by ``actor`` (positional, so a model may
    have fields named ``actor`` or ``action``)."""
    return save(model(**fields), actor, action)


def delete(obj, actor, action, /):
    """``record`` then ``obj.delete()``."""
    record(obj, actor, action).delete()
