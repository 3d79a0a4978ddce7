"""The plan as a document: .docx (python-docx) and .pdf (typst), both in the Nghị định
30/2020/NĐ-CP layout, with the body sections in the seeds' order; and the conference
banner title (pano) as a landscape PDF.

``plan_content`` builds the text once (header, title, sections, signature); the two
renderers only lay it out, so the Word file and the PDF always say the same thing."""
from dataclasses import dataclass, field

from thidua.common.choices import sectors_text
from thidua.common.text import date_vi, short_date, weekday_vi
from thidua.documents.interfaces import docx as d
from thidua.documents.interfaces.pdf import compile_typst, esc, header_call, page_setup, signature_call, string
from thidua.units.domain.identity import identity

ROMAN = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII"]


@dataclass
class Section:
    heading: str
    blocks: list = field(default_factory=list)  # ("p", text) | ("sub", text) | ("li", text) | ("table", headers, rows)


@dataclass
class PlanContent:
    superior: tuple
    issuer: tuple
    number: str
    place_date: str
    subject: str
    intro: str
    sections: list
    closing: str
    recipients: list
    signing_lines: tuple
    signer_name: str
    author: str


def _when(plan):
    parts = []
    if plan.sessions:
        sessions = float(plan.sessions)
        parts.append("½ buổi" if sessions == 0.5 else f"{sessions:g} buổi".replace("1 buổi", "01 buổi"))
    if plan.conference_date:
        day = plan.conference_date
        hour = f"từ {plan.start_time:%H}h{plan.start_time:%M} " if plan.start_time else ""
        until = f"đến {plan.end_time:%H}h{plan.end_time:%M} " if plan.end_time else ""
        parts.append(f"{hour}{until}{weekday_vi(day)}, ngày {short_date(day)}".strip())
    elif plan.date_text:
        parts.append(plan.date_text)
    return ", ".join(parts) or "…"


