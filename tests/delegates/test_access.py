"""URL × role matrix for the delegates app: another unit gets 404, a role without the right 403."""

import pytest

from tests.factories import AgendaFactory, DelegateFactory, conference_for
from thidua.delegates.domain import congress


@pytest.fixture
def conf(commune, campaign):
    c = conference_for(commune, campaign)
    AgendaFactory(plan=c.plan, content="Tuyên bố lý do", start_time="14:00", end_time="14:20")
    return c


@pytest.fixture
def delegate(conf):
    return DelegateFactory(conference=conf, full_name="Nguyễn Thị Miền")


def get_urls(conf, d):
    b = f"/dai-bieu/{conf.pk}/"
    return [b, b + "co-cau/", b + "them/", f"{b}dai-bieu/{d.pk}/sua/", f"{b}dai-bieu/{d.pk}/giay-moi.pdf",
            b + "giay-moi.pdf", b + "nhap-excel/", b + "mau-excel.xlsx", b + "phan-bo/", b + "de-xuat/",
            b + "chuong-trinh/", b + "chuong-trinh.pdf", b + "diem-danh/", f"{b}diem-danh/ma/{d.token}/", b + "so-lieu/"]


@pytest.mark.django_db
def test_owner_sees_everything_other_unit_gets_404(client_for, conf, delegate, unit_officer, other_officer, board_officer):
    for url in get_urls(conf, delegate):
        assert client_for(unit_officer).get(url).status_code == 200, url
    for url in get_urls(conf, delegate):
        assert client_for(other_officer).get(url).status_code == 404, url
    assert client_for(board_officer).get(get_urls(conf, delegate)[0]).status_code == 200
    b = f"/dai-bieu/{conf.pk}/"
    for url in [f"{b}dai-bieu/{delegate.pk}/xoa/", f"{b}dai-bieu/{delegate.pk}/phan-hoi/", f"{b}diem-danh/{delegate.pk}/"]:
        assert client_for(other_officer).post(url).status_code == 404, url
    assert client_for(other_officer).post("/dai-bieu/lap/", {"plan": conf.plan.pk}).status_code == 404
    assert conf.delegates.count() == 1 and conf.delegates.get().checked_in_at is None


@pytest.mark.django_db
def test_viewer_reads_but_cannot_change(client_for, conf, delegate, viewer, submitter):
    b = f"/dai-bieu/{conf.pk}/"
    assert client_for(viewer).get(b).status_code == 200
    assert client_for(viewer).get(b + "chuong-trinh/").status_code == 200
    for url in [b + "them/", b + "diem-danh/", b + "de-xuat/", b + "nhap-excel/"]:
        assert client_for(viewer).get(url).status_code == 403, url
    assert client_for(viewer).post(f"{b}diem-danh/{delegate.pk}/").status_code == 403
    assert client_for(viewer).post(f"{b}dai-bieu/{delegate.pk}/xoa/").status_code == 403
    assert client_for(viewer).post(b + "phan-bo/", {"seats": 1}).status_code == 403
    assert client_for(submitter).get(b).status_code == 404  # a sub-unit does not see its parent's conference


@pytest.mark.django_db
def test_create_conference_and_list(client_for, commune, campaign, unit_officer, other_officer):
    from tests.factories import PlanFactory

    plan = PlanFactory(scheduled=True, unit=commune, campaign=campaign)
    assert "Lập danh sách" in client_for(unit_officer).get("/dai-bieu/").content.decode()
    response = client_for(unit_officer).post("/dai-bieu/lap/", {"plan": plan.pk})
    assert response.status_code == 302 and plan.conference.unit == commune
    assert plan.conference.plan.conference_name not in client_for(other_officer).get("/dai-bieu/").content.decode()


@pytest.mark.django_db
def test_congress_matrix(client_for, commune, other_commune, campaign, conf, unit_officer, other_officer, board_officer, viewer):
    sub = congress.submission_for(campaign, commune, unit_officer)
    exemplar = DelegateFactory(conference=conf, group="exemplar")
    entry = congress.add_from_delegate(sub, exemplar, unit_officer)
    base = f"/dai-hoi/{commune.code}/"
    base = "/dai-bieu" + base
    assert client_for(unit_officer).get(base).status_code == 200
    assert client_for(unit_officer).get("/dai-bieu/dai-hoi/").status_code == 302
    assert client_for(other_officer).get(base).status_code == 404
    assert client_for(other_officer).get(f"{base}{entry.pk}/sua/").status_code == 404
    assert client_for(other_officer).post(f"{base}{entry.pk}/bo/").status_code == 404
    assert client_for(other_officer).get(base + "danh-sach.xlsx").status_code == 404
    assert client_for(viewer).get(f"{base}{entry.pk}/sua/").status_code == 403
    assert client_for(viewer).post(base, {"action": "submit"}).status_code == 403
    assert client_for(unit_officer).get(f"{base}{entry.pk}/sua/").status_code == 200
    assert client_for(unit_officer).get(base + "danh-sach.docx").status_code == 200
    assert client_for(unit_officer).get(base + "danh-sach.exe").status_code == 404
    # the Board's pages
    assert client_for(board_officer).get("/dai-bieu/dai-hoi/").status_code == 200
    assert client_for(board_officer).get("/dai-bieu/dai-hoi/tong-hop.xlsx").status_code == 200
    assert client_for(unit_officer).get("/dai-bieu/dai-hoi/tong-hop.xlsx").status_code == 403
    assert client_for(unit_officer).post("/dai-bieu/dai-hoi/chi-tieu/", {f"seats-{commune.pk}": "99"}).status_code == 403
    assert client_for(board_officer).post("/dai-bieu/dai-hoi/chi-tieu/", {f"seats-{commune.pk}": "3"}).status_code == 302
    assert congress.quota_of(campaign, commune) == 3
    assert entry in sub.delegates.all()


