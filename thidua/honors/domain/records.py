"""Bridge from the database to the plain-Python eligibility engine."""
from thidua.common import history
from thidua.honors.domain import eligibility
from thidua.honors.domain.library import BUILTIN, LIBRARY


def nominee_record(nominee):
    """The eligibility record of a ``Nominee`` (uses prefetched ``achievements``)."""
    items, awards = [], []
    for a in nominee.achievements.all():
        if a.kind == "award":
            awards.append({"title": a.title, "year": a.year})
        else:
            items.append({"kind": a.kind, "level": a.level, "year": a.year, "title": a.title})
    return {"id": str(nominee.pk), "kind": nominee.kind, "ratings": dict(nominee.ratings or {}),
            "initiatives": items, "awards": awards}


def criteria_library():
    """Built-in sets overlaid with the database's (edited or added) sets."""
    from thidua.honors.models import CriteriaSet

    library = dict(LIBRARY)
    for row in CriteriaSet.objects.all():
        base = dict(LIBRARY.get(row.code, {}))
        base.update(row.as_data())
        library[row.code] = base
    return library


def evaluate_nominee(nominee, criteria, library=None):
    """A verdict dict; a record the engine rejects gives a not-eligible verdict naming the errors."""
    try:
        verdict = eligibility.evaluate(nominee_record(nominee), criteria, library=library or LIBRARY)
    except eligibility.RecordError as exc:
        return {"code": criteria.get("code", ""), "eligible": False, "needs_review": False,
                "reasons": [{"status": "not_met", "text": f"Dữ liệu chưa hợp lệ: {e}", "children": []} for e in exc.errors]}
    return verdict.as_dict()


def ensure_builtin_criteria(actor=None):
    """Create the built-in criteria sets that are missing (edits to existing rows are kept)."""
    from decimal import Decimal

    from thidua.honors.models import CriteriaSet

    existing = set(CriteriaSet.objects.values_list("code", flat=True))
    created = 0
    for data in BUILTIN:
        if data["code"] in existing:
            continue
        conditions = {k: v for k, v in data.items() if k in ("conditions",)}
        history.create(
            CriteriaSet, actor, "Nạp bộ tiêu chí có sẵn", code=data["code"], title=data["title"], target=data["target"], legal_text=data["legal_text"],
            article=data.get("article", ""), verified=data.get("verified", False), conditions=conditions["conditions"],
            approval_share=Decimal(data.get("approval_share", "0.5")), approval_verified=data.get("approval_verified", False),
            max_share=Decimal(data["max_share"]) if data.get("max_share") else None, note=data.get("note", ""),
        )
        created += 1
    return created