def plan_content(plan):
    unit, campaign = plan.unit, plan.campaign
    ident = identity(unit)
    number = ident.number("KH", plan.number)
    year = (plan.conference_date or plan.nomination_deadline or campaign.decision_date)
    place_date = (f"{ident.place}, {date_vi(plan.issued_on)}" if plan.issued_on else
                  f"{ident.place}, ngày      tháng      năm {year.year if year else ''}".rstrip())
    name = plan.conference_name
    basis = f"Quyết định số {campaign.decision_number}" if campaign.decision_number else "Kế hoạch"
    if campaign.decision_date:
        basis += f" ngày {date_vi(campaign.decision_date)[5:]}"
    higher = identity(campaign.issuer).formal_name if campaign.issuer_id else "cấp trên"
    intro = (f"Thực hiện {basis} của {higher} về việc ban hành {campaign.title}, {ident.formal_name} ban hành Kế "
             f"hoạch tổ chức {name} như sau:")

    sections = []
    purpose = Section("MỤC ĐÍCH, YÊU CẦU", [("p", line) for line in (plan.purpose or "").splitlines() if line.strip()])
    sections.append(purpose)

    s2 = Section("THỜI GIAN, ĐỊA ĐIỂM, TÊN GỌI, CHỦ ĐỀ, KHẨU HIỆU HỘI NGHỊ")
    s2.blocks += [("p", f"1. Hình thức: {plan.conference_form}."), ("p", f"2. Thời gian: {_when(plan)}."),
                  ("p", f"3. Địa điểm: {plan.venue or '…'}."), ("p", "4. Tên gọi:"), ("name", name)]
    n = 5  # items are numbered without gaps whatever the plan leaves out
    if plan.theme:
        s2.blocks.append(("p", f"{n}. Chủ đề: {plan.theme}"))
        n += 1
    if plan.slogans:
        s2.blocks.append(("p", f"{n}. Khẩu hiệu tuyên truyền:"))
        s2.blocks += [("li", slogan) for slogan in plan.slogans]
    sections.append(s2)

    s3 = Section("SỐ LƯỢNG, THÀNH PHẦN, CƠ CẤU ĐẠI BIỂU")
    total = f"{plan.delegates_total} đại biểu" if plan.delegates_total is not None else "…"
    s3.blocks.append(("p", f"1. Số lượng đại biểu: {total}."))
    n = 2
    groups = [(label, value) for label, value in (
        ("điển hình tiên tiến", plan.delegates_exemplars), ("khách mời", plan.delegates_guests),
        ("lãnh đạo các cấp, các ngành", plan.delegates_leaders)) if value is not None]
    if groups:
        s3.blocks.append(("p", "Trong đó: " + "; ".join(f"đại biểu {label} {value}" for label, value in groups) + "."))
    if plan.exemplar_share is not None:
        share = float(plan.exemplar_share)
        s3.blocks.append(("p", f"Cơ cấu: đại biểu điển hình tiên tiến khoảng {share:.0%}; đại biểu khách mời và lãnh "
                               f"đạo khoảng {1 - share:.0%}."))
    targets = [(label, value) for label, value in (
        ("nữ", plan.target_women), ("dân tộc thiểu số", plan.target_ethnic_minorities),
        ("trực tiếp lao động, sản xuất, công tác", plan.target_direct_workers)) if value]
    sectors = sectors_text(plan.target_economic_sectors)
    if targets or sectors:
        text = "; ".join(f"đại biểu {label} ít nhất {value}" for label, value in targets)
        if sectors:
            text = (text + "; " if text else "") + (sectors if sectors.startswith("đại diện") else f"có đại biểu {sectors}")
        s3.blocks.append(("p", f"{n}. Chỉ tiêu cơ cấu: {text}."))
        n += 1
    if plan.delegates_note:
        s3.blocks.append(("p", f"{n}. Thành phần mời:"))
        s3.blocks += [("li", line.strip()) for line in plan.delegates_note.splitlines() if line.strip()]
    sections.append(s3)

    s4 = Section("NỘI DUNG VÀ CHƯƠNG TRÌNH HỘI NGHỊ")
    categories = sorted(plan.award_categories.all(), key=lambda c: c.order)
    n = 1
    if categories or plan.eligibility_criteria_text or plan.nomination_deadline:
        s4.blocks.append(("sub", f"{n}. Tiêu chí, số lượng khen thưởng"))
        for index, c in enumerate(categories, start=1):
            if c.max_count is not None and c.max_count != c.min_count:
                count = f"{c.min_count:02d} - {c.max_count:02d}"
            elif c.max_count is not None:
                count = f"{c.max_count:02d}"
            else:
                count = ""
            quota = f" ({count} {c.get_target_display().lower()})" if count else f" ({c.get_target_display().lower()})"
            proposer = f"; {c.proposing_unit} chủ trì xét chọn, đề xuất" if c.proposing_unit_id else ""
            criteria = f": {c.criteria_text}" if c.criteria_text else ""
            s4.blocks.append(("p", f"{n}.{index}. {c.name}{quota}{criteria}{proposer}"))
        if plan.eligibility_criteria_text:
            s4.blocks.append(("p", "Điều kiện, tiêu chuẩn tuyên dương, khen thưởng:"))
            s4.blocks += [("p", line) for line in plan.eligibility_criteria_text.splitlines() if line.strip()]
        if plan.nomination_deadline:
            s4.blocks.append(("p", f"Danh sách tập thể, cá nhân đề xuất biểu dương, khen thưởng gửi về trước ngày "
                                   f"{short_date(plan.nomination_deadline)}."))
        n += 1
    s4.blocks.append(("sub", f"{n}. Chương trình Hội nghị"))
    items = sorted(plan.agenda_items.all(), key=lambda i: i.order)
    if any(i.start_time for i in items):
        rows = []
        for index, item in enumerate(items, start=1):
            slot = ""
            if item.start_time:
                slot = f"{item.start_time:%H}h{item.start_time:%M}"
                if item.end_time:
                    slot += f" - {item.end_time:%H}h{item.end_time:%M}"
            rows.append([str(index), slot, item.content, item.presenter])
        s4.blocks.append(("table", ["STT", "Thời gian", "Nội dung công việc", "Đơn vị/cá nhân thực hiện"], rows))
    else:
        s4.blocks += [("li", item.content + (f" ({item.presenter})" if item.presenter else "")) for item in items]
    if plan.presentations_count or plan.presentations_max:
        count = plan.presentations_count or ""
        if plan.presentations_max and plan.presentations_max != plan.presentations_count:
            count = f"{count} - {plan.presentations_max}" if count else f"tối đa {plan.presentations_max}"
        s4.blocks.append(("p", f"Số lượng báo cáo tham luận: {count} báo cáo."))
    sections.append(s4)

    sections.append(Section("KINH PHÍ THỰC HIỆN", [("p", plan.budget_source or "Theo quy định hiện hành.")]))

    s6 = Section("TỔ CHỨC THỰC HIỆN")
    tasks = sorted(plan.tasks.all(), key=lambda t: t.order)
    grouped = []
    for task in tasks:
        who = task.assignee_text or (str(task.assignee_unit) if task.assignee_unit_id else "")
        if grouped and grouped[-1][0] == who:
            grouped[-1][1].append(task)
        else:
            grouped.append((who, [task]))
    for index, (who, group) in enumerate(grouped, start=1):
        s6.blocks.append(("sub", f"{index}. {who}"))
        for task in group:
            due = f" Thời hạn: {short_date(task.due_date)}." if task.due_date else ""
            s6.blocks.append(("li", f"{task.description}{due}"))
    if plan.report_deadline:
        s6.blocks.append(("p", f"Báo cáo kết quả tổ chức Hội nghị về Hội đồng Thi đua - Khen thưởng thành phố (qua Ban "
                               f"Thi đua - Khen thưởng thành phố) trước ngày {short_date(plan.report_deadline)}."))
    sections.append(s6)

    signing = ident.signing("plan", plan.signer_title, plan.signer_name, plan.signer_mode)
    return PlanContent(
        superior=ident.superior_lines,
        issuer=ident.issuer_lines,
        number=number,
        place_date=place_date,
        subject=plan.title or f"Tổ chức {name}",
        intro=intro,
        sections=sections,
        closing=f"Trên đây là Kế hoạch tổ chức {name}. Trong quá trình thực hiện, nếu có vướng mắc, các cơ quan, đơn "
                "vị báo cáo để được hướng dẫn, giải quyết./.",
        recipients=list(plan.recipients or []),
        signing_lines=signing.lines,
        signer_name=signing.name,
        author=ident.formal_name,
    )


