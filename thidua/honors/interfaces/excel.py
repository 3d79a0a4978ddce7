"""Excel in and out (openpyxl): the nominee import template, the import (all or nothing,
every error names its row and column) and the nomination and award lists."""
import io

from django.core.exceptions import ValidationError
from openpyxl import Workbook, load_workbook
from openpyxl.styles import Font
from openpyxl.utils import get_column_letter

from thidua.common.choices import EconomicSector, Field, match_choice
from thidua.documents.interfaces import sheets
from thidua.honors.domain.eligibility import RATINGS

KIND_WORDS = {"cá nhân": "individual", "tập thể": "collective", "hộ gia đình": "household"}
GENDER_WORDS = {"nam": "male", "nữ": "female", "": ""}
YES_NO = {"có": True, "x": True, "không": False, "": False}
MAX_ROWS = 2000


def columns(period):
    base = ["Họ và tên / Tên tập thể", "Đối tượng", "Giới tính", "Năm sinh", "Dân tộc", "Chức vụ", "Lĩnh vực",
            "Trực tiếp lao động", "Thành phần kinh tế"]
    return base + [f"Xếp loại {y}" for y in range(period[0], period[1] + 1)] + ["Tóm tắt thành tích"]


def template_xlsx(period):
    wb = Workbook()
    ws = wb.active
    ws.title = "Danh sách"
    ws.append(columns(period))
    for cell in ws[1]:
        cell.font = Font(bold=True)
    ws.append(["Nguyễn Thị Hồng Nhung", "Cá nhân", "Nữ", 1988, "Kinh", "Cán bộ", "Y tế", "Có", "Nhà nước"]
              + ["HTTNV"] * (period[1] - period[0]) + [""] + ["Tóm tắt thành tích…"])
    for i in range(1, len(columns(period)) + 1):
        ws.column_dimensions[get_column_letter(i)].width = 18
    guide = wb.create_sheet("Hướng dẫn")
    for line in [
        "Mỗi dòng của trang «Danh sách» là một cá nhân, tập thể; dòng 2 là ví dụ, hãy thay bằng dữ liệu thật.",
        "Đối tượng: Cá nhân, Tập thể hoặc Hộ gia đình. Giới tính: Nam hoặc Nữ. Trực tiếp lao động: Có hoặc Không.",
        "Lĩnh vực: " + "; ".join(Field.labels) + " (ghi khác đi sẽ được xếp vào «Lĩnh vực khác»).",
        "Thành phần kinh tế: " + "; ".join(label for code, label in EconomicSector.choices if code)
        + "; có thể ghi gọn (Nhà nước, Tư nhân, Tập thể…) hoặc để trống.",
        "Xếp loại: " + "; ".join(f"{k} = {v[1]}" for k, v in RATINGS.items()) + "; để trống nếu chưa xếp loại.",
        "Không gộp ô, không thêm cột. Tệp có bất kỳ lỗi nào sẽ không được nhập dòng nào.",
    ]:
        guide.append([line])
    buffer = io.BytesIO()
    sheets.save(wb, buffer)
    return buffer.getvalue()


