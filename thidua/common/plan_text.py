"""What the words of a plan say, read one way by the plans checker and by the reader of
received plans (so a received document and the plan stored from it give the same findings):
the period (giai đoạn) a text attaches to its conference, and a unit's name reduced to what
two spellings of it share. Works with or without diacritics (received documents are often
OCR'd)."""
import re

from thidua.common.text import fold

PERIOD = re.compile(r"((?:19|20)\d{2})\s*[-–—]\s*((?:19|20)\d{2})")
# the conference itself: "Hội nghị [tuyên dương | biểu dương] [điển hình tiên tiến]" (not a bare "hội nghị")
CONFERENCE = re.compile(r"hoi nghi\s+(?:(?:tuyen|bieu)\s+duong(?:\s+dien hinh tien tien)?|dien hinh tien tien)")
# what ends the words about the conference: the congress it leads to ("tiến tới Đại hội …", which
# has its own period), "các cấp" (every level's conferences), the end of a clause or sentence
CONFERENCE_ENDS = re.compile(r"tien t\w{1,2}i|dai hoi|cac cap|;|\.\s")
WINDOW = 90  # characters after the conference's words in which its period stands

UNIT_KIND_WORDS = ("dac khu", "co quan", "phuong", "nganh", "xa", "so", "ban")


def parse_period(text):
    """(start, end) years of "2020 - 2025", "(2025-2030)", or ``None``."""
    match = PERIOD.search(fold(text or ""))
    return (int(match.group(1)), int(match.group(2))) if match else None


def periods_attached_to_conference(texts):
    """The periods ("2020 - 2025") the ``texts`` attach to the conference, in order, once
    each: for every mention of the conference, the first period written after it before
    what ends those words. "Chào mừng Hội nghị điển hình tiên tiến xã Kẻ Sặt, giai đoạn 2020 -
    2025" gives "2020 - 2025"; "Hội nghị …, tiến tới Đại hội Thi đua (2025 - 2030)" gives none."""
    found = []
    for text in texts:
        folded = fold(text or "")
        for match in CONFERENCE.finditer(folded):
            window = folded[match.end(): match.end() + WINDOW]
            end = CONFERENCE_ENDS.search(window)
            if end:
                window = window[: end.start()]
            years = PERIOD.search(window)
            if years:
                label = f"{years.group(1)} - {years.group(2)}"
                if label not in found:
                    found.append(label)
    return found


def name_key(text):
    """A name folded to its letters and digits: "Sở GD & ĐT" and "SỞ GD&ĐT" are "so gd dt"."""
    return re.sub(r"[^a-z0-9]+", " ", fold(text or "")).strip()


def core_unit_name(name):
    """A unit's name without its kind word: "Sở Khoa học và Công nghệ" → "khoa hoc va cong nghe",
    "xã Kẻ Sặt" → "ke sat", "Ngành Y tế" → "y te"."""
    key = name_key(name)
    for word in UNIT_KIND_WORDS:
        if key.startswith(word + " "):
            return key[len(word) + 1:]
    return key
