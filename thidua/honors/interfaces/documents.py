"""Dossier documents (.docx) and the award decision (.docx, .pdf) in the Nghị định 30 layout."""
from django.utils import timezone

from thidua.common.text import date_vi
from thidua.documents.interfaces import docx as D
from thidua.documents.interfaces.pdf import (
    compile_typst,
    esc,
    header_call,
    page_count,
    page_setup,
    signature_call,
    string,
)
from thidua.honors.domain.eligibility import ACHIEVEMENT_KINDS, LEVELS, rating_label
from thidua.units.domain.identity import archive_line, identity, recipients_list

LOCAL_GOVERNMENT_LAW = "Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;"
LAW = "Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;"
DECREE = ("Căn cứ Nghị định số 152/2025/NĐ-CP ngày 14 tháng 6 năm 2025 của Chính phủ quy định về phân cấp, phân "
          "quyền trong lĩnh vực thi đua, khen thưởng; quy định chi tiết và hướng dẫn thi hành một số điều của Luật "
          "Thi đua, khen thưởng;")


def _day(nomination, today):
    """A dossier paper is dated the day the proposal was made, not the day it is printed."""
    return timezone.localdate(nomination.submitted_at) if nomination.submitted_at else today


def _place_date(unit, day):
    return f"{identity(unit).place}, {date_vi(day)}"


def plan_basis(plan):
    """The plan cited as a document: "Căn cứ Kế hoạch số …/KH-UBND ngày … của UBND xã … về …;"."""
    ident = identity(plan.unit)
    number = plan.number or f"…/KH-{ident.symbol}"
    day = f" {date_vi(plan.issued_on)}" if plan.issued_on else " ngày … tháng … năm …"
    subject = (plan.title or f"Tổ chức {plan.conference_name}")
    return f"Căn cứ Kế hoạch số {number}{day} của {ident.short_name} về {subject[:1].lower() + subject[1:]};"


def _lines(text):
    return [line.strip() for line in (text or "").splitlines() if line.strip()]


def proposal_docx(nomination, today):
    """Tờ trình đề nghị khen thưởng, from the proposing (sub-)unit to the unit."""
    nominee, unit, proposer = nomination.nominee, nomination.unit, nomination.proposing_unit
    ident = identity(proposer)
    doc = D.new_document(title=f"Tờ trình đề nghị tặng {nomination.award_form} cho {nominee.full_name}",
                         author=ident.formal_name)
    D.header(doc, ident.superior_lines, ident.issuer_lines, number=ident.number("TTr"),
             place_date=_place_date(proposer, _day(nomination, today)))
    D.title(doc, "Tờ trình", f"Về việc đề nghị tặng {nomination.award_form}")
    D.paragraph(doc, f"Kính gửi: Hội đồng Thi đua - Khen thưởng {unit.display_name}", align="center")
    for basis in [LAW, DECREE, plan_basis(nomination.category.plan).rstrip(";") + "."]:
        D.paragraph(doc, basis, italic=True)
    D.paragraph(doc, f"{ident.sentence_name} kính đề nghị Hội đồng Thi đua - Khen thưởng {unit.display_name} xem xét, "
                     f"trình tặng {nomination.award_form} cho {nominee.get_kind_display().lower()} có thành tích "
                     f"trong nhóm “{nomination.category.name}”:")
    D.table(doc, ["STT", "Họ và tên / Tên tập thể", "Chức vụ, đơn vị", "Thành tích"],
            [[1, nominee.full_name, _position(nominee), nomination.achievement_line]], widths_mm=[12, 50, 50, 53])
    D.paragraph(doc, "(Kèm theo biên bản họp, báo cáo thành tích, tóm tắt trích ngang thành tích và tài liệu minh chứng.)", italic=True)
    signing = ident.signing("proposal")
    D.signature(doc, recipients=recipients_list(["Như trên"], "Lưu: VT"), lines=signing.lines, name="")
    return D.to_bytes(doc)


def _position(nominee):
    return ", ".join(p for p in [nominee.position, nominee.workplace.display_name if nominee.workplace_id else ""] if p)


