import pytest

from tests.factories import UnitFactory
from thidua.units.models import PredecessorUnit, Unit


@pytest.mark.django_db
def test_path_materialises_ancestry_and_subtree(commune, subunit, other_commune):
    assert commune.path == "hai-phong/xa-ke-sat/"
    assert subunit.path == "hai-phong/xa-ke-sat/xa-ke-sat-cong-an/"
    assert set(commune.subtree()) == {commune, subunit}
    assert subunit.is_within(commune) and not subunit.is_within(other_commune)
    assert [u.code for u in subunit.ancestors()] == ["hai-phong", "xa-ke-sat"]


@pytest.mark.django_db
def test_moving_a_unit_reroots_its_subtree(commune, other_commune, subunit):
    village = UnitFactory(code="thon-1", name="Thôn 1", kind="village", parent=subunit)
    subunit.parent = other_commune
    subunit.save()
    village.refresh_from_db()
    assert village.path == "hai-phong/phuong-an-hai/xa-ke-sat-cong-an/thon-1/"
    assert not Unit.objects.get(code="thon-1").is_within(commune)


@pytest.mark.django_db
def test_display_names_and_reporting_unit(commune, subunit, city):
    assert commune.display_name == "xã Kẻ Sặt"
    assert commune.title_name == "Xã Kẻ Sặt"
    assert subunit.reporting_unit() == commune
    assert city.reporting_unit() is None
    dept = UnitFactory(code="so-ngoai-vu", name="Sở Ngoại vụ", kind="department", parent=city)
    assert dept.display_name == "Sở Ngoại vụ" and dept.reporting_unit() == dept


@pytest.mark.django_db
def test_unit_records_its_predecessors_with_history(commune):
    PredecessorUnit.objects.create(unit=commune, name="thị trấn Kẻ Sặt")
    PredecessorUnit.objects.create(unit=commune, name="xã Vĩnh Hưng")
    assert sorted(p.name for p in commune.predecessors.all()) == ["thị trấn Kẻ Sặt", "xã Vĩnh Hưng"]
    assert PredecessorUnit.history.count() == 2


@pytest.mark.django_db
def test_invalid_unit_code_gets_vietnamese_error(city):
    unit = Unit(code="Xã Kẻ Sặt!", name="Kẻ Sặt", kind="xa", parent=city)
    with pytest.raises(Exception) as exc:
        unit.full_clean()
    assert "Mã đơn vị chỉ gồm chữ thường không dấu" in str(exc.value)


@pytest.mark.django_db
def test_demo_data_has_all_114_commune_level_units_and_is_idempotent():
    from django.core.management import call_command

    call_command("load_demo", "--quiet-logins")
    first = Unit.objects.count()
    call_command("load_demo", "--quiet-logins")
    assert Unit.objects.count() == first
    assert Unit.objects.filter(kind="xa").count() == 67
    assert Unit.objects.filter(kind="phuong").count() == 45
    assert set(Unit.objects.filter(kind="dac_khu").values_list("name", flat=True)) == {"Cát Hải", "Bạch Long Vĩ"}
    ke_sat = Unit.objects.get(code="xa-ke-sat")
    assert ke_sat.merged_in_2025 and ke_sat.predecessors.filter(name="thị trấn Kẻ Sặt").exists()
    assert ke_sat.children.filter(kind="village").count() == 29
    # every real entry cites a source; every entry without one says it is a demo entry
    assert not Unit.objects.filter(source="", is_demo=False).exclude(kind__in=["city", "board"]).exists()
    assert Unit.objects.filter(is_demo=True, name__contains="minh họa").count() == Unit.objects.filter(is_demo=True).count()
    assert Unit.objects.get(code="xa-ke-sat-cong-an").cluster is None
    assert ke_sat.cluster is not None
