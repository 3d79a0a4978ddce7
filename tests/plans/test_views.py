"""The builder over HTTP: create from the parent, edit with bad input (field-level
Vietnamese errors, nothing saved), live findings, review with a comment."""
import datetime

import pytest

from thidua.plans.domain.builder import new_plan_from_parent
from thidua.plans.models import Plan, PlanStatus


def _value(bound):
    value = bound.value()
    if value is None:
        return ""
    if isinstance(value, (datetime.date, datetime.time)):
        return value.isoformat()[:5] if isinstance(value, datetime.time) else value.isoformat()
    return value


def edit_data(client, plan):
    """The edit page's form as the browser would post it unchanged."""
    context = client.get(f"/ke-hoach/{plan.pk}/sua/").context
    data = {}
    for bound in context["form"]:
        data[bound.html_name] = _value(bound)
    for formset in (context["agenda"], context["awards"], context["tasks"]):
        for bound in formset.management_form:
            data[bound.html_name] = _value(bound)
        for form in formset:
            for bound in form:
                value = _value(bound)
                if value is False:
                    continue
                data[bound.html_name] = value
    return {k: v for k, v in data.items() if v is not True or True}


@pytest.fixture
def plan(campaign, commune, unit_officer):
    return new_plan_from_parent(commune, campaign, unit_officer)


@pytest.mark.django_db
def test_create_from_parent_over_http(client_for, campaign, commune, unit_officer):
    response = client_for(unit_officer).post("/ke-hoach/tao-moi/", {"campaign": campaign.pk, "unit": commune.pk})
    plan = Plan.objects.get()
    assert response.status_code == 302 and response.url == f"/ke-hoach/{plan.pk}/sua/"
    assert plan.agenda_items.count() == 9 and plan.events.get().actor == unit_officer


@pytest.mark.django_db
def test_unchanged_edit_saves(client_for, plan, unit_officer):
    client = client_for(unit_officer)
    data = edit_data(client, plan)
    data["conference_date"] = "2025-08-20"
    data["venue"] = "Hội trường UBND xã"
    data["slogans_text"] = "Thi đua là yêu nước, yêu nước thì phải thi đua!\n- Chào mừng Hội nghị"
    response = client.post(f"/ke-hoach/{plan.pk}/sua/", data)
    assert response.status_code == 302, response.context and response.context["form"].errors
    plan.refresh_from_db()
    assert plan.conference_date == datetime.date(2025, 8, 20) and plan.venue == "Hội trường UBND xã"
    assert plan.slogans == ["Thi đua là yêu nước, yêu nước thì phải thi đua!", "Chào mừng Hội nghị"]
    assert plan.agenda_items.count() == 9


@pytest.mark.django_db
@pytest.mark.parametrize("field, value, message", [
    ("conference_date", "2025-02-31", "Ngày không hợp lệ"),
    ("conference_date", "1900-08-20", "không hợp lệ"),
    ("end_time", "07:00", "Giờ kết thúc phải sau giờ bắt đầu."),
    ("delegates_total", "-5", ""),
    ("delegates_total", "1000000", "Con số quá lớn"),
    ("slogans_text", "x" * 5000, "khẩu hiệu thứ 1 có 5000 ký tự"),
    ("agenda-0-content", "", "Mục chương trình cần có nội dung."),
    ("agenda-0-start_time", "25:99", "Giờ không hợp lệ"),
    ("awards-0-max_count", "1", "Số lượng tối đa không được nhỏ hơn số lượng tối thiểu."),
    ("venue", "x" * 400, "Tối đa 300 ký tự"),
    ("exemplar_share", "7", ""),
])
def test_bad_input_gives_field_errors_and_saves_nothing(client_for, plan, unit_officer, field, value, message):
    client = client_for(unit_officer)
    data = edit_data(client, plan)
    data.update({"start_time": "08:00", "venue": "Nhà văn hóa", "conference_date": "2025-08-20"})
    if field.startswith("awards-0"):
        data.update({"awards-0-name": "Doanh nghiệp", "awards-0-target": "collective", "awards-0-min_count": "3"})
    data[field] = value
    before = Plan.objects.filter(pk=plan.pk).values().get(), plan.agenda_items.count(), plan.history.count()
    response = client.post(f"/ke-hoach/{plan.pk}/sua/", data)
    assert response.status_code == 200
    body = response.content.decode()
    assert 'class="errorlist"' in body and message in body
    assert f'data-field="{field}"' in body
    after = Plan.objects.filter(pk=plan.pk).values().get(), plan.agenda_items.count(), plan.history.count()
    assert after == before


@pytest.mark.django_db
def test_live_findings_follow_the_unsaved_edit(client_for, plan, unit_officer):
    client = client_for(unit_officer)
    data = edit_data(client, plan)
    data["conference_date"] = "2025-08-28"
    body = client.post(f"/ke-hoach/{plan.pk}/kiem-tra/", data).content.decode()
    assert 'data-code="conference_after_deadline"' in body
    assert "Ngày tổ chức 28/8/2025 sau thời hạn 25/8/2025 theo Kế hoạch của UBND thành phố" in body
    data["conference_date"] = "2025-08-20"
    data["agenda-3-DELETE"] = "on"  # drop the exchange (giao lưu)
    body = client.post(f"/ke-hoach/{plan.pk}/kiem-tra/", data).content.decode()
    assert "conference_after_deadline" not in body and 'data-code="agenda_item_missing:exchange"' in body
    plan.refresh_from_db()
    assert plan.conference_date is None and plan.agenda_items.count() == 9  # nothing saved