def report_docx(nomination, today):
    """Báo cáo thành tích: the structure of the achievement report of Nghị định 152/2025/NĐ-CP
    (individual or collective form; the form number could not be verified — see docs)."""
    nominee = nomination.nominee
    ident = identity(nomination.proposing_unit)
    doc = D.new_document(title=f"Báo cáo thành tích đề nghị tặng {nomination.award_form}: {nominee.full_name}",
                         author=ident.formal_name)
    D.header(doc, ident.superior_lines, ident.issuer_lines, place_date=_place_date(nomination.proposing_unit, _day(nomination, today)))
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
    D.table(doc, ["Năm", "Kết quả xếp loại"], [[y, rating_label(c)] for y, c in sorted(nominee.ratings.items())])
    works = [a for a in achievements if a.kind != "award"]
    if works:
        D.paragraph(doc, "Sáng kiến, đề tài khoa học:", italic=True, indent_first=False, align="left")
        D.table(doc, ["Năm", "Loại", "Tên", "Cấp công nhận", "Quyết định"],
                [[a.year, ACHIEVEMENT_KINDS[a.kind], a.title, LEVELS.get(a.level, ("", ""))[1], a.reference] for a in works])
    D.paragraph(doc, "III. CÁC HÌNH THỨC ĐÃ ĐƯỢC KHEN THƯỞNG", bold=True, indent_first=False, align="left")
    awards = [a for a in achievements if a.kind == "award"]
    D.table(doc, ["Năm", "Danh hiệu thi đua, hình thức khen thưởng",
                  "Số, ngày, tháng, năm của quyết định; cơ quan ban hành quyết định"],
            [[a.year, a.title, a.reference] for a in awards] or [["", "(chưa có)", ""]])
    left = "THỦ TRƯỞNG ĐƠN VỊ XÁC NHẬN, ĐỀ NGHỊ" if nominee.kind == "individual" else "THỦ TRƯỞNG ĐƠN VỊ CẤP TRÊN TRỰC TIẾP"
    right = "NGƯỜI BÁO CÁO THÀNH TÍCH" if nominee.kind == "individual" else "THỦ TRƯỞNG ĐƠN VỊ"
    _two_signatures(doc, [(left, "(Ký, đóng dấu)", ""), (right, "(Ký, ghi rõ họ và tên)", "")])
    return D.to_bytes(doc)


def _two_signatures(doc, blocks):
    """Two signing blocks side by side (Biên bản: THƯ KÝ and CHỦ TRÌ), in a row that does not break."""
    if doc.paragraphs:
        doc.paragraphs[-1].paragraph_format.keep_with_next = True
    t = doc.add_table(rows=1, cols=2)
    D.set_widths(t, (82, 83))
    D._no_borders(t)
    D._cant_split(t.rows[0])
    for cell, (role, note, name) in zip(t.rows[0].cells, blocks):
        lines = [(role, 13, True, False), (note, 13, False, True)] + [("", 13, False, False)] * 3 + [(name, 13, True, False)]
        D._cell_lines(cell, lines)


def summary_docx(nomination, today):
    nominee = nomination.nominee
    ident = identity(nomination.proposing_unit)
    doc = D.new_document(title=f"Tóm tắt thành tích: {nominee.full_name}", author=ident.formal_name)
    D.header(doc, ident.superior_lines, ident.issuer_lines, place_date=_place_date(nomination.proposing_unit, _day(nomination, today)))
    D.title(doc, "Tóm tắt thành tích", nominee.full_name)
    D.paragraph(doc, f"{nominee.get_kind_display()}: {nominee.full_name}" + (f", {_position(nominee)}" if _position(nominee) else ""),
                bold=True, indent_first=False, align="left")
    D.paragraph(doc, f"Đề nghị: {nomination.award_form}, nhóm “{nomination.category.name}”.", indent_first=False, align="left")
    D.paragraph(doc, nominee.summary or "(chưa nhập tóm tắt thành tích)")
    D.signature(doc, lines=("XÁC NHẬN CỦA THỦ TRƯỞNG ĐƠN VỊ",), name="", note="(Ký, đóng dấu)")
    return D.to_bytes(doc)


def summary_pages(nominee, nomination=None):
    """Render the trích ngang as it is printed (``summary_docx``'s body: the title, the name and
    position line, the proposal line and the summary, 13 pt on the A4 text width, body
    paragraphs indented) on pages half an A4 high; more than one page means it does not fit
    in about half a page."""
    position = _position(nominee)
    head = f"{nominee.get_kind_display()}: {nominee.full_name}" + (f", {position}" if position else "")
    proposal = (f"Đề nghị: {nomination.award_form}, nhóm “{nomination.category.name}”." if nomination is not None
                else "Đề nghị: Giấy khen.")
    source = (
        '#set page(width: 210mm, height: 148.5mm, margin: (top: 20mm, bottom: 0mm, left: 30mm, right: 15mm))\n'
        '#set text(font: "Liberation Serif", size: 13pt, lang: "vi")\n'
        '#set par(justify: true, leading: 0.65em, spacing: 0.6em)\n'
        f'#align(center)[#text(size: 14pt, weight: "bold")[TÓM TẮT THÀNH TÍCH] \\ '
        f'#text(size: 14pt, weight: "bold")[{esc(nominee.full_name)}]]\n#v(0.6em)\n'
        f"*{esc(head)}*\n\n{esc(proposal)}\n\n"
        f"#par(first-line-indent: 1.27cm)[{esc(nominee.summary)}]"
    )
    return page_count(compile_typst(source))


