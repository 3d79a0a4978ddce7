"""Progress board benchmark: 150 reporting units, each with a sent plan (agenda of 9 items,
checked by the plans compliance checker) and a results report; time ``progress_rows`` with
findings and the Excel export. Uses a throw-away SQLite database. Goal: board under 1 s.

    .venv/bin/python bench/reports_board.py
"""
import datetime
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "thidua.settings")
os.environ["THIDUA_SQLITE_PATH"] = str(Path(tempfile.mkdtemp(prefix="thidua-bench-")) / "bench.sqlite3")
os.environ.pop("DATABASE_URL", None)

import django  # noqa: E402

django.setup()

from django.core.management import call_command  # noqa: E402
from django.utils import timezone  # noqa: E402

from thidua.campaigns.demo import load as load_campaign  # noqa: E402
from thidua.campaigns.domain.current import current_campaign  # noqa: E402
from thidua.plans.models import Plan, PlanAgendaItem  # noqa: E402
from thidua.reports.domain.progress import progress_rows  # noqa: E402
from thidua.reports.interfaces.exports import progress_xlsx  # noqa: E402
from thidua.reports.models import ReportAward, ResultsReport  # noqa: E402
from thidua.units.models import Unit  # noqa: E402

N = 150
call_command("migrate", verbosity=0)
city = Unit.objects.create(code="hai-phong", name="Hải Phòng", kind="city")
load_campaign()
campaign = current_campaign()
agenda = list(campaign.agenda_rules.all())
noon = timezone.make_aware(datetime.datetime(2025, 8, 12, 12))
for i in range(N):
    unit = Unit.objects.create(code=f"xa-{i}", name=f"Xã {i}", kind="xa" if i % 3 else "department", parent=city)
    plan = Plan.objects.create(unit=unit, campaign=campaign, status="submitted", submitted_at=noon,
                               conference_name=f"Hội nghị tuyên dương điển hình tiên tiến xã {i} Lần thứ I (2025 - 2030)",
                               conference_date=datetime.date(2025, 8, 20 + i % 10), delegates_total=150)
    PlanAgendaItem.objects.bulk_create([PlanAgendaItem(plan=plan, order=a.order, content=a.title, key=a.key) for a in agenda])
    report = ResultsReport.objects.create(unit=unit, campaign=campaign, status="submitted", submitted_at=noon,
                                          held_on=datetime.date(2025, 8, 21), attended_exemplars=100)
    ReportAward.objects.create(report=report, form="giay_khen", count=10)

units = Unit.objects.filter(kind__in=["xa", "department"])
board, excel = [], []
for _ in range(5):
    start = time.perf_counter()
    rows = progress_rows(units, campaign, today=datetime.date(2025, 8, 27))
    board.append(time.perf_counter() - start)
    start = time.perf_counter()
    progress_xlsx(rows, campaign, datetime.date(2025, 8, 27))
    excel.append(time.perf_counter() - start)
print(f"{N} đơn vị: bảng tiến độ (kèm kiểm tra kế hoạch) trung vị {statistics.median(board):.3f} s, lâu nhất {max(board):.3f} s; "
      f"xuất Excel trung vị {statistics.median(excel):.3f} s")
