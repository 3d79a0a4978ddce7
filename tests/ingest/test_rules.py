"""The ingest rules as a table: who × rule → allowed. Objects: a document received from xã
Kẻ Sặt, one from another commune, and one whose sending unit is not known yet."""
import pytest

from tests.factories import ImportBatchFactory, ReceivedDocumentFactory
from tests.permissions import rule_cases

RULES = (
    ("ingest.upload", None), ("ingest.decide", None), ("ingest.view_received_document", "own"),
    ("ingest.view_received_document", "other"), ("ingest.view_received_document", "unlinked"),
)
T, F = True, False
TABLE = {
    #                  upload decide  see: own other unlinked
    "board_officer":   (T,     T,          T,  T,    T),
    "unit_officer":    (F,     F,          T,  F,    F),
    "city_officer":    (F,     F,          T,  T,    F),
    "other_officer":   (F,     F,          F,  T,    F),
    "viewer":          (F,     F,          T,  F,    F),
    "council_member":  (F,     F,          T,  F,    F),
    "submitter":       (F,     F,          F,  F,    F),  # of the commune's police
    "subunit_officer": (F,     F,          F,  F,    F),
    "superuser":       (T,     T,          T,  T,    T),
    "anonymous":       (F,     F,          F,  F,    F),
}


@pytest.fixture
def objects(campaign, commune, other_commune):
    batch = ImportBatchFactory(campaign=campaign)
    return {
        None: None, "own": ReceivedDocumentFactory(batch=batch, unit=commune),
        "other": ReceivedDocumentFactory(batch=batch, unit=other_commune), "unlinked": ReceivedDocumentFactory(batch=batch, unit=None),
    }


@pytest.mark.django_db
@pytest.mark.parametrize("who, perm, obj, allowed", rule_cases(RULES, TABLE))
def test_ingest_rules(request, objects, who, perm, obj, allowed):
    user = request.getfixturevalue(who)
    assert user.has_perm(perm, objects[obj]) is allowed
