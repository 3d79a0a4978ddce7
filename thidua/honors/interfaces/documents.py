"""Dossier documents (.docx) and the award decision (.docx, .pdf) in the Nghị định 30 layout."""
from thidua.common.text import date_vi, short_date
from thidua.documents.interfaces import docx as D
from thidua.documents.interfaces.pdf import array, compile_typst, esc, page_count, string
from thidua.honors.domain.eligibility import ACHIEVEMENT_KINDS, LEVELS, rating_label


def _issuer(unit):
    return unit.issuer_parent_line, unit.issuer_line or f"UBND {unit.display_name}".upper()


def _place_date(unit, day):
    return f"{unit.place_name or unit.name}, {date_vi(day)}"


def _lines(text):
    return [line.strip() for line in (text or "").splitlines() if line.strip()]


def proposal_docx(nomination, today):
    """Tờ trình đề nghị khen thưởng, from the proposing (sub-)unit to the unit."""
    nominee, unit, proposer = nomination.nominee, nomination.unit, nomination.proposing_unit
    doc = D.new_document()
    D.header(doc, issuer_parent=unit.display_name.upper(), issuer=proposer.display_name, number="…/TTr",
             place_date=_place_date(unit, today))
    D.title(doc, "Tờ trình", f"Về việc đề nghị tặng {nomination.award_form}")
    D.paragraph(doc, f"Kính gửi: Hội đồng Thi đua - Khen thưởng {unit.display_name}", align="center")
    for basis in ["Căn cứ Luật Thi đua, khen thưởng năm 2022;",
                  "Căn cứ Nghị định số 152/2025/NĐ-CP ngày 14/6/2025 của Chính phủ quy định về phân cấp, phân quyền trong lĩnh vực thi đua, khen thưởng; quy định chi tiết và hướng dẫn thi hành một số điều của Luật Thi đua, khen thưởng;",
                  f"Căn cứ {nomination.category.plan};"]:
        D.paragraph(doc, basis, italic=True)
    D.paragraph(doc, f"{proposer.title_name} kính đề nghị Hội đồng Thi đua - Khen thưởng {unit.display_name} xem xét, "
                     f"trình tặng {nomination.award_form} cho {nominee.get_kind_display().lower()} có thành tích "
                     f"trong nhóm «{nomination.category.name}»:")
    D.table(doc, ["STT", "Họ và tên / Tên tập thể", "Chức vụ, đơn vị", "Thành tích"],
            [[1, nominee.full_name, _position(nominee), nomination.achievement_line]], widths_mm=[12, 50, 50, 53])
    D.paragraph(doc, "(Kèm theo biên bản họp, báo cáo thành tích, tóm tắt trích ngang thành tích và tài liệu minh chứng.)", italic=True)
    D.signature(doc, recipients=["Như trên;", "Lưu: VT."], title_line="THỦ TRƯỞNG ĐƠN VỊ", name="")
    return D.to_bytes(doc)


def _position(nominee):
    return ", ".join(p for p in [nominee.position, nominee.workplace.display_name if nominee.workplace_id else ""] if p)