def parse_import(data, period):
    """Rows of nominee dicts; raise ValidationError with every error (row and column named)."""
    try:
        wb = load_workbook(io.BytesIO(data), data_only=True)
    except Exception:  # openpyxl raises many kinds for a damaged file
        raise ValidationError(["Không đọc được tệp Excel (.xlsx); hãy tải mẫu và nhập lại."]) from None
    ws = wb["Danh sách"] if "Danh sách" in wb.sheetnames else wb.worksheets[0]
    expected = columns(period)
    errors = []
    if ws.merged_cells.ranges:
        ranges = ", ".join(str(r) for r in list(ws.merged_cells.ranges)[:5])
        errors.append(f"Trang «{ws.title}» có ô gộp ({ranges}); hãy bỏ gộp ô rồi tải lên lại.")
    header = [("" if c.value is None else str(c.value).strip()) for c in ws[1]] if ws.max_row else []
    while header and header[-1] == "":
        header.pop()
    if len(header) > len(expected):
        extra = ", ".join(f"{get_column_letter(i + 1)} («{header[i]}»)" for i in range(len(expected), len(header)))
        errors.append(f"Có cột thừa: {extra}. Hãy dùng đúng tệp mẫu.")
    for i, name in enumerate(expected):
        got = header[i] if i < len(header) else ""
        if got != name:
            errors.append(f"Dòng 1, cột {get_column_letter(i + 1)}: tiêu đề phải là «{name}», đang là «{got}».")
    if errors:
        raise ValidationError(errors)
    if ws.max_row - 1 > MAX_ROWS:
        raise ValidationError([f"Tệp có {ws.max_row - 1} dòng, vượt giới hạn {MAX_ROWS} dòng mỗi lần nhập."])
    rows = []
    years = list(range(period[0], period[1] + 1))
    for r, values in enumerate(ws.iter_rows(min_row=2, max_col=len(expected), values_only=True), start=2):
        values = [("" if v is None else v) for v in values]
        if all(str(v).strip() == "" for v in values):
            continue

        def err(col, message):
            errors.append(f"Dòng {r}, cột {get_column_letter(col + 1)} («{expected[col]}»): {message}")

        text = [str(v).strip() for v in values]
        name = text[0]
        if not name:
            err(0, "không được để trống.")
        elif len(name) > 200:
            err(0, "dài quá 200 ký tự.")
        kind = KIND_WORDS.get(text[1].lower())
        if kind is None:
            err(1, f"«{text[1]}» không hợp lệ (Cá nhân, Tập thể hoặc Hộ gia đình).")
        gender = GENDER_WORDS.get(text[2].lower())
        if gender is None:
            err(2, f"«{text[2]}» không hợp lệ (Nam hoặc Nữ).")
        birth_year = None
        if text[3]:
            try:
                birth_year = int(float(text[3]))
                if not 1900 <= birth_year <= 2015:
                    raise ValueError
            except ValueError:
                err(3, f"«{text[3]}» không phải năm sinh hợp lệ (1900 - 2015).")
        direct = YES_NO.get(text[7].lower())
        if direct is None:
            err(7, f"«{text[7]}» không hợp lệ (Có hoặc Không).")
        for col, limit in [(4, 50), (5, 200)]:
            if len(text[col]) > limit:
                err(col, f"dài quá {limit} ký tự.")
        field = match_choice(text[6], Field.choices, Field.OTHER)
        sector = match_choice(text[8], EconomicSector.choices)
        if sector is None:
            err(8, f"«{text[8]}» không phải thành phần kinh tế (Nhà nước, Tập thể, Tư nhân, "
                   "Có vốn đầu tư nước ngoài, Hộ gia đình hoặc để trống).")
        ratings = {}
        for offset, year in enumerate(years):
            col = 9 + offset
            code = text[col].upper()
            if code and code not in RATINGS:
                err(col, f"xếp loại «{text[col]}» không hợp lệ (chỉ nhận: {', '.join(RATINGS)}).")
            elif code:
                ratings[str(year)] = code
        summary = text[9 + len(years)]
        if len(summary) > 4000:
            err(9 + len(years), "dài quá 4000 ký tự.")
        rows.append({"full_name": name, "kind": kind, "gender": gender or "", "birth_year": birth_year,
                     "ethnicity": text[4], "position": text[5], "field": field, "direct_worker": bool(direct),
                     "economic_sector": sector or "", "ratings": ratings, "summary": summary})
    if errors:
        raise ValidationError(errors)
    if not rows:
        raise ValidationError(["Tệp không có dòng dữ liệu nào."])
    return rows


def _sheet(title, headers, rows):
    wb = Workbook()
    ws = wb.active
    ws.title = title
    ws.append(headers)
    for cell in ws[1]:
        cell.font = Font(bold=True)
    for row in rows:
        ws.append(row)
    for i in range(1, len(headers) + 1):
        ws.column_dimensions[get_column_letter(i)].width = 22
    buffer = io.BytesIO()
    sheets.save(wb, buffer)
    return buffer.getvalue()


def nominations_xlsx(nominations):
    rows = [[i, n.nominee.full_name, n.nominee.get_kind_display(), n.category.name, n.proposing_unit.display_name,
             n.award_form, "Đủ" if n.verdict.get("eligible") else ("Chưa đủ" if n.verdict else "Chưa kiểm tra"),
             n.get_status_display(), "Sau hạn" if n.is_late else "Đúng hạn"] for i, n in enumerate(nominations, start=1)]
    return _sheet("Đề xuất", ["STT", "Họ và tên / Tên tập thể", "Đối tượng", "Nhóm", "Đơn vị đề xuất", "Hình thức",
                              "Tiêu chuẩn", "Trạng thái", "Thời hạn"], rows)


def awards_xlsx(awards):
    rows = [[a.order, a.nomination.nominee.full_name, a.nomination.nominee.get_kind_display(), a.decision.number,
             a.decision.signed_on.strftime("%d/%m/%Y"), a.decision.award_form, a.register_number] for a in awards]
    return _sheet("Khen thưởng", ["STT", "Họ và tên / Tên tập thể", "Đối tượng", "Số quyết định", "Ngày ký", "Hình thức",
                                  "Số sổ vàng"], rows)
