"""The catalogue as the register reads it: the title or form a written name means, and the
Board's edits of a catalogue entry."""
import re

from django.db import transaction

from thidua.common import history
from thidua.common.errors import DomainError
from thidua.common.text import fold, normalize_vi
from thidua.register.domain import seed
from thidua.register.domain.validation import full_clean
from thidua.register.models import AwardForm

DEFAULT_CODE = "giay-khen"
# What may follow a catalogue name without making it another award: the year, the issuer.
_TAIL = re.compile(r"^(nam|cua|dot|ubnd|chu tich|xa|phuong|thanh pho|tinh|\d)")
_NOISE = re.compile(r"[^a-z0-9 ]+")
# Words that add nothing to an award's name: "danh hiệu Lao động tiên tiến" is "Lao động tiên tiến".
_PREFIXES = ("danh hieu ", "tang danh hieu ", "tang ")


def key(text):
    """The comparable form of an award name: folded, without punctuation and the leading
    "danh hiệu"/"tặng"; "UBND" and "Ủy ban nhân dân" are one word."""
    folded = _NOISE.sub(" ", fold(normalize_vi(text)))
    folded = re.sub(r"\s+", " ", folded).strip()
    folded = folded.replace("uy ban nhan dan", "ubnd")
    for prefix in _PREFIXES:
        if folded.startswith(prefix):
            folded = folded[len(prefix):]
    return folded


def names_index(forms=None):
    """{key of a name or alias: form} over the active catalogue."""
    index = {}
    for form in forms if forms is not None else AwardForm.objects.filter(is_active=True):
        for name in [form.name, form.code, *form.alias_list()]:
            index.setdefault(key(name), form)
    return index


def match_form(text, index=None):
    """The catalogue entry ``text`` names, or ``None``. An exact name or alias first; then
    the longest name the text starts with ("Giấy khen của Chủ tịch UBND xã Kẻ Sặt năm 2023")."""
    wanted = key(text)
    if not wanted:
        return None
    index = names_index() if index is None else index
    if wanted in index:
        return index[wanted]
    starts = [k for k in index if wanted.startswith(k + " ") and _TAIL.match(wanted[len(k) + 1:])]
    return index[max(starts, key=len)] if starts else None


def default_form():
    """The form an award issued by this system takes when its written form is not in the
    catalogue: the commune's Giấy khen (what a conference decision usually gives), entered
    again from the seed if the Board removed it."""
    form = AwardForm.objects.filter(code=DEFAULT_CODE).first()
    if form is None:
        seed.seed(AwardForm, codes={DEFAULT_CODE})
        form = AwardForm.objects.get(code=DEFAULT_CODE)
    return form


@transaction.atomic
def save_form(form, actor, values):
    """Create (``form`` unsaved) or change a catalogue entry."""
    if form.pk is not None:
        form = AwardForm.objects.select_for_update().get(pk=form.pk)
    for name, value in values.items():
        setattr(form, name, value)
    full_clean(form)
    if form.pk is None:
        action = "Thêm vào danh mục khen thưởng"
    else:
        action = "Sửa danh mục khen thưởng"
    clash = AwardForm.objects.filter(code=form.code).exclude(pk=form.pk).exists()
    if clash:
        raise DomainError(f"Mã «{form.code}» đã có trong danh mục.", field="code")
    return history.save(form, actor, action)
