"""Rules that read a received plan's text into ``PlanFacts``.

Plain rules, no model downloaded at run time. They work on the folded text (no diacritics,
lower case) and slice the original for what is shown, so the same rules read a Word file,
a PDF and an OCR'd scan whose diacritics are gone ("Hoi nghi dién hinh tién tién").
"""
import re
from dataclasses import dataclass, field

from thidua.ingest.domain.text import (
    find_dates,
    find_phrase,
    find_times,
    find_weekday,
    fold_keep,
    normalize,
    squash,
    tokens,
)
from thidua.plans.domain.facts import AgendaFact, AwardCategoryFact, PlanFacts, TaskFact

# Kind words in names and headers (folded) -> PlanFacts.unit_kind
KIND_WORDS = [("dac khu", "dac_khu"), ("phuong", "phuong"), ("xa", "xa"), ("so", "department"), ("ban", "department")]
KIND_DISPLAY = {"xa": "xã", "phuong": "phường", "dac_khu": "đặc khu"}

BULLET = re.compile(r"^\s*(?:[-+•*▪·●◦–]|\d{1,2}[.)]\s|[a-zđ][)]\s)")
HEADING = re.compile(r"^\s*(?:([IVXL]{1,5})\.|(\d{1,2}(?:\.\d{1,2})*)\.)\s*\S")
_ROMAN_LABEL = re.compile(r"^\s*[IVXLH|1]{1,5}\.\s+(\S.{4,})$")


class _RomanHeading:
    """ "IV. TỔ CHỨC THỰC HIỆN" (OCR: "1V. TỔ CHỨC"): a numbered line in capitals."""

    @staticmethod
    def match(text):
        m = _ROMAN_LABEL.match(text)
        return bool(m) and not any(c.islower() for c in m.group(1))


ROMAN_HEADING = _RomanHeading()
TABLE_SEP = " | "
TIME_RANGE_START = re.compile(r"^\s*(?:\d{1,2}\s+)?([01]?\d|2[0-3])\s?(?:h|g|gio|:)\s?([0-5]\d)?'?\s*-")

# Signer titles, most specific first (folded)
SIGNER_TITLES = [
    "pho chu tich", "chu tich", "pho giam doc", "giam doc", "pho truong ban", "truong ban",
    "pho chanh van phong", "chanh van phong", "pho bi thu", "bi thu", "pho thu truong", "thu truong",
]

DEADLINE_WORDS = re.compile(r"(truoc ngay|trong ngay|cham nhat|han cuoi|den het ngay|truoc|han chot)\s*$")


@dataclass
class Line:
    text: str  # original (normalised) text
    folded: str


@dataclass
class Extraction:
    """The facts plus what the reader could not decide (for the Board's table)."""

    facts: PlanFacts
    notes: list = field(default_factory=list)
    looks_like_plan: bool = True


_VOWEL = "aeiouyáàảãạâấầẩẫậăắằẳẵặéèẻẽẹêếềểễệíìỉĩịóòỏõọôốồổỗộơớờởỡợúùủũụưứừửữựýỳỷỹỵ"
_OCR_D = re.compile(r"(?<![A-Za-zÀ-ỹ])([Pp])(?=[" + _VOWEL + _VOWEL.upper() + r"][a-zà-ỹA-ZÀ-Ỹ])")


def looks_ocr(text):
    """Text whose Vietnamese diacritics are mostly gone (a scan read by OCR)."""
    letters = [c for c in text[:20000] if c.isalpha()]
    if len(letters) < 200:
        return False
    marked = sum(1 for c in letters if not c.isascii())
    return marked < 0.12 * len(letters)


def repair_ocr(text):
    """Undo OCR's most common slip on this kind of scan: "Đ" read as "P" ("Pai hoi" → "Đai hoi")."""
    return _OCR_D.sub(lambda m: "Đ" if m.group(1) == "P" else "đ", text)