def report_docx(nomination, today):
    """Báo cáo thành tích: the structure of the achievement report of Nghị định 152/2025/NĐ-CP
    (individual or collective form; the form number could not be verified — see docs)."""
    nominee, unit = nomination.nominee, nomination.unit
    doc = D.new_document()
    parent, issuer = unit.display_name.upper(), nomination.proposing_unit.display_name
    D.header(doc, issuer_parent=parent, issuer=issuer, place_date=_place_date(unit, today))
    D.title(doc, "Báo cáo thành tích", f"Đề nghị tặng {nomination.award_form}")
    D.paragraph(doc, nominee.full_name if nominee.kind != "individual" else f"{nominee.full_name}, {_position(nominee)}",
                bold=True, align="center")
    achievements = list(nominee.achievements.all())
    if nominee.kind == "individual":
        D.paragraph(doc, "I. SƠ LƯỢC LÝ LỊCH", bold=True, indent_first=False, align="left")
        for label, value in [("Họ và tên", nominee.full_name), ("Năm sinh", nominee.birth_year or ""),
                             ("Giới tính", nominee.get_gender_display()), ("Dân tộc", nominee.ethnicity),
                             ("Đơn vị công tác", nominee.workplace.display_name if nominee.workplace_id else ""),
                             ("Chức vụ", nominee.position), ("Lĩnh vực", nominee.get_field_display())]:
            D.paragraph(doc, f"- {label}: {value}", indent_first=False, align="left", space_after=0)
        D.paragraph(doc, "II. THÀNH TÍCH ĐẠT ĐƯỢC", bold=True, indent_first=False, align="left")
        D.paragraph(doc, "1. Quyền hạn, nhiệm vụ được giao hoặc đảm nhận", bold=True, indent_first=False, align="left")
        D.paragraph(doc, nominee.duties or "…")
        D.paragraph(doc, "2. Thành tích đạt được", bold=True, indent_first=False, align="left")
    else:
        D.paragraph(doc, "I. ĐẶC ĐIỂM, TÌNH HÌNH", bold=True, indent_first=False, align="left")
        D.paragraph(doc, "1. Đặc điểm, tình hình", bold=True, indent_first=False, align="left")
        D.paragraph(doc, f"Đơn vị: {nominee.full_name}; lĩnh vực: {nominee.get_field_display() or '…'}.")
        D.paragraph(doc, "2. Chức năng, nhiệm vụ", bold=True, indent_first=False, align="left")
        D.paragraph(doc, nominee.duties or "…")
        D.paragraph(doc, "II. THÀNH TÍCH ĐẠT ĐƯỢC", bold=True, indent_first=False, align="left")
    D.paragraph(doc, nominee.summary or "…")
    D.paragraph(doc, "Kết quả đánh giá, xếp loại hằng năm:", italic=True, indent_first=False, align="left")
    D.table(doc, ["Năm", "Kết quả xếp loại"], [[y, rating_label(c)] for y, c in sorted(nominee.ratings.items())], widths_mm=[30, 120])
    works = [a for a in achievements if a.kind != "award"]
    if works:
        D.paragraph(doc, "Sáng kiến, đề tài khoa học:", italic=True, indent_first=False, align="left")
        D.table(doc, ["Năm", "Loại", "Tên", "Cấp công nhận", "Quyết định"],
                [[a.year, ACHIEVEMENT_KINDS[a.kind], a.title, LEVELS.get(a.level, ("", ""))[1], a.reference] for a in works],
                widths_mm=[15, 30, 60, 30, 30])
    D.paragraph(doc, "III. CÁC HÌNH THỨC ĐÃ ĐƯỢC KHEN THƯỞNG", bold=True, indent_first=False, align="left")
    awards = [a for a in achievements if a.kind == "award"]
    D.table(doc, ["Năm", "Danh hiệu thi đua, hình thức khen thưởng",
                  "Số, ngày, tháng, năm của quyết định; cơ quan ban hành quyết định"],
            [[a.year, a.title, a.reference] for a in awards] or [["", "(chưa có)", ""]], widths_mm=[20, 70, 75])
    left = "THỦ TRƯỞNG ĐƠN VỊ XÁC NHẬN, ĐỀ NGHỊ" if nominee.kind == "individual" else "THỦ TRƯỞNG ĐƠN VỊ CẤP TRÊN TRỰC TIẾP"
    right = "NGƯỜI BÁO CÁO THÀNH TÍCH" if nominee.kind == "individual" else "THỦ TRƯỞNG ĐƠN VỊ"
    t = doc.add_table(rows=1, cols=2)
    for cell, text in zip(t.rows[0].cells, [left, right]):
        cell.paragraphs[0].text = ""
        D.run(cell.paragraphs[0], text, bold=True)
        D.run(cell.add_paragraph(), "(Ký, ghi rõ họ và tên)", italic=True)
    return D.to_bytes(doc)


