"""The header: number, date of issue, issuing unit."""
from datetime import date

from thidua.ingest.domain.extract.header import find_issue_date, find_number, find_unit
from thidua.ingest.domain.extract.lines import joined, split_lines


def _lines(text):
    return split_lines(text)


HEADER = """ỦY BAN NHÂN DÂN
XÃ KẺ SẶT
Số: 45/KH-UBND
Kẻ Sặt, ngày 12 tháng 8 năm 2025
KẾ HOẠCH
Tổ chức Hội nghị tuyên dương điển hình tiên tiến xã Kẻ Sặt"""


def test_header_number_and_date_of_issue():
    lines = _lines(HEADER)
    number, index = find_number(lines)
    assert (number, index) == ("45/KH-UBND", 2)
    assert find_issue_date(lines, index) == date(2025, 8, 12)
    blank = _lines("Số: /KH-UBND\nKẻ Sặt, ngày     tháng 8 năm 2025")
    assert find_number(blank)[0] == "" and find_issue_date(blank, 0) is None


def test_header_unit_from_the_issuer_line_or_a_known_unit():
    lines = _lines(HEADER)
    text, folded = joined(lines)
    assert find_unit(lines, text, folded, None) == ("xã Kẻ Sặt", "xa", None)
    known = [{"pk": 7, "display_name": "xã Kẻ Sặt", "kind": "xa", "merged": True}]
    assert find_unit(lines, text, folded, known) == ("xã Kẻ Sặt", "xa", known[0])
    department = _lines("SỞ KHOA HỌC VÀ CÔNG NGHỆ\nSố: 12/KH-SKHCN\nSở Khoa học và Công nghệ xây dựng kế hoạch")
    assert find_unit(department, *joined(department), None)[:2] == ("Sở Khoa học và Công nghệ", "department")

