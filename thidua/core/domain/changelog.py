"""The change log the Board reads: every historical record of the models that keep one,
newest first, each with its named action ("Gửi kế hoạch", "Lưu báo cáo kết quả") beside
the fields it changed.

A page costs the same number of queries whatever its number of changes: ``change_keys``
lists (when, model, history id) newest first (one query per model), and ``describe_page``
fetches one page of them per model with their users and their previous records (for the
diffs), and the objects they point to (for their names), in bulk."""
import datetime
from dataclasses import dataclass
from heapq import merge
from itertools import islice

from django.apps import apps
from django.core.exceptions import ObjectDoesNotExist
from django.db.models import ForeignKey, OuterRef, Subquery
from django.utils import timezone

from thidua.common.choices import EconomicSector
from thidua.common.history import HISTORY_MODELS

TYPE_LABELS = {"+": "Tạo mới", "~": "Sửa", "-": "Xóa"}
EMPTY = "(trống)"
# Fields holding a list of codes, with the choices that name the codes.
LIST_CHOICES = {("plans", "target_economic_sectors"): EconomicSector}


@dataclass(frozen=True)
class ChangeKey:
    when: object
    model_key: str
    history_id: int


def _model(key):
    try:
        return apps.get_model(HISTORY_MODELS[key][0])
    except LookupError:
        return None


def change_keys(model_key=None, limit=1000):
    """The newest ``limit`` changes of one model (``model_key``) or of all, newest first."""
    streams = []
    for key in [model_key] if model_key else list(HISTORY_MODELS):
        model = _model(key)
        if model is None:
            continue
        rows = model.history.order_by("-history_date", "-history_id").values_list("history_date", "history_id")[:limit]
        streams.append([ChangeKey(when, key, history_id) for when, history_id in rows])
    return list(islice(merge(*streams, key=lambda k: k.when, reverse=True), limit))


def _with_previous(model, ids):
    """The records ``ids`` of ``model``, each with ``previous`` (the record before it of the
    same object, for a change) — three queries at most, for any number of records."""
    pk_name = model._meta.pk.attname
    previous_id = (model.history.filter(**{pk_name: OuterRef(pk_name)}, history_date__lt=OuterRef("history_date"))
                   .order_by("-history_date", "-history_id").values("history_id")[:1])
    records = list(model.history.filter(history_id__in=ids).select_related("history_user")
                   .annotate(previous_id=Subquery(previous_id)))
    wanted = [r.previous_id for r in records if r.history_type == "~" and r.previous_id]
    previous = model.history.in_bulk(wanted) if wanted else {}
    for record in records:
        record.previous = previous.get(record.previous_id)
    return {record.history_id: record for record in records}


def _objects(model, records):
    """The recorded objects (as they were), with the rows their foreign keys point to
    attached, fetched once per foreign key: naming them costs no query per record."""
    objects = {r.history_id: r.history_object for r in records}
    for field in model._meta.concrete_fields:
        if not isinstance(field, ForeignKey):
            continue
        ids = {getattr(obj, field.attname) for obj in objects.values()} - {None}
        if not ids:
            continue
        target = field.related_model
        below = [f.name for f in target._meta.concrete_fields if isinstance(f, ForeignKey)]
        found = target._base_manager.select_related(*below).in_bulk(ids)
        for obj in objects.values():
            value = getattr(obj, field.attname)
            if value is not None:
                field.set_cached_value(obj, found.get(value))
    return objects


def _name(obj):
    try:
        return str(obj)
    except (ObjectDoesNotExist, AttributeError, TypeError):
        return f"{obj._meta.verbose_name} #{obj.pk}"


def shown(field, value, names=None):
    """A changed value as the Board reads it: a choice's Vietnamese label, the name of the row a
    foreign key points to (from ``names``, {(model, pk): name}), a date as 20/08/2025, a moment in
    local time, yes/no, a list as its items; nothing is «(trống)» (and 0 stays 0)."""
    if value is None or value == "" or value == []:
        return EMPTY
    if isinstance(field, ForeignKey):
        name = (names or {}).get((field.related_model, value))
        return name if name is not None else f"{field.related_model._meta.verbose_name} #{value} (đã xóa)"
    if getattr(field, "flatchoices", None):
        return dict(field.flatchoices).get(value, value)
    if isinstance(value, list):
        labels = LIST_CHOICES.get((field.model._meta.app_label, field.name))
        labels = dict(labels.choices) if labels else {}
        if all(isinstance(item, str) for item in value):
            return ", ".join(str(labels.get(item, item)) for item in value)
        return f"{len(value)} mục dữ liệu"
    if isinstance(value, dict):  # structured data (facts read from a document, findings): its size, not raw JSON
        return f"{len(value)} mục dữ liệu" if value else EMPTY
    if isinstance(value, bool):
        return "Có" if value else "Không"
    if isinstance(value, datetime.datetime):
        return timezone.localtime(value).strftime("%d/%m/%Y %H:%M") if timezone.is_aware(value) else (
            value.strftime("%d/%m/%Y %H:%M"))
    if isinstance(value, datetime.date):
        return value.strftime("%d/%m/%Y")
    return value


def _diffs(record):
    """(field, old, new) of what ``record`` changed against the record before it."""
    if record.history_type != "~" or getattr(record, "previous", None) is None:
        return []
    meta = record.instance_type._meta
    return [(meta.get_field(c.field), c.old, c.new) for c in record.diff_against(record.previous).changes]


def _names(diffs):
    """{(model, pk): name} of every row a changed foreign key pointed to or points to: one
    query per model pointed to, for a whole page."""
    wanted = {}
    for field, old, new in diffs:
        if isinstance(field, ForeignKey):
            wanted.setdefault(field.related_model, set()).update({old, new} - {None, ""})
    names = {}
    for model, ids in wanted.items():
        for pk, obj in model._base_manager.in_bulk(ids).items():
            names[model, pk] = _name(obj)
    return names


def describe(record, label, obj, diffs=(), names=None):
    """A dict the template shows: when, who, the named action, what changed."""
    changes = [{"field": str(getattr(field, "verbose_name", field.name)),
                "old": shown(field, old, names), "new": shown(field, new, names)} for field, old, new in diffs]
    return {
        "when": record.history_date,
        "who": record.history_user,
        "type": TYPE_LABELS.get(record.history_type, record.history_type),
        "action": record.history_change_reason or "",
        "model": label,
        "object": _name(obj),
        "changes": changes,
    }


def describe_page(keys):
    """The rows of ``keys`` (``ChangeKey``, in order) for the template."""
    by_model = {}
    for key in keys:
        by_model.setdefault(key.model_key, []).append(key.history_id)
    pages = []
    for model_key, ids in by_model.items():
        model = _model(model_key)
        records = _with_previous(model, ids)
        objects = _objects(model, records.values())
        pages.append((model_key, records, objects, {h: _diffs(r) for h, r in records.items()}))
    names = _names(diff for *_, diffs in pages for record_diffs in diffs.values() for diff in record_diffs)
    described = {}
    for model_key, records, objects, diffs in pages:
        label = HISTORY_MODELS[model_key][1]
        for history_id, record in records.items():
            described[model_key, history_id] = describe(record, label, objects[history_id], diffs[history_id], names)
    return [described[k.model_key, k.history_id] for k in keys if (k.model_key, k.history_id) in described]


def recent_changes(model_key=None, limit=200):
    """The newest ``limit`` changes, described."""
    return describe_page(change_keys(model_key, limit))
