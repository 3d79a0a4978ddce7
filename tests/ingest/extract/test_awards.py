"""Award categories and their quotas."""
from thidua.ingest.domain.extract.awards import find_award_categories
from thidua.ingest.domain.extract.lines import split_lines


def _lines(text):
    return split_lines(text)


def test_award_categories_with_their_quotas():
    cats = find_award_categories(_lines("- Hộ gia đình sản xuất, kinh doanh giỏi (08 - 10 hộ)\n- Lực lượng vũ trang (02 cá nhân)"))
    assert [(c.name, c.target, c.min_count, c.max_count) for c in cats] == [
        ("Hộ gia đình sản xuất, kinh doanh giỏi", "household", 8, 10), ("Lực lượng vũ trang", "individual", 2, 2)]

