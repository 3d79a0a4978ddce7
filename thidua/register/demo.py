"""Demo data: the award register of xã Kẻ Sặt and the communes merged into it in 2025 (its
predecessor units), 2020–2025, a few hundred invented rows marked as illustrative
(``is_demo``), with a few duplicates left to resolve: the same person given the same title
in the same year by two of the merged communes, and one achievement recorded twice.
Idempotent: nothing is added twice."""
import datetime
import random

from django.db import transaction
from simple_history.utils import bulk_create_with_history

from thidua.common.text import fold, normalize_vi
from thidua.register.models import AwardForm, AwardKind, AwardRecord, RecipientKind, Source
from thidua.units.models import Unit

SURNAMES = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi", "Đỗ", "Ngô", "Phan", "Đinh"]
MIDDLE_F = ["Thị", "Thị Thu", "Thị Minh", "Thị Hồng", "Thị Ngọc"]
MIDDLE_M = ["Văn", "Đức", "Minh", "Quang", "Hữu"]
GIVEN_F = ["Hòa", "Hạnh", "Lan", "Hương", "Nga", "Thảo", "Yến", "Trang", "Thủy", "Mai"]
GIVEN_M = ["Hùng", "Dũng", "Thắng", "Nam", "Sơn", "Tuấn", "Khánh", "Bình", "Cường", "Long"]
POSITIONS = [("Công chức", "UBND xã"), ("Giáo viên", "Trường Tiểu học"), ("Trưởng thôn", "Thôn"),
             ("Nông dân", "Thôn"), ("Công an viên", "Công an xã"), ("Y sĩ", "Trạm Y tế"), ("Đoàn viên", "Đoàn xã")]
COLLECTIVES = ["Trường Tiểu học", "Trường Mầm non", "Trạm Y tế", "Hội Phụ nữ", "Hội Nông dân", "Đoàn Thanh niên"]
INDIVIDUAL_FORMS = [("ldtt", 50), ("cstdcs", 12), ("giay-khen", 25), ("bang-khen-tinh", 3)]
NOTE = "Dữ liệu minh họa, không phải khen thưởng có thật."


def _name(rng, female):
    return " ".join([rng.choice(SURNAMES), rng.choice(MIDDLE_F if female else MIDDLE_M),
                     rng.choice(GIVEN_F if female else GIVEN_M)])


def _record(unit, pred, form, year, rng, **fields):
    day = datetime.date(year, 12, rng.randint(10, 28)) if year < 2025 else datetime.date(2025, 8, rng.randint(1, 20))
    issuer = pred.name if pred else unit.display_name
    values = dict(
        unit=unit, unit_then=unit if pred is None else None, predecessor=pred, form=form, form_text=form.name,
        year=year, decision_number=f"{rng.randint(10, 250)}/QĐ-UBND",
        decision_date=day, decision_authority=f"UBND {issuer}", decision_signer="Chủ tịch UBND",
        source=Source.TYPED, is_demo=True, note=NOTE, **{"award_kind": AwardKind.REGULAR, **fields})
    record = AwardRecord(**values)
    record.name = normalize_vi(record.name)
    record.name_folded = fold(record.name)
    return record


@transaction.atomic
def load(out=None):
    unit = Unit.objects.filter(code="xa-ke-sat").first()
    if unit is None or AwardRecord.objects.filter(unit=unit, is_demo=True).exists():
        return
    forms = {f.code: f for f in AwardForm.objects.all()}
    if not {"ldtt", "cstdcs", "giay-khen", "ttldtt"} <= set(forms):
        return
    rng = random.Random(2025)
    preds = list(unit.predecessors.all()) or [None]
    made = []
    for year in range(2020, 2026):
        for pred in preds:
            for _ in range(17):
                female = rng.random() < 0.5
                code = rng.choices([c for c, _ in INDIVIDUAL_FORMS], [w for _, w in INDIVIDUAL_FORMS])[0]
                if year == 2025 and pred is not None:
                    continue  # after the merger the new commune gives the awards
                position, place = rng.choice(POSITIONS)
                made.append(_record(unit, pred, forms[code], year, rng, name=_name(rng, female),
                                    gender="female" if female else "male", birth_year=rng.randint(1965, 1998),
                                    ethnicity="Kinh", position=position, workplace=place,
                                    direct_worker=position in ("Nông dân", "Giáo viên", "Y sĩ")))
            for name in rng.sample(COLLECTIVES, 2):
                if year == 2025 and pred is not None:
                    continue
                made.append(_record(unit, pred, forms["ttldtt"], year, rng, recipient_kind=RecipientKind.COLLECTIVE,
                                    name=f"{name} {pred.name if pred else unit.display_name}"))
        if year == 2025:
            for _ in range(30):
                female = rng.random() < 0.5
                made.append(_record(unit, None, forms["giay-khen"], 2025, rng, name=_name(rng, female),
                                    gender="female" if female else "male", birth_year=rng.randint(1965, 1998),
                                    award_kind=AwardKind.THEMATIC, movement="Phong trào thi đua yêu nước 2020 - 2025"))
    # Duplicates left to resolve: the same person, title and year from two merged communes,
    # and one achievement recorded twice by one authority.
    if len(preds) >= 2 and preds[0] is not None:
        for year in (2021, 2023):
            twin = dict(name="Nguyễn Thị Hòa", gender="female", birth_year=1976, position="Giáo viên",
                        workplace="Trường Tiểu học")
            made.append(_record(unit, preds[0], forms["ldtt"], year, rng, **twin))
            made.append(_record(unit, preds[1], forms["ldtt"], year, rng, **{**twin, "name": "Nguyễn Thị Hoà"}))
    first = made[0]
    again = _record(unit, first.predecessor, first.form, first.year, rng, name=first.name, gender=first.gender,
                    birth_year=first.birth_year, position=first.position, workplace=first.workplace)
    again.decision_number, again.decision_date = first.decision_number, first.decision_date
    made.append(again)
    bulk_create_with_history(made, AwardRecord, batch_size=500, default_change_reason="Nạp dữ liệu minh họa")
    if out is not None:
        out.write(f"Sổ khen thưởng minh họa của {unit}: {len(made)} bản ghi 2020–2025 (có vài bản ghi trùng để xử lý).")
