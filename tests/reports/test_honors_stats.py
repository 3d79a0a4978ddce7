"""The 5-year summary and the city picture count the honors app's award decisions, by form and
year; units without decisions count with their results report."""
import datetime
import io

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from openpyxl import load_workbook

from tests.factories import (
    AwardFactory,
    CategoryFactory,
    DecisionFactory,
    NominationFactory,
    NomineeFactory,
    PlanFactory,
    ReportAwardFactory,
    ResultsReportFactory,
    UnitFactory,
)
from thidua.documents.interfaces.docx import docx_text
from thidua.reports.domain.stats import picture
from thidua.units.models import Unit

D = datetime.date


def _decision(unit, campaign, signed_on, form="Giấy khen của Chủ tịch UBND xã", people=()):
    plan = PlanFactory(unit=unit, campaign=campaign)
    category = CategoryFactory(plan=plan)
    decision = DecisionFactory(unit=unit, plan=plan, signed_on=signed_on, award_form=form)
    for person in people:
        nomination = NominationFactory(category=category, nominee=NomineeFactory(unit=unit, **person))
        AwardFactory(decision=decision, nomination=nomination)
    return decision


@pytest.fixture
def mixed(campaign, commune, other_commune):
    """Kẻ Sặt uses the honors app (decisions 2019, 2023, 2025); An Hải only typed its report."""
    woman_farmer = {"gender": "female", "position": "Nông dân", "direct_worker": True}
    _decision(commune, campaign, D(2023, 5, 10), people=[woman_farmer, {"gender": "male"}])
    _decision(commune, campaign, D(2025, 8, 26), people=[{"gender": "female", "ethnicity": "Tày"},
                                                        {"kind": "collective", "gender": ""}])
    _decision(commune, campaign, D(2025, 8, 26), form="Bằng khen của Chủ tịch UBND thành phố",
              people=[{"gender": "male", "position": "Công nhân", "direct_worker": True}])
    _decision(commune, campaign, D(2019, 12, 30), people=[{"gender": "female"}])  # before the period
    typed = ResultsReportFactory(unit=commune, campaign=campaign, status="submitted")
    ReportAwardFactory(report=typed, form="giay_khen", count=500)  # the decisions win over the typed figure
    sent = ResultsReportFactory(unit=other_commune, campaign=campaign, status="submitted", held_on=D(2025, 8, 21))
    ReportAwardFactory(report=sent, form="giay_khen", target="individual", count=10, women=4, direct_workers=6,
                       workers_farmers=3)
    return typed


@pytest.mark.django_db
def test_picture_counts_decisions_by_form_and_year_and_falls_back_to_reports(mixed, campaign):
    p = picture(Unit.objects.filter(kind__in=["xa", "phuong"]), campaign)
    assert p.award_units_honors == 1 and p.award_units_reports == 1
    assert p.exemplars_honoured == 5 + 10
    assert (p.awards_women, p.awards_direct, p.awards_workers_farmers, p.awards_ethnic) == (2 + 4, 2 + 6, 2 + 3, 1)
    assert p.years == [2020, 2021, 2022, 2023, 2024, 2025]
    forms = {row[0]: row for row in p.awards_by_form}
    giay_khen = next(v for k, v in forms.items() if k.startswith("Giấy khen"))
    assert giay_khen[1:] == (1, 13, 0, 14)
    by_year = {label: (per_year, total) for label, per_year, total in p.awards_by_year}
    assert next(v for k, v in by_year.items() if k.startswith("Giấy khen")) == ([0, 0, 0, 2, 0, 12], 14)
    assert by_year["Bằng khen của Chủ tịch UBND thành phố"] == ([0, 0, 0, 0, 0, 1], 1)


@pytest.mark.django_db
def test_picture_query_count_does_not_grow_with_units(city, campaign):
    def queries(units):
        with CaptureQueriesContext(connection) as ctx:
            picture(units, campaign)
        return len(ctx)

    first = UnitFactory(code="xa-0", name="Xã 0", kind="xa", parent=city)
    _decision(first, campaign, D(2025, 8, 26), people=[{"gender": "female"}])
    one = queries(Unit.objects.filter(pk=first.pk))
    for i in range(1, 4):
        unit = UnitFactory(code=f"xa-{i}", name=f"Xã {i}", kind="xa", parent=city)
        _decision(unit, campaign, D(2024, 3, 1), people=[{"gender": "male"}, {"gender": "female"}])
        ReportAwardFactory(report=ResultsReportFactory(unit=UnitFactory(code=f"phuong-{i}", kind="phuong", parent=city),
                                                       campaign=campaign, status="submitted"), count=3)
    many = Unit.objects.filter(kind__in=["xa", "phuong"])
    assert queries(many) == one
    assert picture(many, campaign).exemplars_honoured == 1 + 3 * 2 + 3 * 3


@pytest.mark.django_db
def test_unit_summary_docx_has_awards_by_year_from_decisions(mixed, client_for, campaign, commune, unit_officer):
    campaign.report_outline = [{"title": "Phần thứ nhất", "children": [{"title": "Kết quả khen thưởng", "key": "awards"}]}]
    campaign.save()
    text = docx_text(client_for(unit_officer).get(f"/bao-cao/tong-ket/{commune.code}.docx").content)
    assert "Bảng 3. Khen thưởng theo hình thức và năm" in text
    assert "2020 - 2025" in text and "500" not in text  # the typed 500 gives way to the decisions
    assert "40,0%" in text  # 2 of 5 awarded are women


@pytest.mark.django_db
def test_city_picture_shows_awards_by_year(mixed, client_for, board_officer):
    body = client_for(board_officer).get("/bao-cao/toan-canh/").content.decode()
    assert 'data-testid="awards-by-year"' in body and "<th>2023</th>" in body
    assert "quyết định khen thưởng trong hệ thống (1 đơn vị)" in body
    wb = load_workbook(io.BytesIO(client_for(board_officer).get("/bao-cao/toan-canh/excel/").content))
    values = [[c.value for c in row] for row in wb["Khen thưởng theo hình thức"].iter_rows()]
    assert ["Hình thức", "Năm 2020", "Năm 2021", "Năm 2022", "Năm 2023", "Năm 2024", "Năm 2025", "Cộng"] in values
