"""Turning the rows of an Excel list into record values, with an error per cell that cannot
be read: the row, the column and a Vietnamese message. Nothing is saved here."""
import datetime
import re
from dataclasses import dataclass, field

from openpyxl.utils.datetime import from_excel

from thidua.common import clock
from thidua.common.errors import DomainError
from thidua.common.text import fold, normalize_vi
from thidua.register.domain import catalogue
from thidua.register.domain.sheets import is_footer, label_key
from thidua.register.domain.validation import identity_number
from thidua.register.models import FIRST_YEAR, AwardKind, RecipientKind

_DMY = re.compile(r"^(\d{1,2})\s*[/.\-]\s*(\d{1,2})\s*[/.\-]\s*(\d{2}|\d{4})$")
_WORDS = re.compile(r"ngay\s*(\d{1,2})\s*thang\s*(\d{1,2})\s*nam\s*(\d{4})")
_ROMAN = re.compile(r"^[ivxlc]+\.?$|^[a-z]\.?$", re.I)
TEXT_FIELDS = ("ethnicity", "position", "workplace", "decision_number", "decision_authority", "decision_signer",
               "movement", "achievement", "note", "register_number")
KIND_WORDS = {"thuong xuyen": AwardKind.REGULAR, "chuyen de": AwardKind.THEMATIC, "dot xuat": AwardKind.SUDDEN,
              "cong hien": AwardKind.DEDICATION, "nien han": AwardKind.TENURE, "doi ngoai": AwardKind.FOREIGN}
RECIPIENT_WORDS = {"tap the": RecipientKind.COLLECTIVE, "ho gia dinh": RecipientKind.HOUSEHOLD,
                   "gia dinh": RecipientKind.HOUSEHOLD, "ca nhan": RecipientKind.INDIVIDUAL}


class CellError(Exception):
    pass


@dataclass
class RowError:
    sheet: str
    row: int
    column: str  # letter, "" for the whole row
    message: str

    def text(self):
        where = f"dòng {self.row}" + (f", cột {self.column}" if self.column else "")
        return f"Sheet «{self.sheet}», {where}: {self.message}"

    def as_dict(self):
        return {"sheet": self.sheet, "row": self.row, "column": self.column, "message": self.message}


@dataclass
class Row:
    sheet: str
    row: int
    values: dict  # record fields; "form" is the written name until matched
    form_text: str = ""
    kind_given: bool = False  # the kind came from a column or a section line, not the default


@dataclass
class Result:
    rows: list = field(default_factory=list)
    errors: list = field(default_factory=list)
    forms: dict = field(default_factory=dict)  # written name -> catalogue form or None

    @property
    def ok(self):
        return not self.errors


def parse_date(value):
    if value is None or value == "":
        return None
    if isinstance(value, datetime.datetime):
        return value.date()
    if isinstance(value, datetime.date):
        return value
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        if 1 <= value < 2958466:
            return from_excel(value).date()
        raise CellError(f"«{value}» không phải là một ngày.")
    text = fold(str(value)).strip().rstrip(".")
    match = _WORDS.search(text) or _DMY.match(text)
    if not match:
        raise CellError(f"Không đọc được ngày «{value}»: viết dạng 05/8/2025 hoặc «ngày 05 tháng 8 năm 2025».")
    day, month, year = (int(g) for g in match.groups())
    if year < 100:
        year += 2000 if year < 50 else 1900
    try:
        return datetime.date(year, month, day)
    except ValueError:
        raise CellError(f"Ngày «{value}» không có thật (ngày {day} tháng {month} năm {year}).") from None


def parse_year(value, low=FIRST_YEAR, what="Năm"):
    if value is None or value == "":
        return None
    if isinstance(value, (datetime.date, datetime.datetime)):
        year = value.year
    elif isinstance(value, (int, float)) and not isinstance(value, bool):
        if value != int(value):
            raise CellError(f"{what} «{value}» không phải là một năm.")
        year = int(value)
    else:
        text = str(value).strip()
        match = re.fullmatch(r"(\d{4})", text) or re.search(r"(?<!\d)(\d{4})\s*$", text)
        if not match:
            raise CellError(f"{what} «{value}» không phải là một năm (cần 4 chữ số, ví dụ 1976).")
        year = int(match.group(1))
    today = clock.today().year
    if year < low or year > today:
        raise CellError(f"{what} {year} không hợp lệ: phải từ {low} đến {today}.")
    return year


