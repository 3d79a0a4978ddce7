"""The same person, found: records linked to one register person by identity number, folded
name and birth year, workplace, across units and predecessor units, each with its
confidence; suspected duplicates listed; merge / keep-apart recorded in the history and
remembered; ``manage.py link_register_people``."""
import json
from io import StringIO

import pytest
from django.core.management import call_command

from tests.factories import AwardRecordFactory, UnitFactory, UserFactory, award_form
from thidua.common.errors import DomainError
from thidua.register.domain import people
from thidua.register.models import AwardRecord, DuplicateDecision, PersonLink, RecordStatus, RegisterPerson
from thidua.units.models import PredecessorUnit

pytestmark = pytest.mark.django_db


@pytest.fixture
def ke_sat():
    unit = UnitFactory(code="xa-ke-sat", name="Kẻ Sặt")
    return unit, PredecessorUnit.objects.create(unit=unit, name="xã Vĩnh Hưng"), \
        PredecessorUnit.objects.create(unit=unit, name="thị trấn Kẻ Sặt")


def test_one_person_across_years_spellings_and_predecessor_units(ke_sat):
    unit, vinh_hung, town = ke_sat
    ldtt, cstd = award_form("ldtt"), award_form("cstdcs")
    a = AwardRecordFactory(name="Nguyễn Thị Hoà", birth_year=1976, unit=unit, predecessor=vinh_hung, form=ldtt, year=2021)
    b = AwardRecordFactory(name="nguyễn thị hòa", birth_year=1976, unit=unit, form=cstd, year=2024)
    c = AwardRecordFactory(name="Nguyễn Thị Hòa", birth_year=1990, unit=unit, predecessor=town, form=ldtt, year=2021)
    result = people.link_records(unit)
    for r in (a, b, c):
        r.refresh_from_db()
    assert a.person_id == b.person_id != c.person_id  # another birth year is another person
    assert result.linked == 1 and result.new_people == 2
    assert PersonLink.objects.get(record=b).basis == PersonLink.Basis.NAME_BIRTH_YEAR
    assert PersonLink.objects.get(record=b).confidence >= people.LINK_THRESHOLD
    assert PersonLink.objects.get(record=a).basis == PersonLink.Basis.NEW
    # running again links nothing twice
    assert people.link_records(unit).linked == 0 and RegisterPerson.objects.count() == 2


def test_identity_number_wins_over_a_changed_name_and_refuses_another(ke_sat):
    unit, _, _ = ke_sat
    a = AwardRecordFactory(name="Trần Văn Bình", birth_year=1980, identity_number="001080000123", unit=unit)
    b = AwardRecordFactory(name="Trần Bình", birth_year=None, identity_number="001080000123", unit=unit, year=2024)
    c = AwardRecordFactory(name="Trần Văn Bình", birth_year=1980, identity_number="001080000999", unit=unit, year=2022)
    people.link_records()
    for r in (a, b, c):
        r.refresh_from_db()
    assert a.person_id == b.person_id != c.person_id
    assert PersonLink.objects.get(record=b).confidence == 1.0
    assert a.person.identity_number == "001080000123"


def test_same_name_in_another_unit_is_another_person_unless_the_workplace_agrees():
    here, there = UnitFactory(code="xa-a"), UnitFactory(code="xa-b")
    a = AwardRecordFactory(name="Lê Văn Cường", birth_year=1969, unit=here, workplace="Trường THCS Kẻ Sặt")
    b = AwardRecordFactory(name="Lê Văn Cường", birth_year=1969, unit=there, workplace="Công an xã", year=2024)
    c = AwardRecordFactory(name="Lê Văn Cường", birth_year=1969, unit=there, workplace="trường THCS Kẻ Sặt", year=2025)
    result = people.link_records()
    for r in (a, b, c):
        r.refresh_from_db()
    assert a.person_id != b.person_id
    assert c.person_id == a.person_id  # moved to another unit, same school
    assert any(rec.pk == b.pk for rec, _, _ in result.uncertain)


