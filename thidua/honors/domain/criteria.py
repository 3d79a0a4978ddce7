"""Criteria sets a unit (or the Board, for everyone) adds as data."""
from django.db import IntegrityError, transaction

from thidua.common import history
from thidua.common.errors import DomainError
from thidua.honors.domain.validation import full_clean
from thidua.honors.models import CriteriaSet

CODE_TAKEN = "Mã này đã có; bộ tiêu chí theo văn bản mới cần mã mới."


@transaction.atomic
def add_criteria_set(owner, actor, *, code, title, target, legal_text, article="", conditions=(),
                     approval_share="0.5"):
    """A new criteria set owned by ``owner`` (a unit; ``None``: shared by every unit). A set is
    never edited into another text: a new legal basis takes a new ``code``."""
    if CriteriaSet.objects.filter(code=code).exists():
        raise DomainError(CODE_TAKEN, field="code")
    row = CriteriaSet(code=code, title=title, target=target, legal_text=legal_text, article=article,
                      conditions=list(conditions), approval_share=approval_share, owner=owner)
    full_clean(row, exclude=["code"])
    try:
        with transaction.atomic():
            return history.save(row, actor, "Thêm bộ tiêu chí")
    except IntegrityError:  # the same code added at the same moment by someone else
        raise DomainError(CODE_TAKEN, field="code") from None
