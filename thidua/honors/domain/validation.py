"""Model validation inside a domain function: Django's ``ValidationError`` from
``full_clean`` becomes the one refusal type, ``DomainError``, naming the first field."""
from django.core.exceptions import NON_FIELD_ERRORS, ValidationError

from thidua.common.errors import DomainError


def refusal(exc, prefix=""):
    """The ``DomainError`` of a Django ``ValidationError``: every message, joined, and the
    first field named (``None`` for errors about the whole record)."""
    if hasattr(exc, "error_dict"):
        field = next(iter(exc.error_dict), None)
        messages = [m for errors in exc.message_dict.values() for m in errors]
    else:
        field, messages = None, exc.messages
    return DomainError(prefix + " ".join(messages), field=None if field == NON_FIELD_ERRORS else field)


def full_clean(obj, exclude=None, prefix=""):
    """``obj.full_clean()``, refused as a ``DomainError``."""
    try:
        obj.full_clean(exclude=exclude)
    except ValidationError as exc:
        raise refusal(exc, prefix) from None
