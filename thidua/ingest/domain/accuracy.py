"""Field-level accuracy of the extractor over the labelled corpus (tests and bench)."""
import json
import re
from difflib import SequenceMatcher
from pathlib import Path

from thidua.common.text import fold
from thidua.ingest.data import SEEDS_DIR

FIELDS = ["unit", "number", "issued", "conference_name", "conference_date", "start_time", "delegates",
          "exemplar_share", "nomination_deadline", "report_deadline", "signer", "agenda", "tasks"]

# an assignee read by OCR ("Héi dong thi dua - khen thwéng Sé") still names "Hội đồng Thi đua - Khen thưởng Sở"
ASSIGNEE_SIMILARITY = 0.8


def _norm(text):
    return re.sub(r"[^a-z0-9/]+", " ", fold(text)).strip()


def _same_tasks(expected, got):
    """Tasks ([{assignee, due}]): as many, the same deadlines in order, assignees alike."""
    if got is None or len(expected) != len(got):
        return False
    return all(
        e["due"] == g["due"] and SequenceMatcher(None, _norm(e["assignee"]), _norm(g["assignee"])).ratio() >= ASSIGNEE_SIMILARITY
        for e, g in zip(expected, got)
    )


def same(field, expected, got):
    """Strings compare without diacritics, case and punctuation (OCR loses them); numbers exactly."""
    if field == "tasks":
        return _same_tasks(expected, got)
    if isinstance(expected, str) and isinstance(got, str):
        return _norm(expected) == _norm(got)
    if field == "exemplar_share" and expected is not None and got is not None:
        return abs(expected - got) < 0.005
    return expected == got


def locate(corpus_dir, name):
    """The path of a labelled document: the corpus folder, or the seeds the app ships
    (thidua/ingest/data/seeds, labelled in the corpus's ``seeds_expected.json``)."""
    path = Path(corpus_dir) / name
    return path if path.exists() else SEEDS_DIR / name


def load_answers(corpus_dir):
    corpus_dir = Path(corpus_dir)
    answers = {}
    for name in ("seeds_expected.json", "expected.json"):
        answers.update(json.loads((corpus_dir / name).read_text(encoding="utf-8")))
    return answers


def compare(expected, summary):
    """[(field, expected, got)] of the fields that differ."""
    return [(f, expected[f], summary.get(f)) for f in FIELDS if f in expected and not same(f, expected[f], summary.get(f))]
