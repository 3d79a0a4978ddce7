"""The results report form offers the system's figures: prefilled when new, "Lấy số liệu từ hệ thống" later."""
import datetime

import pytest
from django.utils import timezone

from tests.factories import (
    AgendaFactory,
    AwardFactory,
    CategoryFactory,
    DecisionFactory,
    DelegateFactory,
    NominationFactory,
    NomineeFactory,
    ResultsReportFactory,
    conference_for,
)
from thidua.reports.models import ResultsReport

D = datetime.date


def _conference_with_awards(campaign, unit, awards=2, delegates=2):
    conf = conference_for(unit, campaign, conference_date=D(2025, 8, 20), venue="Hội trường UBND xã Kẻ Sặt")
    AgendaFactory(plan=conf.plan, key="presentations", content="Báo cáo tham luận", presenter="Nguyễn Thị Lan: Phụ nữ khởi nghiệp")
    for _ in range(delegates):
        DelegateFactory(conference=conf, group="exemplar", gender="female", checked_in_at=timezone.now())
    category = CategoryFactory(plan=conf.plan)
    decision = DecisionFactory(unit=unit, plan=conf.plan)
    for _ in range(awards):
        AwardFactory(decision=decision, nomination=NominationFactory(category=category, nominee=NomineeFactory(unit=unit)))
    return conf


@pytest.mark.django_db
def test_new_report_form_is_prefilled_and_saving_it_keeps_the_rows(client_for, campaign, commune, unit_officer):
    _conference_with_awards(campaign, commune, awards=3, delegates=4)
    client = client_for(unit_officer)
    body = client.get(f"/bao-cao/ket-qua/don-vi/{commune.code}/").content.decode()
    assert not ResultsReport.objects.exists()  # opening the form saves nothing
    assert 'data-testid="prefilled"' in body and "4 đại biểu đã điểm danh" in body
    assert 'value="Hội trường UBND xã Kẻ Sặt"' in body and 'value="2025-08-20"' in body
    assert 'name="attended_exemplars" value="4"' in body
    assert 'name="awards-0-count" value="3"' in body and 'value="Nguyễn Thị Lan"' in body
    assert "Lấy số liệu từ hệ thống" in body


@pytest.mark.django_db
def test_prefill_button_fills_an_existing_report_and_tells_what_it_took(client_for, campaign, commune, unit_officer):
    _conference_with_awards(campaign, commune, awards=2, delegates=3)
    report = ResultsReportFactory(unit=commune, campaign=campaign, attended_exemplars=100)
    client = client_for(unit_officer)
    response = client.post(f"/bao-cao/ket-qua/don-vi/{commune.code}/lay-so-lieu/", follow=True)
    body = response.content.decode()
    assert "Đã lấy số liệu từ hệ thống" in body and "2 người, tập thể được khen thưởng" in body
    assert "Chưa lập danh sách đại biểu dự Đại hội" in body
    report.refresh_from_db()
    assert report.attended_exemplars == 3 and report.awards.get().count == 2
    assert report.presentations.get().title == "Phụ nữ khởi nghiệp"
    assert report.history.first().history_user == unit_officer
    # an existing report's form shows the saved rows, not a second copy of the system's
    body = client.get(f"/bao-cao/ket-qua/don-vi/{commune.code}/").content.decode()
    assert 'data-testid="prefilled"' not in body and 'name="awards-INITIAL_FORMS" value="1"' in body


@pytest.mark.django_db
def test_prefill_of_a_sent_report_is_refused(client_for, campaign, commune, unit_officer):
    _conference_with_awards(campaign, commune)
    report = ResultsReportFactory(unit=commune, campaign=campaign, status="submitted", attended_exemplars=100)
    body = client_for(unit_officer).post(f"/bao-cao/ket-qua/don-vi/{commune.code}/lay-so-lieu/", follow=True).content.decode()
    assert "không lấy lại số liệu" in body
    report.refresh_from_db()
    assert report.attended_exemplars == 100 and not report.awards.exists()


@pytest.mark.django_db
@pytest.mark.parametrize("count", [1, 4])
def test_new_report_form_has_no_n_plus_1(client_for, campaign, commune, unit_officer, count, django_assert_num_queries):
    _conference_with_awards(campaign, commune, awards=count, delegates=count)
    client = client_for(unit_officer)
    client.get(f"/bao-cao/ket-qua/don-vi/{commune.code}/")
    with django_assert_num_queries(14):
        response = client.get(f"/bao-cao/ket-qua/don-vi/{commune.code}/")
    assert f'name="attended_exemplars" value="{count}"' in response.content.decode()
