"""Builder, stored seeds and the workflow (each step dated and recorded)."""
import datetime

import pytest
from django.core.management import call_command

from thidua.common.errors import DomainError
from thidua.plans.domain import workflow
from thidua.plans.domain.builder import new_plan_from_parent, store_seed_plan
from thidua.plans.domain.compliance import codes
from thidua.plans.domain.seeds import EXPECTED_SEED_FINDINGS, SEED_PLANS
from thidua.plans.domain.service import findings_for, plans_with_findings, with_related
from thidua.plans.models import Plan, PlanEvent, PlanStatus


@pytest.mark.django_db
def test_plan_from_parent_opens_compliant(city_campaign, commune, unit_officer):
    plan = new_plan_from_parent(commune, city_campaign, unit_officer)
    assert plan.conference_name == "Hội nghị tuyên dương điển hình tiên tiến xã Kẻ Sặt Lần thứ I (2025 - 2030)"
    assert [i.key for i in plan.agenda_items.order_by("order")] == [
        "opening", "summary_report", "presentations", "exchange", "honouring", "launch", "response",
        "higher_delegates", "closing"]
    assert plan.delegates_total == 150 and plan.report_deadline == datetime.date(2025, 8, 30)
    assert plan.signer_mode == "TM." and plan.status == PlanStatus.DRAFT
    # only the local date is left to fill
    assert codes(findings_for(plan)) == {"conference_date_missing"}
    plan.conference_date = datetime.date(2025, 8, 20)
    plan.save()
    assert findings_for(plan) == []
    event = plan.events.get()
    assert event.action == "created" and event.actor == unit_officer
    assert plan.history.first().history_user == unit_officer


@pytest.mark.django_db
def test_workflow_submit_return_resubmit_accept(city_campaign, commune, unit_officer, board_officer):
    plan = new_plan_from_parent(commune, city_campaign, unit_officer)
    t0 = datetime.datetime(2025, 8, 12, 9, 0, tzinfo=datetime.timezone.utc)
    workflow.submit(plan, unit_officer, when=t0)
    plan.refresh_from_db()
    assert plan.status == PlanStatus.SUBMITTED and plan.submitted_at == t0
    with pytest.raises(DomainError):
        workflow.submit(plan, unit_officer)
    with pytest.raises(DomainError, match="ghi ý kiến"):
        workflow.return_with_comment(plan, board_officer, "   ")
    workflow.return_with_comment(plan, board_officer, "Bổ sung mục giao lưu với điển hình.")
    plan.refresh_from_db()
    assert plan.status == PlanStatus.RETURNED and plan.board_comment == "Bổ sung mục giao lưu với điển hình."
    with pytest.raises(DomainError):
        workflow.accept(plan, board_officer)
    workflow.resubmit(plan, unit_officer, when=t0 + datetime.timedelta(days=1))  # still before the deadline
    workflow.accept(plan, board_officer, "Đồng ý.")
    plan.refresh_from_db()
    assert plan.status == PlanStatus.ACCEPTED and plan.decided_at is not None
    events = list(plan.events.order_by("pk"))
    assert [e.action for e in events] == ["created", "submitted", "returned", "resubmitted", "accepted"]
    assert [e.actor for e in events[1:]] == [unit_officer, board_officer, unit_officer, board_officer]
    assert events[1].warning_count == 1  # the date was still missing when submitted
    reasons = [h.history_change_reason for h in plan.history.all()]
    assert "Trả lại kế hoạch" in reasons and "Chấp thuận kế hoạch" in reasons


@pytest.mark.django_db
def test_too_long_comment_is_refused_and_nothing_changes(city_campaign, commune, unit_officer, board_officer):
    plan = new_plan_from_parent(commune, city_campaign, unit_officer)
    workflow.submit(plan, unit_officer)
    with pytest.raises(DomainError):
        workflow.return_with_comment(plan, board_officer, "x" * 2001)
    plan.refresh_from_db()
    assert plan.status == PlanStatus.SUBMITTED and plan.events.count() == 2


@pytest.mark.django_db
def test_stored_seeds_give_the_same_findings_as_the_answer_key(city_campaign):
    call_command("load_demo", "--quiet-logins")
    plans = with_related(Plan.objects.filter(origin=Plan.Origin.SEED))
    found = {plan.unit.code: codes(findings) for plan, findings in plans_with_findings(plans)}
    assert found == EXPECTED_SEED_FINDINGS
    ke_sat = Plan.objects.get(unit__code="xa-ke-sat", origin="seed")
    assert ke_sat.award_categories.count() == 5 and ke_sat.agenda_items.count() == 11
    assert ke_sat.award_categories.get(order=2).proposing_unit.code == "xa-ke-sat-phong-vhxh"
    # loading again changes nothing
    before = Plan.objects.count(), PlanEvent.objects.count()
    for code in SEED_PLANS:
        assert store_seed_plan(code, city_campaign)[1] is False
    call_command("load_demo", "--quiet-logins")
    assert (Plan.objects.count(), PlanEvent.objects.count()) == before


@pytest.mark.django_db
def test_a_plan_with_errors_is_accepted_only_when_the_board_says_so(client_for, city_campaign, commune, unit_officer,
                                                                  board_officer):
    plan = new_plan_from_parent(commune, city_campaign, unit_officer)
    workflow.submit(plan, unit_officer, when=datetime.datetime(2025, 8, 30, 9, 0, tzinfo=datetime.timezone.utc))  # late
    with pytest.raises(DomainError, match=r"Kế hoạch còn 1 lỗi .*sau thời hạn 15/8/2025") as refused:
        workflow.accept(plan, board_officer)
    assert refused.value.field == "despite_errors"
    plan.refresh_from_db()
    assert plan.status == PlanStatus.SUBMITTED

    client = client_for(board_officer)
    url = f"/ke-hoach/{plan.pk}/xu-ly/"
    response = client.post(url, {"action": "accept", "comment": ""})
    assert response.status_code == 400 and "despite_errors" in response.context["review_form"].errors
    response = client.post(url, {"action": "accept", "despite_errors": "on", "comment": ""})
    assert response.status_code == 400
    assert response.context["review_form"].errors["comment"] == ["Ghi lý do chấp thuận khi kế hoạch còn lỗi."]
    plan.refresh_from_db()
    assert plan.status == PlanStatus.SUBMITTED
    response = client.post(url, {"action": "accept", "despite_errors": "on", "comment": "Đơn vị đã báo cáo lý do gửi muộn."})
    assert response.status_code == 302
    plan.refresh_from_db()
    assert plan.status == PlanStatus.ACCEPTED and plan.board_comment == "Đơn vị đã báo cáo lý do gửi muộn."
    event = plan.events.get(action="accepted")
    assert event.error_count == 1 and event.comment == "Đơn vị đã báo cáo lý do gửi muộn."
