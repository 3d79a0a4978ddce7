"""Every finding code of the checker, on plain PlanFacts (no database for the facts)."""
from datetime import date, time

import pytest

from tests.factories import CITY_AGENDA
from thidua.campaigns.domain.rules import AgendaRule, CampaignRules, DeadlineRule
from thidua.common.plan_text import periods_attached_to_conference
from thidua.plans.domain.compliance import CODES, check, codes, name_follows_rule, parse_weekday
from thidua.plans.domain.facts import AgendaFact, PlanFacts, TaskFact

RULES = CampaignRules(
    code="hp-2025-3194",
    title="Kế hoạch",
    issuer_name="UBND thành phố",
    deadlines={
        "plan_submission": DeadlineRule("plan_submission", "Gửi kế hoạch", date(2025, 8, 15)),
        "conference": DeadlineRule("conference", "Tổ chức hội nghị", date(2025, 8, 25)),
        "results_report": DeadlineRule("results_report", "Báo cáo kết quả", date(2025, 8, 30)),
    },
    agenda=tuple(AgendaRule(key, i, title) for i, (key, title, _kw) in enumerate(CITY_AGENDA, start=1)),
)


def good(**changes):
    values = dict(
        unit_name="xã Kẻ Sặt", unit_kind="xa", merged=True,
        conference_name="Hội nghị tuyên dương điển hình tiên tiến xã Kẻ Sặt Lần thứ I (2025 - 2030)",
        conference_date=date(2025, 8, 20), sessions=1, delegates_total=150, exemplar_share=0.7,
        agenda=[AgendaFact(title, key) for key, title, _kw in CITY_AGENDA],
    )
    values.update(changes)
    return PlanFacts(**values)


def test_a_compliant_plan_has_no_finding():
    assert check(good(), RULES) == []


@pytest.mark.parametrize("changes, code", [
    ({"conference_date": date(2025, 8, 28)}, "conference_after_deadline"),
    ({"conference_date": date(2025, 8, 25)}, "conference_after_deadline"),  # "trước ngày 25/8": the 25th is late
    ({"conference_date": None, "date_text": "trước ngày 25/8/2025"}, "conference_date_missing"),
    ({"weekday_text": "thứ Sáu"}, "weekday_mismatch"),  # 20/8/2025 is a Wednesday
    ({"sessions": 2}, "session_too_long"),
    ({"start_time": time(7, 30), "end_time": time(17, 0)}, "session_too_long"),
    ({"start_time": time(14, 0), "end_time": time(13, 0)}, "time_range_invalid"),
    ({"delegates_total": 180}, "delegates_over_limit"),
    ({"delegates_total": None}, "delegates_count_missing"),
    ({"exemplar_share": None, "delegates_exemplars": 60, "delegates_total": 120}, "exemplar_share_low"),
    ({"exemplar_share": 0.5}, "exemplar_share_low"),
    ({"delegates_total": 100, "delegates_exemplars": 70, "delegates_guests": 40, "exemplar_share": None},
     "delegates_groups_exceed_total"),
    ({"agenda": []}, "agenda_missing"),
    ({"conference_name": "Hội nghị điển hình tiên tiến giai đoạn 2025-2030"}, "name_nonstandard"),
    ({"conference_name": "Hội nghị tuyên dương điển hình tiên tiến xã Kẻ Sặt Lần thứ II (2025 - 2030)"},
     "name_nonstandard"),  # a merged unit's first conference is "Lần thứ I"
    ({"conference_name": "Hội nghị tuyên dương điển hình tiên tiến phường An Hải Lần thứ I (2025 - 2030)"},
     "name_nonstandard"),  # another unit's name
    ({"conference_name": ""}, "name_missing"),
    ({"period_texts": ["2020 - 2025"]}, "period_mismatch"),
    ({"submitted_on": date(2025, 8, 15)}, "plan_after_deadline"),
    ({"issued_on": date(2025, 8, 16)}, "plan_after_deadline"),
    ({"report_deadline": date(2025, 9, 5)}, "report_deadline_late"),
    ({"nomination_deadline": date(2025, 8, 21)}, "nomination_deadline_after_conference"),
    ({"conference_date": None, "nomination_deadline": date(2025, 8, 26)}, "nomination_deadline_after_conference"),
    ({"tasks": [TaskFact("Văn phòng", "Chuẩn bị hội trường", date(2025, 8, 22))]}, "task_due_after_conference"),
])
def test_each_deviation_gives_its_code(changes, code):
    found = check(good(**changes), RULES)
    assert code in codes(found)
    finding = next(f for f in found if f.code == code)
    assert finding.message and finding.severity in {"error", "warning", "info"} and finding.field
    assert code.split(":")[0] in CODES


