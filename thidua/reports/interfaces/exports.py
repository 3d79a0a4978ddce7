"""Files the Board takes away: the progress board and the city picture (.xlsx), the 5-year
summary report skeleton (.docx, Nghị định 30 layout)."""
import io

from django.utils import timezone
from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill

from thidua.common.text import short_date
from thidua.documents.interfaces import docx as nd30
from thidua.documents.interfaces import sheets
from thidua.reports.domain.progress import MILESTONES
from thidua.units.domain.identity import Signing, identity, recipients_list

FILLS = {
    "ok": PatternFill("solid", fgColor="E6F4EA"),
    "late": PatternFill("solid", fgColor="FDECEA"),
    "warn": PatternFill("solid", fgColor="FFF4E5"),
    "missing": PatternFill("solid", fgColor="EEEEEE"),
}
BOLD = Font(bold=True)


def _workbook_bytes(wb):
    buffer = io.BytesIO()
    sheets.save(wb, buffer)
    return buffer.getvalue()


def progress_xlsx(rows, campaign, today):
    wb = Workbook()
    ws = wb.active
    ws.title = "Tiến độ"
    ws.append([f"Tiến độ thực hiện {campaign}, tính đến ngày {short_date(today)}"])
    ws["A1"].font = Font(bold=True, size=13)
    ws.append([])
    header = ["STT", "Đơn vị", "Loại"] + [m.label for m in MILESTONES] + ["Lỗi", "Cảnh báo", "Sai sót của kế hoạch"]
    ws.append(header)
    for cell in ws[3]:
        cell.font = BOLD
        cell.alignment = Alignment(wrap_text=True, vertical="top")
    for i, row in enumerate(rows, start=1):
        values = [i, row.unit.title_name, row.unit.get_kind_display()]
        for c in row.cells:
            text = c.label + (f" ({short_date(c.day)})" if c.day else "")
            if c.note:
                text += f" ({c.note})"
            values.append(text)
        values += [row.error_count, row.warning_count, "\n".join(f.message for f in row.facts.findings[:10])]
        ws.append(values)
        for col, c in enumerate(row.cells, start=4):
            ws.cell(row=ws.max_row, column=col).fill = FILLS[c.badge]
    widths = [5, 30, 14] + [24] * len(MILESTONES) + [6, 9, 60]
    for idx, width in enumerate(widths, start=1):
        ws.column_dimensions[ws.cell(row=3, column=idx).column_letter].width = width
    sheets.finish(ws, header_row=3, freeze="D4", landscape=True)
    return _workbook_bytes(wb)


def picture_xlsx(p, campaign, scope_label):
    wb = Workbook()
    ws = wb.active
    ws.title = "Tổng hợp"
    ws.append([f"Toàn cảnh kết quả {campaign} ({scope_label})"])
    ws["A1"].font = Font(bold=True, size=13)
    ws.append([])
    for label, value in picture_rows(p):
        ws.append([label, value])
    ws.column_dimensions["A"].width = 60
    ws.column_dimensions["B"].width = 14
    forms = wb.create_sheet("Khen thưởng theo hình thức")
    forms.append(["Hình thức", "Tập thể", "Cá nhân", "Hộ gia đình", "Cộng"])
    for cell in forms[1]:
        cell.font = BOLD
    for row in p.awards_by_form:
        forms.append(list(row))
    forms.append([])
    forms.append(["Hình thức", *[f"Năm {y}" for y in p.years], "Cộng"])
    for cell in forms[forms.max_row]:
        cell.font = BOLD
    for label, per_year, total in p.awards_by_year:
        forms.append([label, *per_year, total])
    forms.column_dimensions["A"].width = 55
    kinds = wb.create_sheet("Theo loại đơn vị")
    kinds.append(["Loại đơn vị", "Số đơn vị", "Đã tổ chức hội nghị", "Đã gửi báo cáo"])
    for cell in kinds[1]:
        cell.font = BOLD
    for row in p.by_kind:
        kinds.append(list(row))
    kinds.column_dimensions["A"].width = 25
    for width, letter in ((12, "B"), (12, "C"), (12, "D"), (12, "E")):
        forms.column_dimensions[letter].width = width
        kinds.column_dimensions[letter].width = width
    sheets.finish(ws, header_row=0)
    sheets.finish(forms, header_row=1, freeze="A2")
    sheets.finish(kinds, header_row=1, freeze="A2")
    return _workbook_bytes(wb)