def _lines(text):
    out = []
    text = normalize(text)
    if looks_ocr(text):
        text = repair_ocr(text)
    # "Lần thứ 1 (2025" as OCR or a typist writes the ordinal of the first conference
    text = re.sub(r"(?i)(l[aầâ]n\s+th[ứưu]\s+)[1l|](?=\s*\(\s*20)", lambda m: m.group(1) + "I", text)
    for raw in text.split("\n"):
        stripped = raw.strip()
        if stripped:
            out.append(Line(stripped, fold_keep(stripped)))
    return out


def _joined(lines):
    """One string of several lines (mid-sentence breaks joined) with its folded twin."""
    text = " ".join(line.text for line in lines)
    return text, fold_keep(text)


# ------------------------------------------------------------------ helpers

def _title_case_vi(text):
    """ "XÃ KẺ SẶT" -> "Xã Kẻ Sặt" (each word capitalised)."""
    return " ".join(w[:1].upper() + w[1:].lower() for w in text.split())


def _sentence_case(text, proper=()):
    """An all-caps banner line in sentence case, proper names and roman numerals kept."""
    words = text.split()
    out = []
    for i, w in enumerate(words):
        bare = w.strip("(),.;:")
        if re.fullmatch(r"[IVXL]+", bare):
            out.append(w)
        else:
            lw = w.lower()
            out.append(lw[:1].upper() + lw[1:] if i == 0 else lw)
    result = " ".join(out)
    for name in proper:
        if not name:
            continue
        folded_result = fold_keep(result)
        idx = folded_result.find(fold_keep(name))
        if idx >= 0:
            result = result[:idx] + name + result[idx + len(name):]
    return result


def _is_upper(text):
    letters = [c for c in text if c.isalpha()]
    return bool(letters) and sum(c.isupper() for c in letters) >= 0.8 * len(letters)


# ------------------------------------------------------------------ header

NUMBER = re.compile(r"(?:^|\s)s[o6q0]\s*[:.;]\s*(\d{0,4})\s*/\s*([a-z][a-z0-9&]*(?:\s?-\s?[a-z0-9&]+){0,3})")
PLACE_DATE = re.compile(r"([a-z][a-z .]{1,40}),\s*ng[a-z]{1,2}\b")
ISSUER_LINE = re.compile(
    r"^(?:uy ban nhan dan |ubnd )?(dac khu|phuong|xa|so)\s+([a-z0-9&][a-z0-9& ,.-]*?)"
    r"(?=\s{2,}|\s+cong hoa|\s+d\w{1,2}c\s*[1l]ap|\s+so\s*[:.]|$)"
)


def _number(lines):
    for i, line in enumerate(lines[:80]):
        m = NUMBER.search(line.folded)
        if m:
            symbol = line.text[m.start(2):m.end(2)].upper().replace(" ", "")
            digits = m.group(1)
            return (f"{digits}/{symbol}" if digits else ""), i
    return "", None


def _issue_date(lines, number_index):
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
        if not m or not _is_upper(line.text[: m.end()]):
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


def _core(folded_name):
    """A folded unit name without its kind word: "so ngoai vu" -> "ngoai vu"."""
    name = re.sub(r"[^a-z0-9&]+", " ", folded_name).strip()
    for word, _ in KIND_WORDS:
        if name.startswith(word + " "):
            return name[len(word) + 1:]
    return name


def _mixed_case_mention(all_text, all_folded, name_folded):
    """The first mention of a name in mixed case in the body: "Sở Khoa học và Công nghệ"."""
    start = 0
    while True:
        idx = all_folded.find(name_folded, start)
        if idx < 0:
            return ""
        candidate = all_text[idx: idx + len(name_folded)]
        if not _is_upper(candidate):
            return candidate
        start = idx + 1


NAME_IN_TITLE = re.compile(
    r"dien hinh tien tien\s+(?:cac cap\s+)?(xa|phuong|dac khu)\s+([a-z ]+?)(?=\s*(?:,|\(|lan thu|giai doan|tien toi|nam 20|$))"
)
NAME_IN_INTRO = re.compile(r"(?:uy ban nhan dan|ubnd)\s+(xa|phuong|dac khu)\s+([a-z ]+?)\s+(?:ban hanh|xay dung)")
DEPT_IN_INTRO = re.compile(r"\b(so|ban)\s+([a-z& ]+?)\s+(?:ban hanh|xay dung)\s+k")


