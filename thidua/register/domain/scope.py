"""Which register records a user sees: the Board all; anyone else the records managed by
their unit or a unit under it, and those that belonged then to such a unit or to one of its
predecessor units (the communes merged into it in 2025)."""
from django.db.models import Q

from thidua.accounts.domain import scope
from thidua.register.models import AwardRecord


def units_q(units):
    """Records of ``units`` (and the units under them), by any of the three unit links."""
    q = Q(pk__in=[])
    for unit in units:
        q |= Q(unit__path__startswith=unit.path) | Q(unit_then__path__startswith=unit.path)
        q |= Q(predecessor__unit__path__startswith=unit.path)
    return q


def visible_records(user, queryset=None):
    queryset = AwardRecord.objects.all() if queryset is None else queryset
    if scope.is_board(user):
        return queryset
    units = scope.units_with_role(user)
    if not units:
        return queryset.none()
    return queryset.filter(units_q(units)).distinct()


def of_unit(unit, queryset=None):
    """The records a unit counts as its own (with its sub-units and predecessor units)."""
    queryset = AwardRecord.objects.all() if queryset is None else queryset
    return queryset.filter(units_q([unit])).distinct()
