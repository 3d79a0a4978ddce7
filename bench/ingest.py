"""Field-level accuracy and time per document of the ingest extractor over the labelled
corpus (tests/ingest/corpus and the seeds in thidua/ingest/data/seeds). Run: ``.venv/bin/python bench/ingest.py [--write]``;
``--write`` appends the figures to docs/benchmarks.md."""
import os
import platform
import statistics
import sys
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "thidua.settings")

import django  # noqa: E402

django.setup()

from thidua.ingest.domain.accuracy import FIELDS, compare, load_answers, locate  # noqa: E402
from thidua.ingest.domain.campaign_file import rules_from_file  # noqa: E402
from thidua.ingest.domain.facts_json import summary  # noqa: E402
from thidua.ingest.domain.intake import read_one  # noqa: E402
from thidua.plans.domain.seeds import EXPECTED_SEED_FINDINGS  # noqa: E402

CORPUS = ROOT / "tests" / "ingest" / "corpus"
REPEAT = 5


def main(write=False):
    rules = rules_from_file()
    answers = load_answers(CORPUS)
    rows, right, total, text_times, scan_times = [], 0, 0, [], []
    findings_ok = 0
    for name, expected in sorted(answers.items()):
        data = locate(CORPUS, name).read_bytes()
        runs = []
        for _ in range(1 if name.endswith(".png") else REPEAT):
            started = time.perf_counter()
            result = read_one(name, data, rules)
            runs.append(time.perf_counter() - started)
        seconds = statistics.median(runs)
        wrong = compare(expected, summary(result["facts_obj"]))
        fields = [f for f in FIELDS if f in expected]
        total += len(fields)
        right += len(fields) - len(wrong)
        codes = {f.code for f in result["finding_objs"]}
        wanted = EXPECTED_SEED_FINDINGS[expected["unit_code"]] if "unit_code" in expected else set(expected["findings"])
        findings_ok += codes == wanted
        (scan_times if result["kind"] == "scan" else text_times).append(seconds)
        rows.append((name, result["kind"], len(fields) - len(wrong), len(fields), codes == wanted, seconds, wrong))
    lines = [
        f"## ingest: reading received plans ({date.today():%d/%m/%Y})",
        "",
        f"`.venv/bin/python bench/ingest.py --write` — {platform.processor() or platform.machine()}, Python {platform.python_version()}, "
        f"{len(rows)} labelled documents (4 seeds + {len(rows) - 4} written in office styles), median of {REPEAT} runs (1 for scans).",
        "",
        "| document | kind | fields right | findings as expected | seconds |",
        "| --- | --- | --- | --- | --- |",
    ]
    for name, kind, ok, n, fok, seconds, wrong in rows:
        lines.append(f"| {name} | {kind} | {ok}/{n} | {'yes' if fok else 'no'} | {seconds:.3f} |")
    lines += [
        "",
        f"- field-level accuracy: **{right}/{total} = {right / total:.1%}** (goal ≥ 95%)",
        f"- documents whose findings equal the answer key: **{findings_ok}/{len(rows)}** (seeds: the plans app's EXPECTED_SEED_FINDINGS)",
        f"- time per text document (.txt/.docx/.pdf): median {statistics.median(text_times):.3f} s, max {max(text_times):.3f} s (goal < 0.5 s)",
        f"- time per scanned page (Tesseract `vie`, 200 dpi): max {max(scan_times):.2f} s (goal < 10 s)" if scan_times else "",
        "",
    ]
    report = "\n".join(lines)
    print(report)
    for name, *_, wrong in rows:
        if wrong:
            print(name, wrong)
    if write:
        target = ROOT / "docs" / "benchmarks.md"
        target.parent.mkdir(exist_ok=True)
        with target.open("a", encoding="utf-8") as out:
            out.write(("\n" if target.exists() and target.stat().st_size else "# Benchmarks\n\n") + report)


if __name__ == "__main__":
    main(write="--write" in sys.argv)