def _pct(value):
    return "-" if value is None else f"{value:.1f}%".replace(".", ",")


def picture_rows(p):
    return [
        ("Số đơn vị theo dõi", p.units_total),
        ("Đơn vị đã tổ chức hội nghị (theo báo cáo đã gửi)", p.conferences_held),
        ("Đơn vị đã gửi báo cáo kết quả", p.reports_sent),
        ("Báo cáo được Ban chấp thuận", p.reports_accepted),
        ("Tổng số đại biểu dự các hội nghị", p.attended),
        ("  trong đó nữ", p.attended_women),
        ("  trong đó dân tộc thiểu số", p.attended_ethnic),
        ("  trong đó trực tiếp lao động, sản xuất", p.attended_direct),
        ("Điển hình tiên tiến được khen thưởng", p.exemplars_honoured),
        ("  số đơn vị lấy theo quyết định khen thưởng trong hệ thống", p.award_units_honors),
        ("  số đơn vị lấy theo báo cáo kết quả hội nghị", p.award_units_reports),
        ("  tỷ lệ nữ", _pct(p.share_women)),
        ("  tỷ lệ người trực tiếp lao động, sản xuất", _pct(p.share_direct)),
        ("  tỷ lệ công nhân, nông dân", _pct(p.share_workers_farmers)),
        ("  tỷ lệ người dân tộc thiểu số", _pct(p.share_ethnic)),
        ("Đại biểu dự Đại hội Thi đua yêu nước thành phố", p.congress_delegates),
        ("  trong đó nữ", p.congress_women),
        ("  trong đó dân tộc thiểu số", p.congress_ethnic),
        ("  trong đó trực tiếp lao động, sản xuất", p.congress_direct),
    ]


def summary_docx(campaign, p, unit=None, predecessors=(), report=None, today=None):
    """The 5-year summary report skeleton: the campaign's outline with the statistics the
    system knows as tables; prose sections are headed blanks for the officer."""
    today = today or timezone.localdate()
    city = campaign.issuer
    if unit is not None:
        ident = identity(unit)
        superior, issuer, symbol, place = ident.superior_lines, ident.issuer_lines, ident.symbol, ident.place
        subject_unit, author = unit.display_name, ident.formal_name
        signing = ident.signing("report")
    else:
        city_ident = identity(city) if city else None
        superior = (city_ident.short_name.upper(),) if city_ident else ()
        issuer, symbol = ("HỘI ĐỒNG THI ĐUA - KHEN THƯỞNG",), "HĐTĐKT"
        place = city_ident.place if city_ident else ""
        subject_unit = city.display_name if city else ""
        author = f"Hội đồng Thi đua - Khen thưởng {subject_unit}".strip()
        signing = Signing(("TM. HỘI ĐỒNG", "CHỦ TỊCH"), "")
    title = (f"Tổng kết phong trào thi đua yêu nước và công tác khen thưởng giai đoạn {campaign.evaluation_period}, "
             f"phương hướng, nhiệm vụ giai đoạn {campaign.direction_period} của {subject_unit}")
    doc = nd30.new_document(title=f"Báo cáo {title}", author=author)
    nd30.set_properties(doc, title=f"Báo cáo {title}", author=author, comments=(
        f"Khung báo cáo do hệ thống thi đua, khen thưởng tạo ngày {short_date(today)}; số liệu khen thưởng từ các "
        "quyết định khen thưởng trong hệ thống (hoặc báo cáo kết quả hội nghị), số liệu hội nghị và đại biểu từ báo "
        "cáo kết quả hội nghị."))
    nd30.header(doc, superior, issuer, f"      /BC-{symbol}", f"{place}, ngày      tháng      năm {today.year}")
    nd30.title(doc, "BÁO CÁO", title)
    nd30.paragraph(
        doc,
        f"Thực hiện {campaign}, {author if unit is not None else subject_unit[:1].upper() + subject_unit[1:]} báo cáo tổng kết phong trào thi đua yêu nước và công tác khen thưởng "
        f"giai đoạn {campaign.evaluation_period} như sau:",
    )
    if predecessors:
        nd30.paragraph(
            doc,
            "Số liệu giai đoạn " + campaign.evaluation_period + " gồm kết quả của các đơn vị trước sắp xếp: "
            + "; ".join(f"{pr.name}{f' ({pr.former_parent})' if pr.former_parent else ''}" for pr in predecessors) + ".",
            italic=True,
        )
    blank = "[Đơn vị soạn nội dung phần này.]"
    for part in campaign.report_outline or []:
        nd30.paragraph(doc, part.get("title", ""), bold=True, indent_first=False, align="left")
        for number, section in enumerate(part.get("children", []), start=1):
            nd30.paragraph(doc, f"{number}. {section.get('title', '')}", bold=True, indent_first=False, align="left")
            key = section.get("key", "")
            if key == "awards":
                _award_tables(doc, p, campaign)
            elif key == "movements":
                _conference_table(doc, p, report)
            nd30.paragraph(doc, blank, italic=True)
    nd30.signature(doc, recipients=recipients_list(["Ban Thi đua - Khen thưởng thành phố"], "Lưu: VT"),
                   lines=signing.lines, name=signing.name)
    return nd30.to_bytes(doc)


