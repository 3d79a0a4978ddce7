"""Search of the register in one box: without diacritics and case, words in any order, a
typo, a birth or achievement year, a decision number; filters by year, form, level and
unit with its predecessor units; best first; ``manage.py find_awards --format json``.
Runs on SQLite (folded LIKE + Python similarity) and, when DATABASE_URL is PostgreSQL, on
pg_trgm (the extension and the GIN index the register's migrations create)."""
import json
from io import StringIO

import pytest
from django.core.management import CommandError, call_command
from django.db import connection

from tests.factories import AwardRecordFactory, UnitFactory, award_form
from thidua.register.domain import search
from thidua.register.domain.search import osa_distance, parse
from thidua.units.models import PredecessorUnit

pytestmark = pytest.mark.django_db


@pytest.fixture
def ke_sat():
    unit = UnitFactory(code="xa-ke-sat", name="Kẻ Sặt")
    pred = PredecessorUnit.objects.create(unit=unit, name="xã Vĩnh Hưng")
    other = UnitFactory(code="xa-an-hai", name="An Hải")
    ldtt, cstd, gk = award_form("ldtt"), award_form("cstdcs"), award_form("giay-khen")
    rows = {
        "thang76": AwardRecordFactory(name="Nguyễn Văn Thắng", birth_year=1976, unit=unit, form=ldtt, year=2022,
                                      decision_number="12/QĐ-UBND"),
        "thang90": AwardRecordFactory(name="Nguyễn Văn Thắng", birth_year=1990, unit=unit, form=cstd, year=2023,
                                      decision_number="45/QĐ-UBND"),
        "thangloi": AwardRecordFactory(name="Nguyễn Văn Thắng Lợi", birth_year=1985, unit=unit, form=ldtt, year=2021,
                                       decision_number="7/QĐ-UBND"),
        "hoa": AwardRecordFactory(name="Trần Thị Hoà", gender="female", birth_year=1980, unit=unit, form=gk,
                                  year=2024, decision_number="88/QĐ-UBND"),
        "pred": AwardRecordFactory(name="Phạm Đức Thắng", birth_year=1970, unit=unit, predecessor=pred, form=ldtt,
                                   year=2020, decision_number="3/QĐ-UBND"),
        "thon": AwardRecordFactory(name="Thôn Hùng Thắng", recipient_kind="collective", birth_year=None, unit=unit,
                                   form=gk, year=2023, decision_number="45/QĐ-UBND"),
        "other": AwardRecordFactory(name="Nguyễn Văn Thắng", birth_year=1976, unit=other, form=ldtt, year=2022,
                                    decision_number="12/QĐ-UBND"),
    }
    return unit, other, rows


def names(hits):
    return [(h.record.name, h.record.birth_year) for h in hits]


def test_the_query_text_is_read_as_words_years_and_decision_numbers():
    q = parse("Nguyễn Văn THẮNG 1976, 12/QĐ-UBND 001203000123")
    assert q.words == ["nguyen", "van", "thang"]
    assert q.years == [1976]
    assert q.decisions == ["12/qd-ubnd"]
    assert q.identities == ["001203000123"]
    assert parse("", identities=True).empty


def test_a_swap_of_two_letters_is_one_edit():
    assert osa_distance("thnag", "thang") == 1
    assert osa_distance("thang", "thanh") == 1
    assert osa_distance("thang", "hoa") >= 2


def test_without_diacritics_and_a_birth_year_the_person_comes_first(ke_sat):
    unit, _, rows = ke_sat
    hits = search.search("nguyen van thang 1976", unit=unit)
    assert hits[0].record == rows["thang76"]
    assert [h.record for h in hits] == [rows["thang76"]]  # the year is the birth year or the year


def test_words_in_any_order_and_case_find_the_name(ke_sat):
    unit, _, rows = ke_sat
    hits = search.search("Thắng Nguyễn", unit=unit)
    found = {h.record for h in hits}
    assert {rows["thang76"], rows["thang90"], rows["thangloi"]} <= found
    assert rows["hoa"] not in found and rows["pred"] not in found
    # the whole name before a longer one
    assert hits[-1].record == rows["thangloi"]


