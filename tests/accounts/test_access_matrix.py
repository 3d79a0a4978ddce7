"""Every named URL of the accounts app requested anonymously and by every role, as a table
(one test per URL and method): the login page opens for everyone, a wrong password shows
the form again, and logging out sends anyone to the login page."""
import pytest
from django.urls import reverse

from tests.permissions import LOGIN, expected, statuses, table_url_names, url_names, url_rows

APP = "accounts"
ROLES = ("other_officer", "submitter", "viewer", "council_member", "unit_officer", "board_officer")

# (url name, method, data) -> role -> status
TABLE = {
    ("login", "get", None): {"anonymous": 200} | {role: 200 for role in ROLES},
    ("login", "post", "wrong"): {"anonymous": 200} | {role: 200 for role in ROLES},
    ("logout", "post", None): {"anonymous": LOGIN} | {role: 302 for role in ROLES},
}


@pytest.fixture
def world(other_officer, submitter, viewer, council_member, unit_officer, board_officer):
    return {}


def data(kind):
    return {"username": "canbo", "password": "khong-dung"} if kind == "wrong" else {}


@pytest.mark.django_db
@pytest.mark.parametrize("name, method, kind", url_rows(TABLE))
def test_url(client, request, world, name, method, kind):
    got = statuses(client, request, ROLES, method, reverse(f"{APP}:{name}"), data(kind))
    assert got == expected(TABLE[name, method, kind])


def test_the_table_names_every_accounts_url():
    assert table_url_names(TABLE) == url_names(APP)
