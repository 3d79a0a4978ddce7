"""Enter a parent plan's rules from a JSON description (see data/hp-2025-3194.json).

Another province's plan is a new JSON file, not new code. The import is all or nothing.
"""
import json
from datetime import date
from decimal import Decimal, InvalidOperation

from django.core.exceptions import ValidationError
from django.db import transaction

from thidua.campaigns.models import AgendaItemRule, Campaign, CampaignDeadline, DeadlineKey
from thidua.units.models import Unit

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


@transaction.atomic
def import_campaign(data, parent=None):
    """Create or update the campaign described by ``data``; returns it."""
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
    campaign.save()

    valid_keys = {k.value for k in DeadlineKey}
    seen = set()
    for item in data["deadlines"]:
        if item.get("key") not in valid_keys:
            raise ValidationError(f"Mốc thời hạn “{item.get('key')}” không hợp lệ; dùng một trong: {', '.join(sorted(valid_keys))}.")
        seen.add(item["key"])
        CampaignDeadline.objects.update_or_create(
            campaign=campaign,
            key=item["key"],
            defaults={
                "label": item.get("label", ""),
                "due_date": _date(item.get("due_date"), f"deadlines.{item['key']}"),
                "strictly_before": bool(item.get("strictly_before", True)),
                "recipient": item.get("recipient", ""),
            },
        )
    CampaignDeadline.objects.filter(campaign=campaign).exclude(key__in=seen).delete()

    keys = []
    for order, item in enumerate(data["agenda"], start=1):
        if not item.get("key") or not item.get("title"):
            raise ValidationError(f"Mục chương trình thứ {order} thiếu “key” hoặc “title”.")
        keys.append(item["key"])
        AgendaItemRule.objects.update_or_create(
            campaign=campaign,
            key=item["key"],
            defaults={
                "order": order,
                "title": item["title"],
                "required": bool(item.get("required", True)),
                "keywords": list(item.get("keywords", [])),
            },
        )
    if len(set(keys)) != len(keys):
        raise ValidationError("Mã mục chương trình bị trùng.")
    AgendaItemRule.objects.filter(campaign=campaign).exclude(key__in=keys).delete()
    return campaign
