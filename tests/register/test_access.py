"""Scope of the register: a unit sees its records, its sub-units' and those of its
predecessor units; another unit gets 404; identity numbers only for the managing unit and
the Board. The URL × role table is test_access_matrix.py."""
import pytest
from django.urls import reverse

from tests.factories import AwardRecordFactory, UnitFactory, award_form
from thidua.register.domain.scope import visible_records
from thidua.units.models import PredecessorUnit

COVERED_URL_NAMES = [
    "register:list", "register:export", "register:detail", "register:revoke", "register:import",
    "register:import_preview", "register:catalogue", "register:catalogue_add", "register:catalogue_edit",
    # the search pages: rows of the URL × role table in test_access_matrix.py
    "register:search", "register:search_export", "register:person", "register:duplicates",
    "register:duplicate_decide", "register:link_people",
]


@pytest.fixture
def records(city, commune, subunit, other_commune):
    pred = PredecessorUnit.objects.create(unit=commune, name="thị trấn Kẻ Sặt")
    board_unit = UnitFactory(code="hai-phong-ubnd", name="UBND thành phố", kind="office", parent=city)
    return {
        "own": AwardRecordFactory(unit=commune, identity_number="001176000321", form=award_form("ldtt")),
        "sub": AwardRecordFactory(unit=subunit, form=award_form("ldtt")),
        "pred": AwardRecordFactory(unit=board_unit, predecessor=pred, form=award_form("bang-khen-tinh")),
        "theirs": AwardRecordFactory(unit=other_commune, form=award_form("ldtt")),
    }


@pytest.mark.django_db
def test_a_unit_sees_its_own_its_subunits_and_its_predecessors_records(records, unit_officer, other_officer,
                                                                       board_officer, submitter):
    def names(user):
        return {key for key, r in records.items() if visible_records(user).filter(pk=r.pk).exists()}

    assert names(unit_officer) == {"own", "sub", "pred"}
    assert names(other_officer) == {"theirs"}
    assert names(submitter) == {"sub"}
    assert names(board_officer) == set(records)


@pytest.mark.django_db
def test_the_pages_follow_the_scope(client_for, records, unit_officer, other_officer):
    for key in ("own", "sub", "pred"):
        assert client_for(unit_officer).get(reverse("register:detail", args=[records[key].pk])).status_code == 200
        assert client_for(other_officer).get(reverse("register:detail", args=[records[key].pk])).status_code == 404
    listed = client_for(other_officer).get(reverse("register:list")).content.decode()
    assert records["theirs"].name in listed and records["own"].name not in listed


@pytest.mark.django_db
def test_identity_numbers_only_for_the_managing_unit_and_the_board(client_for, records, unit_officer, viewer,
                                                                   board_officer):
    url = reverse("register:detail", args=[records["own"].pk])
    assert "001176000321" in client_for(unit_officer).get(url).content.decode()
    assert "001176000321" in client_for(board_officer).get(url).content.decode()
    page = client_for(viewer).get(url)
    assert page.status_code == 200 and "001176000321" not in page.content.decode()
