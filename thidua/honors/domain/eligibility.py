"""Eligibility criteria as data, evaluated by plain Python (no Django, no database).

A *record* describes a nominee (see docs/eligibility-schema.md)::

    {"id": "A1", "kind": "individual",
     "ratings": {"2020": "HTTNV", "2021": "HTXSNV"},
     "initiatives": [{"kind": "initiative", "level": "base", "year": 2023}],
     "awards": [{"title": "Lao động tiên tiến", "year": 2024}],
     "under_review": false}

A *criteria set* is a dict with ``code``, ``title``, ``target`` and a list of
``conditions``; each condition is one of the types in ``CONDITION_TYPES``. ``evaluate``
returns a ``Verdict`` whose reasons explain each condition in Vietnamese with the facts
that decided it.
"""
from dataclasses import dataclass, field

RATINGS = {
    "HTXSNV": (4, "Hoàn thành xuất sắc nhiệm vụ"),
    "HTTNV": (3, "Hoàn thành tốt nhiệm vụ"),
    "HTNV": (2, "Hoàn thành nhiệm vụ"),
    "KHTNV": (1, "Không hoàn thành nhiệm vụ"),
    "KXL": (0, "Không xếp loại"),
}
LEVELS = {"base": (1, "cơ sở"), "city": (2, "thành phố, tỉnh, bộ, ngành"), "national": (3, "toàn quốc")}
ACHIEVEMENT_KINDS = {"initiative": "sáng kiến", "project": "đề tài, đề án, công trình khoa học"}
KINDS = {"individual": "cá nhân", "collective": "tập thể", "household": "hộ gia đình"}
MET, NOT_MET, MANUAL = "met", "not_met", "manual"
STATUS_LABEL = {MET: "Đạt", NOT_MET: "Chưa đạt", MANUAL: "Hội đồng xem xét"}
MIN_YEAR, MAX_YEAR = 1945, 2100


class RecordError(ValueError):
    """A record that cannot be evaluated; ``errors`` are Vietnamese messages."""

    def __init__(self, errors):
        self.errors = list(errors)
        super().__init__("; ".join(self.errors))


class CriteriaError(ValueError):
    pass


@dataclass
class Reason:
    status: str
    text: str
    children: list = field(default_factory=list)

    def as_text(self):
        line = f"{STATUS_LABEL[self.status]}: {self.text}"
        if self.children:
            line += " [" + "; ".join(c.as_text() for c in self.children) + "]"
        return line

    def as_dict(self):
        return {"status": self.status, "text": self.text, "children": [c.as_dict() for c in self.children]}


@dataclass
class Verdict:
    code: str
    eligible: bool
    reasons: list
    needs_review: bool = False

    def as_dict(self):
        return {"code": self.code, "eligible": self.eligible, "needs_review": self.needs_review,
                "reasons": [r.as_dict() for r in self.reasons]}

    def texts(self):
        return [r.as_text() for r in self.reasons]


def rating_label(code):
    return RATINGS[code][1] if code in RATINGS else "chưa xếp loại"


def _year(value, where, errors, period):
    try:
        year = int(value)
    except (TypeError, ValueError):
        errors.append(f"{where}: năm «{value}» không phải là số.")
        return None
    if isinstance(value, float) and value != year:
        errors.append(f"{where}: năm «{value}» không phải là số nguyên.")
        return None
    if not MIN_YEAR <= year <= MAX_YEAR:
        errors.append(f"{where}: năm {year} không hợp lệ.")
        return None
    if period and not period[0] <= year <= period[1]:
        errors.append(f"{where}: năm {year} nằm ngoài giai đoạn {period[0]} - {period[1]}.")
        return None
    return year


