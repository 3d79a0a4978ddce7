import datetime

import pytest

from thidua.common.text import date_vi


@pytest.mark.parametrize(("day", "text"), [
    (datetime.date(2025, 8, 5), "ngày 05 tháng 8 năm 2025"),
    (datetime.date(2026, 1, 9), "ngày 09 tháng 01 năm 2026"),
    (datetime.date(2026, 2, 28), "ngày 28 tháng 02 năm 2026"),
    (datetime.date(2025, 3, 10), "ngày 10 tháng 3 năm 2025"),
    (datetime.date(2025, 12, 1), "ngày 01 tháng 12 năm 2025"),
])
def test_nd30_leading_zeros(day, text):
    assert date_vi(day) == text


def test_no_date_leaves_blanks():
    assert date_vi(None) == "ngày … tháng … năm …"
