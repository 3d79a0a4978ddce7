"""Reading an Excel list of awards as offices keep it: title rows and merged cells above the
header, the usual headers in any order (with or without diacritics), a birth year written
under "Nam" or "Nữ", one sheet per year or one for all, the table ending where the rows stop
(a "Danh sách có 23 cá nhân…./." line and the signing block are not records).

``read(path)`` gives the sheets with the column mapping it guessed and the raw rows;
``thidua.register.domain.rows`` turns them into record values and row errors."""
import re
from dataclasses import dataclass, field

from openpyxl import load_workbook
from openpyxl.utils import get_column_letter

from thidua.common.errors import DomainError
from thidua.common.text import fold, normalize_vi

MAX_ROWS = 100_000
HEADER_SCAN = 30

# target -> the labels offices write (folded: without diacritics, lower case, no punctuation)
TARGETS = {
    "stt": "Số thứ tự",
    "name": "Họ và tên / Tên tập thể",
    "birth_year": "Năm sinh",
    "male": "Năm sinh (Nam)",
    "female": "Năm sinh (Nữ)",
    "gender": "Giới tính",
    "identity_number": "Số CCCD/CMND",
    "ethnicity": "Dân tộc",
    "position": "Chức vụ",
    "position_workplace": "Chức vụ, đơn vị công tác",
    "workplace": "Đơn vị công tác",
    "form": "Danh hiệu, hình thức khen thưởng",
    "award_kind": "Loại hình khen thưởng",
    "recipient_kind": "Đối tượng",
    "decision_number": "Số quyết định",
    "decision_date": "Ngày quyết định",
    "decision_authority": "Cơ quan ban hành",
    "decision_signer": "Người ký",
    "year": "Năm thành tích",
    "movement": "Phong trào thi đua",
    "achievement": "Thành tích",
    "note": "Ghi chú",
    "register_number": "Số sổ vàng",
    "": "(bỏ qua cột này)",
}
LABELS = {
    "stt": ["stt", "tt", "so tt", "so thu tu"],
    "name": ["ho va ten", "ho ten", "ten tap the", "ho va ten ten tap the", "ho ten ten tap the",
             "ten ca nhan tap the", "ten tap the ca nhan", "ho va ten tap the", "ca nhan tap the", "ten don vi ca nhan"],
    "birth_year": ["nam sinh", "ngay sinh", "ngay thang nam sinh"],
    "gender": ["gioi tinh", "gt"],
    "identity_number": ["so cccd", "cccd", "cmnd", "so cmnd", "cccd cmnd", "so cccd cmnd", "so dinh danh",
                        "so dinh danh ca nhan", "can cuoc cong dan"],
    "ethnicity": ["dan toc"],
    "position": ["chuc vu", "chuc danh"],
    "position_workplace": ["chuc vu don vi cong tac", "chuc vu don vi", "chuc vu noi cong tac",
                           "chuc vu co quan don vi cong tac"],
    "workplace": ["don vi", "don vi cong tac", "noi cong tac", "co quan don vi", "co quan don vi cong tac"],
    "form": ["danh hieu", "hinh thuc khen thuong", "hinh thuc", "danh hieu thi dua", "khen thuong",
             "danh hieu hinh thuc khen thuong", "hinh thuc danh hieu", "danh hieu hinh thuc"],
    "award_kind": ["loai hinh", "loai hinh khen thuong"],
    "recipient_kind": ["doi tuong", "loai doi tuong"],
    "decision_number": ["so quyet dinh", "so qd", "quyet dinh so", "so ky hieu quyet dinh", "so hieu quyet dinh",
                        "quyet dinh"],
    "decision_date": ["ngay quyet dinh", "ngay ky", "ngay qd", "ngay ban hanh", "ngay ky quyet dinh"],
    "decision_authority": ["co quan ban hanh", "cap khen", "co quan quyet dinh", "cap quyet dinh", "don vi ban hanh"],
    "decision_signer": ["nguoi ky"],
    "year": ["nam thanh tich", "nam khen thuong", "nam dat"],
    "movement": ["phong trao", "phong trao thi dua"],
    "achievement": ["thanh tich", "noi dung thanh tich", "tom tat thanh tich"],
    "note": ["ghi chu"],
    "register_number": ["so so vang", "so vao so"],
}
# Labels told apart only by their diacritics ("Nam" the gender, "Năm" the year), lower case.
EXACT = {"nam": "male", "nữ": "female", "năm": "year"}
FOLDED = {label: target for target, labels in LABELS.items() for label in labels}
_PUNCT = re.compile(r"[^\w ]+")
FOOTER = re.compile(r"^(danh sach (nay )?co|tong (so|cong)|cong\b|an dinh danh sach)")


def label_key(value):
    return re.sub(r"\s+", " ", _PUNCT.sub(" ", fold(normalize_vi(str(value))))).strip()


