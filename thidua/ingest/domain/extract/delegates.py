"""The delegates: the total, the groups (exemplars, guests, leaders) and the exemplar share."""
import re

DELEGATE_COUNT = re.compile(r"(?:du kien|toi da|tong so(?: dai bieu)?\s*:?|so luong[^:]{0,60}:|thanh phan\s*:|khong qua|gom|la)\s*(?:khoang\s*)?(\d{1,4})\s*(?:dai bieu|nguoi|db\b)")
SHARE = re.compile(r"(\d{1,3})\s*%")
GROUPS = {
    "exemplars": re.compile(r"(?:dai bieu\s+)?dien hinh(?: tien tien)?\s*[:(]?\s*(\d{1,4})\s*(?:dai bieu|nguoi)"
                            r"|(\d{1,4})\s*dai bieu\s+la\s+(?:cac\s+)?dien hinh"),  # "84 đại biểu là các điển hình"
    "guests": re.compile(r"khach moi\s*[:(]?\s*(\d{1,4})\s*(?:dai bieu|nguoi)"),
    "leaders": re.compile(r"lanh dao(?: cac cap)?\s*[:(]?\s*(\d{1,4})\s*(?:dai bieu|nguoi)"),
}


def find_delegates(all_folded):
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
