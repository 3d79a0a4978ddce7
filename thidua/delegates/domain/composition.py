"""Composition of a delegate list (cơ cấu đại biểu), checked against the campaign's rules.

Plain Python: ``check(people, rules, targets)`` takes facts, not models, so the unit's
conference and the Board's city-wide congress list use the same checker. Each deviation
is a :class:`thidua.common.findings.Finding` with a stable code.
"""
from collections import Counter
from dataclasses import dataclass, field

from thidua.common.choices import MAJORITY_ETHNICITY, Gender
from thidua.common.findings import Finding, Severity, sort_findings
from thidua.common.text import fold

EXEMPLAR = "exemplar"
FEMALE = Gender.FEMALE.value
MAJORITY = fold(MAJORITY_ETHNICITY)


@dataclass(frozen=True)
class Person:
    """What the checker reads about one delegate."""

    full_name: str
    group: str = EXEMPLAR  # exemplar | guest | leader
    gender: str = ""  # male | female
    ethnicity: str = MAJORITY_ETHNICITY
    direct_worker: bool = False
    economic_sector: str = ""
    field: str = ""
    predecessor: str = ""  # name of the pre-merger unit, "" when none
    organisation: str = ""
    birth_year: int | None = None

    @property
    def is_minority(self):
        return bool(self.ethnicity) and fold(self.ethnicity) != MAJORITY

    @property
    def identity(self):
        """Two rows are the same person when name, birth year and organisation agree."""
        return (fold(self.full_name), self.birth_year or 0, fold(self.organisation))


@dataclass(frozen=True)
class Targets:
    """What the unit aims for beyond the campaign's rules (from its plan; all optional)."""

    women: int | None = None
    ethnic_minorities: int | None = None
    direct_workers: int | None = None
    economic_sectors: tuple = ()  # sector codes that must be present
    predecessors: tuple = ()  # names of pre-merger units that must be represented
    limit: int | None = None  # overrides the campaign's delegate_limit (e.g. the plan's own total)


@dataclass
class Summary:
    total: int = 0
    limit: int = 0
    by_group: dict = field(default_factory=dict)
    women: int = 0
    minorities: int = 0
    direct_workers: int = 0
    by_field: dict = field(default_factory=dict)
    by_sector: dict = field(default_factory=dict)
    by_predecessor: dict = field(default_factory=dict)
    exemplar_low: int = 0
    exemplar_high: int = 0

    def share(self, count):
        return count / self.total if self.total else 0.0

    @property
    def exemplars(self):
        return self.by_group.get(EXEMPLAR, 0)

    @property
    def exemplar_share(self):
        return self.share(self.exemplars)

    @property
    def women_share(self):
        return self.share(self.women)

    @property
    def minority_share(self):
        return self.share(self.minorities)

    @property
    def direct_worker_share(self):
        return self.share(self.direct_workers)


def pct(value):
    return f"{value * 100:.1f}".rstrip("0").rstrip(".").replace(".", ",") + "%"


def exemplar_bounds(total, rules):
    """The least and most exemplars a list of ``total`` may have: share ± tolerance."""
    import math

    low = math.ceil(round(total * (rules.exemplar_share - rules.exemplar_share_tolerance), 6))
    high = math.floor(round(total * (rules.exemplar_share + rules.exemplar_share_tolerance), 6))
    if low > high:  # small lists: the window has no integer, take the nearest count
        low = high = math.floor(total * rules.exemplar_share + 0.5)
    return max(low, 0), min(high, total)


def summarise(people, rules, targets=None):
    targets = targets or Targets()
    people = list(people)
    s = Summary(total=len(people), limit=targets.limit or rules.delegate_limit)
    s.by_group = dict(Counter(p.group for p in people))
    s.women = sum(1 for p in people if p.gender == FEMALE)
    s.minorities = sum(1 for p in people if p.is_minority)
    s.direct_workers = sum(1 for p in people if p.direct_worker)
    s.by_field = dict(Counter(p.field for p in people if p.field))
    s.by_sector = dict(Counter(p.economic_sector for p in people if p.economic_sector))
    s.by_predecessor = dict(Counter(p.predecessor for p in people if p.predecessor))
    s.exemplar_low, s.exemplar_high = exemplar_bounds(s.total, rules)
    return s


