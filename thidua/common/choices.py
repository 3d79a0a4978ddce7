"""One vocabulary for people: gender, economic sector, field of work and the majority
ethnicity. honors (nominees), delegates (conference and congress delegates) and reports
read these choices from here, so a nominee's field becomes a delegate's field unchanged.

``match_choice`` reads a free-text label ("Nhà nước", "An ninh, trật tự") into a code; the
Excel imports use it.
"""
import re

from django.db import models

from thidua.common.text import fold


class Gender(models.TextChoices):
    MALE = "male", "Nam"
    FEMALE = "female", "Nữ"


class EconomicSector(models.TextChoices):
    STATE = "state", "Kinh tế nhà nước"
    COLLECTIVE = "collective", "Kinh tế tập thể"
    PRIVATE = "private", "Kinh tế tư nhân"
    FOREIGN = "foreign", "Kinh tế có vốn đầu tư nước ngoài"
    HOUSEHOLD = "household", "Kinh tế hộ gia đình"
    NONE = "", "Không thuộc thành phần kinh tế"


def sectors_text(codes):
    """The sectors ``codes`` name, in the words a plan uses: every sector is "đại diện các thành
    phần kinh tế"; some are listed by their labels ("kinh tế nhà nước, kinh tế tư nhân")."""
    known = [code for code, _ in EconomicSector.choices if code and code in set(codes or ())]
    if not known:
        return ""
    if len(known) == len(EconomicSector.choices) - 1:
        return "đại diện các thành phần kinh tế"
    labels = dict(EconomicSector.choices)
    return ", ".join(labels[code].lower() for code in known)


class Field(models.TextChoices):
    ADMINISTRATION = "administration", "Quản lý nhà nước, Đảng, đoàn thể"
    SECURITY = "security", "Quốc phòng, an ninh"
    EDUCATION = "education", "Giáo dục"
    HEALTH = "health", "Y tế"
    CULTURE = "culture", "Văn hóa, xã hội"
    AGRICULTURE = "agriculture", "Nông nghiệp, nông thôn"
    INDUSTRY = "industry", "Công nghiệp, thương mại, dịch vụ"
    SCIENCE = "science", "Khoa học, công nghệ"
    OTHER = "other", "Lĩnh vực khác"


MAJORITY_ETHNICITY = "Kinh"

# Words people write for a choice besides its label (folded, without diacritics).
ALIASES = {
    "state": ("nha nuoc", "doanh nghiep nha nuoc", "dnnn"),
    "collective": ("tap the", "hop tac xa", "htx"),
    "private": ("tu nhan", "ngoai nha nuoc", "ca the"),
    "foreign": ("von dau tu nuoc ngoai", "fdi", "nuoc ngoai"),
    "household": ("ho gia dinh", "kinh te ho"),
    "administration": ("quan ly nha nuoc", "doan the", "mat tran", "hanh chinh"),
    "security": ("quoc phong", "an ninh", "quan su", "cong an", "luc luong vu trang"),
    "education": ("giao duc", "dao tao"),
    "health": ("y te", "suc khoe"),
    "culture": ("van hoa", "xa hoi", "the thao", "du lich"),
    "agriculture": ("nong nghiep", "nong thon", "thuy san", "lam nghiep"),
    "industry": ("cong nghiep", "thuong mai", "dich vu", "xay dung", "giao thong"),
    "science": ("khoa hoc", "cong nghe", "chuyen doi so"),
    "other": ("khac", "linh vuc khac"),
}


def _words(text):
    return " " + re.sub(r"[^a-z0-9]+", " ", fold(text)).strip() + " "


def match_choice(text, choices, default=None):
    """The code of ``choices`` that ``text`` names: the code itself, the label, or a word
    of the label or of ``ALIASES`` found as whole words in the text ("An ninh, trật tự" →
    ``security``). ``default`` when nothing matches; "" for empty text."""
    if text is None or not str(text).strip():
        return ""
    words = _words(str(text))
    choices = [(code, label) for code, label in choices if code]
    for code, label in choices:
        if words.strip() in (code, _words(label).strip(), _words(label.replace("Kinh tế ", "")).strip()):
            return code
    for code, label in choices:
        parts = [p for p in re.split(r",| va ", fold(label).replace("kinh te ", "")) if p.strip()]
        for part in [*parts, *ALIASES.get(code, ())]:
            if _words(part) in words:
                return code
    return default