def test_a_typo_is_tolerated(ke_sat):
    unit, _, rows = ke_sat
    hits = search.search("nguyen van thnag", unit=unit)
    assert rows["thang76"] in {h.record for h in hits}
    assert rows["hoa"] not in {h.record for h in hits}
    hits = search.search("tran thi hao", unit=unit)  # "hoa" written "hao"
    assert [h.record for h in hits] == [rows["hoa"]]


def test_one_spelling_hoa_and_a_partial_name(ke_sat):
    unit, _, rows = ke_sat
    assert [h.record for h in search.search("Hoà", unit=unit)] == [rows["hoa"]]
    assert [h.record for h in search.search("Hòa", unit=unit)] == [rows["hoa"]]
    assert [h.record for h in search.search("tran th", unit=unit)] == [rows["hoa"]]


def test_collectives_and_decision_numbers(ke_sat):
    unit, _, rows = ke_sat
    assert rows["thon"] in {h.record for h in search.search("thon hung thang", unit=unit)}
    by_decision = {h.record for h in search.search("45/QĐ-UBND", unit=unit)}
    assert by_decision == {rows["thang90"], rows["thon"]}
    assert {h.record for h in search.search("45/qd-ubnd", unit=unit)} == by_decision


def test_filters_and_predecessor_units(ke_sat):
    unit, other, rows = ke_sat
    assert rows["pred"] in {h.record for h in search.search("thang", unit=unit)}
    assert rows["other"] not in {h.record for h in search.search("thang", unit=unit)}
    assert {h.record for h in search.search("thang", unit=other)} == {rows["other"]}
    assert {h.record for h in search.search("thang", unit=unit, year=2023)} == {rows["thang90"], rows["thon"]}
    assert {h.record for h in search.search("thang", unit=unit, form="cstdcs")} == {rows["thang90"]}
    assert {h.record for h in search.search("thang", unit=unit, level="tinh")} == set()
    assert rows["hoa"] in {h.record for h in search.search("tran", unit=unit, level="xa")}


def test_revoked_records_only_when_asked(ke_sat):
    unit, _, rows = ke_sat
    rows["hoa"].status = "revoked"
    rows["hoa"].save()
    assert search.search("tran thi hoa", unit=unit) == []
    assert [h.record for h in search.search("tran thi hoa", unit=unit, include_revoked=True)] == [rows["hoa"]]


def test_find_awards_prints_json_lines_best_first(ke_sat):
    out = StringIO()
    call_command("find_awards", "nguyen van thang", "--unit", "xa-ke-sat", "--format", "json", stdout=out)
    lines = [json.loads(line) for line in out.getvalue().splitlines()]
    assert [line["person"] for line in lines[:2]] == ["Nguyễn Văn Thắng", "Nguyễn Văn Thắng"]
    assert lines[-1]["person"] == "Nguyễn Văn Thắng Lợi"
    first = lines[0]
    assert {"person", "title", "year", "decision", "unit"} <= set(first)
    assert first["unit"] == "xã Kẻ Sặt" or "Kẻ Sặt" in first["unit"]
    assert first["decision"] in {"12/QĐ-UBND", "45/QĐ-UBND"}
    assert all(a["score"] >= b["score"] for a, b in zip(lines, lines[1:]))
    assert all(line["unit_code"] == "xa-ke-sat" for line in lines)


def test_find_awards_refuses_an_unknown_unit_in_vietnamese(ke_sat):
    with pytest.raises(CommandError, match="Không có đơn vị mã"):
        call_command("find_awards", "thang", "--unit", "khong-co")


def test_on_postgresql_the_trigram_extension_and_index_exist(ke_sat):
    if connection.vendor != "postgresql":
        pytest.skip("pg_trgm: PostgreSQL")
    with connection.cursor() as cur:
        cur.execute("SELECT extname FROM pg_extension")
        assert {"pg_trgm", "unaccent"} <= {row[0] for row in cur.fetchall()}
        cur.execute("SELECT indexdef FROM pg_indexes WHERE indexname = 'register_name_trgm'")
        assert "gin_trgm_ops" in cur.fetchone()[0]
