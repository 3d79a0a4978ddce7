"""The JSON API is scoped exactly like the UI: another unit gets 403/404."""
import datetime

import pytest

from thidua.reports.models import ReportAward
from tests.reports.factories import CongressDelegateFactory, PlanFactory, ResultsReportFactory, at


@pytest.mark.django_db
def test_openapi_schema_is_published(client, client_for, board_officer):
    schema = client_for(board_officer).get("/api/openapi.json").json()
    for path in ("/api/units/", "/api/plans/{plan_id}", "/api/reports/progress", "/api/reports/results/{report_id}"):
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
    CongressDelegateFactory(report=report, full_name="Nguyễn Thị Hoa")
    assert client_for(other_officer).get("/api/reports/results").json() == []
    assert client_for(other_officer).get(f"/api/reports/results/{report.pk}").status_code == 404
    body = client_for(unit_officer).get(f"/api/reports/results/{report.pk}").json()
    assert body["awards"][0]["count"] == 7 and body["congress_delegates"][0]["full_name"] == "Nguyễn Thị Hoa"
    assert len(client_for(board_officer).get("/api/reports/results?status=submitted").json()) == 1
