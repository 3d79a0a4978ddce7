"""Every named URL of the register requested by every role, as a table (one test per URL and
method, comparing all roles at once): the unit's own people get the page, another unit gets
404, a role without the right 403. The table must name every register URL."""
import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import get_resolver, reverse

from tests.factories import AwardRecordFactory, award_form, messy_workbook
from thidua.register.domain import imports, people
from thidua.register.models import AwardForm

ROLES = ("other_officer", "submitter", "viewer", "unit_officer", "board_officer")  # requests run in this order
ALL = {role: 200 for role in ROLES}
BOARD_ONLY = {"other_officer": 403, "submitter": 403, "viewer": 403, "unit_officer": 403, "board_officer": 200}


def see(unit=200, board=200, viewer=200):
    """Who sees the commune's object: its people and the Board; another unit and a sub-unit's submitter 404."""
    return {"other_officer": 404, "submitter": 404, "viewer": viewer, "unit_officer": unit, "board_officer": board}


def change(unit=200, board=200):
    return see(unit, board, viewer=403)


TABLE = {
    ("list", "get", None): ALL,
    ("export", "get", None): ALL,
    ("detail", "get", None): see(),
    ("search", "get", None): ALL,  # each sees only the results in their scope (tests/register/test_search_views.py)
    ("search_export", "get", None): ALL,
    ("person", "get", None): see(),
    # every officer sees the suspects of the units they manage (another unit: its own, none here)
    ("duplicates", "get", None): {"other_officer": 200, "submitter": 403, "viewer": 403, "unit_officer": 200,
                                  "board_officer": 200},
    ("link_people", "post", None): {"other_officer": 302, "submitter": 403, "viewer": 403, "unit_officer": 302,
                                    "board_officer": 302},
    ("duplicate_decide", "post", "apart"): change(302, 302),  # the Board's second decision is refused with a message
    ("revoke", "post", "revoke"): change(302, 302),  # the Board's second revocation is refused with a message
    ("import", "get", None): {**change(), "other_officer": 200, "submitter": 403},  # every officer imports for their unit
    ("import_preview", "get", None): change(),
    ("import_preview", "post", "map"): change(302, 302),
    ("catalogue", "get", None): ALL,
    ("catalogue_add", "get", None): BOARD_ONLY,
    ("catalogue_edit", "get", None): BOARD_ONLY,
}


@pytest.fixture
def world(commune, unit_officer, tmp_path):
    record = AwardRecordFactory(unit=commune, form=award_form("ldtt"))
    twin = AwardRecordFactory(unit=commune, form=award_form("ldtt"), name=record.name)
    people.link_records(commune)
    record.refresh_from_db()
    path = messy_workbook(tmp_path / "ds.xlsx")
    batch = imports.upload(commune, unit_officer, SimpleUploadedFile("ds.xlsx", path.read_bytes()))
    return {"record": record, "twin": twin, "batch": batch, "person": record.person}


def args(name, w):
    return {"detail": [w["record"].pk], "revoke": [w["record"].pk], "import_preview": [w["batch"].pk],
            "catalogue_edit": [AwardForm.objects.get(code="ldtt").pk], "person": [w["person"].pk]}.get(name, [])


def data(kind, w):
    return {"revoke": {"revoked_by": "3/QĐ-UBND ngày 02/3/2025", "revoked_reason": "Hồ sơ không trung thực"},
            "map": {"action": "map"}, "apart": {"a": w["record"].pk, "b": w["twin"].pk, "decision": "apart"}}.get(kind, {})


@pytest.mark.django_db
@pytest.mark.parametrize("name, method, kind", list(TABLE), ids=[f"{n}-{m}" for n, m, _ in TABLE])
def test_url(client, request, world, name, method, kind):
    url = reverse(f"register:{name}", args=args(name, world))
    got = {}
    for role in ROLES:
        client.force_login(request.getfixturevalue(role))
        response = getattr(client, method)(url, data(kind, world))
        got[role] = response.status_code
    assert got == TABLE[name, method, kind]


def test_the_table_names_every_register_url():
    names = {name for name, _, _ in TABLE}
    resolver = get_resolver().namespace_dict["register"][1]
    assert names == {p.name for p in resolver.url_patterns if getattr(p, "name", None)}