def minutes_docx(meeting, votes):
    """Biên bản họp Hội đồng Thi đua - Khen thưởng with the result table."""
    unit = meeting.unit
    ident = identity(unit)
    doc = D.new_document(title=f"Biên bản họp Hội đồng Thi đua - Khen thưởng {unit.display_name}", author=ident.formal_name)
    # Mẫu 1.9: the council issues it under its body, with its own numbers; no place-date line
    D.header(doc, (ident.short_name.upper(),), ("HỘI ĐỒNG THI ĐUA - KHEN THƯỞNG",), number="      /BB-HĐTĐKT")
    D.title(doc, "Biên bản", f"Họp Hội đồng Thi đua - Khen thưởng {unit.display_name}")
    D.paragraph(doc, f"Thời gian bắt đầu: {date_vi(meeting.held_on)}.")
    D.paragraph(doc, f"Địa điểm: {meeting.place or '…'}.")
    D.paragraph(doc, f"Chủ trì: {meeting.chair}. Thư ký: {meeting.secretary}.")
    D.paragraph(doc, f"Thành phần: {meeting.member_count} thành viên Hội đồng; có mặt {meeting.present_count}, "
                     f"vắng mặt {meeting.member_count - meeting.present_count}.")
    D.paragraph(doc, "Hội đồng đã xem xét hồ sơ và biểu quyết từng trường hợp; thành viên vắng mặt gửi ý kiến bằng văn bản. "
                     "Tỷ lệ đồng ý tính trên tổng số thành viên Hội đồng. Kết quả:")
    rows = []
    for i, v in enumerate(votes, start=1):
        share = v.total_in_favour * 100 / meeting.member_count
        rows.append([i, v.nomination.nominee.full_name, v.nomination.award_form, v.present, v.in_favour, v.written_in_favour,
                     f"{share:.1f}%".replace(".", ","), f"{float(v.threshold) * 100:.0f}%",
                     "Đồng ý" if v.approved else "Không đồng ý"])
    D.table(doc, ["STT", "Họ và tên / Tên tập thể", "Hình thức", "Có mặt", "Đồng ý", "Đồng ý bằng văn bản", "Tỷ lệ",
                  "Ngưỡng", "Kết quả"], rows, size=11)
    approved = sum(1 for v in votes if v.approved)
    D.paragraph(doc, f"Kết luận: Hội đồng thống nhất đề nghị khen thưởng {approved} trường hợp.")
    D.paragraph(doc, f"Cuộc họp kết thúc vào ngày {date_vi(meeting.held_on)[5:]}./.")
    _two_signatures(doc, [("THƯ KÝ", "(Ký, ghi rõ họ và tên)", meeting.secretary),
                          ("CHỦ TRÌ", "(Ký, ghi rõ họ và tên)", meeting.chair)])
    p = D.paragraph(doc, "Nơi nhận:", size=12, bold=True, italic=True, align="left", indent_first=False, space_after=0)
    D.keep_together(p)
    for line in recipients_list([f"Ủy ban nhân dân {unit.display_name}" if ident.collective_name else ident.formal_name],
                                "Lưu: VT, Hồ sơ"):
        D.keep_together(D.paragraph(doc, f"- {line}", size=11, align="left", indent_first=False, space_after=0))
    return D.to_bytes(doc)


def decision_signing(decision):
    """The decision is the Chairman's (the head's) own: "CHỦ TỊCH", or "KT. CHỦ TỊCH / PHÓ CHỦ
    TỊCH" when a deputy signs; "Q. CHỦ TỊCH" for an acting head."""
    return identity(decision.unit).signing("decision", decision.signer_title, decision.signer_name, decision.signer_mode)