def parse_record(data, period=None):
    """Validate a record and return its normalised form; raise ``RecordError``."""
    errors = []
    if not isinstance(data, dict):
        raise RecordError(["Mỗi phần tử phải là một đối tượng JSON ({...})."])
    label = f"«{data.get('id', '?')}»"
    kind = data.get("kind", "individual")
    if kind not in KINDS:
        errors.append(f"{label}: đối tượng «{kind}» không hợp lệ (chỉ nhận: {', '.join(KINDS)}).")
    ratings = {}
    raw_ratings = data.get("ratings") or {}
    if not isinstance(raw_ratings, dict):
        errors.append(f"{label}: «ratings» phải là bảng năm → xếp loại.")
        raw_ratings = {}
    for raw_year, code in raw_ratings.items():
        year = _year(raw_year, f"{label}, xếp loại", errors, period)
        if code not in RATINGS:
            errors.append(
                f"{label}: xếp loại năm {raw_year} «{code}» không hợp lệ (chỉ nhận: {', '.join(RATINGS)})."
            )
            continue
        if year is not None:
            ratings[year] = code
    achievements = []
    raw_items = data.get("initiatives") or []
    if not isinstance(raw_items, list):
        errors.append(f"{label}: «initiatives» phải là một danh sách.")
        raw_items = []
    for index, item in enumerate(raw_items, start=1):
        where = f"{label}, sáng kiến/đề tài thứ {index}"
        if not isinstance(item, dict):
            errors.append(f"{where}: phải là một đối tượng JSON.")
            continue
        item_kind = item.get("kind", "initiative")
        if item_kind not in ACHIEVEMENT_KINDS:
            errors.append(f"{where}: loại «{item_kind}» không hợp lệ (chỉ nhận: initiative, project).")
        level = item.get("level")
        if not level:
            errors.append(f"{where}: thiếu cấp công nhận (base, city hoặc national).")
        elif level not in LEVELS:
            errors.append(f"{where}: cấp «{level}» không hợp lệ (chỉ nhận: base, city, national).")
        year = _year(item.get("year"), where, errors, period)
        if item_kind in ACHIEVEMENT_KINDS and level in LEVELS and year is not None:
            achievements.append({"kind": item_kind, "level": level, "year": year, "title": str(item.get("title", ""))[:300]})
    awards = []
    for index, item in enumerate(data.get("awards") or [], start=1):
        where = f"{label}, khen thưởng thứ {index}"
        if not isinstance(item, dict) or not item.get("title"):
            errors.append(f"{where}: thiếu tên danh hiệu, hình thức («title»).")
            continue
        year = _year(item.get("year"), where, errors, None)
        if year is not None:
            awards.append({"title": str(item["title"])[:200], "year": year})
    if errors:
        raise RecordError(errors)
    return {"id": str(data.get("id", "")), "kind": kind, "ratings": ratings, "achievements": achievements,
            "awards": awards, "under_review": bool(data.get("under_review", False))}


def _years(criteria, year):
    if criteria.get("scope") == "annual":
        return [year] if year else []
    first, last = criteria.get("rated_years") or criteria.get("period") or (None, None)
    if first is None:
        return []
    return list(range(int(first), int(last) + 1))


def _span(years):
    if not years:
        return "(chưa xác định năm xét)"
    return str(years[0]) if len(years) == 1 else f"{years[0]} - {years[-1]}"


class _Context:
    def __init__(self, record, criteria, year, library):
        self.record, self.criteria, self.year, self.library = record, criteria, year, library or {}
        self.years = _years(criteria, year)


def _every_year(cond, ctx):
    minimum = cond["min"]
    floor = RATINGS[minimum][0]
    facts, gaps = [], []
    for y in ctx.years:
        code = ctx.record["ratings"].get(y)
        facts.append(f"{y}: {code or 'chưa xếp loại'}")
        if code is None or RATINGS[code][0] < floor or code == "KXL":
            gaps.append(f"năm {y} {rating_label(code) if code else 'chưa xếp loại'}")
    text = f"Mỗi năm {_span(ctx.years)} được xếp loại «{rating_label(minimum)}» trở lên"
    if not ctx.years:
        return Reason(NOT_MET, text + " — chưa có năm nào được xếp loại")
    if gaps:
        return Reason(NOT_MET, f"{text} — chưa đạt: {', '.join(gaps)}")
    return Reason(MET, f"{text} ({', '.join(facts)})")


def _years_at_least(cond, ctx):
    code, count = cond["rating"], int(cond["count"])
    floor = RATINGS[code][0]
    hits = [y for y in ctx.years if ctx.record["ratings"].get(y) in RATINGS and RATINGS[ctx.record["ratings"][y]][0] >= floor
            and ctx.record["ratings"][y] != "KXL"]
    text = f"Ít nhất {count:02d} năm «{rating_label(code)}» trong giai đoạn {_span(ctx.years)}"
    found = f"có {len(hits)} năm" + (f" ({', '.join(map(str, hits))})" if hits else "")
    return Reason(MET if len(hits) >= count else NOT_MET, f"{text} — {found}")


