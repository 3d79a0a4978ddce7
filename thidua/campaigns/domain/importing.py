"""Enter a parent plan's rules from a JSON description (see data/hp-2025-3194.json).

Another province's plan is a new JSON file, not new code. The import is all or nothing.
"""
import json
from datetime import date
from decimal import Decimal, InvalidOperation

from django.core.exceptions import ValidationError
from django.db import transaction

from thidua.campaigns.domain.wordings import with_standard_wordings
from thidua.campaigns.models import AgendaItemRule, Campaign, CampaignDeadline, DeadlineKey
from thidua.common import history
from thidua.units.models import Unit

IMPORT = "Nhập kế hoạch cấp trên từ tệp"

SIMPLE_FIELDS = [
    "title", "level", "decision_number", "decision_signer", "higher_level_basis", "evaluation_start_year",
    "evaluation_end_year", "direction_start_year", "direction_end_year", "conference_form", "max_sessions",
    "session_max_minutes", "delegate_limit", "delegate_priorities", "name_pattern_merged", "name_pattern_unmerged",
    "congress_name", "congress_form", "congress_size", "source_document", "report_outline", "results_report_contents",
]


def _date(value, field):
    try:
        return date.fromisoformat(value)
    except (TypeError, ValueError):
        raise ValidationError(f"Trường “{field}”: ngày “{value}” không hợp lệ (cần dạng YYYY-MM-DD).")


def _decimal(value, field):
    try:
        return Decimal(str(value))
    except (InvalidOperation, TypeError):
        raise ValidationError(f"Trường “{field}”: “{value}” không phải là số.")


def load_file(path):
    try:
        with open(path, encoding="utf-8") as fh:
            return json.load(fh)
    except FileNotFoundError:
        raise ValidationError(f"Không tìm thấy tệp {path}.")
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        raise ValidationError(f"Tệp {path} không phải JSON hợp lệ: {exc}.")


def _put(model, actor, campaign, key, values):
    """Create or update ``model``'s row ``key`` of ``campaign`` with ``values``, recorded."""
    row = model.objects.filter(campaign=campaign, key=key).first() or model(campaign=campaign, key=key)
    for name, value in values.items():
        setattr(row, name, value)
    return history.save(row, actor, IMPORT)


def _remove_others(model, actor, campaign, keys):
    for row in model.objects.filter(campaign=campaign).exclude(key__in=keys):
        history.delete(row, actor, IMPORT)


@transaction.atomic
def import_campaign(data, parent=None, actor=None):
    """Create or update the campaign described by ``data`` (as ``actor``, None for a
    command), every change recorded as «Nhập kế hoạch cấp trên từ tệp»; returns it."""
    for key in ("code", "title", "issuer", "deadlines", "agenda"):
        if key not in data:
            raise ValidationError(f"Thiếu trường bắt buộc “{key}”.")
    issuer = Unit.objects.filter(code=data["issuer"]).first()
    if issuer is None:
        raise ValidationError(f"Không có đơn vị mã “{data['issuer']}” (cơ quan ban hành).")
    campaign = Campaign.objects.filter(code=data["code"]).first() or Campaign(code=data["code"])
    campaign.issuer = issuer
    campaign.parent = parent
    for field in SIMPLE_FIELDS:
        if field in data:
            setattr(campaign, field, data[field])
    if data.get("decision_date"):
        campaign.decision_date = _date(data["decision_date"], "decision_date")
    for field in ("exemplar_share", "exemplar_share_tolerance"):
        if field in data:
            setattr(campaign, field, _decimal(data[field], field))
    campaign.full_clean()
    history.save(campaign, actor, IMPORT)

    valid_keys = {k.value for k in DeadlineKey}
    seen = set()
    for item in data["deadlines"]:
        if item.get("key") not in valid_keys:
            raise ValidationError(f"Mốc thời hạn “{item.get('key')}” không hợp lệ; dùng một trong: {', '.join(sorted(valid_keys))}.")
        seen.add(item["key"])
        _put(CampaignDeadline, actor, campaign, item["key"], {
            "label": item.get("label", ""),
            "due_date": _date(item.get("due_date"), f"deadlines.{item['key']}"),
            "strictly_before": bool(item.get("strictly_before", True)),
            "recipient": item.get("recipient", ""),
        })
    _remove_others(CampaignDeadline, actor, campaign, seen)

    keys = []
    for order, item in enumerate(data["agenda"], start=1):
        if not item.get("key") or not item.get("title"):
            raise ValidationError(f"Mục chương trình thứ {order} thiếu “key” hoặc “title”.")
        keys.append(item["key"])
        _put(AgendaItemRule, actor, campaign, item["key"], {
            "order": order,
            "title": item["title"],
            "required": bool(item.get("required", True)),
            "keywords": with_standard_wordings(item["key"], item.get("keywords", [])),
        })
    if len(set(keys)) != len(keys):
        raise ValidationError("Mã mục chương trình bị trùng.")
    _remove_others(AgendaItemRule, actor, campaign, keys)
    return campaign
