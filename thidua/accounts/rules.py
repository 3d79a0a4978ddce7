"""Object permissions (django-rules) shared by every app."""
import rules

from thidua.accounts.domain import scope


def _unit_of(obj):
    if obj is None:
        return None
    from thidua.units.models import Unit

    if isinstance(obj, Unit):
        return obj
    return getattr(obj, "unit", None)


@rules.predicate
def is_board_officer(user):
    return scope.is_board(user)


@rules.predicate
def sees_unit(user, obj):
    return scope.can_see_unit(user, _unit_of(obj))


@rules.predicate
def manages_unit(user, obj):
    return scope.can_manage_unit(user, _unit_of(obj))


rules.add_perm("units.view_unit_obj", sees_unit)
rules.add_perm("units.change_unit_obj", manages_unit)
rules.add_perm("core.view_history", is_board_officer)
