"""Vietnamese alphabetical order, in Python and in the database (SQLite and PostgreSQL):
letters of the Vietnamese alphabet first, then tones, then case."""
import random

import pytest

from tests.factories import UnitFactory
from thidua.common.collation import vi_key, vi_order, vi_sorted
from thidua.units.models import Unit

# Each list is in the order a Vietnamese reader expects.
EXPECTED = [
    ["Bạch", "Bình"],
    ["Chấn", "Chí"],
    ["Hải An", "Hải Anh", "Hưng Đạo"],
    ["Dương", "Đào", "Đinh"],
    ["An", "Ăn", "Ân", "Bắc"],
    ["Ma", "Mà", "Mả", "Mã", "Má", "Mạ", "Mai"],
    ["Ông", "Ơn", "Phúc"],
    ["Ung", "Ưng", "Vân"],
    ["phường 2", "phường An Hải"],
    ["Nguyễn Văn A", "Nguyễn Văn Ánh", "Nguyễn Văn Bình"],
]


@pytest.mark.parametrize("names", EXPECTED, ids=lambda names: " < ".join(names))
def test_vietnamese_order_in_python(names):
    shuffled = names[:]
    random.Random(7).shuffle(shuffled)
    assert vi_sorted(shuffled) == names
    assert sorted(shuffled, key=vi_key) == names


def test_code_point_order_would_get_them_wrong():
    # what sorted() alone did: the reason for vi_key
    assert sorted(["Bình", "Bạch"]) == ["Bình", "Bạch"] and sorted(["Đào", "Dương", "Eo"]) == ["Dương", "Eo", "Đào"]


def test_case_and_composition_do_not_change_the_letters():
    assert vi_key("HÒA")[0] == vi_key("hòa")[0]
    assert vi_key("Hoà") == vi_key("Hoà")  # composed and decomposed forms of the same letter


@pytest.mark.django_db
def test_the_database_orders_in_vietnamese_too(commune):
    names = ["Hưng Đạo", "Bình", "Đào", "Bạch", "Dương", "Hải An", "Chí", "Chấn"]
    for name in names:
        UnitFactory(name=f"zz {name}", parent=commune)
    got = list(Unit.objects.filter(name__startswith="zz ").order_by(vi_order("name")).values_list("name", flat=True))
    assert got == [f"zz {n}" for n in ["Bạch", "Bình", "Chấn", "Chí", "Dương", "Đào", "Hải An", "Hưng Đạo"]]
    reverse = Unit.objects.filter(name__startswith="zz ").order_by(vi_order("name", descending=True))
    assert list(reverse.values_list("name", flat=True)) == got[::-1]


@pytest.mark.django_db
def test_the_units_page_lists_sub_units_in_vietnamese_order(client_for, board_officer, commune):
    for name in ["Thôn Hưng Đạo", "Thôn Bình", "Thôn Bạch", "Thôn Hải An"]:
        UnitFactory(name=name, parent=commune, kind=commune.kind)
    body = client_for(board_officer).get(f"/don-vi/{commune.code}/").content.decode()
    positions = [body.index(name) for name in ["Thôn Bạch", "Thôn Bình", "Thôn Hải An", "Thôn Hưng Đạo"]]
    assert positions == sorted(positions)
