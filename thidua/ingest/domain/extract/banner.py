"""The conference's name: the banner (pano) block, a "Tên gọi:" label or the title. (The
periods a plan attaches to its conference: ``thidua.common.plan_text``, shared with the
plans checker.)"""
import re

from thidua.ingest.domain.extract.header import PLACE_DATE
from thidua.ingest.domain.extract.lexicon import BANNER_HEADINGS
from thidua.ingest.domain.extract.lines import BULLET, is_upper, sentence_case
from thidua.ingest.domain.text import fold_keep, squash

# the title's conference name ends with its period "(2025 - 2030)", before "tiến tới …", or
# before the first heading "I. MỤC ĐÍCH" when the title has neither
CONF_IN_TITLE = re.compile(
    r"(hoi nghi\s+(?:tuyen duong\s+|bieu duong\s+)?dien hinh tien tien.*?(?:\(\s*20\d\d\s*-\s*20\d\d\s*\)"
    r"|(?=\s*,?\s*tien t\w{1,2}i\s)|(?=\s+i\s*[.:]\s)|$))"
)


def banner_block(lines, j):
    """Lines of a banner starting at ``j`` up to its "<place>, ngày …" line: (parts, found_date_line)."""
    parts = [lines[j].text]
    for k in range(j + 1, min(len(lines), j + 6)):
        f = lines[k].folded
        if PLACE_DATE.search(f):
            return parts, True
        if re.match(r"^\d+(\.\d+)*\.", f) or BULLET.match(lines[k].text):
            return parts, False
        text = lines[k].text
        if not (is_upper(text) or f.startswith(("lan thu", "(", "giai doan", "nganh")) or (len(text) < 40 and not text.endswith("."))):
            return parts, False
        parts.append(text)
    return parts, False


def find_banner(lines, proper):
    """The conference title as the plan spells it for the banner (pano)."""
    # 1. an all-caps block "HỘI NGHỊ … (2025-2030)" ending with "<place>, ngày …"
    for j, line in enumerate(lines):
        if line.folded.startswith("hoi nghi") and is_upper(line.text):
            parts, dated = banner_block(lines, j)
            if dated and any(fold_keep(p) for p in parts):
                text = squash(" ".join(parts)).rstrip(" :.")
                return sentence_case(text, proper), "\n".join(parts)
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
            parts, _ = banner_block(lines, j)
            parts[0] = parts[0][pos:]
            text = squash(" ".join(parts)).rstrip(" :.")
            name = sentence_case(text, proper) if is_upper(text) else text
            return name, "\n".join(parts)
    return "", ""


def conference_name_from_title(all_text, all_folded):
    m = CONF_IN_TITLE.search(all_folded[:3000])
    if not m:
        return ""
    end = m.end(1)
    # stop at the end of the first period "(2025-2030)" or a line of the title
    name = squash(all_text[m.start(1): end]).rstrip(" ,.")
    return name[:300]
