"""Generated documents: Giấy mời with QR (typst PDF), the printable timetable (typst PDF),
and "Danh sách và trích ngang thành tích đại biểu dự Đại hội" (.xlsx and .docx)."""
import io

import segno
from django.utils import timezone
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, Side

from thidua.common.choices import EconomicSector, Field
from thidua.common.text import date_vi, weekday_vi
from thidua.delegates.domain import timetable
from thidua.documents.interfaces import docx as nd30docx
from thidua.documents.interfaces.pdf import compile_typst, esc, string

SALUTATION = {"female": "Bà", "male": "Ông"}


def qr_svg(url):
    buf = io.BytesIO()
    segno.make(url, error="m").save(buf, kind="svg", scale=4, border=2)
    return buf.getvalue()


def _header(unit, number, day):
    place = unit.place_name or "Hải Phòng"
    return (
        f"#nd30-header(issuer-parent: {string(unit.issuer_parent_line)}, "
        f"issuer: {string(unit.issuer_line or unit.title_name)}, number: {string(number)}, "
        f"place-date: {string(f'{place}, {date_vi(day)}')})\n"
    )


def _signature(plan, recipients=()):
    items = "(" + ", ".join(string(r) for r in recipients) + ("," if len(recipients) == 1 else "") + ")"
    return (
        f"#nd30-signature(recipients: {items}, mode: {string(plan.signer_mode)}, "
        f"authority: {string(plan.signer_authority)}, title: {string(plan.signer_title)}, name: {string(plan.signer_name)})\n"
    )


def when_text(plan):
    parts = []
    if plan.start_time:
        parts.append(f"{plan.start_time.hour:02d} giờ {plan.start_time.minute:02d} phút")
    if plan.conference_date:
        parts.append(f"{weekday_vi(plan.conference_date)}, {date_vi(plan.conference_date)}")
    elif plan.date_text:
        parts.append(plan.date_text)
    return ", ".join(parts) or "(chưa ấn định)"


def invitation_page(conference, delegate, qr_name):
    plan = conference.plan
    unit = conference.unit
    who = f"{SALUTATION.get(delegate.gender, 'Ông/Bà')} {delegate.full_name}"
    role = ", ".join(x for x in [delegate.position, delegate.collective_name or delegate.organisation] if x)
    body = [
        f"#align(center)[#text(weight: \"bold\")[{esc(unit.title_name)} trân trọng kính mời:]]",
        f"#align(center)[#text(size: 14pt, weight: \"bold\")[{esc(who)}]]",
    ]
    if role:
        body.append(f"#align(center)[{esc(role)}]")
    body += [
        f"Tới dự *{esc(plan.conference_name)}*.",
        f"- Thời gian: {esc(when_text(plan))}.",
        f"- Địa điểm: {esc(plan.venue or '(chưa ấn định)')}.",
        "Sự có mặt của đại biểu góp phần vào thành công của Hội nghị. Khi đến, đề nghị xuất trình mã QR "
        "trên giấy mời này để điểm danh.",
    ]
    return (
        _header(unit, conference.invitation_number, plan.issued_on or timezone.localdate())
        + "#nd30-title(\"Giấy mời\")\n"
        + "#grid(columns: (1fr, 3.6cm), column-gutter: 6mm,\n  [\n"
        + "\n\n".join(body)
        + "\n  ],\n"
        + f"  align(center)[#image({string(qr_name)}, width: 3.2cm)\n#text(size: 9pt)[Mã điểm danh]]\n)\n"
        + _signature(plan, [delegate.full_name, "Lưu: VT"])
    )


def invitations_pdf(conference, delegates, url_for):
    """One PDF, a page per delegate; ``url_for(delegate)`` is the check-in URL in the QR."""
    files, pages = {}, []
    for d in delegates:
        name = f"qr-{d.pk}.svg"
        files[name] = qr_svg(url_for(d))
        pages.append(invitation_page(conference, d, name))
    source = "#import \"nd30.typ\": *\n#show: nd30-page\n" + "\n#pagebreak()\n".join(pages)
    return compile_typst(source, files=files)


def timetable_pdf(conference, slots, findings=()):
    plan = conference.plan
    rows = []
    for i, s in enumerate(sorted(slots, key=lambda s: s.order), start=1):
        rows.append(f"[{i}], [{esc(timetable.slot_time(s))}], [{esc(s.content)}], [{esc(s.presenter)}],")
    source = (
        "#import \"nd30.typ\": *\n#show: nd30-page\n"
        + _header(conference.unit, "", plan.issued_on or timezone.localdate())
        + f"#nd30-title(\"Chương trình\", subject: {string(plan.conference_name)})\n"
        + f"#align(center)[#emph[{esc(when_text(plan))} — {esc(plan.venue)}]]\n#v(0.5em)\n"
        + "#table(columns: (1.1cm, 2.8cm, 1fr, 4.6cm), align: (center, center, left, left),\n"
        + "  table.header([*STT*], [*Thời gian*], [*Nội dung công việc*], [*Đơn vị/cá nhân thực hiện*]),\n  "
        + "\n  ".join(rows)
        + "\n)\n"
    )
    return compile_typst(source)


