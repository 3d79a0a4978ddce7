"""Text helpers for reading received plans: index-preserving folding, fuzzy phrases, dates, times.

``fold_keep`` lower-cases and strips diacritics *one character for one character*, so a
regular expression run on the folded text gives spans that slice the original text.
OCR output loses or garbles diacritics ("Hoi nghi dién hinh tién tién"); the fuzzy phrase
matcher tolerates one wrong letter per word.
"""
import re
import unicodedata
from datetime import date, time
from functools import lru_cache


@lru_cache(maxsize=4096)
def _base(ch):
    if ch in "đĐ":
        return "d"
    if ch in "½":
        return "½"
    decomposed = unicodedata.normalize("NFD", ch)
    base = decomposed[0] if decomposed else ch
    lowered = base.lower()
    return lowered if len(lowered) == 1 else base


def normalize(text):
    """NFC, unified quotes, dashes and spaces; keeps line breaks."""
    text = unicodedata.normalize("NFC", text or "")
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u00a0", " ").replace("\t", " ")
    text = text.replace("–", "-").replace("—", "-").replace("‐", "-").replace("−", "-")
    text = text.replace("“", '"').replace("”", '"').replace("‘", "'").replace("’", "'").replace("`", "'")
    text = text.replace("\x0c", "\n")
    return text


def fold_keep(text):
    """Fold every character to its lower-case base letter; same length as ``text``."""
    return "".join(_base(ch) for ch in text)


def squash(text):
    return re.sub(r"\s+", " ", text or "").strip()


# ---------------------------------------------------------------- fuzzy phrases

def _within_one(a, b):
    """Edit distance of a and b is at most 1."""
    if a == b:
        return True
    la, lb = len(a), len(b)
    if abs(la - lb) > 1:
        return False
    if la > lb:
        a, b, la, lb = b, a, lb, la
    i = 0
    while i < la and a[i] == b[i]:
        i += 1
    if la == lb:
        return a[i + 1:] == b[i + 1:]
    return a[i:] == b[i + 1:]


def token_matches(token, word):
    if token == word:
        return True
    if len(word) < 3:
        return False
    return _within_one(token, word)


_WORD = re.compile(r"[a-z0-9½%]+")


def tokens(folded):
    """(word, start, end) of a folded text."""
    return [(m.group(), m.start(), m.end()) for m in _WORD.finditer(folded)]


def find_phrase(toks, phrase, start=0):
    """Index into ``toks`` where the folded ``phrase`` starts (one letter per word may differ), or -1."""
    words = phrase.split()
    n = len(words)
    if not n:
        return -1
    for i in range(start, len(toks) - n + 1):
        if all(token_matches(toks[i + j][0], words[j]) for j in range(n)):
            return i
    return -1


def has_phrase(folded_text, phrase):
    return find_phrase(tokens(folded_text), phrase) >= 0


# ---------------------------------------------------------------- dates and times

# "ngày 28 tháng 8 năm 2025", OCR "ngay 12thang 8 nam 2025"
DATE_WORDS = re.compile(r"ng[a-z]{1,2}\s*(\d{1,2})\s*th[a-z]{2,3}\s*(\d{1,2})\s*n[a-z]{1,2}\s*(\d{4})")
# "28/8/2025", "28-8-2025", "28.8.2025"
DATE_NUMERIC = re.compile(r"(?<![\d/.])(\d{1,2})\s?[/.-]\s?(\d{1,2})\s?[/.-]\s?(\d{4})(?![\d/])")
# "ngày 28/8" without a year
DATE_SHORT = re.compile(r"ng[a-z]{1,2}\s+(\d{1,2})\s?[/.-]\s?(\d{1,2})(?![\d/.-]*\d)")

TIME = re.compile(r"(?<![\d/.,])([01]?\d|2[0-3])\s?(?:gio|h|g|:)\s?([0-5]\d)?(?:\s?(?:phut|p|'))?(?![\d/%])")


def make_date(day, month, year):
    try:
        return date(int(year), int(month), int(day))
    except (TypeError, ValueError):
        return None


def find_dates(folded, default_year=None):
    """All dates in a folded text: list of (date, start, end), in order."""
    found = []
    for m in DATE_WORDS.finditer(folded):
        found.append((make_date(m.group(1), m.group(2), m.group(3)), m.start(), m.end()))
    for m in DATE_NUMERIC.finditer(folded):
        if not any(s <= m.start() < e for _, s, e in found):
            found.append((make_date(m.group(1), m.group(2), m.group(3)), m.start(), m.end()))
    if default_year:
        for m in DATE_SHORT.finditer(folded):
            if not any(s <= m.start(1) < e for _, s, e in found):
                found.append((make_date(m.group(1), m.group(2), default_year), m.start(), m.end()))
    return sorted([f for f in found if f[0] is not None], key=lambda f: f[1])


def find_times(folded):
    """All clock times in a folded text: list of (time, start, end). "14h30", "14 giờ 30", "14h00'"."""
    out = []
    for m in TIME.finditer(folded):
        text = m.group(0)
        # a bare number followed by ":" is a list label, not a time, unless minutes follow
        if ":" in text and not m.group(2):
            continue
        if re.fullmatch(r"\d{1,2}\s?g", text.strip()) and not m.group(2):
            continue
        hour, minute = int(m.group(1)), int(m.group(2) or 0)
        out.append((time(hour, minute), m.start(), m.end()))
    return out


WEEKDAY = re.compile(r"\b(?:th[a-z]{1,3}\s+(hai|ba|tu|nam|sau|bay)|(chu\s*nhat))\b")
WEEKDAY_LABELS = {"hai": "thứ Hai", "ba": "thứ Ba", "tu": "thứ Tư", "nam": "thứ Năm", "sau": "thứ Sáu", "bay": "thứ Bảy"}


def find_weekday(folded):
    m = WEEKDAY.search(folded)
    if not m:
        return ""
    return "Chủ nhật" if m.group(2) else WEEKDAY_LABELS[m.group(1)]