def _unit(lines, all_text, all_folded, known_units):
    """(display name, kind, matched known unit or None)."""
    # 1. a known unit named in the header or the body (diacritics-insensitive)
    kind, written = _issuer(lines)
    written_folded = fold_keep(written).strip()
    if known_units:
        best = None
        written_core = _core(written_folded)
        for unit in known_units:
            name_folded = fold_keep(unit["display_name"]).strip()
            if written_core and written_core == _core(name_folded):
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
                display = "Sở " + _title_case_vi(written)
            elif not fold_keep(display).startswith("so "):
                display = "Sở " + display
            return display, kind, None
        name = body or _title_case_vi(written)
        return f"{KIND_DISPLAY[kind]} {_title_case_vi(name) if _is_upper(name) else name}", kind, None
    # 3. the title or the opening sentence
    for regex in (NAME_IN_INTRO, NAME_IN_TITLE):
        m = regex.search(all_folded)
        if m:
            kind = dict(KIND_WORDS)[m.group(1)]
            name = _title_case_vi(all_text[m.start(2): m.end(2)])
            return f"{KIND_DISPLAY[kind]} {name}", kind, None
    m = DEPT_IN_INTRO.search(all_folded)
    if m:
        return all_text[m.start(): m.end(2)].strip(), "department", None
    return "", "", None


# ------------------------------------------------------------------ conference name and banner

BANNER_HEADINGS = ("ten goi", "tieu de hoi nghi", "ten cua hoi nghi", "ten hoi nghi", "tieu de")
# the title's conference name ends with its period "(2025 - 2030)", before "tiến tới …", or
# before the first heading "I. MỤC ĐÍCH" when the title has neither
CONF_IN_TITLE = re.compile(
    r"(hoi nghi\s+(?:tuyen duong\s+|bieu duong\s+)?dien hinh tien tien.*?(?:\(\s*20\d\d\s*-\s*20\d\d\s*\)"
    r"|(?=\s*,?\s*tien t\w{1,2}i\s)|(?=\s+i\s*[.:]\s)|$))"
)


def _banner_block(lines, j):
    """Lines of a banner starting at ``j`` up to its "<place>, ngày …" line: (parts, found_date_line)."""
    parts = [lines[j].text]
    for k in range(j + 1, min(len(lines), j + 6)):
        f = lines[k].folded
        if PLACE_DATE.search(f):
            return parts, True
        if re.match(r"^\d+(\.\d+)*\.", f) or BULLET.match(lines[k].text):
            return parts, False
        text = lines[k].text
        if not (_is_upper(text) or f.startswith(("lan thu", "(", "giai doan", "nganh")) or (len(text) < 40 and not text.endswith("."))):
            return parts, False
        parts.append(text)
    return parts, False


def _banner(lines, proper):
    """The conference title as the plan spells it for the banner (pano)."""
    # 1. an all-caps block "HỘI NGHỊ … (2025-2030)" ending with "<place>, ngày …"
    for j, line in enumerate(lines):
        if line.folded.startswith("hoi nghi") and _is_upper(line.text):
            parts, dated = _banner_block(lines, j)
            if dated and any(fold_keep(p) for p in parts):
                text = squash(" ".join(parts)).rstrip(" :.")
                return _sentence_case(text, proper), "\n".join(parts)
    # 2. the lines after a "Tên gọi:" / "Tiêu đề hội nghị:" label
    for i, line in enumerate(lines):
        head = re.sub(r"^\s*(?:\d+(?:\.\d+)*\.?|[-+])\s*", "", line.folded)
        if not head.startswith(BANNER_HEADINGS):
            continue
        for j in range(i, min(len(lines), i + 6)):
            folded = lines[j].folded
            pos = folded.find("hoi nghi", folded.find(":") + 1 if j == i else 0)
            if pos < 0 or (j > i and pos > 0):
                continue
            parts, _ = _banner_block(lines, j)
            parts[0] = parts[0][pos:]
            text = squash(" ".join(parts)).rstrip(" :.")
            name = _sentence_case(text, proper) if _is_upper(text) else text
            return name, "\n".join(parts)
    return "", ""


