"""Every named URL of the honors app requested by every role, as a table (one test per URL
and method, comparing all roles at once): the commune's people get the page, another unit
gets 404, a role without the right 403. The table must name every honors URL.

The world (tests/honors/test_access.py): a nominee of the commune's police (the submitter's
sub-unit) nominated in the commune's plan, voted by its council, awarded by its decision."""
import pytest
from django.urls import reverse

from tests.honors.test_access import world  # noqa: F401  (the fixture)
from tests.permissions import expected, statuses, table_url_names, url_names, url_rows

APP = "honors"
ROLES = ("other_officer", "submitter", "viewer", "council_member", "unit_officer", "board_officer")


def everyone(status=200):
    return {role: status for role in ROLES}


def see_record(status=200):
    """A nominee or a nomination of the sub-unit: the sub-unit's submitter sees it too."""
    return {**everyone(status), "other_officer": 404}


def see_commune(status=200):
    """The commune's plan, meeting or decision: not the sub-unit's submitter, nor another unit."""
    return {**see_record(status), "submitter": 404}


def keep_record(status=200):
    """Who keeps a record of the sub-unit: its submitter, the officers above it, the Board."""
    return {**see_record(status), "viewer": 403, "council_member": 403}


PROPOSERS = {**everyone(), "viewer": 403, "council_member": 403}  # any unit's submitters and officers
OFFICERS = {**PROPOSERS, "submitter": 403}  # any unit's officers (their own unit's page)
COUNCIL = {**see_commune(), "viewer": 403}
MANAGERS = {**COUNCIL, "council_member": 403}

# (url name, method, query or data) -> role -> status
TABLE = {
    ("nominations", "get", None): everyone(),
    ("nomination_detail", "get", None): see_record(),
    ("dossier_file", "get", None): see_record(),
    ("dossier_upload", "post", None): keep_record(),  # nothing chosen: the form again, with its errors
    ("quota", "get", None): see_commune(),
    ("nominees", "get", None): everyone(),
    ("nominee_create", "get", None): PROPOSERS,
    ("nominee_detail", "get", None): see_record(),
    ("nominee_edit", "get", None): keep_record(),
    ("nominate", "get", None): keep_record(),
    ("evidence_file", "get", None): see_record(),
    ("import", "get", None): PROPOSERS,
    ("import_template", "get", None): everyone(),
    ("export_nominations", "get", None): everyone(),
    ("export_awards", "get", None): everyone(),
    ("meeting_create", "get", None): COUNCIL,
    ("meeting_detail", "get", None): see_commune(),
    ("vote", "post", None): {**COUNCIL, "unit_officer": 302, "council_member": 302, "board_officer": 302},  # no figures
    ("minutes", "get", None): see_commune(),
    ("decisions", "get", None): everyone(),
    ("decision_create", "get", None): MANAGERS,
    ("decision_detail", "get", None): see_commune(),
    ("decision_file", "get", None): see_commune(),
    ("certificates", "get", None): see_commune(),
    ("certificates_zip", "get", None): see_commune(),
    ("layout", "get", None): OFFICERS,  # each officer their own unit's blanks
    ("layout", "get", "?don-vi=xa-ke-sat"): {**MANAGERS, "submitter": 404},
    ("layout_test", "get", None): OFFICERS,
    ("layout_test", "get", "?don-vi=xa-ke-sat"): {**MANAGERS, "submitter": 404},
    ("criteria", "get", None): everyone(),
    ("criteria_create", "get", None): OFFICERS,
}


def args(name, w):
    n, m, d = w["nomination"].pk, w["meeting"].pk, w["decision"].pk
    return {
        "nomination_detail": [n], "dossier_file": [n, "proposal"], "dossier_upload": [n], "quota": [w["plan"].pk],
        "nominee_detail": [w["nominee"].pk], "nominee_edit": [w["nominee"].pk], "nominate": [w["nominee"].pk],
        "evidence_file": [w["evidence"].pk], "meeting_create": [w["plan"].pk], "meeting_detail": [m],
        "vote": [m, n], "minutes": [m], "decision_create": [w["plan"].pk], "decision_detail": [d],
        "decision_file": [d, "docx"], "certificates": [d], "certificates_zip": [d],
    }.get(name, [])


@pytest.mark.django_db
@pytest.mark.parametrize("name, method, query", url_rows(TABLE))
def test_url(client, request, world, name, method, query):  # noqa: F811  (world is the fixture)
    url = reverse(f"{APP}:{name}", args=args(name, world)) + (query or "")
    got = statuses(client, request, ROLES, method, url)
    assert got == expected(TABLE[name, method, query])


def test_the_table_names_every_honors_url():
    assert table_url_names(TABLE) == url_names(APP)
