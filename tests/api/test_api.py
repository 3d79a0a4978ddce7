"""The JSON API is scoped exactly like the UI: another unit gets 403/404."""
import datetime

import pytest

from tests.factories import PlanFactory, ReportCongressDelegateFactory, ResultsReportFactory, at
from thidua.reports.models import ReportAward


@pytest.mark.django_db
def test_openapi_schema_is_published(client, client_for, board_officer):
    schema = client_for(board_officer).get("/api/openapi.json").json()
    for path in ("/api/units/", "/api/plans/{plan_id}", "/api/reports/progress", "/api/reports/results/{report_id}",
                 "/api/reports/picture", "/api/delegates/congress", "/api/delegates/congress/{code}"):
        assert path in schema["paths"]


@pytest.mark.django_db
def test_anonymous_gets_401(client, campaign):
    assert client.get("/api/units/").status_code == 401
    assert client.get("/api/reports/progress").status_code == 401


@pytest.mark.django_db
def test_units_are_scoped(client_for, commune, subunit, other_commune, unit_officer, other_officer, board_officer):
    codes = {u["code"] for u in client_for(unit_officer).get("/api/units/").json()}
    assert codes == {"xa-ke-sat", "xa-ke-sat-cong-an"}
    assert client_for(other_officer).get("/api/units/xa-ke-sat").status_code == 404
    assert client_for(board_officer).get("/api/units/xa-ke-sat").json()["title_name"] == "Xã Kẻ Sặt"


@pytest.mark.django_db
def test_plans_with_findings_are_scoped(client_for, campaign, commune, other_commune, unit_officer, other_officer):
    plan = PlanFactory(unit=commune, campaign=campaign, status="submitted", submitted_at=at(datetime.date(2025, 8, 13)),
                       conference_date=datetime.date(2025, 8, 28))
    assert [p["id"] for p in client_for(unit_officer).get("/api/plans/").json()] == [plan.pk]
    assert client_for(other_officer).get("/api/plans/").json() == []
    assert client_for(other_officer).get(f"/api/plans/{plan.pk}").status_code == 404
    body = client_for(unit_officer).get(f"/api/plans/{plan.pk}").json()
    assert body["conference_date"] == "2025-08-28"
    assert any(f["severity"] == "error" and "25/8/2025" in f["message"] for f in body["findings"])


@pytest.mark.django_db
def test_progress_is_the_boards_and_one_units_row_is_scoped(client_for, campaign, commune, other_commune, unit_officer,
                                                             other_officer, board_officer):
    assert client_for(unit_officer).get("/api/reports/progress").status_code == 403
    rows = client_for(board_officer).get("/api/reports/progress?kind=xa").json()
    assert [r["unit_code"] for r in rows] == ["xa-ke-sat"]
    assert [c["milestone"] for c in rows[0]["cells"]][0] == "plan_sent"
    assert client_for(unit_officer).get("/api/reports/progress/xa-ke-sat").status_code == 200
    assert client_for(other_officer).get("/api/reports/progress/xa-ke-sat").status_code == 404


@pytest.mark.django_db
def test_results_reports_are_scoped(client_for, campaign, commune, other_commune, unit_officer, other_officer, board_officer):
    report = ResultsReportFactory(unit=commune, campaign=campaign, status="submitted")
    ReportAward.objects.create(report=report, form="giay_khen", target="individual", count=7)
    ReportCongressDelegateFactory(report=report, full_name="Nguyễn Thị Hoa")
    assert client_for(other_officer).get("/api/reports/results").json() == []
    assert client_for(other_officer).get(f"/api/reports/results/{report.pk}").status_code == 404
    body = client_for(unit_officer).get(f"/api/reports/results/{report.pk}").json()
    assert body["awards"][0]["count"] == 7 and body["congress_delegates"][0]["full_name"] == "Nguyễn Thị Hoa"
    assert len(client_for(board_officer).get("/api/reports/results?status=submitted").json()) == 1


def _sent_list(campaign, unit, names, user, seats):
    from tests.factories import CongressDelegateFactory
    from thidua.delegates.domain import congress

    congress.set_quota(campaign, unit, seats, user)
    sub = congress.submission_for(campaign, unit, user)
    for i, name in enumerate(names, start=1):
        CongressDelegateFactory(submission=sub, order=i, full_name=name, gender="female",
                                achievements=f"Chiến sĩ thi đua cơ sở: {name}")
    sub.submitted_at = at(datetime.date(2025, 8, 29))
    sub.save()
    return sub


