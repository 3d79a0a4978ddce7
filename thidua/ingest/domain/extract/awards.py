"""Award categories with their quotas: "- Hộ gia đình sản xuất, kinh doanh giỏi (08 - 10 hộ)"."""
import re

from thidua.ingest.domain.text import squash
from thidua.plans.domain.facts import AwardCategoryFact

AWARD_LINE = re.compile(
    r"^\s*(?:\d+(?:\.\d+)*\.?|[-+])\s*(.{3,120}?)\s*\(\s*(\d{1,3})\s*(?:-\s*(\d{1,3}))?\s*(ca nhan|tap the|don vi|ho gia dinh|ho|doanh nghiep|truong)\b"
)


def find_award_categories(lines):
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