def test_collectives_by_name_within_the_unit_family(ke_sat):
    unit, pred, _ = ke_sat
    a = AwardRecordFactory(name="Thôn Hùng Thắng", recipient_kind="collective", birth_year=None, unit=unit,
                           predecessor=pred, form=award_form("giay-khen"))
    b = AwardRecordFactory(name="Thôn Hùng Thắng", recipient_kind="collective", birth_year=None, unit=unit,
                           form=award_form("giay-khen"), year=2024)
    people.link_records(unit)
    a.refresh_from_db(), b.refresh_from_db()
    assert a.person_id == b.person_id and a.person.kind == "collective"


@pytest.fixture
def twice(ke_sat):
    """The same award of one person entered by two communes merged in 2025."""
    unit, vinh_hung, town = ke_sat
    ldtt = award_form("ldtt")
    a = AwardRecordFactory(name="Phạm Văn Dũng", birth_year=1975, unit=unit, predecessor=vinh_hung, form=ldtt,
                           year=2022, decision_number="12/QĐ-UBND")
    b = AwardRecordFactory(name="Phạm Văn Dũng", birth_year=1975, unit=unit, predecessor=town, form=ldtt,
                           year=2022, decision_number="12/QĐ-UBND")
    AwardRecordFactory(name="Phạm Văn Dũng", birth_year=1975, unit=unit, form=ldtt, year=2023)
    people.link_records(unit)
    return unit, a, b


def test_the_same_award_twice_is_suspected(twice):
    unit, a, b = twice
    [suspect] = people.find_duplicates(unit)
    assert suspect.kind == DuplicateDecision.Kind.SAME_AWARD
    assert {r.pk for r in suspect.records} == {a.pk, b.pk}
    assert "Phạm Văn Dũng" in suspect.message and "2022" in suspect.message and "2 lần" in suspect.message


def test_the_same_achievement_rewarded_twice_by_one_authority(ke_sat):
    unit, _, _ = ke_sat
    kw = dict(name="Đỗ Thị Lan", birth_year=1988, unit=unit, year=2023, decision_authority="UBND xã Kẻ Sặt",
              achievement="Hoàn thành xuất sắc nhiệm vụ phòng chống bão số 3")
    a = AwardRecordFactory(form=award_form("giay-khen"), **kw)
    b = AwardRecordFactory(form=award_form("ldtt"), **kw)
    AwardRecordFactory(form=award_form("cstdcs"), **{**kw, "achievement": "Thành tích khác"})
    people.link_records(unit)
    [suspect] = people.find_duplicates(unit)
    assert suspect.kind == DuplicateDecision.Kind.SAME_ACHIEVEMENT
    assert {r.pk for r in suspect.records} == {a.pk, b.pk}


def test_merge_keeps_one_counted_and_is_in_the_history(twice):
    unit, a, b = twice
    officer = UserFactory()
    decision = people.decide(b, a, "merge", officer, reason="Hai xã cũ cùng ghi")
    a.refresh_from_db(), b.refresh_from_db()
    assert decision.kept == a and a.status == RecordStatus.VALID
    assert b.status == RecordStatus.REVOKED and f"số {a.pk}" in b.revoked_by
    assert b.history.first().history_change_reason == "Gộp bản ghi trùng"
    assert decision.history.first().history_user == officer
    assert people.find_duplicates(unit) == []
    with pytest.raises(DomainError, match="đã được quyết định"):
        people.decide(a, b, "apart", officer)


def test_kept_apart_is_remembered(twice):
    unit, a, b = twice
    people.decide(a, b, "apart", None, reason="Hai người trùng tên, năm sinh")
    assert people.find_duplicates(unit) == []
    assert AwardRecord.objects.filter(pk__in=[a.pk, b.pk], status=RecordStatus.VALID).count() == 2
    assert DuplicateDecision.objects.get().history.first().history_change_reason == "Giữ riêng hai bản ghi nghi trùng"


def test_link_register_people_command_json(twice):
    unit, a, b = twice
    AwardRecord.objects.update(person=None)
    PersonLink.objects.all().delete()
    out = StringIO()
    call_command("link_register_people", "--unit", "xa-ke-sat", "--format", "json", stdout=out)
    data = json.loads(out.getvalue())
    assert data["linked"] == 3 and data["new_people"] == 0
    assert [d["records"] for d in data["duplicates"]] == [[a.pk, b.pk]]
    assert data["duplicates"][0]["units"] == ["xã Vĩnh Hưng", "thị trấn Kẻ Sặt"]