def _achievements(cond, ctx):
    kinds = cond.get("kinds") or ["initiative"]
    min_level = cond.get("min_level", "base")
    count = int(cond.get("count", 1))
    floor = LEVELS[min_level][0]
    years = set(ctx.years) if cond.get("in_period", True) and ctx.years else None
    hits = [a for a in ctx.record["achievements"]
            if a["kind"] in kinds and LEVELS[a["level"]][0] >= floor and (years is None or a["year"] in years)]
    what = " hoặc ".join(ACHIEVEMENT_KINDS[k] for k in kinds)
    text = f"Ít nhất {count:02d} {what} cấp {LEVELS[min_level][1]} trở lên"
    if years is not None:
        text += f" trong {_span(ctx.years)}"
    listed = ", ".join(f"{ACHIEVEMENT_KINDS[a['kind']]} năm {a['year']} cấp {LEVELS[a['level']][1]}" for a in hits)
    found = f"có {len(hits)}" + (f" ({listed})" if hits else "")
    return Reason(MET if len(hits) >= count else NOT_MET, f"{text} — {found}")


def _has_award(cond, ctx):
    title = cond["title"]
    wanted = {y for y in ctx.years} if cond.get("in_period", True) and ctx.years else None
    hits = sorted(a["year"] for a in ctx.record["awards"]
                  if a["title"].strip().lower() == title.strip().lower() and (wanted is None or a["year"] in wanted))
    count = int(cond.get("count", 1))
    text = f"Đã đạt «{title}» ít nhất {count:02d} lần"
    found = f"{len(hits)} lần" + (f" ({', '.join(map(str, hits))})" if hits else "")
    return Reason(MET if len(hits) >= count else NOT_MET, f"{text} — {found}")


def _meets(cond, ctx):
    code = cond["criteria"]
    other = ctx.library.get(code)
    if other is None:
        raise CriteriaError(f"Bộ tiêu chí «{code}» được tham chiếu nhưng không có trong thư viện.")
    title = other.get("title", code)
    # Holding the title already in the year decides it; otherwise check its criteria.
    for award in ctx.record["awards"]:
        if award["title"].strip().lower() == title.strip().lower() and (not ctx.years or award["year"] in ctx.years):
            return Reason(MET, f"Đạt danh hiệu «{title}» — đã được công nhận năm {award['year']}")
    inner = evaluate(ctx.record, other, year=ctx.year, library=ctx.library, validated=True)
    status = MET if inner.eligible else NOT_MET
    return Reason(status, f"Đạt tiêu chuẩn «{title}»", [r for r in inner.reasons if r.status != MANUAL])


def _any_of(cond, ctx):
    children = [_evaluate_condition(c, ctx) for c in cond["conditions"]]
    met = [c for c in children if c.status == MET]
    text = cond.get("text") or "Đạt một trong các điều kiện sau"
    return Reason(MET if met else NOT_MET, text, children)


def _all_of(cond, ctx):
    children = [_evaluate_condition(c, ctx) for c in cond["conditions"]]
    failed = any(c.status == NOT_MET for c in children)
    return Reason(NOT_MET if failed else MET, cond.get("text") or "Đạt tất cả các điều kiện sau", children)


def _judgement(cond, ctx):
    return Reason(MANUAL, cond["text"])


def _not_under_review(cond, ctx):
    text = "Không đang bị xem xét kỷ luật, thanh tra, kiểm tra hoặc xác minh đơn thư"
    if ctx.record["under_review"]:
        return Reason(NOT_MET, f"{text} — đang bị xem xét")
    return Reason(MET, text)


CONDITION_TYPES = {
    "every_year": _every_year,
    "years_at_least": _years_at_least,
    "achievements": _achievements,
    "has_award": _has_award,
    "meets": _meets,
    "any_of": _any_of,
    "all_of": _all_of,
    "judgement": _judgement,
    "not_under_review": _not_under_review,
}


