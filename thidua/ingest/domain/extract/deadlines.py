"""The deadlines a plan sets its sub-units: nominations and the results report."""
import re

from thidua.ingest.domain.extract.lexicon import NOMINATION_TOPIC, NOMINATION_WORDS, REPORT_TO
from thidua.ingest.domain.extract.lines import BULLET, HEADING, joined
from thidua.ingest.domain.text import find_dates


def clauses(lines):
    """(text, folded) clauses: paragraphs start at list bullets and headings; split at sentence ends and semicolons."""
    paragraphs = []
    for line in lines:
        if not paragraphs or BULLET.match(line.text) or HEADING.match(line.text):
            paragraphs.append([line])
        else:
            paragraphs[-1].append(line)
    out = []
    for group in paragraphs:
        text, folded = joined(group)
        last = 0
        for m in re.finditer(r"[.;!?](?=\s)", text):
            out.append((text[last: m.end()], folded[last: m.end()]))
            last = m.end()
        out.append((text[last:], folded[last:]))
    return out


def find_deadlines(lines, year):
    nomination = report = None
    for text, folded in clauses(lines):
        for day, start, _ in find_dates(folded, year):
            before = folded[max(0, start - 22): start]
            if not re.search(r"(truoc|trong|cham nhat|han cuoi|den het|han chot|den)\s*(ngay|ng\w)?\s*$", before):
                continue
            if "hoi nghi" in before and "to chuc" in folded and "bao cao" not in folded:
                continue
            if report is None and ("bao cao" in folded or "ket qua" in folded) and any(w in folded for w in REPORT_TO) and (
                "ket qua" in folded or "bao cao" in folded[:start]
            ) and not any(w in folded for w in ("de xuat", "lua chon")):
                report = day
            elif nomination is None and any(w in folded for w in NOMINATION_WORDS) and any(w in folded for w in NOMINATION_TOPIC):
                nomination = day
    return nomination, report
