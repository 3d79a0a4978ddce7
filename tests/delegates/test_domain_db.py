import datetime

import pytest

from tests.factories import AgendaFactory, CongressDelegateFactory, DelegateFactory, UnitFactory, conference_for
from thidua.common.errors import DomainError
from thidua.delegates.domain import checkin, congress, roster, timetable
from thidua.delegates.domain.timetable import Slot
from thidua.delegates.models import CongressQuota, Delegate
from thidua.units.models import PredecessorUnit

T = datetime.time


def test_timetable_overlap_gap_end_and_missing():
    slots = [Slot(1, "Văn nghệ", T(14, 0), T(14, 20)), Slot(2, "Tuyên bố lý do", T(14, 15), T(14, 30)),
             Slot(3, "Báo cáo", T(14, 40), T(16, 10)), Slot(4, "Bế mạc", None, None)]
    findings = {f.code: f for f in timetable.check(slots, start=T(14, 0), end=T(16, 0), session_max_minutes=300)}
    assert "chồng 5 phút" in findings["overlap:1-2"].message
    assert "trống 10 phút" in findings["gap:2-3"].message
    assert "muộn 10 phút" in findings["ends_after_session"].message
    assert "time_missing:4" in findings
    assert timetable.slot_time(slots[0]) == "14h00'-14h20'"


def test_timetable_clean_and_current_slot():
    slots = [Slot(1, "A", T(14, 0), T(14, 20)), Slot(2, "B", T(14, 20), T(15, 0))]
    assert timetable.check(slots, start=T(14, 0), end=T(15, 0)) == []
    day = datetime.date(2025, 8, 22)
    assert timetable.current_slot(slots, day, datetime.datetime(2025, 8, 22, 14, 25)).order == 2
    assert timetable.current_slot(slots, day, datetime.datetime(2025, 8, 23, 14, 25)) is None


@pytest.mark.django_db
def test_add_refuses_duplicate_and_over_limit(commune, campaign, unit_officer):
    conf = conference_for(commune, campaign, delegates_total=2)
    roster.add_delegate(conf, Delegate(full_name="Nguyễn Thị Miền", gender="female", organisation="Trường TH Kẻ Sặt"), unit_officer)
    with pytest.raises(DomainError, match="đã có trong danh sách"):
        roster.add_delegate(conf, Delegate(full_name="nguyen thi mien", gender="female", organisation="Trường TH Kẻ Sặt"), unit_officer)
    roster.add_delegate(conf, Delegate(full_name="Lê Văn Hùng", gender="male"), unit_officer)
    with pytest.raises(DomainError, match="đã đủ 2 đại biểu"):
        roster.add_delegate(conf, Delegate(full_name="Phạm Văn Ba", gender="male"), unit_officer)
    # a candidate may still go into the pool
    roster.add_delegate(conf, Delegate(full_name="Phạm Văn Ba", gender="male", status="candidate"), unit_officer)
    assert conf.delegates.filter(status="confirmed").count() == 2
    assert conf.delegates.first().history.first().history_user == unit_officer


@pytest.mark.django_db
def test_import_is_all_or_nothing(commune, campaign, unit_officer):
    conf = conference_for(commune, campaign)
    rows = [(2, Delegate(full_name="A Một", gender="male")), (3, Delegate(full_name="B Hai", gender="female")),
            (4, Delegate(full_name="a một", gender="male"))]
    with pytest.raises(DomainError, match="Dòng 4: a một trùng với dòng 2"):
        roster.import_delegates(conf, rows, unit_officer)
    assert conf.delegates.count() == 0
    roster.import_delegates(conf, rows[:2], unit_officer)
    assert conf.delegates.count() == 2


@pytest.mark.django_db
def test_allocation_caps_sub_unit(commune, subunit, other_commune, campaign, unit_officer):
    conf = conference_for(commune, campaign)
    roster.set_allocation(conf, subunit, 1, unit_officer)
    with pytest.raises(DomainError, match="không phải đơn vị trực thuộc"):
        roster.set_allocation(conf, other_commune, 1, unit_officer)
    with pytest.raises(DomainError, match="vượt tối đa 150"):
        roster.set_allocation(conf, subunit, 151, unit_officer)
    roster.add_delegate(conf, Delegate(full_name="Chiến sĩ Một", gender="male", source_unit=subunit), unit_officer)
    with pytest.raises(DomainError, match="đã cử đủ 1"):
        roster.add_delegate(conf, Delegate(full_name="Chiến sĩ Hai", gender="male", source_unit=subunit), unit_officer)


@pytest.mark.django_db
def test_composition_of_conference_uses_plan_targets_and_predecessors(commune, campaign):
    PredecessorUnit.objects.create(unit=commune, name="thị trấn Kẻ Sặt")
    conf = conference_for(commune, campaign, target_women=3)
    DelegateFactory(conference=conf)
    summary, findings = roster.composition_of(conf)
    codes = {f.code for f in findings}
    assert summary.total == 1 and "women_share_low" in codes
    assert "predecessor_missing:thi-tran-ke-sat" in codes