def _evaluate_condition(cond, ctx):
    kind = cond.get("type")
    if kind not in CONDITION_TYPES:
        raise CriteriaError(f"Loại điều kiện «{kind}» không được hỗ trợ (hỗ trợ: {', '.join(CONDITION_TYPES)}).")
    reason = CONDITION_TYPES[kind](cond, ctx)
    if cond.get("note"):
        reason.text += f" ({cond['note']})"
    return reason


def validate_criteria(criteria, library=None):
    """Check a criteria set's shape; return Vietnamese errors (empty list when valid)."""
    errors = []
    if not isinstance(criteria, dict):
        return ["Bộ tiêu chí phải là một đối tượng JSON."]
    if criteria.get("target") not in ("individual", "collective", "any"):
        errors.append("«target» phải là individual, collective hoặc any.")
    conditions = criteria.get("conditions")
    if not isinstance(conditions, list) or not conditions:
        return errors + ["«conditions» phải là danh sách có ít nhất một điều kiện."]

    def walk(cond, path):
        if not isinstance(cond, dict):
            errors.append(f"Điều kiện {path}: phải là một đối tượng JSON.")
            return
        kind = cond.get("type")
        if kind not in CONDITION_TYPES:
            errors.append(f"Điều kiện {path}: loại «{kind}» không được hỗ trợ.")
            return
        if kind == "every_year" and cond.get("min") not in RATINGS:
            errors.append(f"Điều kiện {path}: «min» phải là một xếp loại ({', '.join(RATINGS)}).")
        if kind == "years_at_least":
            if cond.get("rating") not in RATINGS:
                errors.append(f"Điều kiện {path}: «rating» phải là một xếp loại.")
            if not isinstance(cond.get("count"), int) or not 0 <= cond["count"] <= 50:
                errors.append(f"Điều kiện {path}: «count» phải là số nguyên từ 0 đến 50.")
        if kind == "achievements":
            if cond.get("min_level", "base") not in LEVELS:
                errors.append(f"Điều kiện {path}: «min_level» phải là base, city hoặc national.")
            if any(k not in ACHIEVEMENT_KINDS for k in cond.get("kinds") or ["initiative"]):
                errors.append(f"Điều kiện {path}: «kinds» chỉ nhận initiative, project.")
            if not isinstance(cond.get("count", 1), int) or not 0 <= cond.get("count", 1) <= 50:
                errors.append(f"Điều kiện {path}: «count» phải là số nguyên từ 0 đến 50.")
        if kind == "meets" and library is not None and cond.get("criteria") not in library:
            errors.append(f"Điều kiện {path}: bộ tiêu chí «{cond.get('criteria')}» không tồn tại.")
        if kind == "judgement" and not cond.get("text"):
            errors.append(f"Điều kiện {path}: thiếu nội dung «text».")
        if kind == "has_award" and not cond.get("title"):
            errors.append(f"Điều kiện {path}: thiếu «title».")
        if kind in ("any_of", "all_of"):
            children = cond.get("conditions")
            if not isinstance(children, list) or not children:
                errors.append(f"Điều kiện {path}: cần danh sách «conditions».")
                return
            for i, child in enumerate(children, start=1):
                walk(child, f"{path}.{i}")

    for i, cond in enumerate(conditions, start=1):
        walk(cond, str(i))
    return errors


def evaluate(record, criteria, year=None, library=None, validated=False):
    """Evaluate one record (raw or already parsed) against a criteria set."""
    period = criteria.get("period")
    parsed = record if validated else parse_record(record, tuple(period) if period else None)
    if year is None and criteria.get("scope") == "annual":
        year = max(parsed["ratings"], default=None)
    ctx = _Context(parsed, criteria, year, library)
    reasons = []
    target = criteria.get("target", "any")
    if target != "any" and parsed["kind"] != target and not (target == "collective" and parsed["kind"] == "household"):
        reasons.append(Reason(NOT_MET, f"Bộ tiêu chí dành cho {KINDS[target]}, không áp dụng cho {KINDS[parsed['kind']]}"))
    reasons += [_evaluate_condition(c, ctx) for c in criteria.get("conditions", [])]
    eligible = all(r.status != NOT_MET for r in reasons)
    return Verdict(criteria.get("code", ""), eligible, reasons, needs_review=any(r.status == MANUAL for r in reasons))
