"""Object permissions of the honors app (django-rules).

- Nominating and editing a nominee's record: a submitter of the nominee's (sub-)unit, or a
  unit officer of a unit above it. The Board may do it for every unit.
- Changing a nomination's dossier: whoever manages the reviewing unit, or the proposers of
  the proposing (sub-)unit.
- Holding the council meeting and voting: the council members and unit officers of the unit.
- Issuing the award decision: the unit's officers (the Board too).

Objects expose ``.unit`` (a nominee, a plan, a council meeting); a nomination also has
``.proposing_unit``. Seeing an object at all is decided by the scoped queryset (404) before
these rules are asked (403).
"""
import rules

from thidua.accounts.domain import scope
from thidua.accounts.models import Role
from thidua.accounts.rules import is_board_officer, manages_unit

PROPOSERS = (Role.UNIT_OFFICER, Role.SUBMITTER)
COUNCIL = (Role.UNIT_OFFICER, Role.COUNCIL_MEMBER)


def _unit(obj, attr="unit"):
    return getattr(obj, attr, None) if obj is not None else None


@rules.predicate
def proposes_for_unit(user, obj):
    """A submitter of ``obj.unit`` (or of a unit above it) or a unit officer above it."""
    return scope.can_see_unit(user, _unit(obj), roles=PROPOSERS)


@rules.predicate
def proposes_for_proposing_unit(user, nomination):
    return scope.can_see_unit(user, _unit(nomination, "proposing_unit"), roles=PROPOSERS)


@rules.predicate
def sits_on_council(user, obj):
    """A council member or a unit officer of ``obj.unit`` (a plan or a council meeting)."""
    return scope.can_see_unit(user, _unit(obj), roles=COUNCIL)


@rules.predicate
def has_proposer_role(user):
    return bool(scope.units_with_role(user, *PROPOSERS))


rules.add_perm("honors.add_nominee", is_board_officer | has_proposer_role)
rules.add_perm("honors.change_nominee_obj", is_board_officer | proposes_for_unit)
rules.add_perm("honors.nominate_obj", is_board_officer | proposes_for_unit)
rules.add_perm("honors.change_nomination_obj", manages_unit | proposes_for_proposing_unit)
rules.add_perm("honors.hold_meeting_obj", is_board_officer | sits_on_council)
rules.add_perm("honors.vote_obj", is_board_officer | sits_on_council)
rules.add_perm("honors.issue_decision_obj", manages_unit)
