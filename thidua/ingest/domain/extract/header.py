"""The header of a plan: its number, its date of issue and the issuing unit."""
import re

from thidua.common.plan_text import core_unit_name
from thidua.ingest.domain.extract.lexicon import KIND_DISPLAY, KIND_WORDS
from thidua.ingest.domain.extract.lines import is_upper, title_case
from thidua.ingest.domain.text import find_dates, fold_keep

NUMBER = re.compile(r"(?:^|\s)s[o6q0]\s*[:.;]\s*(\d{0,4})\s*/\s*([a-z][a-z0-9&]*(?:\s?-\s?[a-z0-9&]+){0,3})")
PLACE_DATE = re.compile(r"([a-z][a-z .]{1,40}),\s*ng[a-z]{1,2}\b")
ISSUER_LINE = re.compile(
    r"^(?:uy ban nhan dan |ubnd )?(dac khu|phuong|xa|so)\s+([a-z0-9&][a-z0-9& ,.-]*?)"
    r"(?=\s{2,}|\s+cong hoa|\s+d\w{1,2}c\s*[1l]ap|\s+so\s*[:.]|$)"
)


def find_number(lines):
    for i, line in enumerate(lines[:80]):
        m = NUMBER.search(line.folded)
        if m:
            symbol = line.text[m.start(2):m.end(2)].upper().replace(" ", "")
            digits = m.group(1)
            return (f"{digits}/{symbol}" if digits else ""), i
    return "", None


def find_issue_date(lines, number_index):
    """The "<place>, ngày … tháng … năm …" line right under the number (or at the top)."""
    ranges = []
    if number_index is not None:
        ranges.append(range(max(0, number_index - 3), min(len(lines), number_index + 8)))
    ranges.append(range(0, min(len(lines), 12)))
    for rng in ranges:
        for i in rng:
            folded = lines[i].folded
            if not PLACE_DATE.search(folded) or "thang" not in folded.replace(" ", "") and "th" not in folded:
                continue
            # a banner's date follows "HỘI NGHỊ"; skip it
            if any("hoi nghi" in lines[j].folded for j in range(max(0, i - 3), i)):
                continue
            dates = find_dates(folded)
            if dates:
                return dates[0][0]
            if re.search(r"ng[a-z]{1,2}\s*[.…\s]*\s*th[a-z]{2,3}", folded):
                return None  # blank date, to be filled in when signed
    return None


def _issuer(lines):
    """(kind, name as written) from the header's issuing-body line."""
    for line in lines[:60]:
        folded = line.folded.strip()
        if folded.startswith(("so:", "so :")) or re.match(r"^s[o6]\s*[:.]", folded):
            continue
        m = ISSUER_LINE.match(folded)
        if not m or not is_upper(line.text[: m.end()]):
            continue
        word, name = m.group(1), m.group(2).strip(" ,.-")
        if not name or len(name) > 60 or name.startswith(("hai phong", "noi vu ")) and word == "so" and False:
            continue
        if word == "so" and name.startswith(":"):
            continue
        kind = dict(KIND_WORDS)[word]
        original = line.text[m.start(2): m.start(2) + len(name)]
        return kind, original
    return "", ""


def _mixed_case_mention(all_text, all_folded, name_folded):
    """The first mention of a name in mixed case in the body: "Sở Khoa học và Công nghệ"."""
    start = 0
    while True:
        idx = all_folded.find(name_folded, start)
        if idx < 0:
            return ""
        candidate = all_text[idx: idx + len(name_folded)]
        if not is_upper(candidate):
            return candidate
        start = idx + 1


NAME_IN_TITLE = re.compile(
    r"dien hinh tien tien\s+(?:cac cap\s+)?(xa|phuong|dac khu)\s+([a-z ]+?)(?=\s*(?:,|\(|lan thu|giai doan|tien toi|nam 20|$))"
)
NAME_IN_INTRO = re.compile(r"(?:uy ban nhan dan|ubnd)\s+(xa|phuong|dac khu)\s+([a-z ]+?)\s+(?:ban hanh|xay dung)")
DEPT_IN_INTRO = re.compile(r"\b(so|ban)\s+([a-z& ]+?)\s+(?:ban hanh|xay dung)\s+k")


def find_unit(lines, all_text, all_folded, known_units):
    """(display name, kind, matched known unit or None)."""
    # 1. a known unit named in the header or the body (diacritics-insensitive)
    kind, written = _issuer(lines)
    written_folded = fold_keep(written).strip()
    if known_units:
        best = None
        written_core = core_unit_name(written_folded)
        for unit in known_units:
            name_folded = fold_keep(unit["display_name"]).strip()
            if written_core and written_core == core_unit_name(name_folded):
                return unit["display_name"], unit["kind"], unit
            pos = all_folded.find(name_folded)
            if pos >= 0 and (best is None or pos < best[0]):
                best = (pos, unit)
        if best is not None and not written_folded:
            unit = best[1]
            return unit["display_name"], unit["kind"], unit
    # 2. the header line, in the body's mixed case when the body names it
    if kind:
        body = _mixed_case_mention(all_text, all_folded, written_folded)
        if kind == "department":
            display = body or ("Sở " + written[:1].upper() + written[1:].lower())
            if not body:
                display = "Sở " + title_case(written)
            elif not fold_keep(display).startswith("so "):
                display = "Sở " + display
            return display, kind, None
        name = body or title_case(written)
        return f"{KIND_DISPLAY[kind]} {title_case(name) if is_upper(name) else name}", kind, None
    # 3. the title or the opening sentence
    for regex in (NAME_IN_INTRO, NAME_IN_TITLE):
        m = regex.search(all_folded)
        if m:
            kind = dict(KIND_WORDS)[m.group(1)]
            name = title_case(all_text[m.start(2): m.end(2)])
            return f"{KIND_DISPLAY[kind]} {name}", kind, None
    m = DEPT_IN_INTRO.search(all_folded)
    if m:
        return all_text[m.start(): m.end(2)].strip(), "department", None
    return "", "", None
