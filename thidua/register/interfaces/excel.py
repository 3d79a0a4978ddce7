"""The register's list as an .xlsx file, every column an office keeps."""
from io import BytesIO

from openpyxl import Workbook
from openpyxl.styles import Font

from thidua.documents.interfaces import sheets

COLUMNS = [("STT", 6), ("Họ và tên / Tên tập thể", 28), ("Đối tượng", 10), ("Giới tính", 8), ("Năm sinh", 8),
           ("Số CCCD/CMND", 15), ("Dân tộc", 8), ("Chức vụ", 20), ("Đơn vị công tác", 24),
           ("Danh hiệu, hình thức", 28), ("Cấp", 14), ("Loại hình", 14), ("Năm", 6), ("Số quyết định", 16),
           ("Ngày quyết định", 12), ("Cơ quan ban hành", 22), ("Đơn vị quản lý", 20), ("Đơn vị trước sắp xếp", 20),
           ("Hiệu lực", 12), ("Nguồn", 16)]


def records_xlsx(records, show_identity):
    wb = Workbook()
    ws = wb.active
    ws.title = "Sổ khen thưởng"
    ws.append([title for title, _ in COLUMNS])
    for cell in ws[1]:
        cell.font = Font(bold=True)
    for i, (_, width) in enumerate(COLUMNS, start=1):
        ws.column_dimensions[ws.cell(row=1, column=i).column_letter].width = width
    for i, r in enumerate(records, start=1):
        ws.append([
            i, r.name, r.get_recipient_kind_display(), r.get_gender_display(), r.birth_year,
            r.identity_number if show_identity(r) else "", r.ethnicity, r.position, r.workplace, r.form.name,
            r.form.get_level_display(), r.get_award_kind_display(), r.year, r.decision_number, r.decision_date,
            r.decision_authority, r.unit.title_name, r.predecessor.name if r.predecessor_id else "",
            r.get_status_display(), r.get_source_display(),
        ])
        if r.decision_date:
            ws.cell(row=ws.max_row, column=15).number_format = "dd/mm/yyyy"
    out = BytesIO()
    sheets.save(wb, out)
    return out.getvalue()
