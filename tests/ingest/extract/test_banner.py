"""The conference's name (banner block, title) and the periods attached to it."""
from thidua.ingest.domain.extract.banner import conference_name_from_title, find_banner
from thidua.ingest.domain.extract.lines import joined, split_lines


def _lines(text):
    return split_lines(text)


def _folded(text):
    return joined(split_lines(text))


def test_banner_block_in_capitals_ends_at_its_date_line():
    lines = _lines("5. Tên gọi, pano:\nHỘI NGHỊ TUYÊN DƯƠNG ĐIỂN HÌNH TIÊN TIẾN\nXÃ KẺ SẶT LẦN THỨ I (2025 - 2030)\n"
                   "Kẻ Sặt, ngày 28 tháng 8 năm 2025")
    name, block = find_banner(lines, ["Kẻ Sặt"])
    assert name == "Hội nghị tuyên dương điển hình tiên tiến xã Kẻ Sặt lần thứ I (2025 - 2030)"
    assert block.splitlines()[0] == "HỘI NGHỊ TUYÊN DƯƠNG ĐIỂN HÌNH TIÊN TIẾN"


def test_conference_name_from_the_title_stops_at_its_period_or_tien_toi():
    text, folded = _folded("Tổ chức Hội nghị điển hình tiên tiến phường An Hải (2025 - 2030) nhằm tổng kết")
    assert conference_name_from_title(text, folded) == "Hội nghị điển hình tiên tiến phường An Hải (2025 - 2030)"
    text, folded = _folded("Hội nghị điển hình tiên tiến xã Vĩnh Hòa, tiến tới Đại hội Thi đua yêu nước")
    assert conference_name_from_title(text, folded) == "Hội nghị điển hình tiên tiến xã Vĩnh Hòa"
