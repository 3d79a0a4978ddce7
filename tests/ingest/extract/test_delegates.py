"""Delegates: total, groups and the exemplar share."""
from thidua.ingest.domain.extract.delegates import find_delegates
from thidua.ingest.domain.extract.lines import joined, split_lines


def _folded(text):
    return joined(split_lines(text))


def test_delegates_total_groups_and_share():
    _, folded = _folded("Tổng số 150 đại biểu, trong đó: đại biểu điển hình tiên tiến: 105 đại biểu; khách mời: 45 đại biểu.")
    total, groups, share = find_delegates(folded)
    assert total == 150 and groups["exemplars"] == 105 and groups["guests"] == 45
    assert share == 0.7  # 105 / 150
    _, folded = _folded("Dự kiến 120 đại biểu, trong đó đại biểu điển hình tiên tiến chiếm 75%.")
    assert find_delegates(folded)[0::2] == (120, 0.75)

