"""What plans and results reports share: a unit drafts, submits to the Board, the Board
returns it with a comment or accepts it, the unit revises and submits again.

The apps keep their own records of each step (plans: PlanEvent; reports: history with
the reason); the states, the guard and the comment rules live here once."""
from django.db import models

from thidua.common.errors import DomainError


class ReviewStatus(models.TextChoices):
    DRAFT = "draft", "Đang soạn"
    SUBMITTED = "submitted", "Đã gửi Ban Thi đua - Khen thưởng"
    RETURNED = "returned", "Bị trả lại để sửa"
    ACCEPTED = "accepted", "Đã được chấp thuận"


EDITABLE = frozenset({ReviewStatus.DRAFT, ReviewStatus.RETURNED})




def require_status(obj, allowed, message):
    """Refuse the step unless ``obj.status`` is one of ``allowed``."""
    if obj.status not in allowed:
        raise DomainError(message)


def clean_comment(comment, required, limit, missing_message="Cần ghi ý kiến để đơn vị biết phải sửa gì."):
    comment = (comment or "").strip()
    if required and not comment:
        raise DomainError(missing_message)
    if len(comment) > limit:
        raise DomainError(f"Ý kiến dài quá {limit} ký tự.")
    return comment
