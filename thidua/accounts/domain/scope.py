"""Who sees which units. Every query of unit-owned data goes through ``scope_queryset``.

The Board sees everything; everyone else sees their unit and the units under it. A
sub-unit submitter's unit is their sub-unit.
"""
from django.db.models import Q

from thidua.accounts.models import ROLE_PRIORITY, Role, RoleAssignment
from thidua.units.models import Unit

_CACHE_ATTR = "_thidua_role_assignments"


def assignments(user):
    """The user's role assignments with their units, fetched once per request."""
    if not getattr(user, "is_authenticated", False):
        return []
    cached = getattr(user, _CACHE_ATTR, None)
    if cached is None:
        cached = list(RoleAssignment.objects.filter(user=user).select_related("unit"))
        setattr(user, _CACHE_ATTR, cached)
    return cached


def forget(user):
    if hasattr(user, _CACHE_ATTR):
        delattr(user, _CACHE_ATTR)


def role_codes(user):
    return {a.role for a in assignments(user)}


def is_board(user):
    return getattr(user, "is_superuser", False) or Role.BOARD_OFFICER in role_codes(user)


def primary_assignment(user):
    items = assignments(user)
    for role in ROLE_PRIORITY:
        for item in items:
            if item.role == role:
                return item
    return None


def units_with_role(user, *roles):
    return [a.unit for a in assignments(user) if not roles or a.role in roles]


def _subtree_q(units, field):
    q = Q(pk__in=[])
    prefix = f"{field}__path__startswith" if field else "path__startswith"
    for unit in units:
        q |= Q(**{prefix: unit.path})
    return q


def _ancestor_paths(unit):
    """The paths of ``unit``'s ancestors ("hai-phong/", "hai-phong/xa-ke-sat/"), not its own."""
    parts = [p for p in unit.path.split("/") if p]
    return ["/".join(parts[:i]) + "/" for i in range(1, len(parts))]


def units_and_ancestors_q(user, field="unit", roles=None):
    """A ``Q`` for rows whose ``field`` (a FK to Unit; ``None`` for Unit itself) is one of
    the user's units (through ``roles`` if given), a unit under one, or an ancestor of one.
    A sub-unit reads the plans of the units above it this way (their award categories)
    without seeing those units' other data. The Board matches everything."""
    if is_board(user):
        return Q()
    units = units_with_role(user, *(roles or ()))
    ancestors = sorted({path for unit in units for path in _ancestor_paths(unit)})
    q = _subtree_q(units, field)
    if ancestors:
        q |= Q(**{f"{field}__path__in" if field else "path__in": ancestors})
    return q


def scope_queryset(queryset, user, field="unit", roles=None):
    """Filter ``queryset`` to rows whose ``field`` (a FK to Unit; ``None`` for Unit
    itself) lies in a subtree the user may see, optionally only through ``roles``."""
    if is_board(user):
        return queryset
    units = units_with_role(user, *(roles or ()))
    if not units:
        return queryset.none()
    return queryset.filter(_subtree_q(units, field))


def visible_units(user, roles=None):
    return scope_queryset(Unit.objects.all(), user, field=None, roles=roles)


def can_see_unit(user, unit, roles=None):
    if unit is None:
        return False
    if is_board(user):
        return True
    return any(unit.is_within(u) for u in units_with_role(user, *(roles or ())))


def holds_role_over(user, unit, *roles):
    """True when the user holds one of ``roles`` in ``unit`` or a unit above it — through
    the role itself, never through being the Board."""
    if unit is None:
        return False
    return any(a.role in roles and unit.is_within(a.unit) for a in assignments(user))


def can_manage_unit(user, unit):
    """Board officers manage every unit; unit officers their own subtree."""
    return is_board(user) or can_see_unit(user, unit, roles=[Role.UNIT_OFFICER])