def plan_docx(plan):
    c = plan_content(plan)
    doc = d.new_document(title=f"Kế hoạch {c.subject}", author=c.author)
    d.header(doc, c.superior, c.issuer, c.number, c.place_date)
    d.title(doc, "Kế hoạch", c.subject)
    d.paragraph(doc, c.intro)
    for index, section in enumerate(c.sections):
        d.keep_together(d.paragraph(doc, f"{ROMAN[index]}. {section.heading}", bold=True, indent_first=False, align="left"))
        for block in section.blocks:
            kind = block[0]
            if kind == "p":
                d.paragraph(doc, block[1])
            elif kind == "sub":
                d.keep_together(d.paragraph(doc, block[1], bold=True))
            elif kind == "li":
                d.paragraph(doc, f"- {block[1]}")
            elif kind == "name":
                d.paragraph(doc, block[1], bold=True, align="center")
            elif kind == "table":
                d.table(doc, block[1], block[2])
    d.paragraph(doc, c.closing)
    d.signature(doc, c.recipients, lines=c.signing_lines, name=c.signer_name)
    return d.to_bytes(doc)


def _typst_table(headers, rows):
    cells = [f"[*{esc(h)}*]" for h in headers]
    for row in rows:
        cells += [f"[{esc(value)}]" for value in row]
    head, body = cells[:len(headers)], cells[len(headers):]
    return ("#table(columns: (auto, auto, 1fr, 30%), inset: 4pt, align: (center, center, left, left),\n  "
            + "table.header(" + ", ".join(head) + "),\n  " + ", ".join(body) + ")\n")