def _conference_name_from_title(all_text, all_folded):
    m = CONF_IN_TITLE.search(all_folded[:3000])
    if not m:
        return ""
    end = m.end(1)
    # stop at the end of the first period "(2025-2030)" or a line of the title
    name = squash(all_text[m.start(1): end]).rstrip(" ,.")
    return name[:300]


# ------------------------------------------------------------------ time, place, sessions

SESSIONS = [
    (re.compile(r"(?:½|1/2|%|nua)\s*(?:b\w{2,3})\b"), 0.5),  # ½ buổi
    (re.compile(r"(?:ca|01|1|mot)\s*ngay\b|\b02\s*buoi|\bhai buoi|\b2\s*buoi|sang\b.*\bchieu\b"), 2.0),
    (re.compile(r"(?:½|1/2|%|nua)\s*ngay|\b(?:01|1|mot)\s*bu\w{1,2}\b"), 1.0),
]


def _value_after_label(lines, label, max_lines=3, must=None):
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


def _schedule(lines, year):
    """(date, date_text, weekday, start, sessions) from the "Thời gian" line."""
    def informative(folded):
        return bool(find_dates(folded, year) or find_times(folded) or any(r.search(folded) for r, _ in SESSIONS))

    candidates = _value_after_label(lines, "thoi gian", must=informative)
    if not candidates:
        candidates = [(v, i) for v, i in _value_after_label(lines, "thoi diem", must=informative)]
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


def _venue(lines):
    for value, _ in _value_after_label(lines, "dia diem", max_lines=2):
        m = re.match(r"^(?:tai|o)\s+", fold_keep(value))
        value = value[m.end():] if m else value
        value = value.rstrip(" .;")
        value = value[:1].upper() + value[1:]
        if value and len(value) > 3 and not fold_keep(value).startswith(("to chuc", "hoi nghi")):
            return value[:300]
    return ""


# ------------------------------------------------------------------ delegates

DELEGATE_COUNT = re.compile(r"(?:du kien|toi da|tong so(?: dai bieu)?\s*:?|so luong[^:]{0,60}:|thanh phan\s*:|khong qua|gom|la)\s*(?:khoang\s*)?(\d{1,4})\s*(?:dai bieu|nguoi|db\b)")
DELEGATE_ANY = re.compile(r"(\d{1,4})\s*dai bieu")
SHARE = re.compile(r"(\d{1,3})\s*%")
GROUPS = {
    "exemplars": re.compile(r"(?:dai bieu\s+)?dien hinh(?: tien tien)?\s*[:(]?\s*(\d{1,4})\s*(?:dai bieu|nguoi)"
                            r"|(\d{1,4})\s*dai bieu\s+la\s+(?:cac\s+)?dien hinh"),  # "84 đại biểu là các điển hình"
    "guests": re.compile(r"khach moi\s*[:(]?\s*(\d{1,4})\s*(?:dai bieu|nguoi)"),
    "leaders": re.compile(r"lanh dao(?: cac cap)?\s*[:(]?\s*(\d{1,4})\s*(?:dai bieu|nguoi)"),
}


