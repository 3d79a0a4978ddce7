"""A unit's document identity under Nghị định 30/2020/NĐ-CP, modelled once and read by every
document generator: the issuing body's lines (all bold, a rule under the last), the body it is
part of (tên cơ quan chủ quản trực tiếp, regular), the abbreviation of the number's symbol
(Phụ lục III), the place name, the body's name inside a sentence, and who signs each kind of
document with which TM./KT./Q. prefix (Phụ lục I, mục II.7).

Every value comes from the unit's fields; a field left blank is derived from the unit's kind
and name, so nothing has to be typed for the 114 communes of the city."""
from dataclasses import dataclass

from thidua.units.models import UnitKind

PEOPLES_COMMITTEE = "Ủy ban nhân dân"
LOCAL = (UnitKind.COMMUNE, UnitKind.WARD, UnitKind.SPECIAL_ZONE, UnitKind.CITY)
HEAD_TITLE = {UnitKind.DEPARTMENT: "Giám đốc", UnitKind.BOARD: "Trưởng ban"}

# Kinds of document and who issues them. A collective body (Ủy ban nhân dân) issues plans,
# submissions, reports and invitations: its head signs "TM. ỦY BAN NHÂN DÂN / CHỦ TỊCH". An award
# decision is the Chairman's own power (Luật Thi đua, khen thưởng 2022, Điều 80): "CHỦ TỊCH".
PERSONAL = {"decision", "certificate"}


@dataclass(frozen=True)
class Signing:
    lines: tuple  # the bold upper-case lines above the signature: ("TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH")
    name: str


@dataclass(frozen=True)
class Identity:
    superior_lines: tuple  # the body the issuer is part of, regular (may be empty)
    issuer_lines: tuple  # the issuing body, bold, a rule under it
    symbol: str  # "UBND": the issuer's part of a number's symbol ("…/KH-UBND")
    place: str  # "Kẻ Sặt"
    formal_name: str  # "Ủy ban nhân dân xã Kẻ Sặt", inside a sentence
    short_name: str  # "UBND xã Kẻ Sặt", as cited in legal bases
    head_title: str  # "Chủ tịch", "Giám đốc"
    collective_name: str  # "Ủy ban nhân dân" when the body decides as a collective, else ""

    def number(self, kind_abbreviation, number=""):
        """The number line's value: "125/QĐ-UBND", or a blank for the number when not yet given."""
        if number:
            return number
        return f"      /{kind_abbreviation}-{self.symbol}"

    @property
    def decision_authority(self):
        """The authority line of a decision: "CHỦ TỊCH ỦY BAN NHÂN DÂN XÃ KẺ SẶT"."""
        return f"{self.head_title} {self.formal_name}".strip().upper()

    @property
    def sentence_name(self):
        """The formal name at the start of a sentence: "Ủy ban nhân dân xã Kẻ Sặt trân trọng kính mời"."""
        return self.formal_name[:1].upper() + self.formal_name[1:]

    def signing(self, kind, signer_title="", signer_name="", mode=""):
        """Who signs a document of ``kind``: the head (``signer_title`` empty or the head's title),
        a deputy (a title starting with "Phó") signing for the head (KT.), or the acting head (Q.)."""
        head = (self.head_title or signer_title or "").upper()
        title = (signer_title or self.head_title or "").strip().upper()
        lines = []
        if kind not in PERSONAL and self.collective_name:
            lines.append(f"TM. {self.collective_name.upper()}")
        if mode.strip().upper() == "Q." and not title.startswith("PHÓ"):
            lines.append(f"Q. {head}")
        elif title.startswith("PHÓ") and head and not head.startswith("PHÓ"):
            lines += [f"KT. {head}", title]
        elif title:
            lines.append(title)
        return Signing(tuple(line for line in lines if line.strip()), signer_name or "")


def _lines(text):
    return tuple(line.strip() for line in (text or "").splitlines() if line.strip())


def _formal_name(unit):
    if unit.kind in LOCAL:
        return f"{PEOPLES_COMMITTEE} {unit.display_name}"
    return unit.name


def shorten(name):
    """A body's name with the common words abbreviated, as a superior's line and in citations."""
    for long, short in ((PEOPLES_COMMITTEE.upper(), "UBND"), (PEOPLES_COMMITTEE, "UBND"),
                        ("Hội đồng nhân dân", "HĐND"), ("HỘI ĐỒNG NHÂN DÂN", "HĐND")):
        name = name.replace(long, short)
    return name


def identity(unit):
    """The document identity of ``unit``; a sub-unit (a village, a police station) without its
    own issuer lines issues as itself under its reporting unit ("UBND XÃ KẺ SẶT" / "CÔNG AN XÃ")."""
    reporting = unit.reporting_unit() if not unit.is_reporting_unit and unit.kind not in (
        UnitKind.CITY, UnitKind.BOARD) else None
    formal = unit.formal_name or _formal_name(unit)
    issuer = _lines(unit.issuer_line)
    superior = _lines(unit.issuer_parent_line)
    if not issuer:
        if unit.kind in LOCAL:
            issuer = (PEOPLES_COMMITTEE.upper(), unit.display_name.upper())
        else:
            issuer = (unit.name.upper(),)
    if not superior and reporting is not None:
        superior = (shorten(identity(reporting).formal_name).upper(),)
    symbol = unit.symbol or (identity(reporting).symbol if reporting is not None else "") or "UBND"
    place = unit.place_name or (identity(reporting).place if reporting is not None else unit.name)
    head = unit.head_title or ("Chủ tịch" if unit.kind in LOCAL else HEAD_TITLE.get(unit.kind, "Thủ trưởng đơn vị"))
    collective = unit.collective_name if unit.collective_name or unit.kind not in LOCAL else PEOPLES_COMMITTEE
    return Identity(
        superior_lines=superior, issuer_lines=issuer, symbol=symbol, place=place, formal_name=formal,
        short_name=shorten(formal), head_title=head, collective_name=collective,
    )


def archive_line(recipients, fallback="Lưu: VT."):
    """The last "Nơi nhận" line, "Lưu: VT, <drafting office>, <copies>.": the one a plan's
    recipients end with (its drafting office keeps the related papers too), else ``fallback``."""
    for item in reversed(list(recipients or [])):
        text = item.strip()
        if text.lower().startswith("lưu"):
            return text.rstrip(";.") + "."
    return fallback


def recipients_list(items, archive):
    """Recipients with Phụ lục I's endings: ";" after each, the "Lưu: …" line last, ending with "."."""
    lines = [i.strip().rstrip(";.") + ";" for i in items if i.strip() and not i.strip().lower().startswith("lưu")]
    return lines + [archive.rstrip(";.") + "."]
