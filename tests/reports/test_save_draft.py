"""results.save_draft: the officer's entries and the report's tables saved all or nothing
as «Lưu báo cáo kết quả»; a report sent meanwhile, or started twice, is refused."""
import datetime

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from tests.factories import ReportAwardFactory, ResultsReportFactory
from thidua.common.errors import DomainError
from thidua.common.rows import RowChanges
from thidua.reports.domain import results
from thidua.reports.models import ReportAward, ReportCongressDelegate, ResultsReport

D = datetime.date


@pytest.mark.django_db
def test_a_new_report_is_saved_with_its_rows_as_the_named_action(campaign, commune, unit_officer):
    report = ResultsReport(unit=commune, campaign=campaign)
    delegate = ReportCongressDelegate(order=1, full_name="Nguyễn Thị Hoa", is_woman=True)
    saved = results.save_draft(report, unit_officer, {"venue": "Hội trường xã", "attended_exemplars": 90},
                               delegates=RowChanges(save=[delegate]))
    assert saved.pk and saved.venue == "Hội trường xã" and saved.attended_exemplars == 90
    record = saved.history.get()
    assert record.history_user == unit_officer and record.history_change_reason == "Lưu báo cáo kết quả"
    row = saved.congress_delegates.get()
    assert row.full_name == "Nguyễn Thị Hoa" and row.history.get().history_change_reason == "Lưu báo cáo kết quả"


@pytest.mark.django_db
def test_rows_of_a_stored_report_are_changed_and_removed_with_history(campaign, commune, unit_officer):
    report = ResultsReportFactory(unit=commune, campaign=campaign)
    keep, drop = ReportAwardFactory(report=report, count=4), ReportAwardFactory(report=report, count=9)
    drop_pk = drop.pk
    keep.count = 5
    results.save_draft(report, unit_officer, {"number": "12/BC-UBND"}, awards=RowChanges(save=[keep], delete=[drop]))
    assert list(report.awards.values_list("count", flat=True)) == [5]
    removed = ReportAward.history.get(id=drop_pk, history_type="-")
    assert removed.history_user == unit_officer and removed.history_change_reason == "Lưu báo cáo kết quả"
    assert ResultsReport.objects.get(pk=report.pk).number == "12/BC-UBND"


@pytest.mark.django_db
def test_a_report_sent_meanwhile_is_refused_and_nothing_changes(campaign, commune, unit_officer):
    report = ResultsReportFactory(unit=commune, campaign=campaign)
    stale = ResultsReport.objects.get(pk=report.pk)
    results.submit(report, unit_officer, today=D(2025, 8, 26))
    with pytest.raises(DomainError, match="không sửa được"):
        results.save_draft(stale, unit_officer, {"venue": "Đổi sau khi gửi"},
                           awards=RowChanges(save=[ReportAward(form="giay_khen", target="individual", count=3)]))
    report.refresh_from_db()
    assert report.status == "submitted" and report.venue != "Đổi sau khi gửi" and not report.awards.exists()


@pytest.mark.django_db
def test_a_second_first_save_is_refused_instead_of_a_duplicate(campaign, commune, unit_officer):
    first, second = ResultsReport(unit=commune, campaign=campaign), ResultsReport(unit=commune, campaign=campaign)
    results.save_draft(first, unit_officer, {"venue": "Phiên thứ nhất"})
    with pytest.raises(DomainError, match="phiên làm việc khác"):
        results.save_draft(second, unit_officer, {"venue": "Phiên thứ hai"},
                           awards=RowChanges(save=[ReportAward(form="giay_khen", target="individual", count=3)]))
    assert ResultsReport.objects.get().venue == "Phiên thứ nhất" and not ReportAward.objects.exists()


@pytest.mark.django_db
def test_review_fields_cannot_be_set_by_editing(campaign, commune, unit_officer):
    report = ResultsReportFactory(unit=commune, campaign=campaign)
    with pytest.raises(ValueError):
        results.save_draft(report, unit_officer, {"status": "accepted"})
    assert ResultsReport.objects.get(pk=report.pk).status == "draft"


@pytest.mark.django_db
def test_a_new_summary_file_replaces_the_stored_one_over_http(client_for, campaign, commune, unit_officer):
    from tests.reports.test_views import _post_data

    client = client_for(unit_officer)
    url = f"/bao-cao/ket-qua/don-vi/{commune.code}/"
    first = SimpleUploadedFile("Lần 1.pdf", b"%PDF-1.7\nmot", content_type="application/pdf")
    assert client.post(url, {**_post_data(), "summary_file": first}).status_code == 302
    second = SimpleUploadedFile("Lần 2.pdf", b"%PDF-1.7\nhai", content_type="application/pdf")
    assert client.post(url, {**_post_data(venue="Nhà văn hóa"), "summary_file": second}).status_code == 302
    report = ResultsReport.objects.get()
    assert report.summary_file_name == "Lần 2.pdf" and report.venue == "Nhà văn hóa"
    with report.summary_file.open("rb") as handle:
        assert handle.read() == b"%PDF-1.7\nhai"
    assert [h.history_change_reason for h in report.history.all()] == ["Lưu báo cáo kết quả"] * 2


@pytest.mark.django_db
def test_browser_line_ends_are_stored_as_typed_lines(client_for, campaign, commune, unit_officer):
    from tests.reports.test_views import _post_data

    client = client_for(unit_officer)
    data = _post_data(summary_note="Dòng một\r\nDòng hai")
    assert client.post(f"/bao-cao/ket-qua/don-vi/{commune.code}/", data).status_code == 302
    assert ResultsReport.objects.get().summary_note == "Dòng một\nDòng hai"
