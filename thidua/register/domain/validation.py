"""Model validation inside a register domain function: Django's ``ValidationError`` becomes
``DomainError`` naming the first field; identity numbers read into their one stored form."""
import re

from django.core.exceptions import NON_FIELD_ERRORS, ValidationError

from thidua.common.errors import DomainError


def full_clean(obj, exclude=None, prefix=""):
    try:
        obj.full_clean(exclude=exclude)
    except ValidationError as exc:
        if hasattr(exc, "error_dict"):
            field = next(iter(exc.error_dict), None)
            messages = [m for errors in exc.message_dict.values() for m in errors]
        else:
            field, messages = None, exc.messages
        raise DomainError(prefix + " ".join(messages), field=None if field == NON_FIELD_ERRORS else field) from None


_NOT_DIGITS = re.compile(r"[\s.\-_/]")


def identity_number(value, numeric=False):
    """The stored form of a CCCD (12 digits) or an old CMND (9 digits): digits only, spaces,
    dots and dashes dropped. ``numeric``: the value came from a number cell, which loses the
    leading zeros of the province code a CCCD starts with (001–096: "1203000123" is
    "001203000123") and of an old CMND. Refused with
    a Vietnamese message when it is neither."""
    if value is None:
        return ""
    text = str(value).strip()
    if numeric and text.endswith(".0"):
        text = text[:-2]
    text = _NOT_DIGITS.sub("", text)
    if not text:
        return ""
    if not text.isdigit():
        raise DomainError(f"Số CCCD/CMND «{value}» có ký tự không phải chữ số.", field="identity_number")
    if numeric and len(text) in (10, 11):
        text = text.zfill(12)
    elif numeric and len(text) == 8:
        text = text.zfill(9)
    if len(text) not in (9, 12):
        raise DomainError(f"Số CCCD/CMND «{value}» có {len(text)} chữ số; CCCD phải có 12, CMND cũ có 9 chữ số.",
                          field="identity_number")
    return text
