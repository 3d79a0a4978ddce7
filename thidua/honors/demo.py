"""Demo data: the built-in criteria sets, a few nominees of xã Kẻ Sặt and Sở KH&CN (names
invented, flagged in their summary) and their nominations in the seed plans' award
categories; xã Kẻ Sặt's council meets on them and the Chairman's decision awards them, so
that every document of the honours process can be made from the demo. Idempotent."""
import datetime

from django.db import transaction

from thidua.honors.domain import council, decisions, nominations, nominees
from thidua.honors.domain.records import ensure_builtin_criteria
from thidua.honors.models import AwardDecision, CouncilMeeting, CriteriaSet, Nomination, NominationStatus, Nominee
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
    decided = _council_and_decision("xa-ke-sat")
    if out:
        out.write(f"Khen thưởng: {CriteriaSet.objects.count()} bộ tiêu chí (mới {created}), {proposed} đề xuất minh họa mới"
                  + (", phiên họp Hội đồng và quyết định khen thưởng của xã Kẻ Sặt." if decided else "."))


def _council_and_decision(unit_code):
    """The council meeting of the unit's plan voting on its nominations, and the decision awarding them."""
    pending = list(Nomination.objects.filter(unit__code=unit_code, status=NominationStatus.PROPOSED)
                   .select_related("category__plan__unit").order_by("pk"))
    if not pending or CouncilMeeting.objects.filter(unit__code=unit_code).exists():
        return False
    plan = pending[0].category.plan
    meeting = council.hold_meeting(CouncilMeeting(
        plan=plan, held_on=datetime.date(2025, 8, 22), place="Hội trường Ủy ban nhân dân xã",
        chair="Vũ Hữu Tuấn", secretary="Nguyễn Thị Lan", member_count=9, present_count=8), None)
    for nomination in pending:
        council.record_vote(meeting, nomination, present=8, in_favour=8, written_in_favour=1, actor=None)
    approved = [n for n in Nomination.objects.filter(pk__in=[n.pk for n in pending], status=NominationStatus.APPROVED)]
    if approved and not AwardDecision.objects.filter(plan=plan).exists():
        decisions.issue_decision(AwardDecision(
            plan=plan, number="125/QĐ-UBND", signed_on=datetime.date(2025, 8, 25), award_form="Giấy khen",
            legal_bases=_bases(plan),
            article_text="Tặng Giấy khen cho các cá nhân đã có thành tích xuất sắc trong phong trào thi đua yêu nước "
                         "giai đoạn 2020 - 2025",
            signer_name="Vũ Hữu Tuấn"), approved, None)
    return True


def _bases(plan):
    from thidua.honors.interfaces.documents import DECREE, LAW, LOCAL_GOVERNMENT_LAW, plan_basis

    return "\n".join([LOCAL_GOVERNMENT_LAW, LAW, DECREE, plan_basis(plan),
                      f"Xét đề nghị của Hội đồng Thi đua - Khen thưởng {plan.unit.display_name}."])