SECTOR = dict(EconomicSector.choices)
FIELD = dict(Field.choices)
LIST_HEADERS = ["STT", "Họ và tên", "Giới tính", "Năm sinh", "Dân tộc", "Chức vụ", "Cơ quan, đơn vị",
                "Trực tiếp lao động", "Thành phần kinh tế", "Lĩnh vực", "Trích ngang thành tích"]


def entry_row(i, e, with_unit=False):
    row = [i, e.full_name, e.get_gender_display(), e.birth_year or "", e.ethnicity, e.position, e.organisation,
           "x" if e.direct_worker else "", SECTOR.get(e.economic_sector, ""), FIELD.get(e.field, ""), e.achievements]
    if with_unit:
        row.insert(1, e.submission.unit.title_name)
    return row


def summary_lines(summary):
    lines = [f"Tổng số: {summary.total} đại biểu; nữ: {summary.women} ({summary.women_share:.0%}); "
             f"dân tộc thiểu số: {summary.minorities}; trực tiếp lao động: {summary.direct_workers} "
             f"({summary.direct_worker_share:.0%})."]
    if summary.by_field:
        lines.append("Theo lĩnh vực: " + "; ".join(f"{FIELD.get(k, k)}: {v}" for k, v in sorted(summary.by_field.items())) + ".")
    if summary.by_sector:
        lines.append("Theo thành phần kinh tế: " + "; ".join(f"{SECTOR.get(k, k)}: {v}" for k, v in sorted(summary.by_sector.items())) + ".")
    return lines


def congress_xlsx(title, subtitle, entries, summary, with_unit=False):
    wb = Workbook()
    ws = wb.active
    ws.title = "Danh sách"
    headers = list(LIST_HEADERS)
    if with_unit:
        headers.insert(1, "Đơn vị")
    ws.append([title])
    ws.append([subtitle])
    ws.append([])
    ws.append(headers)
    bold = Font(bold=True)
    ws["A1"].font = Font(bold=True, size=13)
    thin = Side(style="thin")
    for cell in ws[4]:
        cell.font = bold
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    for i, e in enumerate(entries, start=1):
        ws.append(entry_row(i, e, with_unit))
    for row in ws.iter_rows(min_row=4, max_row=ws.max_row):
        for cell in row:
            cell.border = Border(top=thin, bottom=thin, left=thin, right=thin)
            cell.alignment = Alignment(vertical="top", wrap_text=True)
    widths = [5, 24, 8, 8, 9, 20, 28, 10, 18, 20, 50]
    if with_unit:
        widths.insert(1, 20)
    for idx, w in enumerate(widths):
        ws.column_dimensions[chr(ord("A") + idx)].width = w
    ws2 = wb.create_sheet("Tổng hợp")
    for line in summary_lines(summary):
        ws2.append([line])
    ws2.append([])
    ws2.append(["Lĩnh vực", "Số đại biểu"])
    for k, v in sorted(summary.by_field.items()):
        ws2.append([FIELD.get(k, k), v])
    ws2.append([])
    ws2.append(["Thành phần kinh tế", "Số đại biểu"])
    for k, v in sorted(summary.by_sector.items()):
        ws2.append([SECTOR.get(k, k), v])
    ws2.column_dimensions["A"].width = 60
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


def congress_docx(unit, title, subtitle, entries, summary, with_unit=False, signer=None):
    doc = nd30docx.new_document(landscape=True)
    nd30docx.header(doc, issuer_parent=unit.issuer_parent_line, issuer=unit.issuer_line or unit.title_name,
                    place_date=f"{unit.place_name or 'Hải Phòng'}, {date_vi(timezone.localdate())}")
    nd30docx.title(doc, "Danh sách và trích ngang thành tích", subject=title)
    nd30docx.paragraph(doc, subtitle, italic=True, align="center")
    headers = list(LIST_HEADERS)
    if with_unit:
        headers.insert(1, "Đơn vị")
    rows = [entry_row(i, e, with_unit) for i, e in enumerate(entries, start=1)]
    nd30docx.table(doc, headers, rows, size=10)
    nd30docx.paragraph(doc, "Tổng hợp cơ cấu:", bold=True, align="left", indent_first=False)
    for line in summary_lines(summary):
        nd30docx.paragraph(doc, line, align="left", indent_first=False)
    if signer:
        nd30docx.signature(doc, **signer)
    return nd30docx.to_bytes(doc)
