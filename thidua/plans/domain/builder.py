"""Create a unit's plan from the parent plan: it opens already compliant (standard name,
the nine agenda items in order, the limits and deadlines) so the officer fills only what
is local. Also stores the seed plans as ``Plan`` rows."""
from django.db import transaction

from thidua.campaigns.domain.rules import rules_for
from thidua.common import clock, history
from thidua.common.errors import DomainError
from thidua.common.text import short_date
from thidua.plans.models import AwardCategory, Plan, PlanAgendaItem, PlanEvent, PlanStatus, PlanTask
from thidua.units.models import Unit, UnitKind

STANDARD_PURPOSE = (
    "1. Đánh giá kết quả các phong trào thi đua yêu nước và công tác khen thưởng giai đoạn {eval_period}; chỉ ra "
    "những tồn tại, hạn chế cần khắc phục; rút ra bài học kinh nghiệm về tổ chức phong trào thi đua và công tác khen "
    "thưởng; đề ra phương hướng, nhiệm vụ đẩy mạnh phong trào thi đua, nâng cao hiệu quả công tác khen thưởng giai "
    "đoạn {direction_period}.\n"
    "2. Biểu dương thành tích và tôn vinh các tập thể, cá nhân Anh hùng, Chiến sĩ thi đua, các gương điển hình tiên "
    "tiến, tiêu biểu của {unit} trong thực hiện các phong trào thi đua (bao gồm cả thành tích của các đơn vị trước "
    "khi sắp xếp).\n"
    "3. Tổ chức Hội nghị bảo đảm trang trọng, thiết thực, tiết kiệm, tránh phô trương, hình thức, lãng phí."
)


def _signer_defaults(unit):
    if unit.kind in UnitKind.commune_level():
        return {"signer_mode": Plan.SignerMode.ON_BEHALF, "signer_authority": "Ủy ban nhân dân", "signer_title": "Chủ tịch"}
    return {"signer_mode": Plan.SignerMode.DIRECT, "signer_authority": "", "signer_title": "Giám đốc"}


CREATE_FROM_PARENT = "Tạo kế hoạch từ kế hoạch cấp trên"
STORE_SEED = "Nạp kế hoạch từ văn bản mẫu"
FILL_CRITERIA = "Bổ sung bộ tiêu chí theo văn bản mẫu"


@transaction.atomic
def new_plan_from_parent(unit, campaign, actor=None):
    """A draft ``Plan`` for ``unit`` that follows ``campaign``'s rules from the start. A unit
    has one plan per campaign: with one already there (built, imported or received), nothing is
    created and the officer is sent to it. The unit's row is locked, so two clicks make one."""
    Unit.objects.select_for_update().filter(pk=unit.pk).first()
    existing = Plan.objects.filter(unit=unit, campaign=campaign).order_by("created_at", "pk").first()
    if existing is not None:
        raise DomainError(f"{unit.display_name} đã có kế hoạch theo kế hoạch cấp trên này "
                          f"(«{existing.conference_name or existing.title}», {existing.get_status_display()}): "
                          "mở kế hoạch đó để sửa thay vì tạo kế hoạch thứ hai.", field="unit")
    rules = rules_for(campaign)
    name = rules.standard_conference_name(unit.display_name, merged=unit.merged_in_2025, ordinal="I")
    conference = rules.deadline("conference")
    report = rules.deadline("results_report")
    eval_period = f"{rules.evaluation_start_year} - {rules.evaluation_end_year}"
    direction_period = f"{rules.direction_start_year} - {rules.direction_end_year}"
    plan = Plan(
        unit=unit,
        campaign=campaign,
        origin=Plan.Origin.BUILDER,
        title=f"Tổ chức {name}" + (f", tiến tới {campaign.congress_name}" if campaign.congress_name else ""),
        purpose=STANDARD_PURPOSE.format(eval_period=eval_period, direction_period=direction_period,
                                        unit=unit.display_name),
        conference_name=name,
        conference_form=rules.conference_form,
        date_text=f"Tổ chức trong {rules.max_sessions:02d} buổi, hoàn thành {conference.phrase}" if conference else "",
        sessions=rules.max_sessions,
        delegates_total=rules.delegate_limit,
        exemplar_share=round(rules.exemplar_share, 2),
        delegates_note=(f"Đại biểu điển hình tiên tiến khoảng {rules.exemplar_share:.0%}; đại biểu khách mời và lãnh "
                        f"đạo các cấp, các ngành khoảng {1 - rules.exemplar_share:.0%}. Chú trọng cá nhân trực tiếp sản "
                        "xuất, công tác, học tập, chiến đấu, đại biểu nữ, dân tộc thiểu số, các thành phần kinh tế; "
                        "điển hình được bình xét công khai, dân chủ từ cơ sở."),
        report_deadline=report.due if report else None,
        recipients=["Ban Thi đua - Khen thưởng thành phố;", "Lưu: VT."],
        **_signer_defaults(unit),
    )
    history.save(plan, actor, CREATE_FROM_PARENT)
    for rule in rules.agenda:
        history.create(PlanAgendaItem, actor, CREATE_FROM_PARENT, plan=plan, order=rule.order, content=rule.title,
                       key=rule.key)
    if report:
        history.create(
            PlanTask, actor, CREATE_FROM_PARENT,
            plan=plan, order=1, assignee_text="Bộ phận thường trực công tác thi đua, khen thưởng",
            description=f"Tổng hợp, báo cáo kết quả tổ chức Hội nghị (báo cáo tổng kết 05 năm {eval_period}, danh "
                        f"sách và trích ngang thành tích đại biểu dự Đại hội cấp trên) {report.phrase} "
                        f"({short_date(report.due)}).",
            due_date=report.due,
        )
    event = PlanEvent(plan=plan, action=PlanEvent.Action.CREATED, actor=actor, at=clock.now(), status_after=plan.status,
                      comment=f"Theo {campaign}")
    history.save(event, actor, CREATE_FROM_PARENT)
    return plan


