"""A results report's figures from the plans, delegates and honors apps ("Lấy số liệu từ hệ thống")."""
import datetime

import pytest
from django.utils import timezone

from tests.factories import (
    AgendaFactory,
    AwardFactory,
    CategoryFactory,
    CongressDelegateFactory,
    DecisionFactory,
    DelegateFactory,
    NominationFactory,
    NomineeFactory,
    ReportAwardFactory,
    ResultsReportFactory,
    SubmissionFactory,
    conference_for,
)
from thidua.common.errors import DomainError
from thidua.reports.domain import prefill, results, sources
from thidua.reports.models import ResultsReport

D = datetime.date
TODAY = D(2025, 8, 27)


def _award(decision, category, **nominee):
    nomination = NominationFactory(category=category, nominee=NomineeFactory(unit=category.plan.unit, **nominee))
    return AwardFactory(decision=decision, nomination=nomination)


@pytest.fixture
def held(campaign, commune, other_commune):
    """Kẻ Sặt held its conference on 22/8: check-ins, two decisions, presenters, a congress list."""
    conf = conference_for(commune, campaign, conference_date=D(2025, 8, 22), venue="Hội trường UBND xã Kẻ Sặt")
    plan = conf.plan
    AgendaFactory(plan=plan, key="presentations", content="Báo cáo tham luận của các điển hình tiên tiến",
                  presenter="Nguyễn Văn An: Kinh nghiệm xây dựng nông thôn mới; Hội Nông dân xã")
    AgendaFactory(plan=plan, key="launch", content="Phát động phong trào", presenter="Chủ tịch UBND xã")
    now = timezone.now()
    DelegateFactory(conference=conf, group="exemplar", gender="female", ethnicity="Tày", checked_in_at=now)
    DelegateFactory(conference=conf, group="exemplar", gender="male", direct_worker=True, checked_in_at=now)
    DelegateFactory(conference=conf, group="guest", gender="female", checked_in_at=now)
    DelegateFactory(conference=conf, group="leader", gender="male")  # did not come
    DelegateFactory(conference=conf, group="exemplar", status="candidate", gender="female", checked_in_at=now)

    individuals = CategoryFactory(plan=plan, target="individual")
    collectives = CategoryFactory(plan=plan, name="Tập thể", target="collective")
    certificates = DecisionFactory(unit=commune, plan=plan, award_form="Giấy khen của Chủ tịch UBND xã")
    _award(certificates, individuals, gender="female", position="Nông dân", direct_worker=True)
    _award(certificates, individuals, gender="female", ethnicity="Mường")
    _award(certificates, individuals, gender="male", position="Công nhân may", direct_worker=True)
    _award(certificates, collectives, kind="collective", gender="")
    _award(certificates, collectives, kind="household", gender="")
    flags = DecisionFactory(unit=commune, plan=plan, award_form="Danh hiệu Lao động tiên tiến")
    _award(flags, individuals, gender="male")

    # Another unit's decision is not Kẻ Sặt's.
    other_plan = conference_for(other_commune, campaign).plan
    _award(DecisionFactory(unit=other_commune, plan=other_plan), CategoryFactory(plan=other_plan), gender="female")

    submission = SubmissionFactory(campaign=campaign, unit=commune)
    exemplar = DelegateFactory(conference=conf, group="exemplar", full_name="Lò Thị Hoa", achievements="Ba năm liền HTXSNV")
    CongressDelegateFactory(submission=submission, delegate=exemplar, full_name="Lò Thị Hoa", gender="female",
                            ethnicity="Thái", position="Trưởng thôn", organisation="Thôn Đông", direct_worker=True)
    CongressDelegateFactory(submission=submission, full_name="Phạm Văn Bình", achievements="Chiến sĩ thi đua cơ sở 2024")
    return plan


def test_award_form_and_worker_words():
    assert sources.award_form_code("Giấy khen của Chủ tịch UBND xã") == "giay_khen"
    assert sources.award_form_code("Bằng khen của Chủ tịch UBND thành phố") == "bang_khen_ubnd_tp"
    assert sources.award_form_code("Bằng khen của Thủ tướng Chính phủ") == "khac"
    assert sources.award_form_code("Chiến sĩ thi đua cơ sở") == "csdt_co_so"
    assert sources.award_form_code("Tập thể lao động xuất sắc") == "tap_the_ldxs"
    assert sources.award_form_code("") == "khac"
    assert sources.is_worker_or_farmer("Nông dân sản xuất giỏi") and sources.is_worker_or_farmer("", "Công nhân")
    assert not sources.is_worker_or_farmer("Cán bộ", "administration", "state")
    assert sources.is_minority("Tày") and not sources.is_minority("kinh") and not sources.is_minority("")


