"""Every state change of the delegates app records who did it and its named Vietnamese
action (thidua.common.history), as the change log shows them."""
import datetime

import pytest

from tests.factories import DelegateFactory, UnitFactory, conference_for
from tests.factories import PlanFactory as DelegatesPlanFactory
from thidua.delegates.domain import checkin, congress, roster, selection
from thidua.delegates.models import CongressDelegate, CongressQuota, Delegate


def last(obj_or_model, pk=None):
    """(who, action) of the newest history row of an object (or of ``model`` row ``pk``)."""
    manager = obj_or_model.history if pk is None else obj_or_model.history.filter(id=pk)
    record = manager.order_by("-history_date", "-history_id").first()
    return record.history_user, record.history_change_reason


@pytest.fixture
def conf(commune, campaign):
    return conference_for(commune, campaign)


@pytest.mark.django_db
def test_conference_list_changes_are_named(commune, subunit, campaign, unit_officer):
    plan = DelegatesPlanFactory(scheduled=True, unit=commune, campaign=campaign)
    conf = roster.create_conference(plan, unit_officer)
    assert last(conf) == (unit_officer, "Lập danh sách đại biểu")
    d = roster.add_delegate(conf, {"full_name": "Nguyễn Thị Miền", "gender": "female"}, unit_officer)
    assert last(d) == (unit_officer, "Thêm đại biểu")
    d = roster.update_delegate(d, {"position": "Giáo viên"}, unit_officer)
    assert last(d) == (unit_officer, "Sửa đại biểu") and d.position == "Giáo viên"
    d = roster.set_rsvp(d, "accepted", unit_officer)
    assert last(d) == (unit_officer, "Ghi phản hồi giấy mời")
    alloc = roster.set_allocation(conf, subunit, 2, unit_officer)
    assert last(alloc) == (unit_officer, "Phân bổ đại biểu")
    [imported] = roster.import_delegates(conf, [(2, Delegate(full_name="Lê Văn Hùng", gender="male"))], unit_officer)
    assert last(imported) == (unit_officer, "Nhập đại biểu từ Excel")
    pk = imported.pk
    roster.remove_delegate(imported, unit_officer)
    assert last(Delegate, pk) == (unit_officer, "Xóa đại biểu")
    assert Delegate.history.filter(id=pk).first().history_type == "-"


@pytest.mark.django_db
def test_proposal_check_in_and_nominees_are_named(conf, commune, unit_officer):
    from thidua.honors.models import Nominee

    a = DelegateFactory(conference=conf, status="candidate")
    selection.apply_proposal(conf, unit_officer, [str(a.pk)])
    a.refresh_from_db()
    assert a.status == "confirmed" and last(a) == (unit_officer, "Áp dụng đề xuất danh sách cân đối")
    assert checkin.check_in(a, unit_officer).ok and last(a) == (unit_officer, "Điểm danh")
    outcome = checkin.undo_check_in(a, unit_officer)
    assert outcome.ok and outcome.delegate.checked_in_at is None and last(a) == (unit_officer, "Hủy điểm danh")
    nominee = Nominee.objects.create(unit=commune, full_name="Đỗ Văn Chiến", gender="male")
    [added], _ = roster.add_nominees(conf, [str(nominee.pk)], unit_officer)
    assert last(added) == (unit_officer, "Thêm đại biểu từ hồ sơ điển hình")


@pytest.mark.django_db
def test_congress_changes_are_named(city, commune, campaign, conf, unit_officer, board_officer):
    congress.set_quota(campaign, commune, 2, board_officer)
    assert last(CongressQuota.objects.get(unit=commune)) == (board_officer, "Phân bổ đại biểu dự Đại hội")
    other = UnitFactory(code="xa-ty-le", name="Tỷ Lệ", kind="xa", parent=city, size_measure=100)
    congress.apply_proportional(campaign, [commune, other], 4, 1, board_officer)
    assert last(CongressQuota.objects.get(unit=other)) == (board_officer, "Phân bổ đại biểu dự Đại hội theo tỷ lệ")
    sub = congress.submission_for(campaign, commune, unit_officer)
    assert last(sub) == (unit_officer, "Lập danh sách đại biểu dự Đại hội")
    exemplar = DelegateFactory(conference=conf, group="exemplar")
    [entry] = congress.add_exemplars(sub, unit_officer, [str(exemplar.pk)])
    assert last(entry) == (unit_officer, "Chọn đại biểu dự Đại hội")
    entry = congress.update_entry(entry, {"achievements": "Chiến sĩ thi đua cơ sở"}, unit_officer)
    assert last(entry) == (unit_officer, "Sửa trích ngang đại biểu dự Đại hội")
    congress.approve(sub, datetime.date(2025, 8, 22), unit_officer, "Biên bản số 1")
    assert last(sub) == (unit_officer, "Hội nghị thông qua danh sách đại biểu dự Đại hội")
    congress.submit(sub, unit_officer)
    assert last(sub) == (unit_officer, "Gửi danh sách đại biểu dự Đại hội")
    congress.reopen(sub, board_officer)
    assert last(sub) == (board_officer, "Trả lại danh sách đại biểu dự Đại hội để sửa")
    pk = entry.pk
    congress.remove_entry(entry, unit_officer)
    assert last(CongressDelegate, pk) == (unit_officer, "Bỏ đại biểu khỏi danh sách dự Đại hội")
