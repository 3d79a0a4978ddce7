"""The one way a view fetches a unit-owned object: scoped to the user's units, and 404
(not 403) for another unit's object, so its existence is not revealed."""
from django.http import Http404

from thidua.accounts.domain import scope


def scoped_or_404(queryset, user, what, field="unit", roles=None, **lookup):
    """``queryset.get(**lookup)`` within the units ``user`` may see (``field`` is the FK to
    Unit, ``None`` when the queryset is of units); ``what`` names the object in the message."""
    obj = scope.scope_queryset(queryset, user, field, roles).filter(**lookup).first()
    if obj is None:
        raise Http404(f"Không tìm thấy {what}, hoặc {what} không thuộc phạm vi của bạn.")
    return obj


def unit_or_404(user, code, queryset=None):
    from thidua.units.models import Unit

    return scoped_or_404(queryset if queryset is not None else Unit.objects.all(), user, "đơn vị", field=None, code=code)
