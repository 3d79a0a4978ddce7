"""Build the v2 corpus: ``tune/`` and ``holdout/`` (documents + ``labels.json``) and
``rules/`` (the rules the corpus's parent plans set). The files are committed; rebuilding
gives the same bytes.

    .venv/bin/python -m tests.ingest.corpus.build_v2              # everything, into this folder
    .venv/bin/python -m tests.ingest.corpus.build_v2 --out DIR    # into DIR (the consistency test does this)
    .venv/bin/python -m tests.ingest.corpus.build_v2 --no-scans   # skip the .png / scanned .pdf files
    .venv/bin/python -m tests.ingest.corpus.build_v2 --check-scans  # OCR every scan with tesseract -l vie

Every document is written from parameters by a function in ``gen/`` and its label is built
from the same values (see README.md for the schema); nothing here reads a document back.
"""
import json
import os
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
SPLITS = ("tune", "holdout")
SCAN_FORMATS = ("png", "pdf_scan")


def documents():
    from .gen import bad_input, holdout_plans, nominations, parents, tune_plans

    docs = []
    for module in (tune_plans, holdout_plans, parents, nominations, bad_input):
        docs.extend(make() for make in module.PLANS)
    return docs


def label_of(doc):
    label = {"kind": doc.kind, "split": doc.split, "format": doc.format, "styles": sorted(doc.styles)}
    label.update(doc.label)
    label["evidence"] = dict(sorted(doc.evidence.items()))
    return label


def rules_files(docs):
    """The rules of every parent plan without contradictions, as files a plan's ``campaign`` names."""
    return {doc.label["rules"]["code"]: doc.label["rules"] for doc in docs
            if doc.kind == "parent_plan" and not doc.label.get("contradictions")}


def dumps(data):
    return json.dumps(data, ensure_ascii=False, indent=1) + "\n"


def build(out=HERE, scans=True, only=()):
    from .gen.render import render

    out = Path(out)
    docs = documents()
    names = [d.file for d in docs]
    duplicates = {n for n in names if names.count(n) > 1}
    if duplicates:
        raise ValueError(f"file names used twice: {sorted(duplicates)}")
    (out / "rules").mkdir(parents=True, exist_ok=True)
    for code, rules in rules_files(docs).items():
        (out / "rules" / f"{code}.json").write_text(dumps(rules), encoding="utf-8")
    for split in SPLITS:
        folder = out / split
        folder.mkdir(parents=True, exist_ok=True)
        labels = {}
        for doc in sorted((d for d in docs if d.split == split), key=lambda d: d.file):
            labels[doc.file] = label_of(doc)
            if only and doc.file not in only:
                continue
            if not scans and doc.format in SCAN_FORMATS:
                continue
            (folder / doc.file).write_bytes(render(doc))
        (folder / "labels.json").write_text(dumps(labels), encoding="utf-8")
    return docs


def check_scans(folder=HERE):
    """Tesseract (vie) on every scan: how much of the source text it gives back."""
    import subprocess
    import tempfile
    from difflib import SequenceMatcher

    from thidua.common.text import fold

    from .gen.render import plain_text

    rows = []
    for doc in documents():
        if doc.format not in SCAN_FORMATS:
            continue
        path = Path(folder) / doc.split / doc.file
        with tempfile.TemporaryDirectory() as tmp:
            if doc.format == "png":
                images = [path]
            else:
                subprocess.run(["pdftoppm", "-r", "200", "-gray", "-png", str(path), f"{tmp}/p"], check=True)
                images = sorted(Path(tmp).glob("p*.png"))
            text = "\n".join(subprocess.run(["tesseract", str(i), "stdout", "-l", "vie", "--psm", "4"], capture_output=True,
                                            text=True, env={**os.environ, "OMP_THREAD_LIMIT": "1"}).stdout for i in images)
        source = plain_text(doc)
        words = lambda t: fold(t).split()  # noqa: E731
        exact = SequenceMatcher(None, source.split(), text.split(), autojunk=False).ratio()
        folded = SequenceMatcher(None, words(source), words(text), autojunk=False).ratio()
        rows.append((doc.split, doc.file, path.stat().st_size, exact, folded))
        print(f"{doc.split}/{doc.file}: {path.stat().st_size // 1024} KB, words read as written {exact:.0%}, "
              f"ignoring diacritics {folded:.0%}")
    return rows


if __name__ == "__main__":
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "thidua.settings")
    import django

    django.setup()
    args = sys.argv[1:]
    if "--check-scans" in args:
        check_scans()
    else:
        target = Path(args[args.index("--out") + 1]) if "--out" in args else HERE
        build(target, scans="--no-scans" not in args, only=[a for a in args if not a.startswith("--") and a != str(target)])