def _conference_table(doc, p, report):
    nd30.paragraph(doc, "Bảng 1. Hội nghị tuyên dương điển hình tiên tiến và đại biểu", italic=True, indent_first=False, align="center")
    rows = [
        ("Đơn vị đã tổ chức hội nghị", p.conferences_held),
        ("Tổng số đại biểu dự", p.attended),
        ("  trong đó nữ", p.attended_women),
        ("  trong đó dân tộc thiểu số", p.attended_ethnic),
        ("  trong đó trực tiếp lao động, sản xuất", p.attended_direct),
        ("Điển hình tiên tiến được biểu dương, khen thưởng", p.exemplars_honoured),
        ("Đại biểu dự Đại hội Thi đua yêu nước thành phố", p.congress_delegates),
    ]
    if report is not None and report.held_on:
        rows.insert(0, ("Ngày tổ chức hội nghị", short_date(report.held_on)))
    nd30.table(doc, ["Nội dung", "Số liệu"], rows, numeric=(1,))
    if report is not None:
        presentations = list(report.presentations.all())
        if presentations:
            nd30.paragraph(doc, "Các tham luận tại hội nghị:", italic=True, indent_first=False, align="left")
            nd30.table(doc, ["STT", "Người trình bày", "Tên tham luận"],
                       [(i, x.presenter, x.title) for i, x in enumerate(presentations, start=1)])


def _award_tables(doc, p, campaign):
    nd30.paragraph(
        doc, f"Bảng 2. Khen thưởng theo hình thức và đối tượng (giai đoạn {campaign.evaluation_period})",
        italic=True, indent_first=False, align="center",
    )
    rows = [list(r) for r in p.awards_by_form] or [["(chưa có số liệu)", "", "", "", ""]]
    nd30.table(doc, ["Hình thức", "Tập thể", "Cá nhân", "Hộ gia đình", "Cộng"], rows, numeric=(1, 2, 3, 4))
    nd30.paragraph(doc, "Bảng 3. Khen thưởng theo hình thức và năm (theo ngày ký quyết định)", italic=True,
                   indent_first=False, align="center")
    years = p.years or [campaign.evaluation_end_year]
    rows = [[label, *per_year, total] for label, per_year, total in p.awards_by_year] or [
        ["(chưa có số liệu)", *([""] * len(years)), ""]
    ]
    nd30.table(doc, ["Hình thức", *[str(y) for y in years], "Cộng"], rows, numeric=tuple(range(1, len(years) + 2)))
    nd30.paragraph(doc, "Bảng 4. Tỷ lệ khen thưởng theo thành phần", italic=True, indent_first=False, align="center")
    nd30.table(
        doc,
        ["Thành phần", "Số lượng", "Tỷ lệ"],
        [
            ("Người trực tiếp lao động, sản xuất, công tác, chiến đấu", p.awards_direct, _pct(p.share_direct)),
            ("Công nhân, nông dân", p.awards_workers_farmers, _pct(p.share_workers_farmers)),
            ("Nữ", p.awards_women, _pct(p.share_women)),
            ("Người dân tộc thiểu số", p.awards_ethnic, _pct(p.share_ethnic)),
        ],
        numeric=(1, 2),
    )
