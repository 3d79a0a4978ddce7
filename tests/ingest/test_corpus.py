"""The labelled corpus is consistent: every file has a label and every label a file, labels
follow the schema (tests/ingest/corpus/README.md), both splits cover every style, the
evidence a label quotes stands in its document, and the generator gives the same bytes
again. Nothing here measures the extractor: that is bench/ingest.py's job."""
import json
import re
from pathlib import Path

import pytest

from tests.ingest.corpus import CORPUS_DIR, build_v2
from tests.ingest.corpus.gen import schema
from thidua.ingest.domain.readers import read

SPLITS = build_v2.SPLITS


def _labels(split):
    return json.loads((CORPUS_DIR / split / "labels.json").read_text(encoding="utf-8"))


LABELS = {split: _labels(split) for split in SPLITS}
ALL = [(split, name) for split in SPLITS for name in LABELS[split]]


@pytest.mark.parametrize("split", SPLITS)
def test_every_file_has_a_label_and_every_label_a_file(split):
    files = {p.name for p in (CORPUS_DIR / split).iterdir() if p.name != "labels.json"}
    assert files == set(LABELS[split])


def test_the_old_corpus_keeps_its_files_and_labels():
    old = json.loads((CORPUS_DIR / "expected.json").read_text(encoding="utf-8"))
    assert len(old) == 11
    assert all((CORPUS_DIR / name).exists() for name in old)


@pytest.mark.parametrize("split,name", ALL)
def test_label_follows_the_schema(split, name):
    label = LABELS[split][name]
    assert label["split"] == split
    assert schema.errors(name, label) == []


def test_the_corpus_is_wide_enough():
    total = sum(len(LABELS[s]) for s in SPLITS)
    assert total >= 40
    assert len(schema.STYLES) >= 8
    kinds = {label["kind"] for s in SPLITS for label in LABELS[s].values()}
    assert kinds == set(schema.KINDS)


@pytest.mark.parametrize("split", SPLITS)
def test_each_split_covers_every_style(split):
    used = {style for label in LABELS[split].values() for style in label["styles"]}
    assert sorted(set(schema.STYLES) - used) == []


def test_file_names_do_not_repeat_across_splits():
    assert not set(LABELS["tune"]) & set(LABELS["holdout"])


def test_holdout_texts_are_not_copies_of_tune_texts():
    """No holdout plan shares its agenda wording with a tune plan (same phenomena, other words)."""
    def agenda_texts(split):
        return {i["text"] for label in LABELS[split].values() if label["kind"] in ("plan", "congress_plan")
                for i in label["agenda_items"]}
    tune, holdout = agenda_texts("tune"), agenda_texts("holdout")
    shared = tune & holdout
    # a few standard phrases ("Bế mạc", "Tuyên bố lý do, giới thiệu đại biểu") are what every plan copies from the parent
    assert len(shared) <= 0.25 * len(holdout), sorted(shared)


def _normal(text):
    return re.sub(r"\s+", " ", text).strip()


def _readable(label):
    return label["format"] in ("txt", "docx", "pdf") and "ocr_text" not in label["styles"]


@pytest.mark.parametrize("split,name", [(s, n) for s, n in ALL if _readable(LABELS[s][n])])
def test_evidence_stands_in_the_document(split, name):
    """Every quoted span is in the text the app's readers give (whitespace aside)."""
    label = LABELS[split][name]
    text = _normal(read(name, (CORPUS_DIR / split / name).read_bytes()).text)
    quotes = dict(label["evidence"])
    for item in label.get("contradictions") or []:
        quotes.update({f"{item['rule']}#{i}": q for i, q in enumerate(item["evidence"])})
    missing = {field: quote for field, quote in quotes.items() if _normal(quote) not in text}
    assert missing == {}


@pytest.mark.parametrize("split,name", [(s, n) for s, n in ALL if LABELS[s][n]["kind"] in ("plan", "congress_plan")])
def test_plan_labels_state_their_evidence(split, name):
    """Each plan field that has a value has the words that state it (a share computed from
    the groups has the groups' words)."""
    label = LABELS[split][name]
    for field in ("number", "issued", "conference_name", "conference_date", "start_time", "delegates", "delegates_exemplars",
                  "delegates_guests", "exemplar_share", "direct_worker_share", "nomination_deadline", "report_deadline",
                  "signer", "period_in_body"):
        if label[field] not in (None, []):
            stated = field in label["evidence"] or field == "exemplar_share" and "delegates_exemplars" in label["evidence"]
            assert stated, field


def test_rules_files_are_the_parent_plans_rules():
    parents = {label["rules"]["code"]: label["rules"] for s in SPLITS for label in LABELS[s].values()
               if label["kind"] == "parent_plan" and not label["contradictions"]}
    files = {p.stem: json.loads(p.read_text(encoding="utf-8")) for p in (CORPUS_DIR / "rules").glob("*.json")}
    assert files == parents
    used = {label["campaign"] for s in SPLITS for label in LABELS[s].values() if label.get("campaign")}
    assert used <= set(files) | {"hp-2025-3194"}


def test_scans_are_small_and_the_corpus_is_under_15_mb():
    sizes = {p: p.stat().st_size for s in SPLITS for p in (CORPUS_DIR / s).iterdir()}
    assert all(size <= 300 * 1024 for p, size in sizes.items() if p.suffix in (".png", ".pdf")), sizes
    assert sum(sizes.values()) < 15 * 1024 * 1024


def test_the_generator_gives_the_same_files(tmp_path):
    """Rebuild everything but the scans into a temporary folder: the same bytes."""
    build_v2.build(tmp_path, scans=False)
    for split in SPLITS:
        for path in sorted((tmp_path / split).iterdir()):
            assert path.read_bytes() == (CORPUS_DIR / split / path.name).read_bytes(), f"{split}/{path.name}"
    for path in (tmp_path / "rules").iterdir():
        assert path.read_bytes() == (CORPUS_DIR / "rules" / path.name).read_bytes(), path.name


def test_a_scan_is_rebuilt_to_the_same_bytes():
    from tests.ingest.corpus.gen.render import render

    doc = next(d for d in build_v2.documents() if d.format == "png")
    assert render(doc) == (CORPUS_DIR / doc.split / doc.file).read_bytes()


def test_the_schema_refuses_a_bad_label():
    """The validator is not a rubber stamp."""
    split, name = next((s, n) for s, n in ALL if LABELS[s][n]["kind"] == "plan" and LABELS[s][n]["delegates_exemplars"])
    label = dict(LABELS[split][name])
    assert schema.errors(name, {**label, "exemplar_share": 0.1})
    assert schema.errors(name, {**label, "conference_date": "22/8/2025"})
    assert schema.errors(name, {**label, "styles": label["styles"] + ["no_such_style"]})
    assert schema.errors(name, {**label, "agenda": list(reversed(label["agenda"]))})
    assert schema.errors(name.replace(Path(name).suffix, ".png"), label)


def test_the_readme_documents_every_style_with_its_counts():
    readme = (CORPUS_DIR / "README.md").read_text(encoding="utf-8")
    rows = {m.group(1): (int(m.group(2)), int(m.group(3)))
            for m in re.finditer(r"^\| `([a-z_]+)` \| [^|]+ \| (\d+) \| (\d+) \|$", readme, re.M)}
    counts = {style: tuple(sum(style in label["styles"] for label in LABELS[s].values()) for s in SPLITS)
              for style in schema.STYLES}
    assert rows == counts
