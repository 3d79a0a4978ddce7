"""A unit's document identity (Nghị định 30/2020): modelled once, derived where left blank,
and the signing block that follows who issues each kind of document."""
import importlib

import pytest
from django.apps import apps as django_apps

from tests.factories import UnitFactory
from thidua.units.domain.identity import archive_line, identity, recipients_list


@pytest.mark.django_db
def test_a_commune_issues_as_its_peoples_committee_on_two_bold_lines():
    unit = UnitFactory(code="xa-ke-sat", name="Kẻ Sặt", kind="xa")
    ident = identity(unit)
    assert ident.issuer_lines == ("ỦY BAN NHÂN DÂN", "XÃ KẺ SẶT") and ident.superior_lines == ()
    assert ident.formal_name == "Ủy ban nhân dân xã Kẻ Sặt" and ident.short_name == "UBND xã Kẻ Sặt"
    assert ident.decision_authority == "CHỦ TỊCH ỦY BAN NHÂN DÂN XÃ KẺ SẶT"
    assert ident.number("TTr") == "      /TTr-UBND" and ident.number("QĐ", "125/QĐ-UBND") == "125/QĐ-UBND"
    assert ident.place == "Kẻ Sặt" and ident.sentence_name.startswith("Ủy ban nhân dân xã")


@pytest.mark.django_db
def test_signing_follows_the_author_and_the_signers_title():
    commune = identity(UnitFactory(code="xa-a", name="A", kind="xa"))
    assert commune.signing("plan", "Chủ tịch", "Vũ Hữu Tuấn").lines == ("TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH")
    assert commune.signing("plan", "Phó Chủ tịch").lines == ("TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH")
    # the award decision is the Chairman's own, whatever the old "TM." field says
    assert commune.signing("decision", "CHỦ TỊCH", mode="TM.").lines == ("CHỦ TỊCH",)
    assert commune.signing("decision", "PHÓ CHỦ TỊCH").lines == ("KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH")
    assert commune.signing("certificate", "", mode="Q.").lines == ("Q. CHỦ TỊCH",)
    department = identity(UnitFactory(code="so-a", name="Sở Ngoại vụ", kind="department",
                                      issuer_parent_line="UBND THÀNH PHỐ HẢI PHÒNG", symbol="SNGV"))
    assert department.superior_lines == ("UBND THÀNH PHỐ HẢI PHÒNG",) and department.issuer_lines == ("SỞ NGOẠI VỤ",)
    assert department.signing("plan", "Phó Giám đốc").lines == ("KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC")
    assert department.signing("plan", "Giám đốc").lines == ("GIÁM ĐỐC",)
    assert department.number("KH") == "      /KH-SNGV"


@pytest.mark.django_db
def test_a_sub_unit_issues_under_its_commune_and_typed_fields_win():
    commune = UnitFactory(code="xa-b", name="B", kind="xa")
    police = UnitFactory(code="xa-b-cong-an", name="Công an xã B", kind="police", parent=commune)
    ident = identity(police)
    assert ident.superior_lines == ("UBND XÃ B",) and ident.issuer_lines == ("CÔNG AN XÃ B",)
    assert ident.symbol == "UBND" and ident.place == "B"
    typed = UnitFactory(code="xa-c", name="C", kind="xa", issuer_line="ỦY BAN NHÂN DÂN\nXÃ C MỚI", head_title="Chủ tịch",
                        formal_name="Ủy ban nhân dân xã C mới", place_name="Thị trấn C")
    assert identity(typed).issuer_lines == ("ỦY BAN NHÂN DÂN", "XÃ C MỚI") and identity(typed).place == "Thị trấn C"


def test_recipients_end_with_the_archive_line():
    assert archive_line(["UBND thành phố;", "Lưu: VT, VHXH"]) == "Lưu: VT, VHXH."
    assert archive_line([]) == "Lưu: VT."
    assert recipients_list(["Như Điều 3", "UBND thành phố;"], "Lưu: VT, VHXH") == [
        "Như Điều 3;", "UBND thành phố;", "Lưu: VT, VHXH."]


@pytest.mark.django_db
def test_the_migration_moves_the_old_parent_line_into_the_issuer_lines():
    migration = importlib.import_module("thidua.units.migrations.0002_document_identity")
    old = UnitFactory(code="xa-d", name="D", kind="xa", issuer_parent_line="ỦY BAN NHÂN DÂN", issuer_line="XÃ D")
    city = UnitFactory(code="tp", name="Hải Phòng", kind="city", issuer_line="ỦY BAN NHÂN DÂN THÀNH PHỐ HẢI PHÒNG")
    dept = UnitFactory(code="so-d", name="Sở D", kind="department", issuer_parent_line="UBND THÀNH PHỐ HẢI PHÒNG",
                       issuer_line="SỞ D")
    migration.split_issuer_lines(django_apps, None)
    for unit in (old, city, dept):
        unit.refresh_from_db()
    assert (old.issuer_parent_line, old.issuer_line) == ("", "ỦY BAN NHÂN DÂN\nXÃ D")
    assert city.issuer_line == "ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HẢI PHÒNG"
    assert (dept.issuer_parent_line, dept.issuer_line) == ("UBND THÀNH PHỐ HẢI PHÒNG", "SỞ D")