def plan_pdf(plan):
    c = plan_content(plan)
    out = [page_setup(f"Kế hoạch {c.subject}"), header_call(c.superior, c.issuer, c.number, c.place_date),
           f"#nd30-title(\"Kế hoạch\", subject: {string(c.subject)})",
           "#set par(first-line-indent: (amount: 1.27cm, all: true))",
           esc(c.intro), ""]
    for index, section in enumerate(c.sections):
        out.append(f"#block(above: 1em, sticky: true)[*{ROMAN[index]}. {esc(section.heading)}*]")
        out.append("")
        for block in section.blocks:
            kind = block[0]
            if kind == "p":
                out += [esc(block[1]), ""]
            elif kind == "sub":
                out += [f"#block(sticky: true)[*{esc(block[1])}*]", ""]
            elif kind == "li":
                out += [f"\\- {esc(block[1])}", ""]
            elif kind == "name":
                out += [f"#align(center)[*{esc(block[1])}*]", ""]
            elif kind == "table":
                out.append(_typst_table(block[1], block[2]))
    out += [esc(c.closing), ""]
    # the body's first-line indent must not reach the recipients list
    out.append("#[#set par(first-line-indent: 0pt)\n" + signature_call(c.recipients, c.signing_lines, c.signer_name) + "]")
    return compile_typst("\n".join(out))


def banner_lines(plan):
    """The conference banner title, line by line: the plan's own text if it has one,
    otherwise built from the standard name (issuer, HỘI NGHỊ, name, period, place and date)."""
    if plan.banner_text.strip():
        return [line.strip() for line in plan.banner_text.splitlines() if line.strip()]
    unit = plan.unit
    name = plan.conference_name
    lower = name.lower()
    head = "hội nghị"
    rest = name[len(head):].strip() if lower.startswith(head) else name
    ordinal_at = rest.lower().find("lần thứ")
    ident = identity(unit)
    lines = [line.upper() for line in ident.superior_lines]
    lines.append(" ".join(ident.issuer_lines).upper())
    lines.append("HỘI NGHỊ")
    if ordinal_at > 0:
        lines += [rest[:ordinal_at].strip(" ,").upper(), rest[ordinal_at:].upper()]
    else:
        lines.append(rest.upper())
    place = ident.place
    lines.append(f"{place}, {date_vi(plan.conference_date)}")
    return lines


def banner_pdf(plan):
    """One centred paragraph, a line break between lines. Line boxes run from above the
    stacked accents (0.95 em) to below the descenders (0.25 em), so the diacritics of
    capitals (Ộ, Ể, Ặ) never touch the line above."""
    lines = banner_lines(plan)
    body = []
    for index, line in enumerate(lines):
        last = index == len(lines) - 1
        is_title = line.upper() == line and any(w in line for w in ("HỘI NGHỊ", "TUYÊN DƯƠNG", "LẦN THỨ", "ĐIỂN HÌNH"))
        if last and not line.isupper():
            body.append(f"#v(0.6em)\n#text(size: 22pt, style: \"italic\")[{esc(line)}]")
        elif is_title:
            body.append(f"#text(size: 36pt, weight: \"bold\", fill: rgb(\"#a4161a\"))[{esc(line)}]")
        else:
            body.append(f"#text(size: 22pt, weight: \"bold\")[{esc(line)}]")
    source = (
        '#import "nd30.typ": *\n'
        '#set page(paper: "a4", flipped: true, margin: 12mm, fill: rgb("#fdf6ec"))\n'
        '#set text(font: nd30-font, lang: "vi", top-edge: 0.95em, bottom-edge: -0.25em)\n'
        '#set par(leading: 0.25em, justify: false)\n'
        '#rect(width: 100%, height: 100%, stroke: 3pt + rgb("#a4161a"), inset: 10mm)[\n'
        '#align(center + horizon)[\n' + " \\\n".join(body) + "\n]]\n"
    )
    return compile_typst(source)
