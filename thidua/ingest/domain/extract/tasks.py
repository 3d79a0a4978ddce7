"""The "Tổ chức thực hiện" / "Phân công nhiệm vụ" part: who does what, by when."""
import re

from thidua.ingest.domain.extract.lexicon import TASK_SECTION_ENDS, TASK_SECTIONS
from thidua.ingest.domain.extract.lines import BULLET, ROMAN_HEADING, is_upper, joined
from thidua.ingest.domain.text import find_dates, fold_keep, squash
from thidua.plans.domain.facts import TaskFact

ASSIGNEE = re.compile(r"^\s*(\d{1,2})\.\s+(\S.*)$")
SUB_ASSIGNEE = re.compile(r"^\s*\d{1,2}\.(\d{1,2})\.?\s+(\S.*)$")
SUB_ITEM = re.compile(r"^\s*\d{1,2}\.\d{1,2}\.?\s")
TASK_DUE = re.compile(r"(truoc|trong|cham nhat|han cuoi|den het|han chot|hoan thanh)\s*(ngay|ng\w)?\s*$")


def task_section(lines):
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


def find_tasks(lines, year):
    """``TaskFact``s of the "Tổ chức thực hiện" part: one per assignee heading ("1. Phòng Văn
    hóa - Xã hội"), its bullet lines as the description; a bullet carrying its own deadline
    ("… trước ngày 30/8/2025") is a task of its own with that date as ``due``."""
    start, arabic = task_section(lines)
    if start is None:
        return []
    end = len(lines)
    for k in range(start, len(lines)):
        line = lines[k]
        if ROMAN_HEADING.match(line.text) or (not BULLET.match(line.text) and line.folded.strip().startswith(TASK_SECTION_ENDS)):
            end = k
            break
        if arabic and re.match(r"^\s*\d{1,2}\.\s", line.text) and is_upper(line.text):
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
            text, folded = joined(group)
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