def summary_docx(nomination, today):
    nominee = nomination.nominee
    doc = D.new_document()
    D.title(doc, "Tóm tắt thành tích", nominee.full_name)
    D.paragraph(doc, f"{nominee.get_kind_display()}: {nominee.full_name}" + (f" — {_position(nominee)}" if _position(nominee) else ""),
                bold=True, indent_first=False, align="left")
    D.paragraph(doc, f"Đề nghị: {nomination.award_form} — nhóm «{nomination.category.name}».", indent_first=False, align="left")
    D.paragraph(doc, nominee.summary or "(chưa nhập tóm tắt thành tích)")
    return D.to_bytes(doc)


def summary_pages(nominee):
    """Render the summary (trích ngang) as it is printed — 13 pt, A4 text width — on pages
    half an A4 high; more than one page means it does not fit in about half a page."""
    source = (
        '#set page(width: 210mm, height: 148.5mm, margin: (top: 20mm, bottom: 0mm, left: 30mm, right: 15mm))\n'
        '#set text(font: "Liberation Serif", size: 13pt, lang: "vi")\n#set par(justify: true, leading: 0.65em)\n'
        f"*{esc(nominee.full_name)}* \\\n{esc(nominee.summary)}"
    )
    return page_count(compile_typst(source))


def minutes_docx(meeting, votes):
    """Biên bản họp Hội đồng Thi đua - Khen thưởng with the result table."""
    unit = meeting.unit
    doc = D.new_document()
    parent, issuer = _issuer(unit)
    D.header(doc, issuer_parent=issuer, issuer="HỘI ĐỒNG THI ĐUA - KHEN THƯỞNG", place_date=_place_date(unit, meeting.held_on))
    D.title(doc, "Biên bản", f"Họp Hội đồng Thi đua - Khen thưởng {unit.display_name}")
    D.paragraph(doc, f"Thời gian: {date_vi(meeting.held_on)}. Địa điểm: {meeting.place or '…'}.")
    D.paragraph(doc, f"Chủ trì: {meeting.chair}. Thư ký: {meeting.secretary}.")
    D.paragraph(doc, f"Thành phần: {meeting.member_count} thành viên Hội đồng; có mặt {meeting.present_count}, "
                     f"vắng mặt {meeting.member_count - meeting.present_count}.")
    D.paragraph(doc, "Hội đồng đã xem xét hồ sơ và biểu quyết từng trường hợp; thành viên vắng mặt gửi ý kiến bằng văn bản. "
                     "Tỷ lệ đồng ý tính trên tổng số thành viên Hội đồng. Kết quả:")
    rows = []
    for i, v in enumerate(votes, start=1):
        share = v.total_in_favour * 100 / meeting.member_count
        rows.append([i, v.nomination.nominee.full_name, v.nomination.award_form, v.present, v.in_favour, v.written_in_favour,
                     f"{share:.1f}%", f"{float(v.threshold) * 100:.0f}%", "Đồng ý" if v.approved else "Không đồng ý"])
    D.table(doc, ["STT", "Họ và tên / Tên tập thể", "Hình thức", "Có mặt", "Đồng ý", "Đồng ý bằng văn bản", "Tỷ lệ",
                  "Ngưỡng", "Kết quả"], rows, size=11)
    approved = sum(1 for v in votes if v.approved)
    D.paragraph(doc, f"Kết luận: Hội đồng thống nhất đề nghị khen thưởng {approved} trường hợp.")
    t = doc.add_table(rows=1, cols=2)
    for cell, (role, name) in zip(t.rows[0].cells, [("THƯ KÝ", meeting.secretary), ("CHỦ TRÌ", meeting.chair)]):
        cell.paragraphs[0].text = ""
        D.run(cell.paragraphs[0], role, bold=True)
        cell.add_paragraph()
        cell.add_paragraph()
        D.run(cell.add_paragraph(), name, bold=True)
    return D.to_bytes(doc)


def _decision_parts(decision, awards):
    unit = decision.unit
    parent, issuer = _issuer(unit)
    rows = [[a.order, a.nomination.nominee.full_name, _position(a.nomination.nominee), a.nomination.achievement_line,
             a.register_number] for a in awards]
    return unit, parent, issuer, rows