@pytest.mark.django_db
def test_city_picture_is_the_boards_and_adds_up_sent_reports(client_for, campaign, commune, other_commune, unit_officer,
                                                             board_officer):
    report = ResultsReportFactory(unit=commune, campaign=campaign, status="submitted", held_on=datetime.date(2025, 8, 22))
    ReportAward.objects.create(report=report, form="giay_khen", target="individual", count=7, women=3)
    ResultsReportFactory(unit=other_commune, campaign=campaign, status="draft")
    assert client_for(unit_officer).get("/api/reports/picture").status_code == 403
    body = client_for(board_officer).get("/api/reports/picture").json()
    assert body["units_total"] == 2 and body["reports_sent"] == 1 and body["conferences_held"] == 1
    assert body["exemplars_honoured"] == 7 and body["share_women_pct"] == pytest.approx(42.9)
    assert sum(row["total"] for row in body["awards_by_form"]) == 7
    wards = client_for(board_officer).get("/api/reports/picture?kind=phuong").json()
    assert wards["units_total"] == 1 and wards["exemplars_honoured"] == 0


@pytest.mark.django_db
def test_congress_lists_are_scoped_like_the_ui(client_for, campaign, commune, other_commune, unit_officer, other_officer,
                                               board_officer):
    _sent_list(campaign, commune, ["Nguyễn Thị Hoa", "Lê Thị Mai"], board_officer, seats=3)
    assert client_for(unit_officer).get("/api/delegates/congress").status_code == 403
    assert client_for(other_officer).get("/api/delegates/congress/xa-ke-sat").status_code == 404
    own = client_for(unit_officer).get("/api/delegates/congress/xa-ke-sat").json()
    assert own["quota"] == 3 and [d["full_name"] for d in own["delegates"]] == ["Nguyễn Thị Hoa", "Lê Thị Mai"]
    assert own["delegates"][0]["achievements"] == "Chiến sĩ thi đua cơ sở: Nguyễn Thị Hoa"
    city = client_for(board_officer).get("/api/delegates/congress").json()
    assert city["quota_total"] == 3 and city["units_submitted"] == 1
    assert city["composition"]["total"] == 2 and city["composition"]["women"] == 2
    assert {d["unit_code"] for d in city["delegates"]} == {"xa-ke-sat"}
    rows = {u["unit_code"]: u for u in city["units"]}
    assert rows["xa-ke-sat"]["delegates_count"] == 2 and rows[other_commune.code]["quota"] is None


@pytest.mark.django_db
@pytest.mark.parametrize("count", [1, 3])
def test_city_congress_has_no_n_plus_1(client_for, city, campaign, board_officer, count, django_assert_num_queries):
    from tests.factories import UnitFactory

    for i in range(count):
        unit = UnitFactory(code=f"xa-api-{i}", name=f"Xã API {i}", kind="xa", parent=city)
        _sent_list(campaign, unit, [f"Người {i}-{j}" for j in range(2)], board_officer, seats=2)
    client = client_for(board_officer)
    client.get("/api/delegates/congress")  # warm the session
    with django_assert_num_queries(11):  # the same number for 1 and 3 units
        assert len(client.get("/api/delegates/congress").json()["delegates"]) == 2 * count


@pytest.mark.django_db
def test_refusals_and_bad_requests_are_answered_in_vietnamese(client, client_for, unit_officer):
    assert client.get("/api/units/").json() == {"detail": "Cần đăng nhập để dùng API."}
    officer = client_for(unit_officer)
    missing = officer.get("/api/plans/999999")
    assert missing.status_code == 404 and missing.json()["detail"].startswith("Không tìm thấy dữ liệu")
    bad = officer.get("/api/plans/abc")
    assert bad.status_code == 422
    assert bad.json()["detail"] == "Yêu cầu không hợp lệ."
    assert bad.json()["errors"][0]["msg"] == "Cần một số nguyên." and bad.json()["errors"][0]["loc"][-1] == "plan_id"


@pytest.mark.django_db
def test_api_docs_load_swagger_from_the_sites_own_static_files(client_for, unit_officer):
    page = client_for(unit_officer).get("/api/docs").content.decode()
    assert "/static/ninja/swagger-ui-bundle.js" in page and "/static/ninja/swagger-ui.css" in page
    assert "cdn." not in page and "https://" not in page
