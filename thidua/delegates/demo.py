"""Demo data: the delegate list of xã Kẻ Sặt's conference (invented people, flagged in
the position note), seat allocations to its sub-units, congress quotas and a started
congress list. Idempotent: nothing is added twice."""
from django.db import transaction

from thidua.common import history
from thidua.delegates.domain import congress, roster
from thidua.delegates.models import Conference, Delegate
from thidua.plans.models import Plan
from thidua.units.models import Unit

SURNAMES = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi", "Đỗ", "Ngô"]
MIDDLE_F = ["Thị", "Thị Thu", "Thị Minh", "Thị Hồng"]
MIDDLE_M = ["Văn", "Đức", "Minh", "Quang"]
GIVEN_F = ["Miền", "Hạnh", "Lan", "Hương", "Nga", "Thảo", "Yến", "Trang"]
GIVEN_M = ["Hùng", "Dũng", "Thắng", "Nam", "Sơn", "Tuấn", "Khánh", "Bình"]
FIELDS = ["administration", "security", "education", "health", "culture", "agriculture", "industry"]
SECTORS = ["state", "private", "collective", "household", "state"]


def _people(n):
    seen = set()
    for i in range(n):
        female = i % 5 in (0, 2)
        name = " ".join([
            SURNAMES[i % len(SURNAMES)],
            (MIDDLE_F if female else MIDDLE_M)[i // 10 % 4],
            (GIVEN_F if female else GIVEN_M)[(i * 3) % 8],
        ])
        if i == 0:
            name = "Nguyễn Thị Miền"
        while name in seen:
            first, rest = name.split(" ", 1)
            name = f"{first} {'Ngọc' if female else 'Hữu'} {rest}"
        seen.add(name)
        yield i, name, "female" if female else "male"


@transaction.atomic
def load(out=None):
    plan = Plan.objects.filter(unit__code="xa-ke-sat").select_related("unit", "campaign").first()
    if plan is None:
        return
    conference = Conference.objects.filter(plan=plan).first() or roster.create_conference(plan, None)
    if not conference.delegates.exists():
        subs = list(Unit.objects.filter(parent=plan.unit).order_by("name")[:4])
        for unit in subs:
            roster.set_allocation(conference, unit, 3, None, "Minh họa")
        preds = list(plan.unit.predecessors.all())
        for i, name, gender in _people(60):
            group = "exemplar" if i % 10 < 7 else ("guest" if i % 10 < 9 else "leader")
            history.create(
                Delegate, None, "Nạp dữ liệu minh họa", conference=conference, full_name=name, gender=gender, group=group,
                status=Delegate.Status.CONFIRMED if i < 40 else Delegate.Status.CANDIDATE,
                birth_year=1960 + i % 40, ethnicity="Tày" if i % 17 == 5 else "Kinh",
                organisation=subs[i % len(subs)].name if subs and group == "exemplar" else "UBND xã Kẻ Sặt",
                position="Đại biểu minh họa", direct_worker=i % 3 == 0, field=FIELDS[i % len(FIELDS)],
                economic_sector=SECTORS[i % len(SECTORS)], predecessor=preds[i % len(preds)] if preds else None,
                priority=(i * 37) % 101, achievements="Thành tích minh họa: Chiến sĩ thi đua cơ sở năm 2023, 2024.",
            )
    campaign = congress.congress_campaign()
    if campaign is not None:
        for code, seats in [("xa-ke-sat", 5), ("phuong-an-hai", 5), ("so-ngoai-vu", 3), ("so-khcn", 3)]:
            unit = Unit.objects.filter(code=code).first()
            if unit and congress.quota_of(campaign, unit) is None:
                congress.set_quota(campaign, unit, seats, None, note="Minh họa")
        sub = congress.submission_for(campaign, plan.unit)
        if not sub.delegates.exists():
            for d in congress.exemplars_of(plan.unit, campaign)[:3]:
                congress.add_from_delegate(sub, d, None)
    if out:
        out.write(f"Đại biểu: {conference.delegates.count()} người trong danh sách hội nghị xã Kẻ Sặt (minh họa).")
