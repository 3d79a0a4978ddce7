"""Demo data: the built-in criteria sets, a few nominees of xã Kẻ Sặt and Sở KH&CN (names
invented, flagged in their summary) and their nominations in the seed plans' award
categories. Idempotent."""
import datetime

from django.db import transaction

from thidua.honors.domain import nominations, nominees
from thidua.honors.domain.records import ensure_builtin_criteria
from thidua.honors.models import CriteriaSet, Nomination, Nominee
from thidua.plans.models import AwardCategory
from thidua.units.models import Unit

GOOD = {"2020": "HTTNV", "2021": "HTXSNV", "2022": "HTTNV", "2023": "HTXSNV", "2024": "HTXSNV"}
NOTE = " (Dữ liệu minh họa.)"

PEOPLE = [
    # unit code, category name prefix, criteria, nominee fields, achievements
    ("xa-ke-sat-cong-an", "Lực lượng vũ trang", "giay-khen-2022",
     dict(full_name="Nguyễn Văn Thắng", gender="male", birth_year=1986, ethnicity="Kinh", position="Phó Trưởng Công an xã",
          field="security", direct_worker=True, economic_sector="state"), []),
    ("xa-ke-sat-quan-su", "Lực lượng vũ trang", "giay-khen-2022",
     dict(full_name="Trần Thị Thu Hằng", gender="female", birth_year=1990, ethnicity="Kinh", position="Chỉ huy phó Ban CHQS xã",
          field="security", direct_worker=True, economic_sector="state"), []),
    ("so-khcn-tt-dmst", "Cá nhân điển hình tiên tiến", "hp-skhcn-2025-individual",
     dict(full_name="Lê Minh Đức", gender="male", birth_year=1982, ethnicity="Kinh", position="Phó Giám đốc Trung tâm",
          field="science", direct_worker=False, economic_sector="state"),
     [("initiative", "base", 2022, "Số hóa quy trình thẩm định đề tài"), ("initiative", "base", 2024, "Bản đồ số doanh nghiệp đổi mới sáng tạo")]),
    ("so-khcn-tt-cntt-tt", "Cá nhân điển hình tiên tiến", "hp-skhcn-2025-individual",
     dict(full_name="Phạm Thị Ngọc Ánh", gender="female", birth_year=1991, ethnicity="Tày", position="Chuyên viên",
          field="science", direct_worker=True, economic_sector="state"),
     [("initiative", "base", 2023, "Cổng dữ liệu mở của Sở")]),
]


@transaction.atomic
def load(out=None):
    created = ensure_builtin_criteria()
    proposed = 0
    for unit_code, category_prefix, criteria_code, fields, works in PEOPLE:
        unit = Unit.objects.filter(code=unit_code).first()
        if unit is None:
            continue
        nominee = Nominee.objects.filter(unit=unit, full_name=fields["full_name"]).first()
        if nominee is None:
            nominee = Nominee(unit=unit, workplace=unit, kind="individual", ratings=dict(GOOD),
                              summary=f"{fields['position']}, hoàn thành xuất sắc nhiệm vụ nhiều năm liền.{NOTE}", **fields)
            nominees.save_nominee(nominee, None, achievements=[
                {"kind": k, "level": lv, "year": y, "title": t, "reference": ""} for k, lv, y, t in works])
        reporting = unit.reporting_unit()
        category = AwardCategory.objects.filter(plan__unit=reporting, name__startswith=category_prefix).first()
        if category is None or Nomination.objects.filter(nominee=nominee, category=category).exists():
            continue
        nominations.nominate(nominee, category, unit, None, criteria=CriteriaSet.objects.get(code=criteria_code),
                         now=datetime.datetime(2025, 8, 19, 9, tzinfo=datetime.UTC))
        proposed += 1
    if out:
        out.write(f"Khen thưởng: {CriteriaSet.objects.count()} bộ tiêu chí (mới {created}), {proposed} đề xuất minh họa mới.")
