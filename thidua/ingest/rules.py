"""Object permissions of received plans: the Board reads and decides every one; a unit's
officers, council members and viewers may read what was received from their own unit."""
import rules

from thidua.accounts.domain import scope
from thidua.accounts.rules import is_board_officer


@rules.predicate
def sees_received_document(user, document):
    if document is None:
        return False
    if scope.is_board(user):
        return True
    return document.unit_id is not None and scope.can_see_unit(user, document.unit)


rules.add_perm("ingest.upload", is_board_officer)
rules.add_perm("ingest.decide", is_board_officer)
rules.add_perm("ingest.view_received_document", sees_received_document)