def _delegates(all_folded):
    total = None
    m = DELEGATE_COUNT.search(all_folded)
    if m:
        total = int(m.group(1))
    groups = {key: int(next(x for x in g.groups() if x)) if (g := regex.search(all_folded)) else None
              for key, regex in GROUPS.items()}
    share = None
    for m in re.finditer(r"dien hinh tien tien", all_folded):
        window = all_folded[m.end(): m.end() + 40].split(";")[0]
        s = SHARE.search(window)
        if s and 0 < int(s.group(1)) <= 100:
            share = int(s.group(1)) / 100
            break
    if share is None:
        m = re.search(r"\b(\d{2})\s*/\s*(\d{2})\s*%?\s*\(?(?:dien hinh|dai bieu)", all_folded)
        if m and int(m.group(1)) + int(m.group(2)) == 100:
            share = int(m.group(1)) / 100
    if share is None and total and groups["exemplars"] is not None:
        share = round(groups["exemplars"] / total, 2)
    if total is None and groups["exemplars"] is not None and all(groups[k] is not None for k in groups):
        total = sum(groups.values())
    return total, groups, share


# ------------------------------------------------------------------ programme (agenda)

PROGRAMME_HEADING = re.compile(r"^\s*(?:([ivxlh1|]{1,4}|\d+(?:\.\d+)*)\.?\s*)?(?:noi dung\s+)?ch\w{2,4}\s*tr\w{2,3}h\b(?:\s+hoi nghi)?(?:\s*,\s*noi dung hoi nghi)?\s*:?\s*$")


# Wordings units use besides the campaign's own keywords (folded), for the standard keys.
EXTRA_KEYWORDS = {
    "opening": ("tuyen bo ly do", "gioi thieu dai bieu"),
    "summary_report": ("bao cao tong ket", "tong ket phong trao thi dua"),
    "presentations": ("tham luan",),
    "exchange": ("giao luu",),
    "honouring": ("bieu duong", "ton vinh", "trao giay khen", "cong bo quyet dinh khen thuong"),
    "launch": ("phat dong phong trao",),
    "response": ("huong ung",),
    "higher_delegates": ("thong qua danh sach dai bieu", "dai hoi thi dua cap tren", "dai hoi cap tren"),
    "closing": ("be mac",),
}


def _match_agenda_key(folded, rules):
    """The agenda key whose keyword appears first in ``folded`` (fuzzy), or None."""
    toks = tokens(folded)
    best = None
    for rule in rules.agenda if rules else ():
        for keyword in dict.fromkeys(tuple(rule.keywords) + EXTRA_KEYWORDS.get(rule.key, ())):
            idx = find_phrase(toks, keyword)
            while idx >= 0:
                words = keyword.split()
                inexact = sum(1 for j, w in enumerate(words) if toks[idx + j][0] != w)
                score = (inexact, idx)
                if best is None or score < best[0]:
                    best = (score, rule.key)
                idx = find_phrase(toks, keyword, idx + 1)
    return best[1] if best else None


def _programme_lines(lines):
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


def _agenda(lines, rules):
    section = _programme_lines(lines)
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
        text, folded = _joined(group)
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
        key = _match_agenda_key(fold_keep(content), rules)
        facts.append(AgendaFact(content=content[:500], key=key, start=start, end=end))
    return facts


TIME_STRIP = re.compile(r"^\s*(?:\d{1,2}\s+)?\d{1,2}\s?(?:h|g|gio|giờ|:)\s?\d{0,2}'?\s*-\s*\d{1,2}\s?(?:h|g|gio|giờ|:)\s?\d{0,2}'?\s*", re.IGNORECASE)


# ------------------------------------------------------------------ presentations, awards

def _presentations(agenda, all_folded):
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


AWARD_LINE = re.compile(
    r"^\s*(?:\d+(?:\.\d+)*\.?|[-+])\s*(.{3,120}?)\s*\(\s*(\d{1,3})\s*(?:-\s*(\d{1,3}))?\s*(ca nhan|tap the|don vi|ho gia dinh|ho|doanh nghiep|truong)\b"
)


def _awards(lines):
    out = []
    for line in lines:
        m = AWARD_LINE.match(line.folded)
        if not m:
            continue
        word = m.group(4)
        target = "individual" if word == "ca nhan" else "household" if word.startswith("ho") else "collective"
        low, high = int(m.group(2)), int(m.group(3)) if m.group(3) else None
        name = squash(line.text[m.start(1): m.end(1)]).strip(" :-")
        out.append(AwardCategoryFact(name=name, target=target, min_count=low, max_count=high if high is not None else low))
    return out


