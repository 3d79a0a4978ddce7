"""Who opens what in the reports app: another unit gets 404, a role without the right 403."""
import datetime

import pytest
from django.core import mail

from tests.factories import PlanFactory, ResultsReportFactory, UnitFactory, at
from thidua.reports.models import Reminder, ResultsReport


@pytest.mark.django_db
@pytest.mark.parametrize("url", ["/bao-cao/tien-do/", "/bao-cao/tien-do/excel/", "/bao-cao/toan-canh/",
                                 "/bao-cao/toan-canh/excel/", "/bao-cao/tong-ket/thanh-pho.docx"])
def test_board_pages_are_the_boards(url, client_for, campaign, commune, board_officer, unit_officer, viewer):
    assert client_for(board_officer).get(url).status_code == 200
    assert client_for(unit_officer).get(url).status_code == 403
    assert client_for(viewer).get(url).status_code == 403


@pytest.mark.django_db
def test_unit_progress_and_summary_matrix(client_for, campaign, commune, subunit, board_officer, unit_officer, other_officer, submitter, viewer):
    for url in (f"/bao-cao/tien-do/{commune.code}/", f"/bao-cao/tong-ket/{commune.code}.docx"):
        assert client_for(board_officer).get(url).status_code == 200
        assert client_for(unit_officer).get(url).status_code == 200
        assert client_for(viewer).get(url).status_code == 200
        assert client_for(other_officer).get(url).status_code == 404
        assert client_for(submitter).get(url).status_code == 404


@pytest.mark.django_db
def test_remind_matrix(client_for, campaign, commune, board_officer, unit_officer, other_officer):
    url = f"/bao-cao/nhac-viec/gui/{commune.code}/"
    assert client_for(unit_officer).get(url).status_code == 403
    assert client_for(other_officer).post(url, {"subject": "x", "body": "y"}).status_code == 403
    assert Reminder.objects.count() == 0
    response = client_for(board_officer).post(url, {"subject": "Gửi kế hoạch", "body": "Đề nghị gửi ngay."})
    assert response.status_code == 302 and Reminder.objects.filter(unit=commune).count() == 1


@pytest.mark.django_db
def test_reminder_to_unit_without_officer_shows_vietnamese_error(client_for, campaign, other_commune, board_officer):
    response = client_for(board_officer).post(f"/bao-cao/nhac-viec/gui/{other_commune.code}/", {"subject": "Nhắc", "body": "Gửi"})
    assert response.status_code == 400
    assert "chưa có cán bộ thi đua" in response.content.decode()
    assert Reminder.objects.count() == 0 and mail.outbox == []


@pytest.mark.django_db
def test_inbox_and_read_matrix(client_for, campaign, commune, board_officer, unit_officer, other_officer, viewer):
    reminder = Reminder.objects.create(unit=commune, day=datetime.date(2025, 8, 16), subject="Quá hạn gửi kế hoạch", body="Đề nghị gửi.")
    assert "Quá hạn gửi kế hoạch" in client_for(unit_officer).get("/").content.decode()  # home panel
    assert "Quá hạn gửi kế hoạch" in client_for(unit_officer).get("/bao-cao/nhac-viec/").content.decode()
    assert "Quá hạn gửi kế hoạch" not in client_for(other_officer).get("/bao-cao/nhac-viec/").content.decode()
    assert client_for(viewer).get("/bao-cao/nhac-viec/").status_code == 403
    url = f"/bao-cao/nhac-viec/{reminder.pk}/da-doc/"
    assert client_for(other_officer).post(url).status_code == 404
    reminder.refresh_from_db()
    assert reminder.read_at is None
    assert client_for(unit_officer).post(url).status_code == 302
    reminder.refresh_from_db()
    assert reminder.read_at is not None


