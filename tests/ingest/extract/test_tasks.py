"""The Tổ chức thực hiện part: assignees, tasks and their deadlines."""
from datetime import date

from thidua.ingest.domain.extract.lines import split_lines
from thidua.ingest.domain.extract.tasks import find_tasks


def _lines(text):
    return split_lines(text)


def test_tasks_per_assignee_with_their_own_deadlines():
    lines = _lines("IV. TỔ CHỨC THỰC HIỆN\n1. Phòng Văn hóa - Xã hội\n- Tham mưu tổ chức Hội nghị.\n"
                   "- Tổng hợp danh sách trước ngày 20/8/2025.\n2. Văn phòng HĐND và UBND xã\n- Chuẩn bị hội trường.\n"
                   "Nơi nhận:")
    tasks = find_tasks(lines, 2025)
    assert [(t.assignee, t.description, t.due) for t in tasks] == [
        ("Phòng Văn hóa - Xã hội", "Tham mưu tổ chức Hội nghị.", None),
        ("Phòng Văn hóa - Xã hội", "Tổng hợp danh sách trước ngày 20/8/2025.", date(2025, 8, 20)),
        ("Văn phòng HĐND và UBND xã", "Chuẩn bị hội trường.", None)]

