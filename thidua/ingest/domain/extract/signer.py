"""The signature block: mode (TM., KT.), title and the signer's name."""
import re

from thidua.ingest.domain.extract.lexicon import SIGNER_TITLES
from thidua.ingest.domain.text import fold_keep

NAME_WORD = re.compile(r"^[A-ZĐÀ-Ỹ][a-zđà-ỹ]+$")


def is_person_name(text):
    words = text.split()
    if not 2 <= len(words) <= 5:
        return False
    if not all(NAME_WORD.match(w) for w in words):
        return False
    folded = fold_keep(text)
    return not any(w in folded for w in ("uy ban", "noi nhan", "luu", "thanh pho", "hoi dong", "chu tich", "giam doc"))


def find_signer(lines):
    tail = lines[-40:]
    name = ""
    name_index = None
    for i in range(len(tail) - 1, -1, -1):
        candidate = tail[i].text.strip(" .,")
        if is_person_name(candidate):
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
