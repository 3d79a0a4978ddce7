import datetime
import io

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import timezone
from openpyxl import load_workbook

from tests.factories import ReportAwardFactory, ResultsReportFactory
from thidua.documents.interfaces.docx import docx_text
from thidua.reports.models import ReportAward, ResultsReport


def _post_data(**overrides):
    data = {
        "number": "12/BC-UBND", "held_on": "2025-08-20", "venue": "Hội trường UBND xã",
        "attended_exemplars": "100", "attended_guests": "30", "attended_leaders": "20", "attended_women": "70",
        "attended_ethnic_minorities": "0", "attended_direct_workers": "60", "summary_note": "", "use_generated_summary": "on",
    }
    for prefix in ("awards", "presentations", "delegates"):
        data.update({f"{prefix}-TOTAL_FORMS": "0", f"{prefix}-INITIAL_FORMS": "0", f"{prefix}-MIN_NUM_FORMS": "0", f"{prefix}-MAX_NUM_FORMS": "1000"})
    data.update(overrides)
    return data


@pytest.mark.django_db
def test_report_for_a_conference_in_the_future_is_refused(client_for, campaign, commune, unit_officer):
    future = (timezone.localdate() + datetime.timedelta(days=5)).isoformat()
    response = client_for(unit_officer).post(f"/bao-cao/ket-qua/don-vi/{commune.code}/", _post_data(held_on=future))
    assert response.status_code == 400
    assert "chưa diễn ra" in response.content.decode()
    assert not ResultsReport.objects.exists()


@pytest.mark.django_db
def test_bad_award_row_saves_nothing(client_for, campaign, commune, unit_officer):
    data = _post_data(**{
        "awards-TOTAL_FORMS": "1", "awards-0-form": "giay_khen", "awards-0-target": "individual",
        "awards-0-count": "5", "awards-0-women": "9", "awards-0-direct_workers": "0", "awards-0-workers_farmers": "0",
        "awards-0-ethnic_minorities": "0",
    })
    response = client_for(unit_officer).post(f"/bao-cao/ket-qua/don-vi/{commune.code}/", data)
    assert response.status_code == 400 and "Không được lớn hơn số lượng" in response.content.decode()
    assert not ResultsReport.objects.exists() and not ReportAward.objects.exists()
    data["awards-0-count"] = "-3"
    assert client_for(unit_officer).post(f"/bao-cao/ket-qua/don-vi/{commune.code}/", data).status_code == 400


@pytest.mark.django_db
def test_upload_must_be_a_real_pdf_or_docx(client_for, campaign, commune, unit_officer):
    fake = SimpleUploadedFile("bao-cao.pdf", b"khong phai pdf", content_type="application/pdf")
    response = client_for(unit_officer).post(f"/bao-cao/ket-qua/don-vi/{commune.code}/", {**_post_data(), "summary_file": fake})
    assert response.status_code == 400 and "phải là PDF hoặc Word" in response.content.decode()
    real = SimpleUploadedFile("Báo cáo tổng kết.pdf", b"%PDF-1.7\n%...", content_type="application/pdf")
    response = client_for(unit_officer).post(f"/bao-cao/ket-qua/don-vi/{commune.code}/", {**_post_data(), "summary_file": real})
    assert response.status_code == 302
    report = ResultsReport.objects.get()
    assert report.summary_file_name == "Báo cáo tổng kết.pdf"
    download = client_for(unit_officer).get(f"/bao-cao/ket-qua/{report.pk}/tep/")
    assert download.status_code == 200 and download.content.startswith(b"%PDF")


@pytest.mark.django_db
def test_officer_saves_and_submits_then_board_returns(client_for, campaign, commune, unit_officer, board_officer):
    data = _post_data(**{
        "awards-TOTAL_FORMS": "1", "awards-0-form": "giay_khen", "awards-0-target": "collective", "awards-0-count": "4",
        "awards-0-women": "0", "awards-0-direct_workers": "0", "awards-0-workers_farmers": "0", "awards-0-ethnic_minorities": "0",
        "delegates-TOTAL_FORMS": "1", "delegates-0-order": "1", "delegates-0-full_name": "Nguyễn Thị Hoa",
        "delegates-0-position": "Trưởng thôn", "delegates-0-is_woman": "on", "delegates-0-summary": "Ba năm liền HTXSNV",
    })
    client = client_for(unit_officer)
    assert client.post(f"/bao-cao/ket-qua/don-vi/{commune.code}/", data).status_code == 302
    report = ResultsReport.objects.get()
    assert report.awards.get().count == 4 and report.congress_delegates.get().is_woman
    client.post(f"/bao-cao/ket-qua/{report.pk}/gui/")
    report.refresh_from_db()
    assert report.status == "submitted"
    assert client.get(f"/bao-cao/ket-qua/don-vi/{commune.code}/").status_code == 302  # no editing once sent
    board = client_for(board_officer)
    board.post(f"/bao-cao/ket-qua/{report.pk}/xu-ly/", {"decision": "return", "comment": ""})
    report.refresh_from_db()
    assert report.status == "submitted"  # a return needs a reason
    board.post(f"/bao-cao/ket-qua/{report.pk}/xu-ly/", {"decision": "return", "comment": "Bổ sung tham luận"})
    report.refresh_from_db()
    assert report.status == "returned" and report.board_comment == "Bổ sung tham luận"


