"""Delegates from Excel: a template to fill and a reader that validates every row."""
import io

from openpyxl import Workbook, load_workbook
from openpyxl.styles import Font

from thidua.common.choices import MAJORITY_ETHNICITY, EconomicSector, Field, Gender
from thidua.common.text import fold, phone_vn
from thidua.delegates.models import Delegate, Group
from thidua.documents.interfaces import sheets

COLUMNS = [
    "Họ và tên", "Thành phần", "Giới tính", "Năm sinh", "Dân tộc", "Cơ quan, đơn vị", "Chức vụ",
    "Trực tiếp lao động", "Thành phần kinh tế", "Lĩnh vực", "Đơn vị trước sắp xếp", "Đề cử", "Điểm ưu tiên",
    "Điện thoại", "Tóm tắt thành tích",
]
MAX_ROWS = 5000


class ExcelError(ValueError):
    pass


def template_bytes():
    wb = Workbook()
    ws = wb.active
    ws.title = "Đại biểu"
    ws.append(COLUMNS)
    for cell in ws[1]:
        cell.font = Font(bold=True)
    ws.append(["Nguyễn Thị Miền", "Điển hình tiên tiến", "Nữ", 1985, "Kinh", "Trường Tiểu học Kẻ Sặt", "Giáo viên",
               "Có", "Kinh tế nhà nước", "Giáo dục", "", "", 80, "", "Chiến sĩ thi đua cơ sở 2023, 2024"])
    for col, width in zip("ABCDEFGHIJKLMNO", [26, 18, 9, 9, 10, 30, 20, 10, 22, 22, 22, 8, 10, 14, 40]):
        ws.column_dimensions[col].width = width
    buf = io.BytesIO()
    sheets.save(wb, buf)
    return buf.getvalue()


def _choice(value, choices, row, column, errors, default=None):
    text = fold(str(value or ""))
    if not text:
        return default
    for code, label in choices:
        if text in (fold(label), fold(code)) or (label and fold(label).startswith(text)):
            return code
    errors.append(f"Dòng {row}, cột «{column}»: không hiểu giá trị «{value}».")
    return default


def _yes(value):
    return fold(str(value or "")) in {"co", "x", "1", "true", "yes", "dung"}


def read(data, conference):
    """[(row number, unsaved Delegate)] or ExcelError listing every bad row."""
    try:
        wb = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except Exception as exc:  # openpyxl raises many kinds for a damaged file
        raise ExcelError("Không đọc được tệp Excel: tệp hỏng hoặc không phải .xlsx.") from exc
    ws = wb.worksheets[0]
    rows = ws.iter_rows(values_only=True)
    header = [fold(str(c or "")) for c in next(rows, ())]
    wanted = [fold(c) for c in COLUMNS]
    if "ho va ten" not in header:
        raise ExcelError("Dòng đầu phải có tiêu đề cột «Họ và tên» (tải tệp mẫu để xem các cột).")
    index = {name: header.index(name) for name in wanted if name in header}
    preds = {fold(p.name): p for p in conference.unit.predecessors.all()}
    out, errors = [], []
    for number, values in enumerate(rows, start=2):
        if number - 1 > MAX_ROWS:
            raise ExcelError(f"Tệp có hơn {MAX_ROWS} dòng.")

        def get(col):
            i = index.get(fold(col))
            return values[i] if i is not None and i < len(values) else None

        name = " ".join(str(get("Họ và tên") or "").split())
        if not name:
            if any(v not in (None, "") for v in values):
                errors.append(f"Dòng {number}: thiếu họ và tên.")
            continue
        if len(name) < 2:
            errors.append(f"Dòng {number}: họ và tên «{name}» quá ngắn.")
            continue
        if len(name) > 150:
            errors.append(f"Dòng {number}: họ và tên dài quá 150 ký tự.")
            continue
        gender = _choice(get("Giới tính"), Gender.choices, number, "Giới tính", errors)
        if gender is None:
            errors.append(f"Dòng {number}: thiếu giới tính (Nam/Nữ).")
        year = get("Năm sinh")
        try:
            year = int(year) if year not in (None, "") else None
            if year is not None and not 1900 <= year <= 2025:
                raise ValueError
        except (TypeError, ValueError):
            errors.append(f"Dòng {number}: năm sinh «{get('Năm sinh')}» không hợp lệ.")
            year = None
        priority = get("Điểm ưu tiên")
        try:
            priority = int(priority) if priority not in (None, "") else 50
            if not 0 <= priority <= 100:
                raise ValueError
        except (TypeError, ValueError):
            errors.append(f"Dòng {number}: điểm ưu tiên phải từ 0 đến 100.")
            priority = 50
        pred_name = fold(str(get("Đơn vị trước sắp xếp") or ""))
        pred = preds.get(pred_name) if pred_name else None
        if pred_name and pred is None:
            errors.append(f"Dòng {number}: «{get('Đơn vị trước sắp xếp')}» không phải đơn vị trước sắp xếp của {conference.unit}.")
        try:
            phone = phone_vn(get("Điện thoại"))
        except ValueError as error:
            errors.append(f"Dòng {number}, cột Điện thoại: {error}")
            phone = ""
        d = Delegate(
            full_name=name,
            group=_choice(get("Thành phần"), Group.choices, number, "Thành phần", errors, Group.EXEMPLAR),
            gender=gender or "",
            birth_year=year,
            ethnicity=str(get("Dân tộc") or MAJORITY_ETHNICITY).strip()[:50],
            organisation=str(get("Cơ quan, đơn vị") or "").strip()[:300],
            position=str(get("Chức vụ") or "").strip()[:200],
            direct_worker=_yes(get("Trực tiếp lao động")),
            economic_sector=_choice(get("Thành phần kinh tế"), EconomicSector.choices, number, "Thành phần kinh tế", errors, ""),
            field=_choice(get("Lĩnh vực"), Field.choices, number, "Lĩnh vực", errors, Field.OTHER),
            predecessor=pred,
            status=Delegate.Status.CANDIDATE if _yes(get("Đề cử")) else Delegate.Status.CONFIRMED,
            priority=priority,
            phone=phone,
            achievements=str(get("Tóm tắt thành tích") or "").strip()[:4000],
        )
        out.append((number, d))
    if errors:
        raise ExcelError("\n".join(errors[:50]) + (f"\n… và {len(errors) - 50} lỗi khác." if len(errors) > 50 else ""))
    if not out:
        raise ExcelError("Tệp không có dòng đại biểu nào.")
    return out
