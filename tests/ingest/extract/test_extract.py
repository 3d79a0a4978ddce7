"""extract(): the entry point."""
from thidua.ingest.domain.campaign_file import rules_from_file
from thidua.ingest.domain.extract import extract

RULES = rules_from_file()


def test_a_text_without_plan_markers_is_not_a_plan():
    result = extract("Thông báo lịch tiếp công dân tháng 9.", RULES)
    assert not result.looks_like_plan and result.notes
