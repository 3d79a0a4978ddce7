"""URL × role matrix for the foundation's views."""
import pytest

from tests.factories import CampaignFactory, UnitFactory


@pytest.mark.django_db
def test_unit_detail_matrix(client_for, commune, subunit, other_commune, unit_officer, other_officer, board_officer,
                            submitter, viewer, council_member):
    url = f"/don-vi/{commune.code}/"
    assert client_for(unit_officer).get(url).status_code == 200
    assert client_for(viewer).get(url).status_code == 200
    assert client_for(council_member).get(url).status_code == 200
    assert client_for(board_officer).get(url).status_code == 200
    assert client_for(other_officer).get(url).status_code == 404
    assert client_for(submitter).get(url).status_code == 404  # a sub-unit does not see its parent's data
    assert client_for(submitter).get(f"/don-vi/{subunit.code}/").status_code == 200


@pytest.mark.django_db
def test_unit_list_shows_only_own_units(client_for, commune, subunit, other_commune, unit_officer, other_officer):
    body = client_for(unit_officer).get("/don-vi/").content.decode()
    assert "Công an xã Kẻ Sặt" in body and "An Hải" not in body
    body = client_for(other_officer).get("/don-vi/").content.decode()
    assert "Kẻ Sặt" not in body and "An Hải" in body


@pytest.mark.django_db
def test_unit_list_search_ignores_diacritics(client_for, board_officer, commune, other_commune):
    body = client_for(board_officer).get("/don-vi/?q=ke sat").content.decode()
    assert "Kẻ Sặt" in body and "An Hải" not in body


@pytest.mark.django_db
def test_unit_campaign_hidden_from_other_units(client_for, campaign, commune, other_commune, unit_officer, other_officer):
    CampaignFactory(code="ke-sat-rieng", title="Kế hoạch riêng của xã", level="unit", parent=campaign, issuer=commune)
    assert client_for(unit_officer).get("/dot-thi-dua/ke-sat-rieng/").status_code == 200
    assert client_for(other_officer).get("/dot-thi-dua/ke-sat-rieng/").status_code == 404
    assert "Kế hoạch riêng của xã" not in client_for(other_officer).get("/dot-thi-dua/").content.decode()
    # the city plan is every officer's reference
    assert client_for(other_officer).get(f"/dot-thi-dua/{campaign.code}/").status_code == 200


@pytest.mark.django_db
def test_history_matrix(client_for, board_officer, unit_officer, viewer, submitter):
    assert client_for(board_officer).get("/lich-su/").status_code == 200
    for user in (unit_officer, viewer, submitter):
        assert client_for(user).get("/lich-su/").status_code == 403


@pytest.mark.django_db
def test_unknown_unit_code_is_a_vietnamese_404(client_for, board_officer):
    response = client_for(board_officer).get("/don-vi/khong-ton-tai/")
    assert response.status_code == 404


@pytest.mark.django_db
@pytest.mark.parametrize("count", [1, 3])
def test_unit_list_has_no_n_plus_1(client_for, board_officer, city, count, django_assert_num_queries):
    for i in range(count):
        parent = UnitFactory(code=f"xa-{i}", name=f"Xã {i}", kind="xa", parent=city)
        UnitFactory(code=f"xa-{i}-thon", name=f"Thôn {i}", kind="village", parent=parent)
    client = client_for(board_officer)
    client.get("/don-vi/")  # warm the session
    with django_assert_num_queries(5):
        response = client.get("/don-vi/")
    assert response.status_code == 200


@pytest.mark.django_db
@pytest.mark.parametrize("count", [1, 3])
def test_campaign_list_has_no_n_plus_1(client_for, unit_officer, city, count, django_assert_num_queries):
    for i in range(count):
        CampaignFactory(code=f"c-{i}", issuer=city)
    client = client_for(unit_officer)
    client.get("/dot-thi-dua/")
    with django_assert_num_queries(4):
        assert client.get("/dot-thi-dua/").status_code == 200