# ------------------------------------------------------------------ deadlines

NOMINATION_WORDS = ("de xuat", "de nghi", "danh sach", "lua chon", "binh chon", "binh xet", "ho so")
NOMINATION_TOPIC = ("khen thuong", "bieu duong", "dien hinh", "ton vinh")
REPORT_TO = ("thanh pho", "cap tren", "ban thi dua", "ban td", "hoi dong thi dua", "ubnd tp", "ban tdkt")


def _clauses(lines):
    """(text, folded) clauses: paragraphs start at list bullets and headings; split at sentence ends and semicolons."""
    paragraphs = []
    for line in lines:
        if not paragraphs or BULLET.match(line.text) or HEADING.match(line.text):
            paragraphs.append([line])
        else:
            paragraphs[-1].append(line)
    out = []
    for group in paragraphs:
        text, folded = _joined(group)
        last = 0
        for m in re.finditer(r"[.;!?](?=\s)", text):
            out.append((text[last: m.end()], folded[last: m.end()]))
            last = m.end()
        out.append((text[last:], folded[last:]))
    return out


def _deadlines(lines, year):
    nomination = report = None
    for text, folded in _clauses(lines):
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


# ------------------------------------------------------------------ tasks ("Tổ chức thực hiện")

TASK_SECTIONS = ("to chuc thuc hien", "phan cong nhiem vu", "phan cong thuc hien", "trach nhiem thuc hien")
TASK_SECTION_ENDS = ("tren day", "noi nhan", "noi nh", "trong qua trinh", "tm.", "kt.", "tl.")
ASSIGNEE = re.compile(r"^\s*(\d{1,2})\.\s+(\S.*)$")
SUB_ASSIGNEE = re.compile(r"^\s*\d{1,2}\.(\d{1,2})\.?\s+(\S.*)$")
SUB_ITEM = re.compile(r"^\s*\d{1,2}\.\d{1,2}\.?\s")
TASK_DUE = re.compile(r"(truoc|trong|cham nhat|han cuoi|den het|han chot|hoan thanh)\s*(ngay|ng\w)?\s*$")


def _task_section(lines):
    """(first line index, arabic) of the "Tổ chức thực hiện" / "Phân công nhiệm vụ" part, or (None, False).
    ``arabic``: the part is itself numbered "4." so its assignees are "4.1.", "4.2."."""
    for i, line in enumerate(lines):
        head = re.sub(r"^\s*(?:[ivxlh|1]{1,5}|\d{1,2})\.\s*", "", line.folded).strip(" :.")
        if not head.startswith(TASK_SECTIONS) or len(head) > 40:
            continue
        if ROMAN_HEADING.match(line.text):
            return i + 1, False
        if re.match(r"^\s*\d{1,2}\.\s", line.text) and len(head) < 25:
            return i + 1, True
    return None, False


def _bold_like_heading(lines, k, end):
    """An unnumbered assignee heading (bold in the original, plain once read): a short line,
    after the end of a sentence, that does not end one itself and is followed by a bullet."""
    text = lines[k].text
    if BULLET.match(text) or len(text) > 90 or not text[:1].isupper() or text.rstrip()[-1:] in ".;,":
        return False
    if ":" in text.rstrip(" :"):  # "Tên gọi: …" is a label and its value
        return False
    prev = lines[k - 1].text.rstrip() if k else ""
    if prev and prev[-1:] not in ".;:":
        return False
    return k + 1 < end and bool(BULLET.match(lines[k + 1].text))


def _assignee_name(text):
    name = squash(text).strip(" :-–.;")
    name = re.sub(r"^(?:Đề nghị|De nghi|Đê nghị)\s+", "", name)
    return name[:1].upper() + name[1:300]


def _task_due(folded, year):
    for day, start, _ in find_dates(folded, year):
        if TASK_DUE.search(folded[max(0, start - 22): start]):
            return day
    return None


