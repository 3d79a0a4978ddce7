"""OCR output of a Vietnamese scan read without the Vietnamese language data: diacritics
mostly lost, some read as the wrong accent or as a digit or a symbol, "Đ" read as "P" or
"D", Roman numerals as "|" or "1" — the way seed 002 (Sở Ngoại vụ) reads. Seeded, so the
same text always degrades the same way. Digits are left alone unless a garble says so:
what the label holds must still be in the text, or be listed as illegible."""
import random
import unicodedata

# letters OCR often reads with a wrong (Latin-1) accent instead of dropping it
_WRONG_ACCENT = {
    "ế": "é", "ề": "è", "ệ": "é", "ể": "é", "ễ": "ê", "ấ": "á", "ầ": "à", "ớ": "ó", "ờ": "ò", "ứ": "ú",
    "ữ": "ü", "ố": "6", "ổ": "ô", "ỗ": "õ", "ộ": "o", "á": "á", "à": "à", "ó": "ó", "ò": "ò", "é": "é",
}
# other confusions (letter → choices)
_CONFUSE = {
    "ư": ("w", "u", "u"), "ơ": ("o", "&", "o", "o"), "đ": ("d", "d", "d", "P"), "Đ": ("P", "D", "B", "P"),
    "ộ": ("o", "ô", "9"), "ọ": ("o", "g"), "ụ": ("u", "y"), "ị": ("i", "1"), "ậ": ("a", "â", "4"),
}


def _plain(ch):
    if ch in "đĐ":
        return "d" if ch == "đ" else "D"
    return "".join(c for c in unicodedata.normalize("NFD", ch) if not unicodedata.combining(c))


def degrade(text, seed=1, keep=0.12, confuse=0.08, garble=None, roman=0.5):
    """``keep``: share of accented letters read with a wrong accent; ``confuse``: share
    read as another letter; ``garble``: exact replacements applied first ({"KẾ HOẠCH":
    "KE ROACH"}); ``roman``: share of line-initial Roman numerals misread."""
    rng = random.Random(seed)
    for source, target in (garble or {}).items():
        text = text.replace(source, target)
    out_lines = []
    for line in text.split("\n"):
        stripped = line.lstrip()
        head = stripped.split(".", 1)[0]
        if head in ("I", "II", "III", "IV", "V", "VI") and stripped.startswith(head + ".") and rng.random() < roman:
            misread = {"I": rng.choice(["|", "1", "l"]), "II": rng.choice(["11", "Il", "II"]),
                       "III": rng.choice(["I11", "111", "Ill"]), "IV": rng.choice(["IV", "1V"]),
                       "V": "V", "VI": rng.choice(["VI", "V1"])}[head]
            line = line.replace(head + ".", misread + ".", 1)
        chars = []
        for ch in line:
            if ch.isascii():
                chars.append(ch)
                continue
            roll = rng.random()
            if ch in _CONFUSE and roll < confuse * 3:
                chars.append(rng.choice(_CONFUSE[ch]))
            elif ch in _WRONG_ACCENT and roll < keep + confuse * 3:
                chars.append(_WRONG_ACCENT[ch])
            elif ch.lower() in _WRONG_ACCENT and roll < keep:
                chars.append(_WRONG_ACCENT[ch.lower()].upper())
            else:
                chars.append(_plain(ch))
        out_lines.append("".join(chars))
    return "\n".join(out_lines)
