"""Home panels of the honors app: what each role sees first, and the same number of
queries for one row and for three (compared within the test, as in tests/plans)."""
import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from tests.factories import CategoryFactory, NomineeFactory, PlanFactory
from thidua.honors.domain import council, nominations
from thidua.honors.domain.records import ensure_builtin_criteria
from thidua.honors.models import CouncilMeeting


@pytest.fixture
def plan(campaign, commune):
    ensure_builtin_criteria()
    return PlanFactory(nominating=True, unit=commune, campaign=campaign, nomination_deadline=datetime.date(2025, 8, 22))


def _home(client):
    client.get("/")
    with CaptureQueriesContext(connection) as context:
        response = client.get("/")
    assert response.status_code == 200
    return len(context), response.content.decode()


def _nominate(plan, subunit, submitter, i):
    category = CategoryFactory(plan=plan, name=f"Nhóm {i}", order=i)
    return nominations.nominate(NomineeFactory(unit=subunit, workplace=subunit, full_name=f"Người số {i}"), category,
                            subunit, submitter)


@pytest.mark.django_db
def test_submitter_sees_own_nominations_status_and_deadline(plan, subunit, submitter, client_for):
    client = client_for(submitter)
    counts = []
    for wanted in (1, 3):
        while plan.award_categories.count() < wanted:
            _nominate(plan, subunit, submitter, plan.award_categories.count())
        n, body = _home(client)
        counts.append(n)
        assert 'data-testid="honors-submitter-panel"' in body
        assert body.count('data-testid="honors-panel-row"') == wanted
        assert "Hạn gửi đề xuất cho xã Kẻ Sặt: <strong>22/08/2025</strong>" in body
        assert "Đã đề xuất" in body and "Người số 0" in body
    assert counts[0] == counts[1]


@pytest.mark.django_db
def test_submitter_does_not_see_another_subunits_nominations(plan, commune, subunit, submitter, client_for):
    from tests.factories import UnitFactory

    sibling = UnitFactory(code="xa-ke-sat-quan-su", name="Ban CHQS xã Kẻ Sặt", kind="military", parent=commune)
    category = CategoryFactory(plan=plan, name="Quân sự", order=9)
    nominations.nominate(NomineeFactory(unit=sibling, workplace=sibling, full_name="Người của đơn vị khác"), category,
                     sibling, None)
    body = client_for(submitter).get("/").content.decode()
    assert "Chưa có đề xuất nào." in body and "Người của đơn vị khác" not in body


@pytest.mark.django_db
def test_council_member_sees_nominations_awaiting_the_vote(plan, subunit, submitter, unit_officer, council_member,
                                                             client_for):
    client = client_for(council_member)
    counts = []
    for wanted in (1, 3):
        while plan.award_categories.count() < wanted:
            _nominate(plan, subunit, submitter, plan.award_categories.count())
        n, body = _home(client)
        counts.append(n)
        assert 'data-testid="honors-council-panel"' in body
        assert body.count('data-testid="honors-panel-row"') == wanted
    assert counts[0] == counts[1]
    # a nomination voted on no longer waits
    meeting = council.hold_meeting(CouncilMeeting(unit=plan.unit, plan=plan, held_on=datetime.date(2025, 8, 23),
                                                  chair="A", secretary="B", member_count=5, present_count=5), unit_officer)
    voted = plan.award_categories.get(order=0).nominations.get()
    council.record_vote(meeting, voted, 5, 5, 0, unit_officer)
    body = client.get("/").content.decode()
    assert body.count('data-testid="honors-panel-row"') == 2 and "Người số 0" not in body


@pytest.mark.django_db
def test_unit_officer_sees_quota_shortfalls(plan, subunit, submitter, unit_officer, client_for):
    client = client_for(unit_officer)
    counts = []
    for wanted in (1, 3):
        while plan.award_categories.count() < wanted:
            _nominate(plan, subunit, submitter, plan.award_categories.count())  # 1 of the 2 wanted
        n, body = _home(client)
        counts.append(n)
        assert 'data-testid="honors-quota-panel"' in body
        assert body.count('data-testid="honors-panel-row"') == wanted
        assert "1/2 đề xuất, còn thiếu 1" in body
    assert counts[0] == counts[1]
    # a category that reaches its minimum leaves the list
    category = plan.award_categories.get(order=0)
    nominations.nominate(NomineeFactory(unit=subunit, workplace=subunit), category, subunit, submitter)
    body = client.get("/").content.decode()
    assert body.count('data-testid="honors-panel-row"') == 2


@pytest.mark.django_db
def test_other_units_officer_sees_no_shortfall_of_ours(plan, subunit, submitter, other_officer, client_for):
    _nominate(plan, subunit, submitter, 0)
    body = client_for(other_officer).get("/").content.decode()
    assert "Các nhóm khen thưởng đã đủ số đề xuất tối thiểu." in body and "Nhóm 0" not in body