def _tasks(lines, year):
    """``TaskFact``s of the "Tổ chức thực hiện" part: one per assignee heading ("1. Phòng Văn
    hóa - Xã hội"), its bullet lines as the description; a bullet carrying its own deadline
    ("… trước ngày 30/8/2025") is a task of its own with that date as ``due``."""
    start, arabic = _task_section(lines)
    if start is None:
        return []
    end = len(lines)
    for k in range(start, len(lines)):
        line = lines[k]
        if ROMAN_HEADING.match(line.text) or (not BULLET.match(line.text) and line.folded.strip().startswith(TASK_SECTION_ENDS)):
            end = k
            break
        if arabic and re.match(r"^\s*\d{1,2}\.\s", line.text) and _is_upper(line.text):
            end = k
            break
    blocks = []  # [assignee, [[Line, ...] item, ...]]
    for k in range(start, end):
        line = lines[k]
        heading = (SUB_ASSIGNEE if arabic else ASSIGNEE).match(line.text)
        if heading or _bold_like_heading(lines, k, end):
            blocks.append([_assignee_name(heading.group(2) if heading else line.text), []])
            continue
        if not blocks:
            continue
        items = blocks[-1][1]
        prev = items[-1][-1].text.rstrip() if items and items[-1] else ""
        starts = (not items or BULLET.match(line.text) or SUB_ITEM.match(line.text)
                  or (prev[-1:] in ".;:" and line.text[:1].isupper()))
        if starts:
            items.append([line])
        else:
            items[-1].append(line)
    facts = []
    for assignee, items in blocks:
        undated = None
        for group in items:
            text, folded = _joined(group)
            text = squash(re.sub(r"^\s*(?:[-+•*▪·●◦–]|\d{1,2}(?:\.\d{1,2})*[.)]|[a-zđ][)])\s*", "", text))
            if len(fold_keep(text).strip()) < 3:
                continue
            due = _task_due(folded, year)
            if due is not None:
                facts.append(TaskFact(assignee, text, due))
            elif undated is None:
                undated = TaskFact(assignee, text, None)
                facts.append(undated)
            else:
                undated.description = f"{undated.description} {text}"
        if not items:
            facts.append(TaskFact(assignee, "", None))
    return facts


# ------------------------------------------------------------------ signer

NAME_WORD = re.compile(r"^[A-ZĐÀ-Ỹ][a-zđà-ỹ]+$")


def _is_person_name(text):
    words = text.split()
    if not 2 <= len(words) <= 5:
        return False
    if not all(NAME_WORD.match(w) for w in words):
        return False
    folded = fold_keep(text)
    return not any(w in folded for w in ("uy ban", "noi nhan", "luu", "thanh pho", "hoi dong", "chu tich", "giam doc"))


def _signer(lines):
    tail = lines[-40:]
    name = ""
    name_index = None
    for i in range(len(tail) - 1, -1, -1):
        candidate = tail[i].text.strip(" .,")
        if _is_person_name(candidate):
            name, name_index = candidate, i
            break
    block = tail[: name_index] if name_index is not None else tail
    mode = title = ""
    for line in block:
        folded = line.folded.strip()
        m = re.match(r"^(tm|kt|tl|q|ttl)\.\s*(.*)$", folded)
        if m:
            mode = m.group(1).upper() + "."
            rest = m.group(2)
            for t in SIGNER_TITLES:
                pos = rest.rfind(t)
                if pos > 0:
                    title = line.text[line.folded.find(t, line.folded.find(".") + 1 + pos - 1):][: len(t)]
                    break
            continue
        if mode and not title:
            for t in SIGNER_TITLES:
                if folded == t or folded.startswith(t + " "):
                    title = line.text[: len(t)]
                    break
    if not title and name_index is not None:
        for line in reversed(block[-8:]):
            folded = line.folded.strip()
            for t in SIGNER_TITLES:
                if folded.endswith(t):
                    title = line.text[len(line.text) - len(t):]
                    break
            if title:
                break
    return mode, title.upper(), name