@pytest.mark.django_db
def test_figures_come_from_plan_checkins_decisions_agenda_and_congress_list(held, campaign, commune):
    f = prefill.figures_for(commune, campaign, today=TODAY)
    assert f.plan_id == held.pk
    assert f.held_on == D(2025, 8, 22) and f.venue == "Hội trường UBND xã Kẻ Sặt"
    assert f.attendance == {
        "attended_exemplars": 2, "attended_guests": 1, "attended_leaders": 0, "attended_women": 2,
        "attended_ethnic_minorities": 1, "attended_direct_workers": 1,
    }
    awards = {(a["form"], a["target"]): a for a in f.awards}
    assert set(awards) == {("giay_khen", "collective"), ("giay_khen", "individual"), ("giay_khen", "household"),
                           ("lao_dong_tien_tien", "individual")}
    individuals = awards[("giay_khen", "individual")]
    assert (individuals["count"], individuals["women"], individuals["direct_workers"], individuals["workers_farmers"],
            individuals["ethnic_minorities"]) == (3, 2, 2, 2, 1)
    assert awards[("giay_khen", "collective")]["count"] == 1 and awards[("giay_khen", "household")]["count"] == 1
    assert [(p["presenter"], p["title"]) for p in f.presentations] == [
        ("Nguyễn Văn An", "Kinh nghiệm xây dựng nông thôn mới"),
        ("Hội Nông dân xã", "Báo cáo tham luận của các điển hình tiên tiến"),
    ]
    hoa, binh = f.congress
    assert hoa["full_name"] == "Lò Thị Hoa" and hoa["is_woman"] and hoa["is_ethnic_minority"] and hoa["is_direct_worker"]
    assert hoa["position"] == "Trưởng thôn, Thôn Đông" and hoa["summary"] == "Ba năm liền HTXSNV"  # from the delegate
    assert binh["summary"] == "Chiến sĩ thi đua cơ sở 2024" and not binh["is_woman"]
    assert f.notes == []


@pytest.mark.django_db
def test_a_conference_still_ahead_gives_no_date_and_an_empty_system_gives_notes(campaign, commune, other_commune):
    conference_for(commune, campaign, conference_date=D(2025, 9, 5), venue="Nhà văn hóa")
    f = prefill.figures_for(commune, campaign, today=TODAY)
    assert f.held_on is None and f.venue == "Nhà văn hóa"
    assert any("chưa diễn ra" in n for n in f.notes) and any("điểm danh" in n for n in f.notes)
    empty = prefill.figures_for(other_commune, campaign, today=TODAY)
    assert not empty.has_any and empty.found() == []
    assert any("chưa có kế hoạch" in n for n in empty.notes)


@pytest.mark.django_db
def test_figures_for_reads_in_a_constant_number_of_queries(held, campaign, commune, django_assert_max_num_queries):
    with django_assert_max_num_queries(8):
        f = prefill.figures_for(commune, campaign, today=TODAY)
    assert sum(a["count"] for a in f.awards) == 6


@pytest.mark.django_db
def test_refresh_replaces_sections_with_data_keeps_the_rest_and_records_history(held, campaign, commune, unit_officer):
    report = ResultsReportFactory(unit=commune, campaign=campaign, number="15/BC-UBND", held_on=D(2025, 8, 21),
                                  attended_exemplars=90, summary_note="Hội nghị thành công tốt đẹp")
    ReportAwardFactory(report=report, form="bieu_duong", count=40)
    figures, found = prefill.refresh(report, unit_officer, today=TODAY)
    report.refresh_from_db()
    assert report.held_on == D(2025, 8, 22) and report.attended_exemplars == 2 and report.attended_total == 3
    assert report.number == "15/BC-UBND" and report.summary_note == "Hội nghị thành công tốt đẹp"
    assert sorted((a.form, a.target, a.count) for a in report.awards.all()) == [
        ("giay_khen", "collective", 1), ("giay_khen", "household", 1), ("giay_khen", "individual", 3),
        ("lao_dong_tien_tien", "individual", 1),
    ]
    assert report.presentations.count() == 2 and report.congress_delegates.count() == 2
    assert "6 người, tập thể được khen thưởng" in found
    record = report.history.first()
    assert record.history_user == unit_officer and record.history_change_reason.startswith("Lấy số liệu từ hệ thống")
    removed = report.awards.model.history.filter(history_type="-").get()
    assert removed.form == "bieu_duong" and removed.history_user == unit_officer


@pytest.mark.django_db
def test_refresh_without_system_data_keeps_what_the_officer_typed(campaign, commune, unit_officer):
    report = ResultsReportFactory(unit=commune, campaign=campaign, attended_exemplars=90)
    ReportAwardFactory(report=report, count=40)
    _figures, found = prefill.refresh(report, unit_officer, today=TODAY)
    report.refresh_from_db()
    assert found == [] and report.attended_exemplars == 90 and report.awards.get().count == 40


@pytest.mark.django_db
def test_a_sent_report_is_not_refilled(held, campaign, commune, unit_officer):
    report = ResultsReportFactory(unit=commune, campaign=campaign, status="submitted", attended_exemplars=90)
    with pytest.raises(DomainError, match="không lấy lại"):
        prefill.refresh(report, unit_officer, today=TODAY)
    report.refresh_from_db()
    assert report.attended_exemplars == 90


@pytest.mark.django_db
def test_a_new_report_starts_with_the_systems_figures(held, campaign, commune, unit_officer):
    report = results.get_or_start(commune, campaign, unit_officer, today=TODAY)
    assert report.pk and report.held_on == D(2025, 8, 22) and report.awards.count() == 4
    assert report.history.get().history_change_reason.startswith("Bắt đầu soạn báo cáo kết quả")
    assert results.get_or_start(commune, campaign, unit_officer, today=TODAY) == report
    assert ResultsReport.objects.count() == 1
