"""Check-in on the conference day: QR or name search, arrival once, live counts."""
import re
import uuid
from dataclasses import dataclass

from django.db import transaction
from django.db.models import Count, Q
from django.utils import timezone

from thidua.common import clock, history
from thidua.common.collation import vi_order
from thidua.common.text import fold
from thidua.delegates.models import Delegate, Group

_UUID = re.compile(r"[0-9a-fA-F]{8}-?[0-9a-fA-F]{4}-?[0-9a-fA-F]{4}-?[0-9a-fA-F]{4}-?[0-9a-fA-F]{12}")


@dataclass
class Outcome:
    delegate: object
    ok: bool
    message: str


def parse_token(text):
    """The delegate token inside a scanned QR text (the check-in URL or the bare code); None if unreadable."""
    match = _UUID.search(text or "")
    if not match:
        return None
    try:
        return uuid.UUID(match.group(0))
    except ValueError:
        return None


def looks_like_code(text):
    text = (text or "").strip()
    return "/" in text or bool(re.fullmatch(r"[0-9a-fA-F-]{16,}", text))


def search(conference, query, limit=30):
    folded = fold(query)[:100]
    qs = conference.delegates.filter(status=Delegate.Status.CONFIRMED)
    if not folded:
        return qs.none()
    for word in folded.split(" "):
        qs = qs.filter(Q(name_folded__contains=word))
    return qs.order_by(vi_order("full_name"), "pk")[:limit]


@dataclass
class Lookup:
    """What the check-in search found for a typed name or a scanned QR text."""

    results: list
    error: str = ""


def find(conference, query):
    """The confirmed delegates a name (without diacritics is fine) or a scanned QR text
    designates, or a Vietnamese message saying why none."""
    query = (query or "").strip()
    if not query:
        return Lookup([])
    if looks_like_code(query):
        token = parse_token(query)
        d = conference.delegates.filter(token=token).first() if token else None
        if d is None:
            return Lookup([], "Không đọc được mã QR hoặc mã không thuộc hội nghị này. Hãy tìm theo tên đại biểu.")
        return Lookup([d])
    results = list(search(conference, query))
    return Lookup(results, "" if results else f"Không tìm thấy đại biểu nào tên «{query}».")


@transaction.atomic
def check_in(delegate, user):
    """Mark the delegate present, once: a second scan says when they came and changes nothing."""
    d = Delegate.objects.select_for_update().get(pk=delegate.pk)
    if d.status != Delegate.Status.CONFIRMED:
        return Outcome(d, False, f"{d.full_name} không có trong danh sách đại biểu chính thức.")
    if d.checked_in_at:
        local = timezone.localtime(d.checked_in_at)
        return Outcome(d, False, f"{d.full_name} đã điểm danh lúc {local:%H:%M} ngày {local:%d/%m/%Y}; không ghi lại lần nữa.")
    d.checked_in_at = clock.now()
    d.checked_in_by = user
    history.save(d, user, "Điểm danh")
    return Outcome(d, True, f"Đã điểm danh: {d.full_name}.")


@transaction.atomic
def undo_check_in(delegate, user):
    """Take back a check-in made by mistake."""
    d = Delegate.objects.select_for_update().get(pk=delegate.pk)
    d.checked_in_at = None
    d.checked_in_by = None
    history.save(d, user, "Hủy điểm danh")
    return Outcome(d, True, f"Đã hủy điểm danh của {d.full_name}.")


def attendance(conference):
    """{"rows": [{group, label, expected, present}], "expected": n, "present": n} in one query."""
    rows = (
        conference.delegates.filter(status=Delegate.Status.CONFIRMED)
        .values("group")
        .annotate(expected=Count("pk"), present=Count("pk", filter=Q(checked_in_at__isnull=False)))
    )
    by_group = {r["group"]: r for r in rows}
    out = []
    for code, label in Group.choices:
        r = by_group.get(code, {})
        out.append({"group": code, "label": label, "expected": r.get("expected", 0), "present": r.get("present", 0)})
    return {"rows": out, "expected": sum(r["expected"] for r in out), "present": sum(r["present"] for r in out)}
