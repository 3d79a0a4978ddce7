"""When and where: the "Thời gian" line (date, weekday, start and end, sessions) and the
"Địa điểm" line."""
import re

from thidua.ingest.domain.extract.lines import BULLET, HEADING, TABLE_SEP
from thidua.ingest.domain.text import find_dates, find_phrase, find_times, find_weekday, fold_keep, squash, tokens

SESSIONS = [
    (re.compile(r"(?:½|1/2|%|nua)\s*(?:b\w{2,3})\b"), 0.5),  # ½ buổi
    (re.compile(r"(?:ca|01|1|mot)\s*ngay\b|\b02\s*buoi|\bhai buoi|\b2\s*buoi|sang\b.*\bchieu\b"), 2.0),
    (re.compile(r"(?:½|1/2|%|nua)\s*ngay|\b(?:01|1|mot)\s*bu\w{1,2}\b"), 1.0),
]


def value_after_label(lines, label, max_lines=3, must=None):
    """Text after "<label>:" (continuation lines joined) for each line carrying the label."""
    out = []
    for i, line in enumerate(lines):
        toks = tokens(line.folded)
        idx = find_phrase(toks, label)
        if idx < 0 or toks[idx][1] > 20:
            continue
        start = toks[idx + len(label.split()) - 1][2]
        colon = line.text.find(":", start)
        if colon < 0 or colon - start > 25:
            continue
        rest_text = line.text[colon + 1:]
        more = []
        for k in range(i + 1, min(len(lines), i + 1 + max_lines)):
            nxt = lines[k]
            if BULLET.match(nxt.text) or HEADING.match(nxt.text) or TABLE_SEP in nxt.text or ":" in nxt.text[:30]:
                break
            more.append(nxt.text)
        value = squash(" ".join([rest_text] + more)).lstrip(" :;,.-")
        if must is None or must(fold_keep(value)):
            out.append((value, i))
    return out


def find_schedule(lines, year):
    """(date, date_text, weekday, start, sessions) from the "Thời gian" line."""
    def informative(folded):
        return bool(find_dates(folded, year) or find_times(folded) or any(r.search(folded) for r, _ in SESSIONS))

    candidates = value_after_label(lines, "thoi gian", must=informative)
    if not candidates:
        candidates = [(v, i) for v, i in value_after_label(lines, "thoi diem", must=informative)]
    if not candidates:
        return None, "", "", None, None, None
    value, _ = candidates[0]
    folded = fold_keep(value)
    sessions = None
    for regex, count in SESSIONS:
        if regex.search(folded):
            sessions = count
            break
    dates = find_dates(folded, year)
    conference_date, date_text = None, ""
    if dates:
        day, start, end = dates[0]
        before = folded[max(0, start - 25): start]
        m = re.search(r"((?:sang|chieu|toi|trua)\s+)?(ng\w{1,2}\s*)?$", before)
        lead = m.start() if m and m.group(0).strip() else start
        deadline = re.search(r"(truoc|cham nhat|trong thang|truoc ngay)\s*(ng\w{1,2})?\s*$", before)
        if deadline:
            lead = max(0, start - 25) + deadline.start()
            date_text = squash(value[lead:end])
        else:
            lead = max(0, start - 25) + (m.start() if m and m.group(0).strip() else len(before))
            date_text = squash(value[lead:end])
            conference_date = day
    times = find_times(folded)
    start_time = times[0][0] if times else None
    end_time = times[1][0] if len(times) > 1 and re.search(r"(den|-)\s*$", folded[times[0][2]: times[1][1]]) else None
    weekday = find_weekday(folded)
    return conference_date, date_text, weekday, start_time, sessions, end_time


def find_venue(lines):
    for value, _ in value_after_label(lines, "dia diem", max_lines=2):
        m = re.match(r"^(?:tai|o)\s+", fold_keep(value))
        value = value[m.end():] if m else value
        value = value.rstrip(" .;")
        value = value[:1].upper() + value[1:]
        if value and len(value) > 3 and not fold_keep(value).startswith(("to chuc", "hoi nghi")):
            return value[:300]
    return ""
