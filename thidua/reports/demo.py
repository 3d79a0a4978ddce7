"""Demo data of the Board's desk: two results reports sent, reminders of 26/8/2025. Idempotent."""
import datetime

from django.db import transaction
from django.utils import timezone

from thidua.campaigns.domain.current import current_campaign
from thidua.reports.domain.reminders import send_due_reminders
from thidua.reports.models import ReportAward, ReportCongressDelegate, ReportPresentation, ResultsReport
from thidua.units.models import Unit

SEED_UNITS = ["xa-ke-sat", "phuong-an-hai", "so-ngoai-vu", "so-khcn"]
REMINDER_DAY = datetime.date(2025, 8, 26)

REPORTS = {
    "phuong-an-hai": {
        "number": "87/BC-UBND", "held_on": datetime.date(2025, 8, 22), "venue": "Hội trường UBND phường An Hải",
        "sent": datetime.date(2025, 8, 27), "status": "accepted",
        "attendance": (105, 30, 15, 78, 2, 64),
        "awards": [("giay_khen", "collective", 12, 0, 0, 0, 0), ("giay_khen", "individual", 35, 19, 22, 14, 1),
                   ("bang_khen_ubnd_tp", "individual", 3, 2, 1, 0, 0), ("bieu_duong", "household", 10, 0, 10, 10, 0)],
        "presentations": [("Bà Trần Thị Lan, Tổ trưởng tổ dân phố số 5", "Phát huy sức dân xây dựng tuyến phố văn minh"),
                          ("Ông Phạm Văn Hùng, Giám đốc HTX dịch vụ An Hải", "Kinh tế tập thể gắn với an sinh xã hội")],
        "delegates": [("Trần Thị Lan", "Tổ trưởng tổ dân phố số 5", True, False, True,
                       "5 năm liền hoàn thành xuất sắc nhiệm vụ; Bằng khen của Chủ tịch UBND thành phố năm 2024."),
                      ("Phạm Văn Hùng", "Giám đốc Hợp tác xã dịch vụ An Hải", False, False, True,
                       "Chiến sĩ thi đua cơ sở 2022, 2024; tạo việc làm cho 45 lao động.")],
    },
    "so-ngoai-vu": {
        "number": "64/BC-NV", "held_on": datetime.date(2025, 8, 21), "venue": "Hội trường Sở Ngoại vụ",
        "sent": datetime.date(2025, 8, 29), "status": "submitted",
        "attendance": (40, 8, 6, 29, 0, 12),
        "awards": [("giay_khen", "collective", 3, 0, 0, 0, 0), ("giay_khen", "individual", 14, 9, 5, 0, 0)],
        "presentations": [("Phòng Lãnh sự", "Bảo hộ công dân trong tình hình mới")],
        "delegates": [("Nguyễn Thu Hà", "Trưởng phòng Lãnh sự", True, False, False, "3 năm liền hoàn thành xuất sắc nhiệm vụ.")],
    },
}


def _at(day):
    return timezone.make_aware(datetime.datetime.combine(day, datetime.time(15, 0)))


@transaction.atomic
def load(out=None):
    campaign = current_campaign()
    if campaign is None:
        return
    units = {u.code: u for u in Unit.objects.filter(code__in=SEED_UNITS)}
    made = 0
    for code, spec in REPORTS.items():
        unit = units.get(code)
        if unit is None or ResultsReport.objects.filter(unit=unit, campaign=campaign).exists():
            continue
        ex, gu, le, wo, et, di = spec["attendance"]
        report = ResultsReport.objects.create(
            unit=unit, campaign=campaign, status=spec["status"], number=spec["number"], held_on=spec["held_on"],
            venue=spec["venue"], attended_exemplars=ex, attended_guests=gu, attended_leaders=le, attended_women=wo,
            attended_ethnic_minorities=et, attended_direct_workers=di, use_generated_summary=True,
            submitted_at=_at(spec["sent"]), decided_at=_at(spec["sent"]) if spec["status"] == "accepted" else None,
        )
        for form, target, n, w, d, f, e in spec["awards"]:
            ReportAward.objects.create(report=report, form=form, target=target, count=n, women=w, direct_workers=d,
                                       workers_farmers=f, ethnic_minorities=e)
        for order, (presenter, title) in enumerate(spec["presentations"], start=1):
            ReportPresentation.objects.create(report=report, order=order, presenter=presenter, title=title)
        for order, (name, position, woman, ethnic, direct, summary) in enumerate(spec["delegates"], start=1):
            ReportCongressDelegate.objects.create(report=report, order=order, full_name=name, position=position,
                                                  is_woman=woman, is_ethnic_minority=ethnic, is_direct_worker=direct,
                                                  summary=summary)
        made += 1
    result = send_due_reminders(campaign, today=REMINDER_DAY, units=list(units.values()))
    if out:
        out.write(f"Báo cáo kết quả minh họa: {made} mới; nhắc việc ngày 26/8/2025: {len(result.sent)} mới")
