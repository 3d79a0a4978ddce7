"""Quota of an award category: min–max, with the shortfall or excess."""
from dataclasses import dataclass


@dataclass
class QuotaStatus:
    count: int
    min_count: int
    max_count: int | None

    @property
    def state(self):
        if self.count < self.min_count:
            return "short"
        if self.max_count is not None and self.count > self.max_count:
            return "excess"
        return "ok"

    @property
    def range_text(self):
        if self.max_count is None:
            return f"tối thiểu {self.min_count}"
        if self.max_count == self.min_count:
            return f"{self.min_count:02d}"
        return f"{self.min_count:02d} - {self.max_count:02d}"

    @property
    def message(self):
        if self.state == "short":
            return f"Thiếu {self.min_count - self.count} (đã có {self.count}, cần {self.range_text})"
        if self.state == "excess":
            return f"Vượt {self.count - self.max_count} (đã có {self.count}, tối đa {self.max_count})"
        return f"Đủ ({self.count}, chỉ tiêu {self.range_text})"

    @property
    def badge(self):
        return {"short": "missing", "excess": "late", "ok": "ok"}[self.state]


def quota_status(count, min_count, max_count):
    return QuotaStatus(int(count), int(min_count or 0), None if max_count is None else int(max_count))