def _decision_parts(decision, awards):
    unit = decision.unit
    ident = identity(unit)
    rows = [[a.order, a.nomination.nominee.full_name, _position(a.nomination.nominee), a.nomination.achievement_line,
             a.register_number] for a in awards]
    bases = _lines(decision.legal_bases)
    plan_line = plan_basis(decision.plan)
    if bases and not any(b.startswith("Căn cứ Kế hoạch") for b in bases):
        at = next((i for i, b in enumerate(bases) if not b.startswith("Căn cứ")), len(bases))
        bases.insert(at, plan_line)
    bases = [b.rstrip(";.") + ";" for b in bases]
    if bases:
        bases[-1] = bases[-1][:-1] + "."
    recipients = recipients_list(["Như Điều 3", f"Thường trực Hội đồng Thi đua - Khen thưởng {unit.display_name}"],
                                 archive_line(decision.plan.recipients))
    title = f"Quyết định {decision.number} về việc tặng {decision.award_form}"
    return unit, ident, rows, bases, recipients, title


ARTICLE_2 = "Quyết định này có hiệu lực kể từ ngày ký."
ARTICLE_3 = "Các cơ quan, đơn vị và cá nhân, tập thể có tên tại Điều 1 chịu trách nhiệm thi hành Quyết định này./."
LIST_HEADERS = ["STT", "Họ và tên / Tên tập thể", "Chức vụ, đơn vị", "Thành tích", "Số sổ vàng"]


def _list_note(decision, ident):
    return f"(Kèm theo Quyết định số {decision.number} {date_vi(decision.signed_on)} của {ident.head_title} {ident.formal_name})"


def decision_docx(decision, awards):
    unit, ident, rows, bases, recipients, title = _decision_parts(decision, awards)
    signing = decision_signing(decision)
    doc = D.new_document(title=title, author=ident.formal_name)
    D.header(doc, ident.superior_lines, ident.issuer_lines, number=decision.number,
             place_date=_place_date(unit, decision.signed_on))
    D.title(doc, "Quyết định", f"Về việc tặng {decision.award_form}")
    D.keep_together(D.paragraph(doc, ident.decision_authority, bold=True, align="center"))
    for basis in bases:
        D.paragraph(doc, basis, italic=True)
    D.keep_together(D.paragraph(doc, "QUYẾT ĐỊNH:", bold=True, align="center"))
    for number, text in ((1, f"{decision.article_text} (có danh sách kèm theo)."), (2, ARTICLE_2), (3, ARTICLE_3)):
        p = D.paragraph(doc, "")
        D.run(p, f"Điều {number}. ", bold=True)
        D.run(p, text)
    D.signature(doc, recipients=recipients, lines=signing.lines, name=signing.name)
    doc.add_page_break()
    D.keep_together(D.paragraph(doc, "DANH SÁCH", bold=True, align="center", space_after=0))
    D.keep_together(D.paragraph(doc, f"Tặng {decision.award_form}", bold=True, align="center", space_after=0))
    D.keep_together(D.paragraph(doc, _list_note(decision, ident), italic=True, align="center"))
    D.table(doc, LIST_HEADERS, rows, size=12, numeric=(0, 4))
    return D.to_bytes(doc)


def decision_pdf(decision, awards):
    unit, ident, rows, bases, recipients, title = _decision_parts(decision, awards)
    signing = decision_signing(decision)
    basis_lines = "\n".join(f"#par[_{esc(b)}_]" for b in bases)
    cells = ", ".join(string(str(c)) for row in rows for c in row)
    heads = ", ".join(f"[*{esc(h)}*]" for h in LIST_HEADERS)
    articles = "\n".join(f"#par[*Điều {n}.* {esc(t)}]" for n, t in (
        (1, f"{decision.article_text} (có danh sách kèm theo)."), (2, ARTICLE_2), (3, ARTICLE_3)))
    source = f"""{page_setup(title)}{header_call(ident.superior_lines, ident.issuer_lines, decision.number, _place_date(unit, decision.signed_on))}
#nd30-title("Quyết định", subject: {string("Về việc tặng " + decision.award_form)})
#set par(first-line-indent: (amount: 1.27cm, all: true))
#block(sticky: true, width: 100%, align(center, text(weight: "bold", {string(ident.decision_authority)})))
{basis_lines}
#block(sticky: true, width: 100%, align(center, text(weight: "bold")[QUYẾT ĐỊNH:]))
{articles}
{signature_call(recipients, signing.lines, signing.name)}
#pagebreak()
#set par(first-line-indent: 0pt)
#align(center)[*DANH SÁCH* \\ *{esc("Tặng " + decision.award_form)}* \\ _{esc(_list_note(decision, ident))}_]
#set text(size: 12pt)
#table(columns: (auto, 1fr, 1fr, 1fr, auto), align: (center, left, left, left, center),
  table.header({heads}),
  ..({cells},).map(x => [#x]))
"""
    return compile_typst(source)
