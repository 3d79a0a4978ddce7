"""Object permissions of the honors app (django-rules): every honors view asks
``request.user.has_perm("honors.<rule>", obj)`` and nothing else.

- Adding and editing a nominee's record, and nominating it: a submitter of the nominee's
  (sub-)unit, or a proposer (unit officer, submitter) of a unit above it. The Board may do it
  for every unit.
- Changing a nomination's dossier: whoever manages the reviewing unit, or the proposers of
  the proposing (sub-)unit.
- Holding the council meeting and voting: the council members and unit officers of the unit.
- Issuing the award decision: the unit's officers (the Board too).
- A unit's certificate layout and its own criteria sets: the officers who manage the unit;
  shared criteria sets (no unit): the Board only.

Objects expose ``.unit`` (a nominee, a plan, a council meeting) or are a ``Unit``; a
nomination also has ``.proposing_unit``. Seeing an object at all is decided by the scoped
queryset (404) before these rules are asked (403). The Board is ``accounts.rules.is_board_officer``.
"""
import rules

from thidua.accounts.domain import scope
from thidua.accounts.models import Role
from thidua.accounts.rules import is_board_officer, manages_unit

PROPOSERS = (Role.UNIT_OFFICER, Role.SUBMITTER)
COUNCIL = (Role.UNIT_OFFICER, Role.COUNCIL_MEMBER)
OFFICERS = (Role.UNIT_OFFICER, Role.BOARD_OFFICER)


def _unit(obj, attr="unit"):
    if obj is None:
        return None
    from thidua.units.models import Unit

    return obj if isinstance(obj, Unit) and attr == "unit" else getattr(obj, attr, None)


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


@rules.predicate
def has_officer_role(user):
    return bool(scope.units_with_role(user, *OFFICERS))


rules.add_perm("honors.add_nominee", is_board_officer | has_proposer_role)
rules.add_perm("honors.add_nominee_obj", is_board_officer | proposes_for_unit)  # obj: the managing unit
rules.add_perm("honors.change_nominee_obj", is_board_officer | proposes_for_unit)
rules.add_perm("honors.nominate_obj", is_board_officer | proposes_for_unit)
rules.add_perm("honors.change_nomination_obj", manages_unit | proposes_for_proposing_unit)
rules.add_perm("honors.hold_meeting_obj", is_board_officer | sits_on_council)
rules.add_perm("honors.vote_obj", is_board_officer | sits_on_council)
rules.add_perm("honors.issue_decision_obj", manages_unit)
rules.add_perm("honors.change_layout", is_board_officer | has_officer_role)
rules.add_perm("honors.change_layout_obj", manages_unit)  # obj: the unit
rules.add_perm("honors.add_criteria", is_board_officer | has_officer_role)
rules.add_perm("honors.add_criteria_obj", manages_unit)  # obj: the owning unit; None (shared): the Board


def proposer_units(user):
    """The units whose records ``user`` may keep (choice lists of the nominee and import forms)."""
    return scope.visible_units(user, roles=PROPOSERS).order_by("path")


def own_units_with(user, perm):
    """``user``'s own units (those of their role assignments) on which they have ``perm``."""
    units = {u.pk: u for u in scope.units_with_role(user)}
    return sorted((u for u in units.values() if user.has_perm(perm, u)), key=lambda u: u.path)
