"""Vietnamese text helpers shared by search, matching and import."""
import re
import unicodedata

_SPACES = re.compile(r"\s+")


def fold(text):
    """Lower-case, strip diacritics (đ → d) and collapse spaces: "Nguyễn Thị Miền" → "nguyen thi mien"."""
    if not text:
        return ""
    text = text.replace("đ", "d").replace("Đ", "D")
    decomposed = unicodedata.normalize("NFD", text)
    stripped = "".join(ch for ch in decomposed if unicodedata.category(ch) != "Mn")
    return _SPACES.sub(" ", stripped).strip().lower()


def slugify_vi(text):
    return re.sub(r"[^a-z0-9]+", "-", fold(text)).strip("-")


ROMAN = [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"), (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]


def roman(number):
    out = []
    for value, letters in ROMAN:
        while number >= value:
            out.append(letters)
            number -= value
    return "".join(out)


WEEKDAYS = ["thứ Hai", "thứ Ba", "thứ Tư", "thứ Năm", "thứ Sáu", "thứ Bảy", "Chủ nhật"]


def weekday_vi(day):
    return WEEKDAYS[day.weekday()]


def date_vi(day):
    """"ngày 28 tháng 8 năm 2025", "ngày 05 tháng 01 năm 2026": Nghị định 30/2020, Phụ lục I
    — a day under 10 and the months 1 and 2 take a leading zero."""
    if day is None:
        return "ngày … tháng … năm …"
    dd = f"{day.day:02d}" if day.day < 10 else str(day.day)
    mm = f"{day.month:02d}" if day.month < 3 else str(day.month)
    return f"ngày {dd} tháng {mm} năm {day.year}"


def short_date(day):
    return f"{day.day}/{day.month}/{day.year}" if day else ""


def lf_lines(values):
    """``values`` (a form's cleaned data) with every text's line ends as LF: a browser sends a
    textarea's lines as CRLF, and an unchanged text must not count as a change."""
    for name, value in values.items():
        if isinstance(value, str) and "\r" in value:
            values[name] = value.replace("\r\n", "\n").replace("\r", "\n")
    return values


PHONE_HELP = "10 chữ số di động (0912 345 678) hoặc 11 chữ số cố định bắt đầu bằng 02 (0220 3712 345); +84 được nhận."


def phone_vn(text):
    """A Vietnamese phone number as its digits ("0912345678"), from what people type
    ("0912.345.678", "+84 912 345 678", "(0220) 3712 345"); "" for nothing. Raises
    ``ValueError`` with a Vietnamese message for anything else."""
    if isinstance(text, (int, float)) and not isinstance(text, bool):
        # an Excel cell typed as a number has lost its leading zero: 912345678
        text = str(int(text))
        text = text if text.startswith(("0", "84")) else "0" + text
    raw = str(text or "").strip()
    if not raw:
        return ""
    digits = re.sub(r"[\s.\-()/]", "", raw)
    if digits.startswith("+84"):
        digits = "0" + digits[3:]
    elif digits.startswith("84") and len(digits) in (11, 12):
        digits = "0" + digits[2:]
    if not digits.isdigit() or not digits.startswith("0") or len(digits) not in (10, 11) or (
            len(digits) == 11 and not digits.startswith("02")):
        raise ValueError(f"Số điện thoại «{raw[:40]}» không hợp lệ: cần {PHONE_HELP}")
    return digits


# A tone mark (combining) after the second vowel of a final "oa", "oe", "uy".
_OLD_STYLE = re.compile(r"(?<![qQ])([oOuU])([aAeEyY])([\u0300\u0301\u0303\u0309\u0323])(?![\w])")


def normalize_vi(text):
    """One spelling for a Vietnamese text: Unicode NFC, spaces collapsed, and the tone of a
    final "oa", "oe", "uy" on its first vowel as official documents write it ("Hoà" → "Hòa",
    "thuỷ" → "thủy", "khoẻ" → "khỏe"; "hoàng", "quý", "thuyết" are unchanged)."""
    if not text:
        return ""
    decomposed = unicodedata.normalize("NFD", str(text))
    decomposed = _OLD_STYLE.sub(lambda m: m.group(1) + m.group(3) + m.group(2), decomposed)
    return _SPACES.sub(" ", unicodedata.normalize("NFC", decomposed)).strip()
