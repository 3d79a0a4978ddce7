"""The eligibility engine is plain Python: no database needed."""
import pytest

from thidua.honors.domain import eligibility as el
from thidua.honors.domain.library import BUILTIN, LIBRARY

GOOD = {"2020": "HTTNV", "2021": "HTXSNV", "2022": "HTTNV", "2023": "HTXSNV", "2024": "HTTNV"}
IND = LIBRARY["hp-skhcn-2025-individual"]
COL = LIBRARY["hp-skhcn-2025-collective"]


def test_builtin_criteria_are_valid_and_cite_their_source():
    for data in BUILTIN:
        assert el.validate_criteria(data, LIBRARY) == [], data["code"]
        assert data["legal_text"] and data["article"]
        if not data["verified"]:
            assert "chưa đối chiếu" in data["article"]


def test_individual_with_two_base_initiatives_is_eligible():
    record = {"id": "A1", "ratings": GOOD, "initiatives": [
        {"kind": "initiative", "level": "base", "year": 2022}, {"kind": "initiative", "level": "base", "year": 2024}]}
    verdict = el.evaluate(record, IND, library=LIBRARY)
    assert verdict.eligible is True
    assert verdict.needs_review is True  # the political-conduct line is for the council
    texts = " ".join(verdict.texts())
    assert "có 2 năm (2021, 2023)" in texts


def test_one_base_initiative_is_not_enough_but_one_city_project_is():
    one = {"id": "A2", "ratings": GOOD, "initiatives": [{"kind": "initiative", "level": "base", "year": 2023}]}
    verdict = el.evaluate(one, IND, library=LIBRARY)
    assert verdict.eligible is False
    assert any("Chưa đạt: Có sáng kiến" in t for t in verdict.texts())
    city = {"id": "A3", "ratings": GOOD, "initiatives": [{"kind": "project", "level": "city", "year": 2021}]}
    assert el.evaluate(city, IND, library=LIBRARY).eligible is True


def test_every_year_names_the_failing_and_missing_years():
    ratings = dict(GOOD, **{"2022": "HTNV"})
    del ratings["2024"]
    verdict = el.evaluate({"id": "C1", "kind": "collective", "ratings": ratings}, COL, library=LIBRARY)
    assert verdict.eligible is False
    text = verdict.texts()[0]
    assert "năm 2022 Hoàn thành nhiệm vụ" in text and "năm 2024 chưa xếp loại" in text


def test_criteria_for_collectives_reject_individuals():
    verdict = el.evaluate({"id": "X", "kind": "individual", "ratings": GOOD}, COL, library=LIBRARY)
    assert verdict.eligible is False
    assert "dành cho tập thể" in verdict.texts()[0]


def test_cstd_co_so_needs_ldtt_plus_one_of_three():
    cstd = LIBRARY["chien-si-thi-dua-co-so-2022"]
    plain = {"id": "P", "ratings": {"2024": "HTTNV"}}
    assert el.evaluate(plain, cstd, library=LIBRARY).eligible is False
    excellent = {"id": "E", "ratings": {"2024": "HTXSNV"}}
    assert el.evaluate(excellent, cstd, library=LIBRARY).eligible is True
    initiative = {"id": "I", "ratings": {"2024": "HTTNV"}, "initiatives": [{"kind": "initiative", "level": "base", "year": 2024}]}
    assert el.evaluate(initiative, cstd, library=LIBRARY).eligible is True
    old_initiative = {"id": "O", "ratings": {"2024": "HTTNV"}, "initiatives": [{"kind": "initiative", "level": "base", "year": 2021}]}
    assert el.evaluate(old_initiative, cstd, library=LIBRARY).eligible is False
    failed = {"id": "F", "ratings": {"2024": "HTNV"}, "initiatives": [{"kind": "project", "level": "city", "year": 2024}]}
    verdict = el.evaluate(failed, cstd, library=LIBRARY)
    assert verdict.eligible is False and "Lao động tiên tiến" in verdict.texts()[0]


def test_under_review_blocks():
    ldtt = LIBRARY["lao-dong-tien-tien-2022"]
    assert el.evaluate({"id": "R", "ratings": {"2024": "HTTNV"}}, ldtt, library=LIBRARY).eligible is True
    verdict = el.evaluate({"id": "R", "ratings": {"2024": "HTTNV"}, "under_review": True}, ldtt, library=LIBRARY)
    assert verdict.eligible is False and any("đang bị xem xét" in t for t in verdict.texts())


@pytest.mark.parametrize(
    "record, message",
    [
        ({"id": "B1", "ratings": {"2021": "GIOI"}}, "«GIOI» không hợp lệ"),
        ({"id": "B2", "ratings": {"2019": "HTTNV"}}, "năm 2019 nằm ngoài giai đoạn 2020 - 2025"),
        ({"id": "B3", "initiatives": [{"kind": "initiative", "year": 2023}]}, "thiếu cấp công nhận"),
        ({"id": "B4", "initiatives": [{"kind": "patent", "level": "base", "year": 2023}]}, "loại «patent» không hợp lệ"),
        ({"id": "B5", "kind": "robot"}, "đối tượng «robot» không hợp lệ"),
        ({"id": "B6", "ratings": {"năm": "HTTNV"}}, "không phải là số"),
    ],
)
def test_bad_records_are_rejected_in_vietnamese(record, message):
    with pytest.raises(el.RecordError) as info:
        el.evaluate(record, IND, library=LIBRARY)
    assert any(message in e for e in info.value.errors), info.value.errors


def test_unknown_condition_type_is_reported():
    errors = el.validate_criteria({"target": "any", "conditions": [{"type": "magic"}]})
    assert errors and "magic" in errors[0]
    errors = el.validate_criteria({"target": "any", "conditions": [{"type": "meets", "criteria": "khong-co"}]}, LIBRARY)
    assert "khong-co" in errors[0]


def test_has_award_counts_earlier_titles():
    criteria = {"code": "x", "target": "any", "period": [2020, 2025], "conditions": [
        {"type": "has_award", "title": "Lao động tiên tiến", "count": 2}]}
    record = {"id": "H", "awards": [{"title": "Lao động tiên tiến", "year": 2022}, {"title": "lao động tiên tiến", "year": 2023}]}
    assert el.evaluate(record, criteria).eligible is True
    record["awards"].pop()
    assert el.evaluate(record, criteria).eligible is False
