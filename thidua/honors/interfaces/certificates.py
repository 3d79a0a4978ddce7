"""Giấy khen as typst PDFs: full certificates or only the variable text on pre-printed blanks."""
from thidua.common.text import date_vi
from thidua.documents.interfaces.pdf import compile_typst, string
from thidua.honors.domain.certificates import DEFAULT_POSITIONS
from thidua.units.domain.identity import identity

PREAMBLE = """#set document(title: "Giấy khen")
#set text(lang: "vi", region: "VN")
#set page(paper: "a4", flipped: true, margin: 0mm)
#set text(font: "Liberation Serif", lang: "vi")
#let field(x, y, w, size, al, body, bold: false, italic: false) = place(top + left, dx: x * 1mm, dy: y * 1mm,
  box(width: w * 1mm, align(if al == "left" { left } else if al == "right" { right } else { center },
    text(size: size * 1pt, weight: if bold { "bold" } else { "regular" }, style: if italic { "italic" } else { "normal" }, body))))
#let frame() = {
  place(top + left, dx: 8mm, dy: 8mm, rect(width: 281mm, height: 194mm, stroke: 2.5pt + rgb("#b8860b")))
  place(top + left, dx: 11mm, dy: 11mm, rect(width: 275mm, height: 188mm, stroke: 0.8pt + rgb("#b8860b")))
  place(top + left, dx: 0mm, dy: 16mm, box(width: 297mm, align(center)[
    #text(size: 13pt, weight: "bold")[CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM] \\
    #text(size: 14pt, weight: "bold")[Độc lập - Tự do - Hạnh phúc]]))
  place(top + left, dx: 0mm, dy: 46mm, box(width: 297mm, align(center, text(size: 16pt, weight: "bold")[TẶNG])))
  place(top + left, dx: 0mm, dy: 55mm, box(width: 297mm, align(center, text(size: 46pt, weight: "bold", fill: rgb("#b22222"))[GIẤY KHEN])))
}
"""


def certificate_fields(award):
    """The variable text of one certificate."""
    decision = award.decision
    nominee = award.nomination.nominee
    ident = identity(decision.unit)
    signing = ident.signing("certificate", decision.signer_title, decision.signer_name, decision.signer_mode)
    position = ", ".join(p for p in [nominee.position, nominee.workplace.display_name if nominee.workplace_id else ""] if p)
    recipient = nominee.full_name
    if nominee.kind == "individual":
        recipient = ("Bà " if nominee.gender == "female" else "Ông ") + recipient if nominee.gender else recipient
    return {
        # the awarding authority, as the decision names it: "CHỦ TỊCH ỦY BAN NHÂN DÂN XÃ KẺ SẶT"
        "issuer": ident.decision_authority,
        "recipient": recipient,
        "position": position,
        "achievement": award.nomination.achievement_line,
        "decision": f"Quyết định số {decision.number} {date_vi(decision.signed_on)}",
        "register": f"Số sổ vàng: {award.register_number}",
        "place_date": f"{ident.place}, {date_vi(decision.signed_on)}",
        "signer": "\n".join([*signing.lines, "\n\n\n", signing.name]),
    }


STYLE = {"issuer": {"bold": True}, "recipient": {"bold": True}, "place_date": {"italic": True}, "signer": {"bold": True},
         "achievement": {"italic": False}}


def _positions(layout):
    if layout is None:
        return {k: tuple(v) for k, v in DEFAULT_POSITIONS.items()}, 0.0, 0.0
    merged = {k: tuple(layout.positions.get(k, v))[:2] + tuple(v[2:]) for k, v in DEFAULT_POSITIONS.items()}
    return merged, float(layout.offset_x), float(layout.offset_y)


def _page(fields, positions, dx, dy, blank):
    parts = [] if blank else ["#frame()"]
    for key, value in fields.items():
        if not value or key not in positions:
            continue
        x, y, w, size, al = positions[key]
        style = STYLE.get(key, {})
        flags = "".join(f", {k}: true" for k, v in style.items() if v)
        parts.append(f"#field({x + dx}, {y + dy}, {w}, {size}, {string(al)}, {string(value)}{flags})")
    return "\n".join(parts)


def certificates_source(field_sets, layout=None, blank=False):
    positions, dx, dy = _positions(layout)
    pages = [_page(fields, positions, dx, dy, blank) for fields in field_sets]
    return PREAMBLE + "\n#pagebreak()\n".join(pages)


def certificates_pdf(field_sets, layout=None, blank=False):
    """One merged PDF, one page per certificate."""
    return compile_typst(certificates_source(list(field_sets), layout, blank))


def test_page_pdf(layout=None):
    """A calibration page: a millimetre grid every 10 mm and a cross plus label at each field's position."""
    positions, dx, dy = _positions(layout)
    grid = ["#for i in range(0, 30) { place(top + left, dx: i * 10mm, dy: 0mm, line(length: 210mm, angle: 90deg, stroke: 0.2pt + gray)) }",
            "#for j in range(0, 21) { place(top + left, dx: 0mm, dy: j * 10mm, line(length: 297mm, stroke: 0.2pt + gray)) }",
            # numbered millimetre scales along the top and the left edge
            "#for i in range(1, 30) { place(top + left, dx: i * 10mm + 0.6mm, dy: 1mm, text(size: 7pt, str(i * 10))) }",
            "#for j in range(1, 21) { place(top + left, dx: 1mm, dy: j * 10mm + 0.6mm, text(size: 7pt, str(j * 10))) }"]
    from thidua.honors.domain.certificates import FIELD_LABELS

    for key, (x, y, w, size, al) in positions.items():
        grid.append(f"#place(top + left, dx: {x + dx}mm - 3mm, dy: {y + dy}mm, line(length: 6mm, stroke: 0.6pt + red))")
        grid.append(f"#place(top + left, dx: {x + dx}mm, dy: {y + dy}mm - 3mm, line(length: 6mm, angle: 90deg, stroke: 0.6pt + red))")
        label = f"{FIELD_LABELS[key]} ({x + dx:g}; {y + dy:g} mm)"
        # the label starts at its mark, whatever the alignment of the field
        grid.append(f"#field({x + dx + 3.5}, {y + dy - 1.5}, {w}, 10, \"left\", {string(label)})")
    title = '#place(top + left, dx: 100mm, dy: 196mm, text(size: 10pt)[Trang in thử căn chỉnh phôi giấy khen, lưới 10 mm])'
    return compile_typst(PREAMBLE + "\n".join(grid) + "\n" + title)
