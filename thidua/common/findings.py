"""One shape for every checker's result (plan compliance, delegate composition, quotas…)."""
import re
from dataclasses import asdict, dataclass


class Severity:
    ERROR = "error"
    WARNING = "warning"
    INFO = "info"
    LABELS = {ERROR: "Lỗi", WARNING: "Cảnh báo", INFO: "Lưu ý"}
    ORDER = {ERROR: 0, WARNING: 1, INFO: 2}


@dataclass(frozen=True)
class Finding:
    """``code`` is stable (e.g. ``conference_after_deadline``, ``agenda_item_missing:exchange``);
    ``field`` names what it concerns; ``message`` is Vietnamese and cites the rule and the value."""

    code: str
    severity: str
    field: str
    message: str

    @property
    def severity_label(self):
        return Severity.LABELS.get(self.severity, self.severity)

    def as_dict(self):
        return asdict(self)


def _natural(code):
    """``code`` with its numbers compared as numbers: item 2 before item 10."""
    return tuple((0, int(part), "") if part.isdigit() else (1, 0, part) for part in re.split(r"(\d+)", code) if part)


def sort_findings(findings):
    """Errors first, then warnings, then notes; within each, by code, numbers in their order."""
    return sorted(findings, key=lambda f: (Severity.ORDER.get(f.severity, 9), _natural(f.code)))
