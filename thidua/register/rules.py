"""Object permissions of the register (django-rules), asked through
``request.user.has_perm("register.<rule>", obj)``.

- A record is seen by whoever sees its managing unit (its unit and the units above it), and
  by the people of a unit one of whose predecessor units the record belonged to then;
  which records a list shows is ``thidua.register.domain.scope.visible_records``.
- Records are entered, imported, edited and revoked by the managing unit's officers (and
  the Board, which manages every unit).
- An identity number (CCCD) is shown only to the managing unit's officers and the Board.
- The catalogue of titles and forms is the Board's.
"""
import rules

from thidua.accounts.rules import is_board_officer, manages_unit, sees_unit


@rules.predicate
def sees_then(user, record):
    """The record belonged then to a unit the user sees, or to one of its predecessor units."""
    if getattr(record, "unit_then_id", None) and sees_unit(user, record.unit_then):
        return True
    pred = getattr(record, "predecessor", None)
    return pred is not None and sees_unit(user, pred.unit)


rules.add_perm("register.view_register", rules.is_authenticated)
rules.add_perm("register.view_record_obj", sees_unit | sees_then)
rules.add_perm("register.change_record_obj", manages_unit)
rules.add_perm("register.view_identity_obj", manages_unit)
rules.add_perm("register.add_record_obj", manages_unit)  # obj: the unit
rules.add_perm("register.import_obj", manages_unit)  # obj: the unit, or an import batch
rules.add_perm("register.change_catalogue", is_board_officer)
