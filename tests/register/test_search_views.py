"""The search page and a person's page: a name typed without diacritics found, each user
sees only the results in their scope (another unit: none, and its person's page 404), the
Excel export of the results, the whole award history on the person's page, identity numbers
shown (and matched) only for the managing unit's officers and the Board."""
from io import BytesIO

import pytest
from django.urls import reverse
from openpyxl import load_workbook

from tests.factories import AwardRecordFactory, award_form
from thidua.register.domain import people
from thidua.units.models import PredecessorUnit

pytestmark = pytest.mark.django_db
CCCD = "001076000321"


@pytest.fixture
def register(commune, other_commune):
    pred = PredecessorUnit.objects.create(unit=commune, name="xã Vĩnh Hưng")
    mine = [
        AwardRecordFactory(name="Nguyễn Văn Thắng", birth_year=1976, identity_number=CCCD, unit=commune,
                           predecessor=pred, form=award_form("ldtt"), year=2021),
        AwardRecordFactory(name="Nguyễn Văn Thắng", birth_year=1976, unit=commune, form=award_form("cstdcs"), year=2024),
    ]
    theirs = AwardRecordFactory(name="Nguyễn Văn Thắng", birth_year=1976, unit=other_commune, form=award_form("ldtt"),
                                year=2022, identity_number="001076000999")
    people.link_records()
    for r in (*mine, theirs):
        r.refresh_from_db()
    return mine, theirs


def _search(client, user, **params):
    client.force_login(user)
    return client.get(reverse("register:search"), params)


def test_a_name_without_diacritics_is_found_in_the_users_scope(client, register, unit_officer, other_officer,
                                                               board_officer):
    mine, theirs = register
    page = _search(client, unit_officer, q="thang nguyen 1976")
    assert [h.record for h in page.context["hits"]] == [mine[1], mine[0]]
    assert "Nguyễn Văn Thắng" in page.content.decode() and "xã Vĩnh Hưng" in page.content.decode()
    assert [h.record for h in _search(client, other_officer, q="nguyen van thang").context["hits"]] == [theirs]
    assert len(_search(client, board_officer, q="nguyen van thnag").context["hits"]) == 3


def test_an_identity_number_matches_only_where_it_may_be_seen(client, register, unit_officer, viewer, board_officer):
    mine, _ = register
    assert [h.record for h in _search(client, unit_officer, q=CCCD).context["hits"]] == [mine[0]]
    assert [h.record for h in _search(client, board_officer, q=CCCD).context["hits"]] == [mine[0]]
    assert _search(client, viewer, q=CCCD).context["hits"] == []


def test_the_results_export_to_excel(client, register, unit_officer, viewer):
    client.force_login(unit_officer)
    response = client.get(reverse("register:search_export"), {"q": "nguyen van thang"})
    ws = load_workbook(BytesIO(b"".join(response.streaming_content) if response.streaming else response.content)).active
    rows = list(ws.iter_rows(min_row=2, values_only=True))
    assert [row[1] for row in rows] == ["Nguyễn Văn Thắng", "Nguyễn Văn Thắng"]
    assert CCCD in {row[5] for row in rows}
    client.force_login(viewer)
    response = client.get(reverse("register:search_export"), {"q": "nguyen van thang"})
    ws = load_workbook(BytesIO(b"".join(response.streaming_content) if response.streaming else response.content)).active
    assert CCCD not in {row[5] for row in ws.iter_rows(min_row=2, values_only=True)}


def test_the_person_page_shows_the_whole_history_and_the_identity_to_the_unit(client, register, unit_officer,
                                                                              viewer, other_officer):
    mine, theirs = register
    assert mine[0].person_id == mine[1].person_id != theirs.person_id
    url = reverse("register:person", args=[mine[0].person_id])
    client.force_login(unit_officer)
    page = client.get(url)
    assert [r.pk for r in page.context["records"]] == [mine[0].pk, mine[1].pk]
    html = page.content.decode()
    assert "Lao động tiên tiến" in html and "Chiến sĩ thi đua cơ sở" in html and CCCD in html
    client.force_login(viewer)
    page = client.get(url)
    assert page.status_code == 200 and CCCD not in page.content.decode()
    client.force_login(other_officer)
    assert client.get(url).status_code == 404
