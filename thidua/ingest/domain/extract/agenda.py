"""The conference programme: its items (with times when it is a timetable), each matched
to the campaign's agenda key by the rule's keywords, and the number of presentations."""
import re

from thidua.ingest.domain.extract.lines import BULLET, HEADING, ROMAN_HEADING, TABLE_SEP, joined
from thidua.ingest.domain.text import find_phrase, find_times, fold_keep, squash, tokens
from thidua.plans.domain.facts import AgendaFact

TIME_RANGE_START = re.compile(r"^\s*(?:\d{1,2}\s+)?([01]?\d|2[0-3])\s?(?:h|g|gio|:)\s?([0-5]\d)?'?\s*-")


PROGRAMME_HEADING = re.compile(r"^\s*(?:([ivxlh1|]{1,4}|\d+(?:\.\d+)*)\.?\s*)?(?:noi dung\s+)?ch\w{2,4}\s*tr\w{2,3}h\b(?:\s+hoi nghi)?(?:\s*,\s*noi dung hoi nghi)?\s*:?\s*$")


def match_agenda_key(folded, rules):
    """The agenda key whose keyword appears first in ``folded`` (fuzzy), or None. The
    keywords are the campaign's (``AgendaItemRule.keywords``, the standard wordings
    included: campaigns.domain.wordings)."""
    toks = tokens(folded)
    best = None
    for rule in rules.agenda if rules else ():
        for keyword in dict.fromkeys(rule.keywords):
            idx = find_phrase(toks, keyword)
            while idx >= 0:
                words = keyword.split()
                inexact = sum(1 for j, w in enumerate(words) if toks[idx + j][0] != w)
                score = (inexact, idx)
                if best is None or score < best[0]:
                    best = (score, rule.key)
                idx = find_phrase(toks, keyword, idx + 1)
    return best[1] if best else None


def programme_lines(lines):
    """The lines of the conference programme, or []."""
    start, depth = None, None
    for i, line in enumerate(lines):
        folded = line.folded.strip()
        m = PROGRAMME_HEADING.match(folded)
        if m and len(folded) < 70:
            start = i + 1
            label = m.group(1) or ""
            depth = None if not re.fullmatch(r"\d+(?:\.\d+)*", label) or ROMAN_HEADING.match(line.text) else label.count(".") + 1
    if start is None:
        return []
    out = []
    expected_item = 1
    for line in lines[start:]:
        text = line.text
        head = HEADING.match(text)
        if ROMAN_HEADING.match(text):
            break
        if head and head.group(2):
            number = head.group(2)
            level = number.count(".") + 1
            if depth is not None and level <= depth:
                # a numbered list of items restarting at 1 under the heading
                if level == depth and number.split(".")[-1] == str(expected_item) and (expected_item == 1 or out):
                    if expected_item == 1 and out:
                        break
                    expected_item += 1
                    out.append(line)
                    continue
                break
            if depth is None and level == 1 and number != str(expected_item):
                break
            if depth is None and level == 1:
                expected_item += 1
        out.append(line)
        if len(out) > 200:
            break
    return out


def find_agenda(lines, rules):
    section = programme_lines(lines)
    timed_rows = [i for i, line in enumerate(section) if TIME_RANGE_START.match(line.folded)]
    if len(timed_rows) >= 2 and not any(TABLE_SEP in line.text for line in section):
        section = section[timed_rows[0]:]  # a flattened timed table: rows start at their times
    items = []  # lists of Line
    for line in section:
        text = line.text
        if len(timed_rows) >= 2 and not any(TABLE_SEP in x.text for x in section):
            starts = TIME_RANGE_START.match(line.folded) or not items
        else:
            starts = BULLET.match(text) or TABLE_SEP in text or TIME_RANGE_START.match(line.folded) or not items
        if starts:
            items.append([line])
        else:
            items[-1].append(line)
    facts = []
    for group in items:
        text, folded = joined(group)
        if TABLE_SEP in text:
            cells = [c.strip() for c in text.split("|")]
            f_cells = [fold_keep(c) for c in cells]
            if any(c in ("stt", "thoi gian", "noi dung", "noi dung cong viec") for c in f_cells):
                continue  # header row
        content = re.sub(r"^\s*(?:[-+•*▪·●◦]|\d{1,2}[.)]|[a-z][)])\s*", "", text)
        times = find_times(folded)
        start = end = None
        if TIME_RANGE_START.match(folded) and times:
            start = times[0][0]
            if len(times) > 1:
                end = times[1][0]
            content = content[times[1][2] if len(times) > 1 else times[0][2]:] if content is text else content
            # drop the row number and the times in front of the content
            content = re.sub(r"^\s*(?:\d{1,2}\s+)?", "", content)
            content = TIME_STRIP.sub("", content, count=1)
        content = squash(content.replace("|", " ")).strip(" ;.")
        if not content or len(fold_keep(content)) < 3:
            continue
        key = match_agenda_key(fold_keep(content), rules)
        facts.append(AgendaFact(content=content[:500], key=key, start=start, end=end))
    return facts


TIME_STRIP = re.compile(r"^\s*(?:\d{1,2}\s+)?\d{1,2}\s?(?:h|g|gio|giờ|:)\s?\d{0,2}'?\s*-\s*\d{1,2}\s?(?:h|g|gio|giờ|:)\s?\d{0,2}'?\s*", re.IGNORECASE)


def count_presentations(agenda, all_folded):
    count = maximum = None
    for item in agenda:
        if item.key != "presentations":
            continue
        f = fold_keep(item.content)
        m = re.search(r"\((\d{1,2})\s*(?:dien hinh|bao cao|tham luan)", f)
        if m:
            count = int(m.group(1))
        parts = re.findall(r"(\d{1,2})\s*(?:tap the|ca nhan)", f)
        if parts and count is None:
            count = sum(int(p) for p in parts)
        m = re.search(r"(\d{1,2})\s*(?:bao cao|tham luan|dien hinh)", f)
        if m and count is None:
            count = int(m.group(1))
    m = re.search(r"so l\w{2,4}\s*(?:bao cao|tham luan)\s*:\s*(\d{1,2})\s*(?:-\s*(\d{1,2}))?\s*(?:bao|tham|$)", all_folded)
    if m:
        if count is None:
            count = int(m.group(1))
        if m.group(2):
            maximum = int(m.group(2))
    return count, maximum