@pytest.mark.django_db
def test_return_with_comment_is_shown_to_the_officer(client_for, plan, unit_officer, board_officer):
    client_for(unit_officer).post(f"/ke-hoach/{plan.pk}/gui/")
    board = client_for(board_officer)
    response = board.post(f"/ke-hoach/{plan.pk}/xu-ly/", {"action": "return", "comment": ""}, follow=True)
    assert "Cần ghi ý kiến" in response.content.decode()
    assert Plan.objects.get(pk=plan.pk).status == PlanStatus.SUBMITTED
    board.post(f"/ke-hoach/{plan.pk}/xu-ly/", {"action": "return", "comment": "Ghi rõ địa điểm tổ chức."})
    body = client_for(unit_officer).get(f"/ke-hoach/{plan.pk}/").content.decode()
    assert "Ghi rõ địa điểm tổ chức." in body and "Gửi lại Ban Thi đua - Khen thưởng" in body
    client_for(unit_officer).post(f"/ke-hoach/{plan.pk}/gui/")
    assert Plan.objects.get(pk=plan.pk).status == PlanStatus.SUBMITTED
    assert [e.action for e in Plan.objects.get(pk=plan.pk).events.order_by("pk")] == [
        "created", "submitted", "returned", "resubmitted"]


@pytest.mark.django_db
def test_submitted_plan_cannot_be_edited(client_for, plan, unit_officer):
    client = client_for(unit_officer)
    client.post(f"/ke-hoach/{plan.pk}/gui/")
    response = client.get(f"/ke-hoach/{plan.pk}/sua/")
    assert response.status_code == 302 and response.url == f"/ke-hoach/{plan.pk}/"


@pytest.mark.django_db
def test_document_downloads_have_vietnamese_file_names(client_for, plan, unit_officer):
    response = client_for(unit_officer).get(f"/ke-hoach/{plan.pk}/ke-hoach.docx")
    assert response["Content-Type"].startswith("application/vnd.openxmlformats")
    assert "K%E1%BA%BF%20ho%E1%BA%A1ch" in response["Content-Disposition"]
    assert response.content[:2] == b"PK"
    pdf = client_for(unit_officer).get(f"/ke-hoach/{plan.pk}/tieu-de-hoi-nghi.pdf")
    assert pdf.content[:4] == b"%PDF"


@pytest.mark.django_db
@pytest.mark.parametrize("changes, message", [
    ({"agenda-0-order": "100000"}, "Thứ tự tối đa là 99."),
    ({"venue": "Nhà văn\x00hóa"}, "ký tự rỗng (NUL)"),
    ({"agenda-TOTAL_FORMS": "61"}, "Bảng này có tối đa 60 dòng."),
    ({"agenda-TOTAL_FORMS": "abc"}, "hãy tải lại trang"),
])
def test_absurd_or_tampered_input_gets_a_vietnamese_error_and_saves_nothing(client_for, plan, unit_officer, changes,
                                                                             message):
    client = client_for(unit_officer)
    data = edit_data(client, plan)
    data.update({"venue": "Nhà văn hóa", "conference_date": "2025-08-20", **changes})
    before = Plan.objects.filter(pk=plan.pk).values().get(), list(plan.agenda_items.values_list("order", "content"))
    response = client.post(f"/ke-hoach/{plan.pk}/sua/", data)
    assert response.status_code == 200
    body = response.content.decode()
    assert message in body and "Please submit" not in body and "ManagementForm" not in body
    assert (Plan.objects.filter(pk=plan.pk).values().get(),
            list(plan.agenda_items.values_list("order", "content"))) == before


@pytest.mark.django_db
def test_two_officers_editing_at_once_the_second_is_told_and_keeps_what_they_typed(client_for, plan, unit_officer):
    from tests.factories import RoleAssignmentFactory, UserFactory

    colleague = UserFactory(full_name="Trần Thị Đồng Nghiệp")
    RoleAssignmentFactory(user=colleague, unit=plan.unit, role="unit_officer")
    mine, theirs = client_for(unit_officer), client_for(colleague)
    my_page, their_page = edit_data(mine, plan), edit_data(theirs, plan)  # both open the edit page

    their_page["venue"] = "Hội trường A"
    assert theirs.post(f"/ke-hoach/{plan.pk}/sua/", their_page).status_code == 302
    my_page["venue"] = "Nhà văn hóa B"
    response = mine.post(f"/ke-hoach/{plan.pk}/sua/", my_page)
    assert response.status_code == 200
    body = response.content.decode()
    assert "Kế hoạch vừa được Trần Thị Đồng Nghiệp lưu lúc" in body and "chưa lưu thay đổi của bạn" in body
    assert 'value="Nhà văn hóa B"' in body  # what I typed is still on the page
    plan.refresh_from_db()
    assert plan.venue == "Hội trường A"

    again = edit_data(mine, plan)  # reopened: the newer plan, and my save goes through
    again["venue"] = "Nhà văn hóa B"
    assert mine.post(f"/ke-hoach/{plan.pk}/sua/", again).status_code == 302
    plan.refresh_from_db()
    assert plan.venue == "Nhà văn hóa B"


@pytest.mark.django_db
def test_a_unit_has_one_plan_per_campaign_a_second_create_opens_the_first(client_for, campaign, commune, unit_officer):
    client = client_for(unit_officer)
    first = client.post("/ke-hoach/tao-moi/", {"campaign": campaign.pk, "unit": commune.pk})
    plan = Plan.objects.get()
    again = client.post("/ke-hoach/tao-moi/", {"campaign": campaign.pk, "unit": commune.pk}, follow=True)
    assert first.status_code == 302 and again.redirect_chain[-1][0] == f"/ke-hoach/{plan.pk}/"
    assert "đã có kế hoạch theo kế hoạch cấp trên này" in again.content.decode()
    assert Plan.objects.count() == 1
