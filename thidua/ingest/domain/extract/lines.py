"""A received text as lines: normalised, OCR's commonest slip repaired, each line with its
folded twin (same length, so a match on the folded text slices the original); the line
shapes (bullets, headings, table rows) and the casing helpers the other parts share."""
import re
from dataclasses import dataclass

from thidua.ingest.domain.text import fold_keep, normalize

BULLET = re.compile(r"^\s*(?:[-+•*▪·●◦–]|\d{1,2}[.)]\s|[a-zđ][)]\s)")
HEADING = re.compile(r"^\s*(?:([IVXL]{1,5})\.|(\d{1,2}(?:\.\d{1,2})*)\.)\s*\S")
_ROMAN_LABEL = re.compile(r"^\s*[IVXLH|1]{1,5}\.\s+(\S.{4,})$")


class _RomanHeading:
    """ "IV. TỔ CHỨC THỰC HIỆN" (OCR: "1V. TỔ CHỨC"): a numbered line in capitals."""

    @staticmethod
    def match(text):
        m = _ROMAN_LABEL.match(text)
        return bool(m) and not any(c.islower() for c in m.group(1))


ROMAN_HEADING = _RomanHeading()
TABLE_SEP = " | "


@dataclass
class Line:
    text: str  # original (normalised) text
    folded: str


_VOWEL = "aeiouyáàảãạâấầẩẫậăắằẳẵặéèẻẽẹêếềểễệíìỉĩịóòỏõọôốồổỗộơớờởỡợúùủũụưứừửữựýỳỷỹỵ"
_OCR_D = re.compile(r"(?<![A-Za-zÀ-ỹ])([Pp])(?=[" + _VOWEL + _VOWEL.upper() + r"][a-zà-ỹA-ZÀ-Ỹ])")


def looks_ocr(text):
    """Text whose Vietnamese diacritics are mostly gone (a scan read by OCR)."""
    letters = [c for c in text[:20000] if c.isalpha()]
    if len(letters) < 200:
        return False
    marked = sum(1 for c in letters if not c.isascii())
    return marked < 0.12 * len(letters)


def repair_ocr(text):
    """Undo OCR's most common slip on this kind of scan: "Đ" read as "P" ("Pai hoi" → "Đai hoi")."""
    return _OCR_D.sub(lambda m: "Đ" if m.group(1) == "P" else "đ", text)


def split_lines(text):
    out = []
    text = normalize(text)
    if looks_ocr(text):
        text = repair_ocr(text)
    # "Lần thứ 1 (2025" as OCR or a typist writes the ordinal of the first conference
    text = re.sub(r"(?i)(l[aầâ]n\s+th[ứưu]\s+)[1l|](?=\s*\(\s*20)", lambda m: m.group(1) + "I", text)
    for raw in text.split("\n"):
        stripped = raw.strip()
        if stripped:
            out.append(Line(stripped, fold_keep(stripped)))
    return out


def joined(lines):
    """One string of several lines (mid-sentence breaks joined) with its folded twin."""
    text = " ".join(line.text for line in lines)
    return text, fold_keep(text)


# casing

def title_case(text):
    """ "XÃ KẺ SẶT" -> "Xã Kẻ Sặt" (each word capitalised)."""
    return " ".join(w[:1].upper() + w[1:].lower() for w in text.split())


def sentence_case(text, proper=()):
    """An all-caps banner line in sentence case, proper names and roman numerals kept."""
    words = text.split()
    out = []
    for i, w in enumerate(words):
        bare = w.strip("(),.;:")
        if re.fullmatch(r"[IVXL]+", bare):
            out.append(w)
        else:
            lw = w.lower()
            out.append(lw[:1].upper() + lw[1:] if i == 0 else lw)
    result = " ".join(out)
    for name in proper:
        if not name:
            continue
        folded_result = fold_keep(result)
        idx = folded_result.find(fold_keep(name))
        if idx >= 0:
            result = result[:idx] + name + result[idx + len(name):]
    return result


def is_upper(text):
    letters = [c for c in text if c.isalpha()]
    return bool(letters) and sum(c.isupper() for c in letters) >= 0.8 * len(letters)
