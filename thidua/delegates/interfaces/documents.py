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
from thidua.documents.interfaces import sheets
from thidua.documents.interfaces.pdf import compile_typst, esc, header_call, page_setup, signature_call, string
from thidua.units.domain.identity import archive_line, identity

SALUTATION = {"female": "Bà", "male": "Ông"}


def qr_svg(url):
    buf = io.BytesIO()
    segno.make(url, error="m").save(buf, kind="svg", scale=4, border=2)
    return buf.getvalue()


def place_date(ident, day, year=None):
    """"Kẻ Sặt, ngày 20 tháng 8 năm 2025"; with no day, blanks for the day and month to be
    written in when the document is signed."""
    if day is not None:
        return f"{ident.place}, {date_vi(day)}"
    return f"{ident.place}, ngày      tháng      năm {year or ''}".rstrip()


def invitation_day(plan, today):
    """An invitation goes out before the conference: today while that is before the conference
    day (or no day is set), else no date (blanks), never a date after the conference."""
    if plan.conference_date is None or today < plan.conference_date:
        return today
    return None


def _header(unit, kind, number, day, year=None):
    ident = identity(unit)
    return header_call(ident.superior_lines, ident.issuer_lines, ident.number(kind, number) if kind else "",
                       place_date(ident, day, year))


def _signature(plan, recipients=()):
    signing = identity(plan.unit).signing("invitation", plan.signer_title, plan.signer_name, plan.signer_mode)
    return signature_call(recipients, signing.lines, signing.name)


def when_text(plan):
    parts = []
    if plan.start_time:
        parts.append(f"{plan.start_time.hour:02d} giờ {plan.start_time.minute:02d} phút")
    if plan.conference_date:
        parts.append(f"{weekday_vi(plan.conference_date)}, {date_vi(plan.conference_date)}")
    elif plan.date_text:
        parts.append(plan.date_text)
    return ", ".join(parts) or "(chưa ấn định)"


def invitation_page(conference, delegate, qr_name, today=None):
    plan = conference.plan
    unit = conference.unit
    ident = identity(unit)
    who = f"{SALUTATION.get(delegate.gender, 'Ông/Bà')} {delegate.full_name}"
    role = ", ".join(x for x in [delegate.position, delegate.collective_name or delegate.organisation] if x)
    body = [
        f"#align(center)[#text(weight: \"bold\")[{esc(ident.sentence_name)} trân trọng kính mời:]]",
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
        _header(unit, "GM", conference.invitation_number, invitation_day(plan, today or timezone.localdate()),
                (plan.conference_date or timezone.localdate()).year)
        + f"#nd30-title(\"Giấy mời\", subject: {string('Dự ' + plan.conference_name)})\n"
        + "#grid(columns: (1fr, 3.6cm), column-gutter: 6mm,\n  [\n"
        + "\n\n".join(body)
        + "\n  ],\n"
        + f"  align(center)[#image({string(qr_name)}, width: 3.2cm)\n#text(size: 9pt)[Mã điểm danh]]\n)\n"
        + _signature(plan, [f"{who};", archive_line(plan.recipients)])
    )



def invitations_pdf(conference, delegates, url_for, today=None):
    """One PDF, a page per delegate; ``url_for(delegate)`` is the check-in URL in the QR. Each
    page is a one-page document of its own: no page numbers."""
    files, pages = {}, []
    for d in delegates:
        name = f"qr-{d.pk}.svg"
        files[name] = qr_svg(url_for(d))
        pages.append(invitation_page(conference, d, name, today))
    source = (page_setup(f"Giấy mời dự {conference.plan.conference_name}") + "#set page(header: none)\n"
              + "\n#pagebreak()\n".join(pages))
    return compile_typst(source, files=files)


def _capitalised(text):
    return text[:1].upper() + text[1:]


def timetable_pdf(conference, slots, findings=()):
    plan = conference.plan
    rows = []
    for i, s in enumerate(sorted(slots, key=lambda s: s.order), start=1):
        rows.append(f"[{i}], [{esc(timetable.slot_time(s))}], [{esc(s.content)}], [{esc(s.presenter)}],")
    signing = identity(conference.unit).signing("plan", plan.signer_title, plan.signer_name, plan.signer_mode)
    source = (
        page_setup(f"Chương trình {plan.conference_name}")
        + _header(conference.unit, "", "", plan.issued_on, (plan.conference_date or timezone.localdate()).year)
        + f"#nd30-title(\"Chương trình\", subject: {string(plan.conference_name)})\n"
        + f"#align(center)[#emph[{esc(_capitalised(when_text(plan)))}; {esc(plan.venue)}]]\n#v(0.5em)\n"
        + "#table(columns: (1.1cm, 2.8cm, 1fr, 4.6cm), align: (center, center, left, left),\n"
        + "  table.header([*STT*], [*Thời gian*], [*Nội dung công việc*], [*Đơn vị/cá nhân thực hiện*]),\n  "
        + "\n  ".join(rows)
        + "\n)\n"
        + signature_call((), signing.lines, signing.name)
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
    ws2.column_dimensions["B"].width = 14
    sheets.finish(ws, header_row=4, freeze="C5", landscape=True)
    sheets.finish(ws2, header_row=0)
    buf = io.BytesIO()
    sheets.save(wb, buf)
    return buf.getvalue()


def congress_docx(unit, title, subtitle, entries, summary, with_unit=False, signer=None, day=None, signer_title="",
                  signer_name=""):
    """The congress list, dated ``day`` (the day the list was approved or sent; blanks when not
    yet), signed by the unit's head: "TM. ỦY BAN NHÂN DÂN / CHỦ TỊCH" for a commune."""
    ident = identity(unit)
    doc = nd30docx.new_document(landscape=True, title=f"Danh sách và trích ngang thành tích đại biểu dự {title}",
                                author=ident.formal_name)
    nd30docx.header(doc, ident.superior_lines, ident.issuer_lines,
                    place_date=place_date(ident, day, timezone.localdate().year), widths=(95, 150))
    nd30docx.title(doc, "Danh sách và trích ngang thành tích", subject=f"Đại biểu dự {title}")
    nd30docx.paragraph(doc, subtitle, italic=True, align="center")
    headers = list(LIST_HEADERS)
    if with_unit:
        headers.insert(1, "Đơn vị")
    rows = [entry_row(i, e, with_unit) for i, e in enumerate(entries, start=1)]
    nd30docx.table(doc, headers, rows, size=10, numeric=(0, 3, 7))
    nd30docx.paragraph(doc, "Tổng hợp cơ cấu:", bold=True, align="left", indent_first=False)
    for line in summary_lines(summary):
        nd30docx.paragraph(doc, line, align="left", indent_first=False)
    if signer:
        nd30docx.signature(doc, **signer)
    else:
        signing = ident.signing("list", signer_title, signer_name)
        nd30docx.signature(doc, ["Ban Thi đua - Khen thưởng thành phố;", "Lưu: VT."],
                           lines=signing.lines, name=signing.name)
    return nd30docx.to_bytes(doc)
