"""The award decision (quyết định khen thưởng) and the unit's register (sổ vàng).

Issuing a decision locks the unit's register, then the nominations it awards, and checks
them again inside the transaction: of two decisions sent at once for the same people, the
second is refused with a message instead of failing on the database's constraints. The
register numbers continue from the unit's last one and are never given twice (the
``unique_register_number_per_unit`` constraint backs the locked counter)."""
from django.db import transaction

from thidua.common import history
from thidua.common.errors import DomainError
from thidua.honors.domain.validation import full_clean
from thidua.honors.models import Award, AwardRegister, Nomination, NominationStatus
from thidua.register.domain import catalogue as register_catalogue
from thidua.register.domain import records as register_records
from thidua.register.models import AwardKind


def next_register_number(unit):
    """The register number the unit's next award takes (a read: the number is only taken
    when a decision is issued)."""
    register = AwardRegister.objects.filter(unit=unit).first()
    return (register.last_number if register else 0) + 1


def _locked_register(unit):
    register, _ = AwardRegister.objects.select_for_update().get_or_create(unit=unit)
    return register


def _locked_nominations(decision, nominations):
    """The nominations to award, read again under a row lock, in the order given; refused
    unless each is still approved by the council of the decision's unit."""
    given = {n.pk: n for n in nominations}
    rows = {n.pk: n for n in Nomination.objects.select_for_update(of=("self",)).select_related("nominee")
            .filter(pk__in=list(given)).order_by("pk")}
    locked = []
    for pk, asked in given.items():
        n = rows.get(pk)
        if n is None:
            raise DomainError(f"«{asked.nominee}» không còn trong danh sách đề xuất; hãy tải lại trang.",
                              field="nominations")
        if n.status == NominationStatus.AWARDED:
            raise DomainError(f"«{n.nominee}» đã được khen thưởng ở một quyết định khác (có thể vừa được ban hành); "
                              "hãy tải lại trang và chọn lại danh sách.", field="nominations")
        if n.status != NominationStatus.APPROVED or n.unit_id != decision.unit_id:
            raise DomainError(f"«{n.nominee}» chưa được Hội đồng đồng ý hoặc không thuộc đơn vị.", field="nominations")
        locked.append(n)
    return locked


def _numbers(decision, register, count):
    first_free = register.last_number + 1
    start = decision.register_start or first_free
    if start < first_free:
        raise DomainError(
            f"Số sổ vàng {start} đã dùng: sổ vàng của {decision.unit} đã đến số {register.last_number}. "
            f"Để trống để tiếp nối từ số {first_free}, hoặc chọn một số lớn hơn.", field="register_start")
    numbers = [str(number) for number in range(start, start + count)]
    taken = list(Award.objects.filter(unit=decision.unit, register_number__in=numbers)
                 .values_list("register_number", flat=True)[:5])
    if taken:
        raise DomainError(f"Số sổ vàng {', '.join(taken)} đã có trong sổ vàng của {decision.unit}; "
                          "hãy chọn số bắt đầu khác.", field="register_start")
    return start, numbers


def register_values(decision, nomination, forms=None):
    """What the register keeps of one award of ``decision``: the nominee as they are now,
    the form matched to the catalogue (the commune's Giấy khen when the written one is not
    in it), the decision's number, date, issuer and signer."""
    nominee = nomination.nominee
    written = nomination.award_form or decision.award_form
    form = register_catalogue.match_form(written, forms) or register_catalogue.match_form(decision.award_form, forms)
    return {
        "recipient_kind": nominee.kind, "name": nominee.full_name, "gender": nominee.gender,
        "birth_year": nominee.birth_year, "ethnicity": nominee.ethnicity, "position": nominee.position,
        "workplace": nominee.workplace.display_name if nominee.workplace_id else "",
        "direct_worker": nominee.direct_worker, "unit_then": nominee.unit,
        "form": form or register_catalogue.default_form(), "form_text": written,
        "award_kind": AwardKind.THEMATIC, "year": decision.signed_on.year,
        "decision_number": decision.number, "decision_date": decision.signed_on,
        "decision_authority": decision.unit.issuer_line or decision.unit.title_name,
        "decision_signer": decision.signer_name, "achievement": nomination.achievement_line,
    }


@transaction.atomic
def issue_decision(decision, nominations, actor):
    """Issue ``decision`` (unsaved, with its plan) awarding ``nominations`` (approved by the
    council of the plan's unit), each entered in the unit's register under the next number."""
    if decision.pk is not None:
        raise DomainError("Quyết định này đã được ban hành.")
    nominations = list(nominations)
    if not nominations:
        raise DomainError("Chưa chọn người, tập thể nào được Hội đồng đồng ý.", field="nominations")
    decision.unit = decision.plan.unit
    register = _locked_register(decision.unit)
    nominations = _locked_nominations(decision, nominations)
    start, numbers = _numbers(decision, register, len(nominations))
    decision.register_start = start
    full_clean(decision)
    history.save(decision, actor, "Ban hành quyết định khen thưởng")
    forms = register_catalogue.names_index()
    for order, (n, number) in enumerate(zip(nominations, numbers, strict=True), start=1):
        record = register_records.record_award(decision.unit, actor, register_values(decision, n, forms), number)
        history.create(Award, actor, f"Ghi vào sổ vàng số {number}", decision=decision, nomination=n, order=order,
                       register_number=number, record=record)
        n.status = NominationStatus.AWARDED
        history.save(n, actor, "Đã khen thưởng")
    register.last_number = start + len(numbers) - 1
    history.save(register, actor, f"Cấp số sổ vàng {numbers[0]} - {numbers[-1]} ({decision})")
    return decision
