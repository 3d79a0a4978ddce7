"""Which period (giai đoạn) a text attaches to the conference: "… Hội nghị … (2025 - 2030)".

Works on text with or without diacritics (received documents are often OCR'd)."""
import re

from thidua.common.text import fold

_YEARS = re.compile(r"((?:19|20)\d{2})\s*[-–—]\s*((?:19|20)\d{2})")


def parse_period(text):
    """(start, end) years of "2020 - 2025", "(2025-2030)", or ``None``."""
    match = _YEARS.search(fold(text or ""))
    return (int(match.group(1)), int(match.group(2))) if match else None


def periods_attached_to_conference(texts):
    """For every mention of "hội nghị" in ``texts``, the first period written after it and
    before any "đại hội" (the congress has its own period): e.g. the slogan "Chào mừng Hội
    nghị điển hình tiên tiến xã Kẻ Sặt, giai đoạn 2020 - 2025" gives "2020 - 2025"."""
    found = []
    for text in texts:
        folded = fold(text or "")
        for match in re.finditer(r"hoi nghi", folded):
            tail = folded[match.end():]
            stop = tail.find("dai hoi")
            if stop >= 0:
                tail = tail[:stop]
            years = _YEARS.search(tail)
            if years:
                label = f"{years.group(1)} - {years.group(2)}"
                if label not in found:
                    found.append(label)
    return found
