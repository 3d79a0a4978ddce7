"""Field-level accuracy of the extractor over the labelled corpus (tests and bench)."""
import json
import re
from pathlib import Path

from thidua.core.text import fold

FIELDS = ["unit", "number", "issued", "conference_name", "conference_date", "start_time", "delegates",
          "exemplar_share", "nomination_deadline", "report_deadline", "signer", "agenda"]


def same(field, expected, got):
    """Strings compare without diacritics, case and punctuation (OCR loses them); numbers exactly."""
    if isinstance(expected, str) and isinstance(got, str):
        norm = lambda s: re.sub(r"[^a-z0-9/]+", " ", fold(s)).strip()  # noqa: E731
        return norm(expected) == norm(got)
    if field == "exemplar_share" and expected is not None and got is not None:
        return abs(expected - got) < 0.005
    return expected == got


def load_answers(corpus_dir):
    corpus_dir = Path(corpus_dir)
    answers = {}
    for name in ("seeds_expected.json", "expected.json"):
        answers.update(json.loads((corpus_dir / name).read_text(encoding="utf-8")))
    return answers


def compare(expected, summary):
    """[(field, expected, got)] of the fields that differ."""
    return [(f, expected[f], summary.get(f)) for f in FIELDS if f in expected and not same(f, expected[f], summary.get(f))]
