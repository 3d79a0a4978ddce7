"""The change log page: the named action beside the field diffs, and a query count that
does not grow with the number of changes shown."""
import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from thidua.common import history
from thidua.common.history import HISTORY_MODELS
from thidua.plans.domain import workflow
from thidua.plans.domain.builder import new_plan_from_parent


def _changes(client, query=""):
    with CaptureQueriesContext(connection) as context:
        response = client.get(f"/lich-su/{query}")
    assert response.status_code == 200
    return response.content.decode(), len(context)


@pytest.mark.django_db
def test_the_named_action_is_shown_beside_the_fields_it_changed(client_for, board_officer, campaign, commune,
                                                                unit_officer):
    plan = new_plan_from_parent(commune, campaign, unit_officer)
    workflow.submit(plan, unit_officer)
    body, _ = _changes(client_for(board_officer), "?loai=plan")
    first = body.split('data-testid="change"')[1]  # the newest change
    assert re.search(r'data-testid="action">Gửi kế hoạch<', first)
    assert "trạng thái" in first and "Đã gửi Ban Thi đua - Khen thưởng" in first and "Sửa" in first
    assert unit_officer.full_name in first
    assert "Tạo kế hoạch từ kế hoạch cấp trên" in body


def _edit(rounds, commune, plan, item, board_officer, unit_officer):
    """Each round: the Board renames the unit, the officer saves the plan and an agenda row."""
    while plan.history.filter(history_change_reason="Lưu kế hoạch").count() < rounds:
        n = plan.history.count()
        commune.name = f"Kẻ Sặt {n}"
        history.save(commune, board_officer, "Sửa tên đơn vị")
        plan.venue = f"Hội trường {n}"
        history.save(plan, unit_officer, "Lưu kế hoạch")
        item.presenter = f"Người trình bày {n}"
        history.save(item, unit_officer, "Lưu kế hoạch")


@pytest.mark.django_db
@pytest.mark.parametrize("query, fewer, more", [
    ("?loai=plan", 2, 49),  # one model: 3 changes, then a full page of 50
    ("", 17, 40),  # every model: a full page of the same three models, then older ones pushed off
])
def test_a_page_of_changes_costs_the_same_queries_however_many_changes(
        client_for, board_officer, campaign, commune, unit_officer, query, fewer, more):
    plan = new_plan_from_parent(commune, campaign, unit_officer)
    item = plan.agenda_items.first()
    client = client_for(board_officer)
    counts, shown = [], []
    for rounds in (fewer, more):
        _edit(rounds, commune, plan, item, board_officer, unit_officer)
        body, queries = _changes(client, query)
        counts.append(queries)
        shown.append(body.count('data-testid="change"'))
    assert shown[0] < shown[1] == 50 if query else shown[0] == shown[1] == 50
    assert counts[0] == counts[1], f"queries grow with the number of changes: {counts}"
    assert "Hội trường" in body and "Lưu kế hoạch" in body


@pytest.mark.django_db
@pytest.mark.parametrize("query, most", [
    ("?loai=plan", 8),  # the request's session, user and roles; the plan's newest changes; a page of them, …
    # one query per model listing its newest changes, then about three for each model on the page (its
    # records, their previous records, the rows they point to): plans, agenda rows, units, users
    ("", len(HISTORY_MODELS) + 15),
])
def test_a_full_page_of_changes_reads_at_most(client_for, board_officer, campaign, commune, unit_officer, query, most,
                                              django_assert_max_num_queries):
    """A bound, not only a constant: 60 changes once cost 74 queries (``prev_record`` per row)."""
    plan = new_plan_from_parent(commune, campaign, unit_officer)
    _edit(40, commune, plan, plan.agenda_items.first(), board_officer, unit_officer)
    client = client_for(board_officer)
    with django_assert_max_num_queries(most):
        response = client.get(f"/lich-su/{query}")
    assert response.content.decode().count('data-testid="change"') >= 40


@pytest.mark.django_db
def test_changed_values_read_in_vietnamese(client_for, board_officer, campaign, commune, unit_officer):
    plan = new_plan_from_parent(commune, campaign, unit_officer)
    plan.delegates_total = 0
    history.save(plan, unit_officer, "Lưu kế hoạch")
    workflow.submit(plan, unit_officer)
    body, _ = _changes(client_for(board_officer), "?loai=plan")
    assert "Đang soạn → Đã gửi Ban Thi đua - Khen thưởng" in body  # labels, not draft → submitted
    assert "draft" not in body and "submitted" not in body
    assert "150 → 0" in body  # a zero is a zero, not «(trống)»
    assert re.search(r"ngày gửi</strong>: \(trống\) → \d\d/\d\d/\d{4} \d\d:\d\d<", body)


@pytest.mark.django_db
def test_a_changed_foreign_key_and_a_list_of_codes_show_names_not_ids(client_for, board_officer, campaign, commune,
                                                                       unit_officer):
    from tests.factories import DelegateFactory, conference_for
    from thidua.units.models import PredecessorUnit

    before = PredecessorUnit.objects.create(unit=commune, name="thị trấn Kẻ Sặt")
    after = PredecessorUnit.objects.create(unit=commune, name="xã Vĩnh Hưng")
    conference = conference_for(commune, campaign)
    delegate = DelegateFactory(conference=conference, predecessor=before)
    delegate.predecessor = after
    history.save(delegate, unit_officer, "Sửa đại biểu")
    plan = conference.plan
    plan.target_economic_sectors = ["state", "private"]
    history.save(plan, unit_officer, "Lưu kế hoạch")

    body, _ = _changes(client_for(board_officer))
    moved = next(row for row in body.split('data-testid="change"')[1:] if "Sửa đại biểu" in row)
    assert "thị trấn Kẻ Sặt" in moved and "xã Vĩnh Hưng" in moved
    assert f"#{before.pk}" not in moved and f">{after.pk}<" not in moved
    saved = next(row for row in body.split('data-testid="change"')[1:] if "Lưu kế hoạch" in row)
    assert "Kinh tế nhà nước, Kinh tế tư nhân" in saved


def test_lists_of_records_and_dicts_are_shown_by_their_size_not_as_raw_json():
    from thidua.core.domain.changelog import shown
    from thidua.plans.models import Plan

    field = Plan._meta.get_field("slogans")
    assert shown(field, ["Thi đua", "yêu nước"]) == "Thi đua, yêu nước"
    assert shown(field, [{"due": None}, "x"]) == "2 mục dữ liệu"
    assert shown(field, {"tasks": [], "due": None}) == "2 mục dữ liệu" and shown(field, {}) == "(trống)"
