"""The programme: items, their agenda keys, times and the presentations count."""
from datetime import time

from thidua.ingest.domain.campaign_file import rules_from_file
from thidua.ingest.domain.extract.agenda import count_presentations, find_agenda, match_agenda_key
from thidua.ingest.domain.extract.lines import split_lines
from thidua.ingest.domain.text import fold_keep

RULES = rules_from_file()


def _lines(text):
    return split_lines(text)


PROGRAMME = """III. CHƯƠNG TRÌNH HỘI NGHỊ
- Văn nghệ chào mừng.
- Tuyên bố lý do, giới thiệu đại biểu.
- Báo cáo tham luận (03 tham luận).
- Bế mạc.
IV. TỔ CHỨC THỰC HIỆN"""


def test_agenda_items_with_their_keys_until_the_next_heading():
    items = find_agenda(_lines(PROGRAMME), RULES)
    assert [(i.content, i.key) for i in items] == [
        ("Văn nghệ chào mừng", None), ("Tuyên bố lý do, giới thiệu đại biểu", "opening"),
        ("Báo cáo tham luận (03 tham luận)", "presentations"), ("Bế mạc", "closing")]
    assert count_presentations(items, "") == (3, None)


def test_agenda_key_tolerates_ocr_and_timed_rows():
    assert match_agenda_key(fold_keep("Phat dong phong trao thi dua"), RULES) == "launch"
    assert match_agenda_key(fold_keep("Giải lao"), RULES) is None
    items = find_agenda(_lines("CHƯƠNG TRÌNH HỘI NGHỊ\n14h00 - 14h15 Tuyên bố lý do\n14h15 - 15h00 Báo cáo tổng kết"), RULES)
    assert [(i.key, i.start, i.end) for i in items] == [
        ("opening", time(14, 0), time(14, 15)), ("summary_report", time(14, 15), time(15, 0))]