def parse_gender(value):
    key = fold(str(value or "")).strip()
    if not key:
        return ""
    if key in ("nam", "male", "m"):
        return "male"
    if key in ("nu", "female", "f"):
        return "female"
    raise CellError(f"Giới tính «{value}» không rõ: ghi «Nam» hoặc «Nữ».")


def _by_words(value, words, what):
    key = label_key(value)
    for word, code in words.items():
        if word in key:
            return code
    raise CellError(f"{what} «{value}» không rõ.")


def _section_kind(texts):
    """A section line ("I. CÁ NHÂN", "II. Tập thể") sets the kind of the rows under it."""
    key = label_key(" ".join(texts))
    for word, code in RECIPIENT_WORDS.items():
        if word in key and len(key) < 40:
            return code
    return None


def _cells(sheet, cells, mapping):
    got = {}
    for index, target in mapping.items():
        i = int(index)
        if target and i < len(cells):
            got.setdefault(target, []).append((i, cells[i]))
    return got


def _row_values(sheet, number, cells, mapping, defaults, kind):
    """(values, errors) of one record row."""
    errors, values = [], {"recipient_kind": kind}
    got = _cells(sheet, cells, mapping)

    def first(target):
        for i, cell in got.get(target, []):
            if cell.value is not None and str(cell.value).strip() != "":
                return i, cell
        return None, None

    def put(target, parse):
        i, cell = first(target)
        if cell is None:
            return None
        try:
            return parse(cell.value)
        except (CellError, DomainError) as exc:
            errors.append(RowError(sheet.name, number, sheet.letter(i), str(exc)))
            return None

    for target, pairs in got.items():
        for i, cell in pairs:
            if cell.formula:
                errors.append(RowError(sheet.name, number, sheet.letter(i),
                                       "Ô chứa công thức nhưng không có giá trị đã tính; hãy mở tệp bằng Excel, "
                                       "lưu lại (hoặc dán giá trị) rồi tải lên lại."))
    values["name"] = normalize_vi(_text(getattr(first("name")[1], "value", None)))
    for target in TEXT_FIELDS:
        i, cell = first(target)
        if cell is not None:
            values[target] = normalize_vi(_text(cell.value))
    i, cell = first("position_workplace")
    if cell is not None:
        text = normalize_vi(_text(cell.value))
        position, _, workplace = text.partition(",")
        values.setdefault("position", position.strip())
        values.setdefault("workplace", workplace.strip())
    values["birth_year"] = put("birth_year", lambda v: parse_year(v, low=1900, what="Năm sinh"))
    for target, gender in (("male", "male"), ("female", "female")):
        year = put(target, lambda v: parse_year(v, low=1900, what="Năm sinh"))
        if year:
            values["birth_year"], values["gender"] = year, gender
    gender = put("gender", parse_gender)
    if gender:
        values["gender"] = gender
    i, cell = first("identity_number")
    if cell is not None:
        try:
            values["identity_number"] = identity_number(cell.value, numeric=isinstance(cell.value, (int, float)))
        except DomainError as exc:
            errors.append(RowError(sheet.name, number, sheet.letter(i), str(exc)))
    kind_value = put("recipient_kind", lambda v: _by_words(v, RECIPIENT_WORDS, "Đối tượng"))
    if kind_value:
        values["recipient_kind"] = kind_value
    values["award_kind"] = put("award_kind", lambda v: _by_words(v, KIND_WORDS, "Loại hình khen thưởng")) or \
        defaults.get("award_kind") or AwardKind.REGULAR
    values["decision_date"] = put("decision_date", parse_date)
    if values["decision_date"] and values["decision_date"] > clock.today():
        i, _ = first("decision_date")
        errors.append(RowError(sheet.name, number, sheet.letter(i),
                               f"Ngày quyết định {values['decision_date']:%d/%m/%Y} ở sau ngày hôm nay."))
    year = put("year", parse_year)
    if year is None and not first("year")[1]:
        year = (values["decision_date"].year if values["decision_date"] else None) or sheet.year or \
            defaults.get("year")
        if year is not None and not FIRST_YEAR <= year <= clock.today().year:
            year = None
        if year is None:
            errors.append(RowError(sheet.name, number, "", "Không rõ năm thành tích: tệp không có cột «Năm», "
                                                            "ngày quyết định hay năm ghi ở tên sheet."))
    values["year"] = year
    i, cell = first("form")
    form_text = normalize_vi(_text(cell.value)) if cell is not None else defaults.get("form_text", "")
    if not form_text:
        errors.append(RowError(sheet.name, number, "", "Không có danh hiệu, hình thức khen thưởng."))
    return {k: v for k, v in values.items() if v is not None}, form_text, errors, (i if cell is not None else None)


