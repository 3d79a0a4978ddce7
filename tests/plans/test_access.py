"""URL × role matrix of the plans app: another unit's user gets 404, a role without the
right gets 403, the owner gets 200; and the list views make the same number of queries
for 1 and 3 plans."""
import datetime

import pytest

from tests.factories import PlanFactory
from thidua.plans.domain import workflow
from thidua.plans.models import Plan, PlanStatus


@pytest.fixture
def plan(campaign, commune):
    return PlanFactory(compliant=True, unit=commune, campaign=campaign)


READ_URLS = ["/ke-hoach/{pk}/", "/ke-hoach/{pk}/ke-hoach.docx", "/ke-hoach/{pk}/ke-hoach.pdf",
             "/ke-hoach/{pk}/tieu-de-hoi-nghi.pdf"]


@pytest.mark.django_db
@pytest.mark.parametrize("url", READ_URLS)
def test_read_views_matrix(url, client_for, plan, unit_officer, viewer, council_member, board_officer, other_officer,
                           submitter):
    url = url.format(pk=plan.pk)
    for user in (unit_officer, viewer, council_member, board_officer):
        assert client_for(user).get(url).status_code == 200
    assert client_for(other_officer).get(url).status_code == 404
    assert client_for(submitter).get(url).status_code == 404  # a sub-unit does not see its parent's plan


@pytest.mark.django_db
def test_edit_and_live_findings_matrix(client_for, plan, unit_officer, viewer, council_member, board_officer,
                                       other_officer):
    edit, live = f"/ke-hoach/{plan.pk}/sua/", f"/ke-hoach/{plan.pk}/kiem-tra/"
    assert client_for(unit_officer).get(edit).status_code == 200
    assert client_for(unit_officer).post(live, {}).status_code == 200
    for user in (viewer, council_member, board_officer):
        assert client_for(user).get(edit).status_code == 403
        assert client_for(user).post(live, {}).status_code == 403
    assert client_for(other_officer).get(edit).status_code == 404
    assert client_for(other_officer).post(live, {}).status_code == 404


@pytest.mark.django_db
def test_submit_matrix(client_for, plan, unit_officer, viewer, board_officer, other_officer):
    url = f"/ke-hoach/{plan.pk}/gui/"
    assert client_for(other_officer).post(url).status_code == 404
    assert client_for(viewer).post(url).status_code == 403
    assert client_for(board_officer).post(url).status_code == 403
    reloaded = client_for(unit_officer).get(url)  # a reload of the button: back to the plan, not an empty 405
    assert reloaded.status_code == 302 and reloaded.url == f"/ke-hoach/{plan.pk}/"
    assert Plan.objects.get(pk=plan.pk).status == PlanStatus.DRAFT
    assert client_for(unit_officer).post(url).status_code == 302
    assert Plan.objects.get(pk=plan.pk).status == PlanStatus.SUBMITTED


@pytest.mark.django_db
def test_review_matrix(client_for, plan, unit_officer, board_officer, other_officer, viewer):
    workflow.submit(plan, unit_officer)
    url = f"/ke-hoach/{plan.pk}/xu-ly/"
    data = {"action": "return", "comment": "Bổ sung địa điểm."}
    assert client_for(unit_officer).post(url, data).status_code == 403
    assert client_for(viewer).post(url, data).status_code == 403
    assert client_for(other_officer).post(url, data).status_code == 404
    assert Plan.objects.get(pk=plan.pk).status == PlanStatus.SUBMITTED
    assert client_for(board_officer).post(url, data).status_code == 302
    assert Plan.objects.get(pk=plan.pk).status == PlanStatus.RETURNED


@pytest.mark.django_db
def test_create_matrix(client_for, campaign, commune, unit_officer, viewer, council_member, board_officer, submitter):
    assert client_for(unit_officer).get("/ke-hoach/tao-moi/").status_code == 200
    for user in (viewer, council_member, board_officer, submitter):
        assert client_for(user).get("/ke-hoach/tao-moi/").status_code == 403
        assert client_for(user).post("/ke-hoach/tao-moi/", {"campaign": campaign.pk, "unit": commune.pk}).status_code == 403
    assert not Plan.objects.exists()


@pytest.mark.django_db
def test_officer_cannot_create_a_plan_for_another_unit(client_for, campaign, commune, other_commune, unit_officer):
    response = client_for(unit_officer).post("/ke-hoach/tao-moi/", {"campaign": campaign.pk, "unit": other_commune.pk})
    assert response.status_code == 200
    assert "Đơn vị không thuộc phạm vi của bạn." in response.content.decode()
    assert not Plan.objects.exists()


@pytest.mark.django_db
def test_list_shows_only_own_plans_and_board_sees_all(client_for, campaign, commune, other_commune, unit_officer,
                                                       other_officer, board_officer, submitter):
    PlanFactory(compliant=True, unit=commune, campaign=campaign)
    PlanFactory(compliant=True, unit=other_commune, campaign=campaign)
    body = client_for(unit_officer).get("/ke-hoach/").content.decode()
    assert "xã Kẻ Sặt Lần thứ I" in body and "An Hải" not in body
    body = client_for(board_officer).get("/ke-hoach/").content.decode()
    assert "xã Kẻ Sặt Lần thứ I" in body and "phường An Hải Lần thứ I" in body
    assert client_for(submitter).get("/ke-hoach/").status_code == 200
    assert "Kẻ Sặt Lần thứ I" not in client_for(submitter).get("/ke-hoach/").content.decode()


@pytest.mark.django_db
@pytest.mark.parametrize("count", [1, 3])
def test_plan_list_has_no_n_plus_1(client_for, board_officer, campaign, city, count, django_assert_num_queries):
    from tests.factories import UnitFactory

    for i in range(count):
        unit = UnitFactory(code=f"xa-{i}", name=f"Xã {i}", kind="xa", parent=city)
        plan = PlanFactory(compliant=True, unit=unit, campaign=campaign, conference_date=datetime.date(2025, 8, 28))
        plan.tasks.create(order=1, assignee_unit=unit, description="Chuẩn bị hội trường", due_date=datetime.date(2025, 8, 20))
        plan.award_categories.create(order=1, name="Doanh nghiệp", min_count=1, max_count=2)
    client = client_for(board_officer)
    client.get("/ke-hoach/")
    with django_assert_num_queries(12):
        response = client.get("/ke-hoach/")
    assert response.status_code == 200
    assert response.content.decode().count('data-testid="plan-row"') == count


@pytest.mark.django_db
def test_home_panel_has_no_n_plus_1(client_for, unit_officer, campaign, commune):
    """Same number of queries for 1 and 3 plans; compared within the test so that other
    apps' home panels do not change the figure this test expects."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    client = client_for(unit_officer)
    counts = []
    for wanted in (1, 3):
        while Plan.objects.filter(unit=commune).count() < wanted:
            PlanFactory(compliant=True, unit=commune, campaign=campaign)
        client.get("/")
        with CaptureQueriesContext(connection) as context:
            response = client.get("/")
        counts.append(len(context))
        assert response.content.decode().count("xã Kẻ Sặt Lần thứ I (2025 - 2030)") >= wanted
    assert counts[0] == counts[1]
