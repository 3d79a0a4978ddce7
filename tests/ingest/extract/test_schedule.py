"""When and where: the Thời gian and Địa điểm lines."""
from datetime import date, time

from thidua.ingest.domain.extract.lines import split_lines
from thidua.ingest.domain.extract.schedule import find_schedule, find_venue


def _lines(text):
    return split_lines(text)


def test_schedule_reads_the_thoi_gian_line():
    lines = _lines("1. Thời gian: 01 buổi, chiều ngày 28/8/2025 (thứ Năm), từ 14h00 đến 16h30.\n2. Địa điểm: tại Nhà văn hóa xã.")
    day, text, weekday, start, sessions, end = find_schedule(lines, 2025)
    assert (day, text, weekday) == (date(2025, 8, 28), "chiều ngày 28/8/2025", "thứ Năm")
    assert (start, end, sessions) == (time(14, 0), time(16, 30), 1.0)
    assert find_venue(lines) == "Nhà văn hóa xã"


def test_schedule_before_a_deadline_is_not_a_fixed_date():
    day, text, *_ = find_schedule(_lines("Thời gian: hoàn thành trước ngày 25/8/2025."), 2025)
    assert day is None and text == "trước ngày 25/8/2025"