def test_missing_agenda_items_give_one_code_per_key():
    agenda = [AgendaFact(t, k) for k, t, _ in CITY_AGENDA if k not in {"exchange", "higher_delegates"}]
    agenda.insert(0, AgendaFact("Văn nghệ chào mừng"))  # an extra is fine
    found = codes(check(good(agenda=agenda), RULES))
    assert found == {"agenda_item_missing:exchange", "agenda_item_missing:higher_delegates"}


def test_agenda_out_of_order_is_a_warning():
    agenda = [AgendaFact(t, k) for k, t, _ in CITY_AGENDA]
    agenda[0], agenda[8] = agenda[8], agenda[0]
    assert codes(check(good(agenda=agenda), RULES)) == {"agenda_order"}


def _timed(*slots):
    items = [AgendaFact(t, k) for k, t, _ in CITY_AGENDA]
    for item, (start, end) in zip(items, slots):
        item.start, item.end = time.fromisoformat(start), time.fromisoformat(end)
    return items


def test_timed_agenda_overlap_and_exceeding_the_session():
    overlap = _timed(("14:00", "14:20"), ("14:10", "14:30"))
    found = check(good(agenda=overlap, start_time=time(14, 0), end_time=time(16, 0)), RULES)
    assert codes(found) == {"agenda_overlap"}
    assert "14:10" in found[0].message and "14:20" in found[0].message
    late = _timed(("14:00", "14:20"), ("14:20", "16:30"))
    assert codes(check(good(agenda=late, start_time=time(14, 0), end_time=time(16, 0)), RULES)) == {
        "agenda_exceeds_session"}
    long_day = _timed(("07:00", "08:00"), ("08:00", "13:00"))
    assert "agenda_exceeds_session" in codes(check(good(agenda=long_day), RULES))
    backwards = _timed(("14:00", "13:50"))
    assert "agenda_time_invalid" in codes(check(good(agenda=backwards), RULES))


def test_results_report_task_may_fall_after_the_conference():
    task = TaskFact("Phòng Văn hóa - Xã hội", "Tổng hợp, báo cáo UBND thành phố kết quả tổ chức Hội nghị",
                    date(2025, 8, 30))
    assert check(good(tasks=[task]), RULES) == []


def test_messages_cite_the_rule_and_the_value():
    finding = check(good(conference_date=date(2025, 8, 28)), RULES)[0]
    assert finding.message.startswith("Ngày tổ chức 28/8/2025 sau thời hạn 25/8/2025 theo Kế hoạch của UBND thành phố")
    over = next(f for f in check(good(delegates_total=180), RULES) if f.code == "delegates_over_limit")
    assert "180" in over.message and "150" in over.message


def test_weekday_parsing_with_and_without_diacritics():
    assert parse_weekday("thứ Năm") == 3
    assert parse_weekday("thu nam") == 3
    assert parse_weekday("Thứ 5") == 3
    assert parse_weekday("T7") == 5
    assert parse_weekday("Chủ nhật") == 6
    assert parse_weekday("sáng") is None
    assert "weekday_mismatch" not in codes(check(good(weekday_text="thu tu"), RULES))  # 20/8/2025: Wednesday


def test_name_rule_ignores_diacritics_case_and_accepts_nganh_for_a_department():
    ke_sat = good()
    assert name_follows_rule("HOI NGHI TUYEN DUONG DIEN HINH TIEN TIEN XA KE SAT LAN THU I (2025-2030)", ke_sat, RULES)
    khcn = good(unit_name="Sở Khoa học và Công nghệ", unit_kind="department", merged=False)
    assert name_follows_rule("Hội nghị tuyên dương điển hình tiên tiến Ngành Khoa học và Công nghệ, Lần thứ I "
                             "(2025 -2030)", khcn, RULES)
    assert name_follows_rule("Hội nghị tuyên dương điển hình tiên tiến Sở Khoa học và Công nghệ Lần thứ II "
                             "(2025 - 2030)", khcn, RULES)  # not merged: any ordinal
    assert not name_follows_rule("Hội nghị điển hình tiên tiến giai đoạn 2025-2030", khcn, RULES)


def test_periods_attached_to_the_conference_skip_the_congress():
    texts = ["Tổ chức Hội nghị tuyên dương xã Kẻ Sặt lần thứ I (2025-2030), tiến tới Đại hội Thi đua (2025 - 2030)",
             "Chào mừng Hội nghị điển hình tiên tiến xã Kẻ Sặt, giai đoạn 2020 - 2025",
             "Tổ chức Hoi nghi dien hinh tien tien tien toi Dai hoi thi dua (2020-2025)"]
    assert periods_attached_to_conference(texts) == ["2025 - 2030", "2020 - 2025"]


def test_findings_come_errors_first():
    found = check(good(conference_date=date(2025, 8, 28), delegates_total=None), RULES)
    assert [f.severity for f in found] == sorted((f.severity for f in found), key=["error", "warning", "info"].index)