def check(people, rules, targets=None, labels=None):
    """Findings about ``people`` (an iterable of :class:`Person`). ``labels`` maps field
    and sector codes to their Vietnamese names for messages."""
    targets = targets or Targets()
    labels = labels or {}
    people = list(people)
    s = summarise(people, rules, targets)
    src = rules.source_phrase
    findings = []

    if s.total > s.limit:
        findings.append(Finding(
            "delegates_over_limit", Severity.ERROR, "total",
            f"Danh sách có {s.total} đại biểu, vượt {s.total - s.limit} so với tối đa {s.limit} đại biểu {src}.",
        ))
    if s.total == 0:
        findings.append(Finding("delegates_empty", Severity.INFO, "total", "Chưa có đại biểu nào trong danh sách."))
        return s, sort_findings(findings)

    share = s.exemplar_share
    target, tol = rules.exemplar_share, rules.exemplar_share_tolerance
    if s.exemplars < s.exemplar_low:
        findings.append(Finding(
            "exemplar_share_low", Severity.WARNING, "group",
            f"Đại biểu điển hình tiên tiến chiếm {pct(share)} ({s.exemplars}/{s.total}), thấp hơn mức khoảng "
            f"{pct(target)} (cho phép ±{pct(tol)}) {src}: cần ít nhất {s.exemplar_low} người.",
        ))
    elif s.exemplars > s.exemplar_high:
        findings.append(Finding(
            "exemplar_share_high", Severity.WARNING, "group",
            f"Đại biểu điển hình tiên tiến chiếm {pct(share)} ({s.exemplars}/{s.total}), cao hơn mức khoảng "
            f"{pct(target)} (cho phép ±{pct(tol)}) {src}; khách mời và lãnh đạo còn {s.total - s.exemplars} người.",
        ))

    for code, fieldname, count, wanted, noun in (
        ("women_share_low", "gender", s.women, targets.women, "đại biểu nữ"),
        ("ethnic_minority_share_low", "ethnicity", s.minorities, targets.ethnic_minorities, "đại biểu dân tộc thiểu số"),
        ("direct_workers_low", "direct_worker", s.direct_workers, targets.direct_workers,
         "đại biểu trực tiếp lao động, sản xuất"),
    ):
        if wanted and count < wanted:
            findings.append(Finding(
                code, Severity.WARNING, fieldname,
                f"Có {count} {noun} ({pct(s.share(count))}), ít hơn chỉ tiêu {wanted} của kế hoạch: thiếu {wanted - count}.",
            ))
        elif not wanted and count == 0 and code != "ethnic_minority_share_low":
            findings.append(Finding(
                code, Severity.WARNING, fieldname,
                f"Chưa có {noun}; kế hoạch cấp trên yêu cầu chú trọng thành phần này.",
            ))

    for sector in targets.economic_sectors:
        if not s.by_sector.get(sector):
            findings.append(Finding(
                f"economic_sector_missing:{sector}", Severity.WARNING, "economic_sector",
                f"Chưa có đại biểu thuộc {labels.get(sector, sector)}; cần đại diện các thành phần kinh tế.",
            ))
    for name in targets.predecessors:
        if not s.by_predecessor.get(name):
            findings.append(Finding(
                f"predecessor_missing:{fold(name).replace(' ', '-')}", Severity.WARNING, "predecessor",
                f"Chưa có đại biểu của {name} (đơn vị trước sắp xếp); cần cân đối giữa các đơn vị trước sắp xếp.",
            ))

    exemplar_fields = Counter(p.field for p in people if p.group == EXEMPLAR and p.field)
    exemplars = sum(exemplar_fields.values())
    if exemplars >= 10 and exemplar_fields:
        top, top_count = exemplar_fields.most_common(1)[0]
        if top_count / exemplars > 0.5:
            findings.append(Finding(
                "field_unbalanced", Severity.INFO, "field",
                f"{top_count}/{exemplars} đại biểu điển hình thuộc lĩnh vực {labels.get(top, top)} "
                f"({pct(top_count / exemplars)}); nên cân đối giữa các lĩnh vực, ngành nghề.",
            ))

    seen = {}
    for p in people:
        key = p.identity
        if key in seen:
            findings.append(Finding(
                "duplicate_person", Severity.ERROR, "full_name",
                f"{p.full_name} có tên hai lần trong danh sách (cùng năm sinh và cơ quan).",
            ))
        seen[key] = p
    return s, sort_findings(findings)
