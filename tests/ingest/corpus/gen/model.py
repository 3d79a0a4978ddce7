"""The document model of the v2 corpus generator: a document is a list of blocks plus its
label. Every value a label holds is put into the text through the same variable (``Doc.ev``
records the words that state it as its evidence), so the answer key is what the document
says, never what an extractor reads."""
from dataclasses import dataclass, field
from datetime import date, timedelta

# ----------------------------------------------------------------------------- blocks


@dataclass
class Header:
    """Nghị định 30 header: issuing body (left), motto (right), number, place and date."""
    issuer_parent: str
    issuer: str
    number_line: str  # "Số: 45/KH-UBND" as printed (may be blank or garbled)
    place_date: str  # "Tân Minh, ngày 10 tháng 8 năm 2025"
    motto: bool = True


@dataclass
class Title:
    lines: list  # first line bold (KẾ HOẠCH), others the subject


@dataclass
class Heading:
    text: str


@dataclass
class Para:
    text: str


@dataclass
class Item:
    marker: str  # "-", "*", "+", "a)", "•", "1.", "2.1." …
    text: str
    level: int = 0


@dataclass
class Table:
    headers: list
    rows: list  # list of lists of str; a row of one str spanning all columns is a section row
    widths: list | None = None
    size: int = 12


@dataclass
class Sign:
    recipients: list
    mode: str  # "TM. ỦY BAN NHÂN DÂN" / "KT. GIÁM ĐỐC" / ""
    title: str  # "CHỦ TỊCH"
    name: str
    note: str = "(đã ký)"


@dataclass
class Raw:
    """Lines printed as they are (web site text, banner, notes)."""
    text: str


@dataclass
class Banner:
    lines: list


@dataclass
class PageBreak:
    pass


# ----------------------------------------------------------------------------- dates


def dmy(d, pad=False, pad_month=False, year=True, sep="/"):
    """20/8/2025; pad: 05/9/2025; pad_month: 05/09/2025; year=False: 20/8; sep="-": 1-3-2015."""
    day = f"{d.day:02d}" if pad else str(d.day)
    month = f"{d.month:02d}" if pad_month else str(d.month)
    return f"{day}{sep}{month}{sep}{d.year}" if year else f"{day}{sep}{month}"


def long_date(d, pad=True):
    """"ngày 05 tháng 8 năm 2025" (the header style: day padded below 10, month below 3)."""
    day = f"{d.day:02d}" if pad and d.day < 10 else str(d.day)
    month = f"{d.month:02d}" if pad and d.month < 3 else str(d.month)
    return f"ngày {day} tháng {month} năm {d.year}"


def iso(d):
    return d.isoformat() if d else None


def day_before(d):
    return d - timedelta(days=1)


WEEKDAYS = ["thứ Hai", "thứ Ba", "thứ Tư", "thứ Năm", "thứ Sáu", "thứ Bảy", "Chủ nhật"]


def weekday(d):
    return WEEKDAYS[d.weekday()]


def fuzzy(start, end, text):
    """A conference date that is not fixed: the range the words allow."""
    return {"from": iso(start), "to": iso(end), "fixed": False, "text": text}


def month_end(year, month):
    return (date(year + month // 12, month % 12 + 1, 1) - timedelta(days=1))


# ----------------------------------------------------------------------------- the document


@dataclass
class Doc:
    split: str
    file: str
    kind: str  # plan | congress_plan | parent_plan | nomination_list | not_a_plan
    styles: list
    blocks: list = field(default_factory=list)
    label: dict = field(default_factory=dict)
    evidence: dict = field(default_factory=dict)
    # rendering options
    wrap: int | None = None  # break long lines at this width (text copied from a PDF)
    header_layout: str = "stacked"  # stacked | side (text of the two header columns on one line)
    newline: str = "\n"
    table_style: str = "pipe"  # how a .txt shows a table: pipe | tabs | cells
    pdf_size: str = "13pt"
    scan: dict | None = None  # {"dpi": 200, "skew": 0.6, "blur": 0.6, "noise": 0.002, "pages": 1}
    ocr: dict | None = None  # {"seed": 1, "rate": 0.3, "garble": {...}} for OCR text without diacritics
    web: dict | None = None  # {"site": ..., "before": [...], "after": [...]}

    def add(self, *blocks):
        self.blocks.extend(blocks)
        return self

    def ev(self, name, text, value=None):
        """``text`` as it stands in the document, recorded as the evidence of field
        ``name`` (the first statement wins; ``value`` also sets the label)."""
        self.evidence.setdefault(name, text)
        if value is not None:
            self.label[name] = value
        return text

    def set(self, **fields):
        self.label.update(fields)
        return self

    # agenda items: (key or None, text, start, end, role)
    def agenda(self, key, text, start=None, end=None, role=None):
        items = self.label.setdefault("agenda_items", [])
        items.append({"key": key, "text": text, "start": start, "end": end, "role": role})
        return text

    @property
    def format(self):
        ext = self.file.rsplit(".", 1)[-1]
        if ext == "pdf" and self.scan:
            return "pdf_scan"
        return ext


def expected_tasks(assignees):
    """The ``tasks`` label of a plan's "who does what" section, as the old corpus labels
    it: for each assignee, one task for its undated bullets (at the first of them) and one
    for each dated bullet, in order. ``assignees`` is [(assignee, [due or None, …])]."""
    out = []
    for assignee, dues in assignees:
        undated = False
        for due in dues:
            if due or not undated:
                out.append({"assignee": assignee, "due": iso(due)})
                undated = undated or not due
    return out