# ------------------------------------------------------------------ periods

PERIOD = re.compile(r"(20\d\d)\s*-\s*(20\d\d)")


def _periods(all_folded):
    """Periods the plan attaches to its own conference: "giai đoạn 2020 - 2025", "Lần thứ I (2025-2030)"."""
    found = []
    for m in re.finditer(r"hoi nghi\s+(?:tuyen duong\s+)?dien hinh tien tien", all_folded):
        window = all_folded[m.end(): m.end() + 90]
        stop = re.search(r"tien t\w{1,2}i|dai hoi|cac cap|;|\.\s", window)
        if stop:
            window = window[: stop.start()]
        p = PERIOD.search(window)
        if p:
            text = f"{p.group(1)} - {p.group(2)}"
            if text not in found:
                found.append(text)
    return found


# ------------------------------------------------------------------ entry point

PLAN_MARKERS = ("ke hoach", "hoi nghi", "dien hinh tien tien")


def extract(text, rules=None, known_units=None, default_year=None):
    """Read ``text`` (a plan as text) into an ``Extraction``.

    ``rules`` (CampaignRules) gives the agenda keywords; ``known_units`` (dicts with
    display_name, name, kind, code, pk) lets the issuer be matched to a unit.
    """
    lines = _lines(text)
    all_text, all_folded = _joined(lines)
    year = default_year or (rules.direction_start_year if rules else None)
    facts = PlanFacts()
    notes = []
    looks = sum(1 for m in PLAN_MARKERS if find_phrase(tokens(all_folded[:6000]), m) >= 0) >= 2
    if not looks:
        return Extraction(facts=facts, notes=["Văn bản không có dấu hiệu của một kế hoạch tổ chức hội nghị."], looks_like_plan=False)

    facts.number, number_index = _number(lines)
    facts.issued_on = _issue_date(lines, number_index)
    if facts.issued_on:
        year = year or facts.issued_on.year
    unit_name, kind, unit = _unit(lines, all_text, all_folded, known_units)
    facts.unit_name, facts.unit_kind = unit_name, kind
    if unit is not None:
        facts.merged = unit.get("merged", True)
    banner_name, banner_text = _banner(lines, [unit_name.split(" ", 1)[-1]] if unit_name else [])
    facts.banner_text = banner_text
    facts.conference_name = banner_name or _conference_name_from_title(all_text, all_folded)
    facts.conference_form = "Hội nghị tuyên dương điển hình tiên tiến" if "tuyen duong" in fold_keep(facts.conference_name) else (
        "Hội nghị điển hình tiên tiến" if facts.conference_name else ""
    )
    schedule = _schedule(lines, year)
    facts.conference_date, facts.date_text, facts.weekday_text, facts.start_time, facts.sessions, facts.end_time = schedule
    facts.venue = _venue(lines)
    facts.delegates_total, groups, facts.exemplar_share = _delegates(all_folded)
    facts.delegates_exemplars, facts.delegates_guests, facts.delegates_leaders = (
        groups["exemplars"], groups["guests"], groups["leaders"]
    )
    facts.agenda = _agenda(lines, rules)
    timed = [a for a in facts.agenda if a.start]
    if timed:
        facts.start_time = facts.start_time or timed[0].start
        facts.end_time = facts.end_time or timed[-1].end
    facts.presentations_count, facts.presentations_max = _presentations(facts.agenda, all_folded)
    facts.award_categories = _awards(lines)
    facts.nomination_deadline, facts.report_deadline = _deadlines(lines, year)
    facts.tasks = _tasks(lines, year)
    facts.signer_mode, facts.signer_title, facts.signer_name = _signer(lines)
    facts.period_texts = _periods(all_folded)
    if not facts.agenda:
        notes.append("Không tìm thấy chương trình hội nghị trong văn bản.")
    if not facts.unit_name:
        notes.append("Không xác định được đơn vị ban hành.")
    return Extraction(facts=facts, notes=notes, looks_like_plan=True)