def _fill_criteria_codes(plan, seed):
    """Give a stored seed plan's award categories the criteria code the seed names, where
    the category has none yet (plans stored before the seed named one)."""
    for order, category in enumerate(seed["award_categories"], start=1):
        if not category.get("criteria_code"):
            continue
        for row in plan.award_categories.filter(order=order, name=category["name"], criteria_code=""):
            row.criteria_code = category["criteria_code"]
            history.save(row, None, FILL_CRITERIA, update_fields=["criteria_code"])


@transaction.atomic
def store_seed_plan(code, campaign, status=PlanStatus.SUBMITTED):
    """Store (or refresh) the seed plan of unit ``code`` from ``seeds.SEED_PLANS``. Idempotent."""
    from thidua.plans.domain.seeds import SEED_PLANS

    seed = SEED_PLANS[code]
    unit = Unit.objects.get(code=code)
    plan = Plan.objects.filter(unit=unit, campaign=campaign, origin=Plan.Origin.SEED).first()
    if plan is not None:
        _fill_criteria_codes(plan, seed)
        return plan, False
    codes = {c for c in [t["assignee_unit"] for t in seed["tasks"]] + [c["proposing_unit"] for c in
             seed["award_categories"]] if c}
    units = {u.code: u for u in Unit.objects.filter(code__in=codes)}
    plan = Plan(unit=unit, campaign=campaign, origin=Plan.Origin.SEED, status=status, **seed["plan"])
    history.save(plan, None, STORE_SEED)
    for order, item in enumerate(seed["agenda"], start=1):
        history.create(PlanAgendaItem, None, STORE_SEED, plan=plan, order=order, **item)
    for order, category in enumerate(seed["award_categories"], start=1):
        values = dict(category)
        values["proposing_unit"] = units.get(values.pop("proposing_unit"))
        history.create(AwardCategory, None, STORE_SEED, plan=plan, order=order, **values)
    for order, task in enumerate(seed["tasks"], start=1):
        values = dict(task)
        values["assignee_unit"] = units.get(values.pop("assignee_unit"))
        history.create(PlanTask, None, STORE_SEED, plan=plan, order=order, **values)
    history.create(PlanEvent, None, STORE_SEED, plan=plan, action=PlanEvent.Action.IMPORTED, status_after=plan.status,
                   at=clock.now(), comment=f"Nạp từ văn bản mẫu {seed['seed']}.")
    return plan, True