def target_of(value):
    """The field a header cell names, or ``None``."""
    if value is None or not str(value).strip():
        return None
    exact = normalize_vi(str(value)).lower().strip(" :.*")
    if exact in EXACT:
        return EXACT[exact]
    return FOLDED.get(label_key(value))


@dataclass
class Cell:
    value: object
    formula: bool = False  # a formula whose value Excel never stored


@dataclass
class Sheet:
    name: str
    header_row: int
    data_row: int
    headers: dict  # column index (0-based) -> header text
    mapping: dict  # column index (0-based, as str) -> target
    rows: list = field(default_factory=list)  # (row number, [Cell, ...])
    year: int | None = None  # from the sheet's name or its title rows

    def letter(self, index):
        return get_column_letter(int(index) + 1)


def _text(value):
    return "" if value is None else str(value).strip()


def _header_score(values):
    targets = [target_of(v) for v in values]
    found = {t for t in targets if t}
    return len(found), found


def _year_in(text):
    match = re.search(r"(?<!\d)(19[4-9]\d|20\d\d)(?!\d)", text or "")
    return int(match.group(1)) if match else None


def _find_header(rows):
    best = None
    for i, values in enumerate(rows[:HEADER_SCAN]):
        score, found = _header_score(values)
        if "name" in found and score >= 2 and (best is None or score > best[0]):
            best = (score, i)
    return None if best is None else best[1]


def _sheet(name, rows, formulas):
    index = _find_header([[c for c in r] for r in rows])
    if index is None:
        return None
    header = rows[index]
    headers = {i: _text(v) for i, v in enumerate(header) if _text(v)}
    mapping = {str(i): target_of(v) for i, v in headers.items() if target_of(v)}
    data = index + 1
    # A second header row: "Nam" | "Nữ" under a merged "Năm sinh" (or "Giới tính").
    if data < len(rows):
        below = {i: target_of(v) for i, v in enumerate(rows[data]) if _text(v)}
        if below and set(below.values()) <= {"male", "female"}:
            for i, target in below.items():
                mapping[str(i)] = target
                headers[i] = f"{headers.get(i, '')} {_text(rows[data][i])}".strip()
            data += 1
    titles = " ".join(_text(v) for r in rows[:index] for v in r)
    sheet = Sheet(name=name, header_row=index + 1, data_row=data + 1, headers=headers, mapping=mapping,
                  year=_year_in(name) or _year_in(titles))
    for offset, values in enumerate(rows[data:], start=data):
        cells = [Cell(v, formula=(offset, i) in formulas) for i, v in enumerate(values)]
        sheet.rows.append((offset + 1, cells))
    return sheet


def read(path):
    """The sheets of the workbook at ``path`` that have a recognisable header. Refused (in
    Vietnamese) when none has one, when the file is not an Excel workbook or is too big."""
    try:
        values_book = load_workbook(path, data_only=True, read_only=True)
        formula_book = load_workbook(path, data_only=False, read_only=True)
    except Exception:  # openpyxl raises many kinds for a file that is not a workbook
        raise DomainError("Không đọc được tệp: cần tệp Excel .xlsx (lưu lại bằng Excel nếu là .xls).",
                          field="file") from None
    sheets = []
    try:
        for ws in values_book.worksheets:
            if (ws.max_row or 0) > MAX_ROWS:
                raise DomainError(f"Sheet «{ws.title}» có {ws.max_row:,} dòng, quá giới hạn {MAX_ROWS:,} dòng "
                                  "một lần nhập; hãy chia thành nhiều tệp nhỏ hơn.".replace(",", "."), field="file")
            rows = [list(r) for r in ws.iter_rows(values_only=True)]
            formulas = set()
            for r, row in enumerate(formula_book[ws.title].iter_rows(values_only=True)):
                for c, value in enumerate(row):
                    if isinstance(value, str) and value.startswith("=") and (
                            r >= len(rows) or c >= len(rows[r]) or rows[r][c] is None):
                        formulas.add((r, c))
            sheet = _sheet(ws.title, rows, formulas)
            if sheet is not None:
                sheets.append(sheet)
    finally:
        values_book.close()
        formula_book.close()
    if not sheets:
        raise DomainError("Không tìm thấy dòng tiêu đề của bảng trong tệp: cần các cột như «STT», «Họ và tên» "
                          "(hoặc «Tên tập thể»), «Năm sinh», «Danh hiệu» hoặc «Hình thức khen thưởng», "
                          "«Số quyết định».", field="file")
    return sheets


def is_footer(texts):
    """A line that closes the list ("Danh sách có 23 cá nhân, tập thể./.", "Tổng cộng: …")."""
    first = label_key(texts[0]) if texts else ""
    return bool(FOOTER.match(first)) or any(t.rstrip().endswith("./.") for t in texts)
