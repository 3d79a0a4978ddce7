"""The register's counts of a unit over a period: by form and recipient kind, by year,
women, direct workers; predecessor units and sub-units included, valid records only, other
units and other years left out; a constant number of queries; ``manage.py award_stats``."""
import json
from io import StringIO

import pytest
from django.core.management import CommandError, call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext

from tests.factories import AwardRecordFactory, UnitFactory, award_form
from thidua.register.domain import stats
from thidua.units.models import PredecessorUnit

pytestmark = pytest.mark.django_db


@pytest.fixture
def ke_sat():
    unit = UnitFactory(code="xa-ke-sat", name="Kẻ Sặt")
    school = UnitFactory(code="truong-ke-sat", name="Trường THCS Kẻ Sặt", kind="truong", parent=unit)
    pred = PredecessorUnit.objects.create(unit=unit, name="xã Vĩnh Hưng")
    other = UnitFactory(code="xa-an-hai", name="An Hải")
    ldtt, cstd, gk = award_form("ldtt"), award_form("cstdcs"), award_form("giay-khen")
    AwardRecordFactory(unit=unit, form=ldtt, year=2020, gender="female", direct_worker=True)
    AwardRecordFactory(unit=unit, form=ldtt, year=2021, gender="male", direct_worker=True)
    AwardRecordFactory(unit=school, form=cstd, year=2023, gender="female")
    AwardRecordFactory(unit=other, predecessor=pred, form=ldtt, year=2022, gender="female")  # merged commune's list
    AwardRecordFactory(unit=unit, form=gk, year=2024, recipient_kind="collective", name="Thôn Hùng Thắng",
                       gender="", birth_year=None, direct_worker=True)
    AwardRecordFactory(unit=unit, form=gk, year=2025, recipient_kind="household", name="Hộ ông Phạm Văn Dũng",
                       gender="female", birth_year=None)
    AwardRecordFactory(unit=unit, form=ldtt, year=2023, status="revoked", revoked_by="5/QĐ-UBND",
                       revoked_reason="Khai man")  # not counted
    AwardRecordFactory(unit=unit, form=ldtt, year=2019)  # before the period
    AwardRecordFactory(unit=other, form=ldtt, year=2022)  # another unit
    return unit, other


EXPECTED = {
    "total": 6,
    "by_form": {"cstdcs": {"individual": 1, "collective": 0, "household": 0},
                "ldtt": {"individual": 3, "collective": 0, "household": 0},
                "giay-khen": {"individual": 0, "collective": 1, "household": 1}},
    "by_year": {"2020": 1, "2021": 1, "2022": 1, "2023": 1, "2024": 1, "2025": 1},
    "women": 3,  # individuals only: the household's "female" is not a woman counted
    "direct_workers": 2,
}


def test_unit_stats_count_predecessors_sub_units_and_valid_records_only(ke_sat):
    unit, _ = ke_sat
    data = stats.unit_stats(unit, 2020, 2025)
    assert data == EXPECTED
    assert list(data["by_year"]) == ["2020", "2021", "2022", "2023", "2024", "2025"]


def test_unit_stats_in_constant_queries(ke_sat):
    unit, other = ke_sat
    with CaptureQueriesContext(connection) as few:
        stats.unit_stats(unit, 2020, 2025)
    for year in range(2020, 2026):
        for form in ("ldtt", "cstdcs", "giay-khen"):
            AwardRecordFactory.create_batch(2, unit=unit, form=award_form(form), year=year)
    with CaptureQueriesContext(connection) as many:
        data = stats.unit_stats(unit, 2020, 2025)
    assert data["total"] == 6 + 36
    assert len(many) == len(few) == 3


def test_award_stats_prints_exactly_the_json(ke_sat):
    out = StringIO()
    call_command("award_stats", "--unit", "xa-ke-sat", "--from", "2020", "--to", "2025", "--format", "json", stdout=out)
    data = json.loads(out.getvalue())
    assert data == EXPECTED
    assert list(data) == ["total", "by_form", "by_year", "women", "direct_workers"]


def test_award_stats_text_and_refusals(ke_sat):
    out = StringIO()
    call_command("award_stats", "--unit", "xa-ke-sat", "--from", "2024", "--to", "2025", stdout=out)
    assert "2 khen thưởng" in out.getvalue() and "hộ gia đình 1" in out.getvalue()
    with pytest.raises(CommandError, match="Không có đơn vị mã"):
        call_command("award_stats", "--unit", "khong-co")
    with pytest.raises(CommandError, match="không hợp lệ"):
        call_command("award_stats", "--unit", "xa-ke-sat", "--from", "2025", "--to", "2020")
