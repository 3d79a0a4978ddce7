"""The award decision (quyết định khen thưởng).

Issuing a decision locks the nominations it awards and checks them again inside the
transaction: of two decisions sent at once for the same people, the second is refused with
a message instead of failing on the database's constraints."""
from django.db import transaction

from thidua.common import history
from thidua.common.errors import DomainError
from thidua.honors.domain.validation import full_clean
from thidua.honors.models import Award, Nomination, NominationStatus


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


@transaction.atomic
def issue_decision(decision, nominations, actor):
    """Issue ``decision`` (unsaved, with its plan) awarding ``nominations`` (approved by the
    council of the plan's unit), numbered in the register from ``decision.register_start``."""
    if decision.pk is not None:
        raise DomainError("Quyết định này đã được ban hành.")
    nominations = list(nominations)
    if not nominations:
        raise DomainError("Chưa chọn người, tập thể nào được Hội đồng đồng ý.", field="nominations")
    decision.unit = decision.plan.unit
    nominations = _locked_nominations(decision, nominations)
    numbers = [str(decision.register_start + i) for i in range(len(nominations))]
    full_clean(decision)
    history.save(decision, actor, "Ban hành quyết định khen thưởng")
    for order, (n, number) in enumerate(zip(nominations, numbers, strict=True), start=1):
        history.create(Award, actor, f"Ghi vào sổ vàng số {number}", decision=decision, nomination=n, order=order,
                       register_number=number)
        n.status = NominationStatus.AWARDED
        history.save(n, actor, "Đã khen thưởng")
    return decision