@pytest.mark.django_db
def test_report_pages_matrix(client_for, campaign, commune, subunit, board_officer, unit_officer, other_officer, viewer, submitter):
    report = ResultsReportFactory(unit=commune, campaign=campaign)
    detail = f"/bao-cao/ket-qua/{report.pk}/"
    assert client_for(unit_officer).get(detail).status_code == 200
    assert client_for(viewer).get(detail).status_code == 200
    assert client_for(board_officer).get(detail).status_code == 200
    assert client_for(other_officer).get(detail).status_code == 404
    assert client_for(submitter).get(detail).status_code == 404
    assert "Kẻ Sặt" not in client_for(other_officer).get("/bao-cao/ket-qua/").content.decode()
    assert "Kẻ Sặt" in client_for(viewer).get("/bao-cao/ket-qua/").content.decode()
    edit = f"/bao-cao/ket-qua/don-vi/{commune.code}/"
    assert client_for(unit_officer).get(edit).status_code == 200
    assert client_for(viewer).get(edit).status_code == 403
    assert client_for(board_officer).get(edit).status_code == 403
    assert client_for(other_officer).get(edit).status_code == 404
    # submitting and deciding
    assert client_for(other_officer).post(f"/bao-cao/ket-qua/{report.pk}/gui/").status_code == 404
    assert client_for(viewer).post(f"/bao-cao/ket-qua/{report.pk}/gui/").status_code == 403
    assert client_for(unit_officer).post(f"/bao-cao/ket-qua/{report.pk}/xu-ly/", {"decision": "accept"}).status_code == 403
    report.refresh_from_db()
    assert report.status == "draft"
    assert client_for(other_officer).get(f"/bao-cao/ket-qua/{report.pk}/tep/").status_code == 404
    assert client_for(unit_officer).get(f"/bao-cao/ket-qua/{report.pk}/tep/").status_code == 404  # no file yet


@pytest.mark.django_db
def test_prefill_matrix(client_for, campaign, commune, subunit, board_officer, unit_officer, other_officer, viewer, submitter):
    url = f"/bao-cao/ket-qua/don-vi/{commune.code}/lay-so-lieu/"
    assert client_for(other_officer).post(url).status_code == 404
    assert client_for(submitter).post(url).status_code == 404
    assert client_for(viewer).post(url).status_code == 403
    assert client_for(board_officer).post(url).status_code == 403
    reloaded = client_for(unit_officer).get(url)  # a reload of the button: to the unit's report page, not a 405
    assert reloaded.status_code == 302 and reloaded.url == url.rsplit("/", 2)[0] + "/"
    assert not ResultsReport.objects.exists()
    assert client_for(unit_officer).post(url).status_code == 302
    assert ResultsReport.objects.filter(unit=commune).count() == 1


@pytest.mark.django_db
@pytest.mark.parametrize("count", [1, 3])
def test_board_has_no_n_plus_1(client_for, board_officer, city, campaign, count, django_assert_num_queries):
    for i in range(count):
        unit = UnitFactory(code=f"xa-{i}", name=f"Xã {i}", kind="xa", parent=city)
        PlanFactory(unit=unit, campaign=campaign, status="submitted", submitted_at=at(datetime.date(2025, 8, 10)),
                    conference_date=datetime.date(2025, 8, 20))
        ResultsReportFactory(unit=unit, campaign=campaign, status="submitted", submitted_at=at(datetime.date(2025, 8, 22)))
    client = client_for(board_officer)
    client.get("/bao-cao/tien-do/")
    with django_assert_num_queries(14):
        response = client.get("/bao-cao/tien-do/")
    assert response.status_code == 200 and response.content.decode().count('data-unit="xa-') == count


@pytest.mark.django_db
@pytest.mark.parametrize("count", [1, 3])
def test_report_list_has_no_n_plus_1(client_for, board_officer, city, campaign, count, django_assert_num_queries):
    for i in range(count):
        unit = UnitFactory(code=f"xa-{i}", name=f"Xã {i}", kind="xa", parent=city)
        ResultsReportFactory(unit=unit, campaign=campaign)
    client = client_for(board_officer)
    client.get("/bao-cao/ket-qua/")
    with django_assert_num_queries(4):
        assert client.get("/bao-cao/ket-qua/").status_code == 200


@pytest.mark.django_db
@pytest.mark.parametrize("count", [1, 3])
def test_inbox_has_no_n_plus_1(client_for, unit_officer, commune, count, django_assert_num_queries):
    for i in range(count):
        Reminder.objects.create(unit=commune, kind="manual", day=datetime.date(2025, 8, 16), subject=f"Nhắc {i}", body="x")
    client = client_for(unit_officer)
    client.get("/bao-cao/nhac-viec/")
    with django_assert_num_queries(4):
        assert client.get("/bao-cao/nhac-viec/").status_code == 200


@pytest.mark.django_db
def test_unit_progress_opens_plan_nominations_delegates_and_report(client_for, campaign, commune, unit_officer, board_officer):
    plan = PlanFactory(unit=commune, campaign=campaign, status="submitted", submitted_at=at(datetime.date(2025, 8, 13)))
    report = ResultsReportFactory(unit=commune, campaign=campaign)
    body = client_for(board_officer).get(f"/bao-cao/tien-do/{commune.code}/").content.decode()
    assert f"/ke-hoach/{plan.pk}/" in body
    assert f"/bao-cao/ket-qua/{report.pk}/" in body
    assert f"/dai-bieu/dai-hoi/{commune.code}/" in body
    assert f"?ke-hoach={plan.pk}" in body
