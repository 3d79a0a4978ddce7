"""Object permissions (django-rules) shared by every app."""
import rules

from thidua.accounts.domain import scope


def unit_of(obj):
    """The unit a rule is about: ``obj`` itself when it is a unit, else ``obj.unit``."""
    if obj is None:
        return None
    from thidua.units.models import Unit

    if isinstance(obj, Unit):
        return obj
    return getattr(obj, "unit", None)


@rules.predicate
def is_board_officer(user):
    """The one "is the Board" predicate (``scope.is_board``): every rules.py imports it."""
    return scope.is_board(user)


@rules.predicate
def sees_unit(user, obj):
    return scope.can_see_unit(user, unit_of(obj))


@rules.predicate
def manages_unit(user, obj):
    return scope.can_manage_unit(user, unit_of(obj))


rules.add_perm("units.view_units", rules.is_authenticated)
rules.add_perm("units.view_all_units", is_board_officer)
rules.add_perm("units.view_unit_obj", sees_unit)
rules.add_perm("units.change_unit_obj", manages_unit)
rules.add_perm("core.view_history", is_board_officer)
