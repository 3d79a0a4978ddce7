"""Object permissions of the delegates app (django-rules), asked by every view and API
endpoint through ``request.user.has_perm("delegates.<rule>", obj)``.

- A conference (its delegate list, allocation, proposal, invitations, timetable): seen by
  whoever sees its unit; changed, and its check-in run, by the unit's officers (and the
  Board, which manages every unit).
- Starting a conference for a plan: whoever manages the plan's unit. The list of plans to
  start one for is offered to unit officers, not to the Board (the units build their own).
- A unit's list of delegates to the city congress: seen by whoever sees that reporting
  unit, changed by its officers; sending it back to the unit is the Board's.
- The Board's congress pages (quotas, the city-wide list, its export and API): the Board.

Objects expose ``.unit`` (a conference, a delegate, a plan, a congress submission or entry)
or are a Unit. Seeing an object at all is decided first by the scoped lookup (404 for
another unit's object); these rules then answer 403.
"""
import rules

from thidua.accounts.domain import scope
from thidua.accounts.models import Role
from thidua.accounts.rules import is_board_officer, manages_unit, sees_unit

# Who works on a unit's congress list (and is offered it on the congress page).
CONGRESS_ROLES = (Role.UNIT_OFFICER, Role.VIEWER, Role.COUNCIL_MEMBER)


def _unit(obj):
    if obj is None:
        return None
    from thidua.units.models import Unit

    return obj if isinstance(obj, Unit) else getattr(obj, "unit", None)


@rules.predicate
def is_reporting_unit(user, obj):
    unit = _unit(obj)
    return unit is not None and unit.is_reporting_unit


@rules.predicate
def works_on_congress_of(user, obj):
    """A unit officer, viewer or council member of the unit (or of a unit above it)."""
    return scope.can_see_unit(user, _unit(obj), roles=CONGRESS_ROLES)


rules.add_perm("delegates.view_conference_obj", sees_unit)
rules.add_perm("delegates.change_conference_obj", manages_unit)
rules.add_perm("delegates.checkin_obj", manages_unit)
rules.add_perm("delegates.start_conferences", rules.is_authenticated & ~is_board_officer)
rules.add_perm("delegates.start_conference_obj", manages_unit)

rules.add_perm("delegates.view_congress_obj", is_reporting_unit & sees_unit)
rules.add_perm("delegates.list_congress_obj", is_reporting_unit & works_on_congress_of)
rules.add_perm("delegates.change_congress_obj", is_reporting_unit & manages_unit)
rules.add_perm("delegates.reopen_congress_obj", is_board_officer)
rules.add_perm("delegates.view_city_congress", is_board_officer)
rules.add_perm("delegates.set_congress_quotas", is_board_officer)
