"""Agenda wordings offices use that differ from the city plan's own words."""
from thidua.ingest.domain.campaign_file import rules_from_file
from thidua.ingest.domain.extract import extract

PROGRAMME = """KẾ HOẠCH
Tổ chức Hội nghị tuyên dương điển hình tiên tiến xã Tân Minh Lần thứ I (2025 - 2030)
III. CHƯƠNG TRÌNH HỘI NGHỊ
- Tuyên bố lý do, giới thiệu đại biểu.
- Báo cáo tổng kết phong trào thi đua và công tác khen thưởng giai đoạn 2020 - 2025.
- Báo cáo tham luận của các điển hình tiên tiến.
- Giao lưu với các điển hình tiên tiến.
- Khen thưởng các tập thể, cá nhân điển hình tiên tiến.
- Phát động phong trào thi đua giai đoạn 2025 - 2030.
- Phát biểu hưởng ứng.
- Thông qua danh sách đại biểu đi dự Đại hội thi đua cấp trên.
- Bế mạc.
"""


def _keys(text):
    result = extract(text, rules_from_file())
    facts = getattr(result, "facts", result)
    return [item.key for item in facts.agenda]


def test_khen_thuong_cac_tap_the_is_the_honouring_item():
    assert _keys(PROGRAMME) == [
        "opening", "summary_report", "presentations", "exchange", "honouring",
        "launch", "response", "higher_delegates", "closing",
    ]