def _text(value):
    if value is None:
        return ""
    if isinstance(value, float) and value == int(value):
        value = int(value)
    return str(value).strip()


def convert(sheets, form_mapping=None, defaults=None, progress=None):
    """Every record row of ``sheets`` (``thidua.register.domain.sheets.read``) as values, the
    written award names with the catalogue form each maps to (``form_mapping``: written name
    -> catalogue code, the officer's choice; otherwise guessed), and every error."""
    defaults, form_mapping = defaults or {}, form_mapping or {}
    index = catalogue.names_index()
    by_code = {form.code: form for form in index.values()}
    result = Result()
    form_columns = {}
    done = 0
    for sheet in sheets:
        mapping = sheet.mapping
        has_stt = "stt" in mapping.values()
        kind, started, blanks = RecipientKind.INDIVIDUAL, False, 0
        kind_given = "recipient_kind" in mapping.values()
        for number, cells in sheet.rows:
            done += 1
            if progress and done % 500 == 0:
                progress(done)
            texts = [_text(c.value) for c in cells if _text(c.value)]
            if not texts:
                blanks += 1
                if started and blanks >= 3:
                    break
                continue
            if is_footer(texts):
                break
            got = _cells(sheet, cells, mapping)
            name = next((_text(c.value) for _, c in got.get("name", []) if _text(c.value)), "")
            stt = next((_text(c.value) for _, c in got.get("stt", []) if _text(c.value)), "")
            others = sum(1 for t, pairs in got.items() if t not in ("name", "stt")
                         for _, c in pairs if _text(c.value))
            section = _section_kind(texts) if (not name or _ROMAN.match(stt)) and others == 0 else None
            if section:
                kind, kind_given = section, True
                continue
            if not name or (has_stt and not stt and others < 2):
                blanks += 1
                if started and blanks >= 3:
                    break
                continue
            started, blanks = True, 0
            values, form_text, errors, form_col = _row_values(sheet, number, cells, mapping, defaults, kind)
            result.errors.extend(errors)
            if form_text:
                if form_text not in result.forms:
                    code = form_mapping.get(form_text)
                    result.forms[form_text] = by_code.get(code) if code else catalogue.match_form(form_text, index)
                form_columns.setdefault(form_text, []).append((sheet, number, form_col))
            result.rows.append(Row(sheet.name, number, values, form_text, kind_given))
    for text, form in result.forms.items():
        if form is None:
            sheet, number, col = form_columns[text][0]
            others = len(form_columns[text]) - 1
            more = f" (và {others} dòng khác)" if others else ""
            result.errors.append(RowError(sheet.name, number, sheet.letter(col) if col is not None else "",
                                          f"«{text}» không có trong danh mục danh hiệu, hình thức khen thưởng{more}; "
                                          "hãy chọn mục tương ứng trong danh mục."))
    for row in result.rows:
        form = result.forms.get(row.form_text)
        if form is None or row.values.get("recipient_kind") in form.recipient_kinds():
            continue
        if not row.kind_given:
            row.values["recipient_kind"] = form.recipient_kinds()[0]
        else:
            kind = dict(RecipientKind.choices)[row.values["recipient_kind"]].lower()
            result.errors.append(RowError(row.sheet, row.row, "", f"«{form}» không tặng cho {kind}."))
    result.errors.sort(key=lambda e: (e.sheet, e.row, e.column))
    return result