@pytest.mark.django_db
def test_board_excel_lists_units_with_status(client_for, campaign, commune, other_commune, board_officer):
    response = client_for(board_officer).get("/bao-cao/tien-do/excel/?loai=xa")
    assert response["Content-Type"].startswith("application/vnd.openxmlformats")
    ws = load_workbook(io.BytesIO(response.content)).active
    names = [ws.cell(row=r, column=2).value for r in range(4, ws.max_row + 1)]
    assert names == ["Xã Kẻ Sặt"]
    assert ws.cell(row=3, column=4).value == "Gửi kế hoạch"


@pytest.mark.django_db
def test_summary_docx_has_outline_and_figures(client_for, campaign, commune, unit_officer):
    campaign.report_outline = [{"title": "Phần thứ nhất: Tổng kết", "children": [
        {"title": "Kết quả công tác khen thưởng", "key": "awards"}, {"title": "Những tồn tại, hạn chế", "key": "shortcomings"}]}]
    campaign.save()
    report = ResultsReportFactory(unit=commune, campaign=campaign)
    ReportAwardFactory(report=report, form="giay_khen", target="individual", count=17, women=9)
    commune.predecessors.create(name="thị trấn Kẻ Sặt", former_parent="huyện Bình Giang")
    response = client_for(unit_officer).get(f"/bao-cao/tong-ket/{commune.code}.docx")
    text = docx_text(response.content)
    assert "Phần thứ nhất: Tổng kết" in text and "1. Kết quả công tác khen thưởng" in text
    assert "17" in text and "52,9%" in text  # 9 of 17 women
    assert "thị trấn Kẻ Sặt" in text
    assert "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" in text


@pytest.mark.django_db
def test_city_picture_draws_charts_and_filters(client_for, campaign, commune, other_commune, board_officer):
    report = ResultsReportFactory(unit=commune, campaign=campaign, status="submitted")
    ReportAwardFactory(report=report, count=12)
    body = client_for(board_officer).get("/bao-cao/toan-canh/").content.decode()
    assert body.count("<svg") == 3 and "Giấy khen" in body
    assert 'data-testid="held">1<' in body
    body = client_for(board_officer).get("/bao-cao/toan-canh/?loai=phuong").content.decode()
    assert 'data-testid="held">0<' in body
    wb = load_workbook(io.BytesIO(client_for(board_officer).get("/bao-cao/toan-canh/excel/").content))
    assert wb.sheetnames == ["Tổng hợp", "Khen thưởng theo hình thức", "Theo loại đơn vị"]


@pytest.mark.django_db
def test_board_sorts_by_a_milestone_column_filters_by_kind_and_the_excel_follows(client_for, campaign, commune, other_commune,
                                                                                  board_officer):
    from tests.factories import PlanFactory, at

    PlanFactory(unit=commune, campaign=campaign, status="submitted", submitted_at=at(datetime.date(2025, 8, 10)),
                conference_date=datetime.date(2025, 8, 22))
    PlanFactory(unit=other_commune, campaign=campaign, status="submitted", submitted_at=at(datetime.date(2025, 8, 14)),
                conference_date=datetime.date(2025, 8, 23))
    client = client_for(board_officer)

    def order(query):
        body = client.get(f"/bao-cao/tien-do/{query}").content.decode()
        return sorted(("xa-ke-sat", "phuong-an-hai"), key=lambda code: body.find(f'data-unit="{code}"')), body

    by_name, _ = order("?sap-xep=ten")
    assert by_name == ["phuong-an-hai", "xa-ke-sat"]  # An Hải before Kẻ Sặt
    by_plan_day, body = order("?sap-xep=plan_sent")
    assert by_plan_day == ["xa-ke-sat", "phuong-an-hai"]  # sent 10/8 before 14/8
    assert "10/08/2025" in body and "14/08/2025" in body  # each cell shows its date
    wards = client.get("/bao-cao/tien-do/?loai=phuong").content.decode()
    assert 'data-unit="phuong-an-hai"' in wards and 'data-unit="xa-ke-sat"' not in wards
    ws = load_workbook(io.BytesIO(client.get("/bao-cao/tien-do/excel/?sap-xep=plan_sent").content)).active
    assert [ws.cell(row=r, column=2).value for r in range(4, ws.max_row + 1)] == ["Xã Kẻ Sặt", "Phường An Hải"]
