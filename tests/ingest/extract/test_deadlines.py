"""The nomination and results-report deadlines."""
from datetime import date

from thidua.ingest.domain.extract.deadlines import find_deadlines
from thidua.ingest.domain.extract.lines import split_lines


def _lines(text):
    return split_lines(text)


def test_nomination_and_report_deadlines():
    lines = _lines("- Các đơn vị gửi danh sách đề xuất khen thưởng trước ngày 18/8/2025.\n"
                   "- Báo cáo kết quả tổ chức Hội nghị về Ban Thi đua - Khen thưởng thành phố trước ngày 30/8/2025.")
    assert find_deadlines(lines, 2025) == (date(2025, 8, 18), date(2025, 8, 30))

