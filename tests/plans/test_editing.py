"""editing.save_plan: the plan's fields and its three tables saved all or nothing, as the
named action "Lưu kế hoạch" of the officer; a plan no longer editable is refused."""
import datetime

import pytest

from tests.plans.test_views import edit_data
from thidua.common.errors import DomainError
from thidua.common.rows import RowChanges
from thidua.plans.domain import editing, workflow
from thidua.plans.domain.builder import new_plan_from_parent
from thidua.plans.models import AwardCategory, Plan, PlanAgendaItem, PlanStatus


@pytest.fixture
def plan(campaign, commune, unit_officer):
    return new_plan_from_parent(commune, campaign, unit_officer)


@pytest.mark.django_db
def test_save_plan_records_the_named_action_on_the_plan_and_every_row(plan, unit_officer):
    first, second = plan.agenda_items.order_by("order")[:2]
    second_pk = second.pk
    first.content = "Khai mạc, giới thiệu đại biểu"
    new_category = AwardCategory(name="Doanh nghiệp", target="collective", min_count=1, order=1)
    editing.save_plan(plan, unit_officer, {"venue": "Hội trường UBND xã", "conference_date": datetime.date(2025, 8, 20)},
                      agenda=RowChanges(save=[first], delete=[second]), awards=RowChanges(save=[new_category]))
    plan.refresh_from_db()
    assert plan.venue == "Hội trường UBND xã" and plan.conference_date == datetime.date(2025, 8, 20)
    latest = plan.history.first()
    assert latest.history_user == unit_officer and latest.history_change_reason == "Lưu kế hoạch"
    edited = PlanAgendaItem.history.filter(id=first.pk).first()
    assert edited.content == "Khai mạc, giới thiệu đại biểu" and edited.history_change_reason == "Lưu kế hoạch"
    removed = PlanAgendaItem.history.filter(id=second_pk, history_type="-").get()
    assert removed.history_user == unit_officer and removed.history_change_reason == "Lưu kế hoạch"
    category = plan.award_categories.get()
    assert category.name == "Doanh nghiệp" and category.history.get().history_user == unit_officer
    assert plan.agenda_items.count() == 8


@pytest.mark.django_db
def test_a_plan_submitted_meanwhile_is_refused_and_nothing_is_saved(plan, unit_officer):
    stale = Plan.objects.get(pk=plan.pk)  # what the edit page read
    workflow.submit(plan, unit_officer)  # another tab sends it
    item = plan.agenda_items.first()
    item.content = "Đổi sau khi gửi"
    with pytest.raises(DomainError, match="không sửa được"):
        editing.save_plan(stale, unit_officer, {"venue": "Đổi sau khi gửi"}, agenda=RowChanges(save=[item]))
    plan.refresh_from_db()
    assert plan.status == PlanStatus.SUBMITTED and plan.venue == ""
    assert not PlanAgendaItem.objects.filter(content="Đổi sau khi gửi").exists()


@pytest.mark.django_db
def test_workflow_fields_cannot_be_edited(plan, unit_officer):
    with pytest.raises(ValueError):
        editing.save_plan(plan, unit_officer, {"status": PlanStatus.ACCEPTED})
    plan.refresh_from_db()
    assert plan.status == PlanStatus.DRAFT


@pytest.mark.django_db
def test_a_row_of_another_plan_is_never_touched(plan, campaign, other_commune, other_officer, unit_officer):
    other = new_plan_from_parent(other_commune, campaign, other_officer)
    foreign = other.agenda_items.first()
    with pytest.raises(ValueError):
        editing.save_plan(plan, unit_officer, {}, agenda=RowChanges(delete=[foreign]))
    assert PlanAgendaItem.objects.filter(pk=foreign.pk).exists()


@pytest.mark.django_db
def test_the_edit_page_refuses_a_plan_submitted_after_it_was_opened(client_for, plan, unit_officer):
    client = client_for(unit_officer)
    data = edit_data(client, plan)
    data["venue"] = "Nhà văn hóa"
    workflow.submit(plan, unit_officer)
    response = client.post(f"/ke-hoach/{plan.pk}/sua/", data, follow=True)
    assert "không sửa được" in response.content.decode()
    plan.refresh_from_db()
    assert plan.venue == ""


@pytest.mark.django_db
def test_an_unchanged_text_sent_with_browser_line_ends_is_no_change(client_for, plan, unit_officer):
    client = client_for(unit_officer)
    data = edit_data(client, plan)
    data["purpose"] = plan.purpose.replace("\n", "\r\n")  # what a browser posts for a textarea
    assert client.post(f"/ke-hoach/{plan.pk}/sua/", data).status_code == 302
    saved = plan.history.first()
    assert saved.history_change_reason == "Lưu kế hoạch"
    assert "purpose" not in saved.diff_against(saved.prev_record).changed_fields
    assert Plan.objects.get(pk=plan.pk).purpose == plan.purpose