def decision_docx(decision, awards):
    unit, parent, issuer, rows = _decision_parts(decision, awards)
    doc = D.new_document()
    D.header(doc, issuer_parent=parent, issuer=issuer, number=decision.number, place_date=_place_date(unit, decision.signed_on))
    D.title(doc, "Quyết định", f"Về việc tặng {decision.award_form}")
    D.paragraph(doc, (f"{decision.signer_title} {issuer}").upper(), bold=True, align="center")
    for basis in _lines(decision.legal_bases):
        D.paragraph(doc, basis, italic=True)
    D.paragraph(doc, "QUYẾT ĐỊNH:", bold=True, align="center")
    D.paragraph(doc, f"Điều 1. {decision.article_text} (có danh sách kèm theo).")
    D.paragraph(doc, "Điều 2. Quyết định này có hiệu lực kể từ ngày ký.")
    D.paragraph(doc, "Điều 3. Các cơ quan, đơn vị và cá nhân, tập thể có tên tại Điều 1 chịu trách nhiệm thi hành Quyết định này.")
    D.signature(doc, recipients=["Như Điều 3;", "Lưu: VT."], mode=decision.signer_mode, authority=decision.signer_authority,
                title_line=decision.signer_title, name=decision.signer_name)
    doc.add_page_break()
    D.paragraph(doc, "DANH SÁCH", bold=True, align="center", space_after=0)
    D.paragraph(doc, f"Tặng {decision.award_form}", bold=True, align="center", space_after=0)
    D.paragraph(doc, f"(Kèm theo Quyết định số {decision.number} ngày {short_date(decision.signed_on)})", italic=True, align="center")
    D.table(doc, ["STT", "Họ và tên / Tên tập thể", "Chức vụ, đơn vị", "Thành tích", "Số sổ vàng"], rows,
            widths_mm=[12, 45, 45, 45, 18], size=12)
    return D.to_bytes(doc)


def decision_pdf(decision, awards):
    unit, parent, issuer, rows = _decision_parts(decision, awards)
    bases = "\n".join(f"#par[_{esc(b)}_]" for b in _lines(decision.legal_bases))
    cells = ", ".join(string(str(c)) for row in rows for c in row)
    source = f"""#import "nd30.typ": *
#show: nd30-page
#nd30-header(issuer-parent: {string(parent)}, issuer: {string(issuer)}, number: {string(decision.number)}, place-date: {string(_place_date(unit, decision.signed_on))})
#nd30-title("Quyết định", subject: {string("Về việc tặng " + decision.award_form)})
#align(center, text(weight: "bold", upper({string(decision.signer_title + " " + issuer)})))
{bases}
#align(center, text(weight: "bold")[QUYẾT ĐỊNH:])
#par[*Điều 1.* {esc(decision.article_text)} (có danh sách kèm theo).]
#par[*Điều 2.* Quyết định này có hiệu lực kể từ ngày ký.]
#par[*Điều 3.* Các cơ quan, đơn vị và cá nhân, tập thể có tên tại Điều 1 chịu trách nhiệm thi hành Quyết định này.]
#nd30-signature(recipients: {array(["Như Điều 3;", "Lưu: VT."])}, mode: {string(decision.signer_mode)}, authority: {string(decision.signer_authority)}, title: {string(decision.signer_title)}, name: {string(decision.signer_name)})
#pagebreak()
#align(center)[*DANH SÁCH* \\ *{esc("Tặng " + decision.award_form)}* \\ _{esc(f"(Kèm theo Quyết định số {decision.number} ngày {short_date(decision.signed_on)})")}_]
#set text(size: 12pt)
#table(columns: (10mm, 1fr, 1fr, 1fr, 20mm), align: (center, left, left, left, center),
  [*STT*], [*Họ và tên / Tên tập thể*], [*Chức vụ, đơn vị*], [*Thành tích*], [*Số sổ vàng*],
  ..({cells},).map(x => [#x]))
"""
    return compile_typst(source)