@pytest.mark.django_db
@pytest.mark.parametrize("count", [1, 3])
def test_conference_detail_has_no_n_plus_1(client_for, conf, unit_officer, count, django_assert_num_queries):
    for _ in range(count):
        DelegateFactory(conference=conf)
    client = client_for(unit_officer)
    client.get(f"/dai-bieu/{conf.pk}/")
    with django_assert_num_queries(10):
        assert client.get(f"/dai-bieu/{conf.pk}/").status_code == 200


@pytest.mark.django_db
@pytest.mark.parametrize("count", [1, 3])
def test_conference_list_has_no_n_plus_1(client_for, commune, campaign, unit_officer, count, django_assert_num_queries):
    from tests.factories import UnitFactory

    for i in range(count):
        unit = UnitFactory(code=f"thon-{i}", name=f"Thôn {i}", kind="village", parent=commune)
        DelegateFactory(conference=conference_for(unit, campaign))
    client = client_for(unit_officer)
    client.get("/dai-bieu/")
    with django_assert_num_queries(5):
        assert client.get("/dai-bieu/").status_code == 200


@pytest.mark.django_db
@pytest.mark.parametrize("count", [1, 3])
def test_congress_board_has_no_n_plus_1(client_for, city, campaign, board_officer, count, django_assert_num_queries):
    from tests.factories import UnitFactory

    for i in range(count):
        UnitFactory(code=f"xa-{i}", name=f"Xã {i}", kind="xa", parent=city)
    client = client_for(board_officer)
    client.get("/dai-bieu/dai-hoi/")
    with django_assert_num_queries(11):
        assert client.get("/dai-bieu/dai-hoi/").status_code == 200


@pytest.mark.django_db
@pytest.mark.parametrize("count", [1, 3])
def test_checkin_search_has_no_n_plus_1(client_for, conf, unit_officer, count, django_assert_num_queries):
    for i in range(count):
        DelegateFactory(conference=conf, full_name=f"Nguyễn Văn Tìm {i}")
    client = client_for(unit_officer)
    client.get(f"/dai-bieu/{conf.pk}/diem-danh/?q=nguyen van tim")
    with django_assert_num_queries(6):
        body = client.get(f"/dai-bieu/{conf.pk}/diem-danh/?q=nguyen van tim").content.decode()
    assert body.count("Có mặt: Nguyễn Văn Tìm") == count


@pytest.mark.django_db
def test_add_from_nominees(client_for, conf, commune, subunit, unit_officer, other_officer, viewer):
    from thidua.honors.models import Nominee

    n1 = Nominee.objects.create(unit=subunit, full_name="Đỗ Văn Chiến", gender="male", field="security",
                                economic_sector="state", direct_worker=True, summary="Chiến sĩ thi đua cơ sở 2024")
    n2 = Nominee.objects.create(unit=commune, kind="collective", full_name="Trường Tiểu học Kẻ Sặt", field="education")
    url = f"/dai-bieu/{conf.pk}/tu-ho-so/"
    assert client_for(other_officer).get(url).status_code == 404
    assert client_for(viewer).get(url).status_code == 403
    assert "Đỗ Văn Chiến" in client_for(unit_officer).get(url).content.decode()
    client_for(unit_officer).post(url, {"nominee": [n1.pk, n2.pk]})
    d1 = conf.delegates.get(nominee=n1)
    assert (d1.status, d1.group, d1.field, d1.economic_sector, d1.direct_worker, d1.achievements) == (
        "candidate", "exemplar", "security", "state", True, "Chiến sĩ thi đua cơ sở 2024")
    d2 = conf.delegates.get(nominee=n2)
    assert (d2.collective_name, d2.field, d2.economic_sector) == ("Trường Tiểu học Kẻ Sặt", "education", "")
    client_for(unit_officer).post(url, {"nominee": [n1.pk]})  # twice: not added again
    assert conf.delegates.filter(nominee=n1).count() == 1