@pytest.mark.django_db
def test_check_in_twice_and_counts(commune, campaign, unit_officer):
    conf = conference_for(commune, campaign)
    miền = DelegateFactory(conference=conf, full_name="Nguyễn Thị Miền", group="exemplar")
    DelegateFactory(conference=conf, full_name="Trần Văn Khách", group="guest")
    DelegateFactory(conference=conf, full_name="Người Đề Cử", status="candidate")
    assert [d.full_name for d in checkin.search(conf, "nguyen thi mien")] == ["Nguyễn Thị Miền"]
    assert list(checkin.search(conf, "de cu")) == []
    first = checkin.check_in(miền, unit_officer)
    second = checkin.check_in(miền, unit_officer)
    assert first.ok and not second.ok and "đã điểm danh lúc" in second.message
    counts = checkin.attendance(conf)
    assert counts["expected"] == 2 and counts["present"] == 1
    assert {r["group"]: r["present"] for r in counts["rows"]} == {"exemplar": 1, "guest": 0, "leader": 0}


def test_parse_token():
    url = "https://thidua.vn/dai-bieu/3/diem-danh/ma/1b4e28ba-2fa1-11d2-883f-0016d3cca427/"
    assert str(checkin.parse_token(url)) == "1b4e28ba-2fa1-11d2-883f-0016d3cca427"
    assert checkin.parse_token("xin chào") is None


@pytest.mark.django_db
def test_congress_flow(commune, campaign, unit_officer, board_officer):
    conf = conference_for(commune, campaign)
    AgendaFactory(plan=conf.plan, key="higher_delegates", content="Thông qua danh sách")
    exemplar = DelegateFactory(conference=conf, group="exemplar", achievements="Chiến sĩ thi đua cơ sở 2023, 2024")
    guest = DelegateFactory(conference=conf, group="guest")
    congress.set_quota(campaign, commune, 1, board_officer)
    sub = congress.submission_for(campaign, commune, unit_officer)
    with pytest.raises(DomainError, match="điển hình tiên tiến"):
        congress.add_from_delegate(sub, guest, unit_officer)
    entry = congress.add_from_delegate(sub, exemplar, unit_officer)
    assert entry.achievements.startswith("Chiến sĩ thi đua")
    with pytest.raises(DomainError, match="đã có trong danh sách"):
        congress.add_from_delegate(sub, exemplar, unit_officer)
    with pytest.raises(DomainError, match="thông qua"):
        congress.submit(sub, unit_officer)
    assert congress.submitted_on(commune) is None
    assert congress.approval_findings(sub) == []
    congress.approve(sub, datetime.date(2025, 8, 22), unit_officer)
    congress.submit(sub, unit_officer)
    assert congress.submitted_on(commune) is not None
    with pytest.raises(DomainError, match="đã gửi"):
        congress.remove_entry(entry, unit_officer)


@pytest.mark.django_db
def test_proportional_quotas_and_city_composition(city, campaign, board_officer):
    units = [UnitFactory(code=f"xa-{i}", name=f"X{i}", kind="xa", parent=city, size_measure=s) for i, s in enumerate([5000, 3000, 2000])]
    shares = congress.apply_proportional(campaign, units, 12, 2, board_officer)
    assert [s.seats for s in shares] == [5, 4, 3]
    quota = CongressQuota.objects.get(unit=units[0])
    assert quota.method == "proportional" and "Tối thiểu 2" in quota.note
    sub = congress.submission_for(campaign, units[0], board_officer)
    CongressDelegateFactory(submission=sub, full_name="A", gender="male")
    sub.submitted_at = datetime.datetime(2025, 8, 29, tzinfo=datetime.timezone.utc)
    sub.save()
    summary, findings = congress.city_composition(campaign)
    assert summary.total == 1 and summary.limit == 12
    assert "women_share_low" in {f.code for f in findings}


@pytest.mark.django_db
def test_quota_sum_may_not_exceed_the_congress_size(city, campaign, board_officer):
    campaign.congress_size = 10
    campaign.save()
    units = [UnitFactory(code=f"xa-q{i}", name=f"Q{i}", kind="xa", parent=city, size_measure=1000) for i in range(3)]
    congress.set_quotas(campaign, {units[0]: 4, units[1]: 4}, board_officer)
    with pytest.raises(DomainError, match="vượt 3 so với 10 đại biểu"):
        congress.set_quotas(campaign, {units[1]: 5, units[2]: 4}, board_officer)
    # nothing of the refused change was kept
    assert dict(CongressQuota.objects.values_list("unit__code", "seats")) == {"xa-q0": 4, "xa-q1": 4}
    with pytest.raises(DomainError, match="vượt số đại biểu của Đại hội"):
        congress.apply_proportional(campaign, units, 12, 1, board_officer)
    assert CongressQuota.objects.filter(unit=units[2]).count() == 0


@pytest.mark.django_db
def test_board_sees_a_vietnamese_message_when_quotas_exceed_the_congress(client_for, city, campaign, board_officer):
    campaign.congress_size = 5
    campaign.save()
    unit = UnitFactory(code="xa-q9", name="Q9", kind="xa", parent=city)
    response = client_for(board_officer).post("/dai-bieu/dai-hoi/chi-tieu/", {f"seats-{unit.pk}": "6"}, follow=True)
    assert response.status_code == 200
    assert "vượt 1 so với 5 đại biểu" in response.content.decode()
    assert not CongressQuota.objects.filter(unit=unit).exists()
