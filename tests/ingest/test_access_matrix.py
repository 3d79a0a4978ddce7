"""Every named URL of the ingest app requested by every role, as a table (one test per URL,
method and document, comparing all roles at once): receiving and deciding on the plans
units send is the Board's (everyone else 403); a unit's people read what was received from
their unit (another unit and the sub-unit's submitter 404), and nobody but the Board reads a
document not yet linked to a unit.

The world: a batch received by the Board with a document read as the commune's plan and
one whose unit was not recognised."""
import pytest
from django.urls import reverse

from tests.factories import ImportBatchFactory, ReceivedDocumentFactory
from tests.permissions import expected, statuses, table_url_names, url_names, url_rows

APP = "ingest"
ROLES = ("other_officer", "submitter", "viewer", "council_member", "unit_officer", "board_officer")

BOARD = {role: 403 for role in ROLES} | {"board_officer": 200}


def board(status):
    return BOARD | {"board_officer": status}


# (url name, method, document) -> role -> status; "unlinked" is the document of no unit
TABLE = {
    ("batch_list", "get", None): BOARD,
    ("upload", "post", None): board(400),  # no file chosen: the form says so
    ("batch_detail", "get", None): BOARD,
    ("batch_rows", "get", None): BOARD,
    ("document_detail", "get", None): {role: 200 for role in ROLES} | {"other_officer": 404, "submitter": 404},
    ("document_detail", "get", "unlinked"): {role: 404 for role in ROLES} | {"board_officer": 200},
    ("document_accept", "post", None): board(302),
    ("document_return", "post", None): board(302),
    ("document_link_unit", "post", None): board(302),
    ("document_link_unit", "post", "unlinked"): board(302),
}


@pytest.fixture
def world(campaign, commune, board_officer):
    batch = ImportBatchFactory(campaign=campaign, created_by=board_officer)
    return {"batch": batch, "campaign": campaign, "commune": commune,
            "document": ReceivedDocumentFactory(batch=batch, unit=commune),
            "unlinked": ReceivedDocumentFactory(batch=batch, unit=None)}


def url(name, kind, w):
    if name in ("batch_list", "upload"):
        return reverse(f"{APP}:{name}")
    if name in ("batch_detail", "batch_rows"):
        return reverse(f"{APP}:{name}", args=[w["batch"].pk])
    return reverse(f"{APP}:{name}", args=[w[kind or "document"].pk])


def data(name, w):
    return {"upload": {"campaign": w["campaign"].pk}, "document_link_unit": {"unit": w["commune"].pk},
            "document_return": {"comment": "Bổ sung địa điểm."}}.get(name, {})


@pytest.mark.django_db
@pytest.mark.parametrize("name, method, kind", url_rows(TABLE))
def test_url(client, request, world, name, method, kind):
    got = statuses(client, request, ROLES, method, url(name, kind, world), data(name, world))
    assert got == expected(TABLE[name, method, kind])


def test_the_table_names_every_ingest_url():
    assert table_url_names(TABLE) == url_names(APP)
