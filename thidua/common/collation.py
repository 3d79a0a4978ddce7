"""Vietnamese alphabetical order, the same in the database and in Python.

Readers expect the Vietnamese alphabet — a ă â b c d đ e ê g h i k l m n o ô ơ p q r s t u
ư v x y — letters before tones: "Bạch" before "Bình", "Chấn" before "Chí", "Dương" before
"Đào", "Hải An" before "Hưng Đạo". Code-point order (and the diacritics-free ``fold``) get
these wrong.

- ``vi_key(text)`` is the sort key for Python's ``sorted``.
- ``vi_order("name")`` orders a queryset: PostgreSQL's ICU collation ``vi-VN-x-icu``; on
  SQLite the same name is registered on every connection (``install``) and compares with
  ``vi_key``.
"""
import unicodedata
from functools import lru_cache

from django.db.models import F
from django.db.models.functions import Collate

COLLATION = "vi-VN-x-icu"

# The letters in order; f, j, w, z (names of foreign origin) where the Latin alphabet has them.
_ALPHABET = "aăâbcdđeêfghijklmnoôơpqrstuưvwxyz"
_RANK = {letter: i for i, letter in enumerate(_ALPHABET)}
_LETTER_MARKS = {"\u0306": "breve", "\u0302": "circumflex", "\u031b": "horn"}
_COMPOSE = {("a", "breve"): "ă", ("a", "circumflex"): "â", ("e", "circumflex"): "ê", ("o", "circumflex"): "ô",
            ("o", "horn"): "ơ", ("u", "horn"): "ư"}
# Tones in dictionary order: ngang, huyền, hỏi, ngã, sắc, nặng.
_TONES = {"\u0300": 1, "\u0309": 2, "\u0303": 3, "\u0301": 4, "\u0323": 5}


@lru_cache(maxsize=65536)
def vi_key(text):
    """(letters, tones, case) of ``text``: compare letters first, then tones, then case.
    Spaces and punctuation sort before every letter (so "Hải An" before "Hải Anh"),
    digits after them and before letters."""
    letters, tones, cases = [], [], []
    for char in unicodedata.normalize("NFC", text or ""):
        lower = char.lower()
        cases.append(0 if char == lower else 1)
        if lower == "đ":
            letters.append(100 + _RANK["đ"])
            tones.append(0)
            continue
        base, *marks = unicodedata.normalize("NFD", lower)
        tone = 0
        for mark in marks:
            if mark in _LETTER_MARKS:
                base = _COMPOSE.get((base, _LETTER_MARKS[mark]), base)
            elif mark in _TONES:
                tone = _TONES[mark]
        if base in _RANK:
            letters.append(100 + _RANK[base])
        elif base.isdigit():
            letters.append(50 + int(base) if base in "0123456789" else 60)
        elif base.isspace():
            letters.append(0)
        else:
            letters.append(1 + min(ord(base), 48))
        tones.append(tone)
    return tuple(letters), tuple(tones), tuple(cases)


def _compare(a, b):
    left, right = vi_key(a), vi_key(b)
    return (left > right) - (left < right)


def install(sender=None, connection=None, **kwargs):
    """Register the collation on a new SQLite connection (PostgreSQL has it from ICU)."""
    if connection is not None and connection.vendor == "sqlite":
        connection.connection.create_collation(COLLATION, _compare)


def vi_order(field, descending=False):
    """An ``order_by`` term sorting ``field`` in Vietnamese order."""
    term = Collate(F(field), COLLATION)
    return term.desc() if descending else term.asc()


def vi_sorted(items, key=lambda item: item):
    """``items`` sorted by ``key(item)`` (a text) in Vietnamese order."""
    return sorted(items, key=lambda item: vi_key(key(item) or ""))
