"""One shape for every checker's result (plan compliance, delegate composition, quotas…)."""
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


def sort_findings(findings):
    return sorted(findings, key=lambda f: (Severity.ORDER.get(f.severity, 9), f.code))
