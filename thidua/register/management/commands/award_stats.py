"""``manage.py award_stats --unit CODE --from 2020 --to 2025 [--format json]``: the register's
counts of a unit over a period, predecessor units included, valid records only:
``{"total": n, "by_form": {"<catalogue code>": {"individual": n, "collective": n,
"household": n}}, "by_year": {"2020": n, …}, "women": n, "direct_workers": n}``."""
import json

from django.core.management.base import BaseCommand, CommandError

from thidua.register.domain import stats
from thidua.register.models import FIRST_YEAR, AwardForm
from thidua.units.models import Unit


class Command(BaseCommand):
    help = "Thống kê khen thưởng của một đơn vị trong một giai đoạn (gồm đơn vị trước sắp xếp)."

    def add_arguments(self, parser):
        parser.add_argument("--unit", required=True, help="mã đơn vị")
        parser.add_argument("--from", dest="first", type=int, default=2020, help="từ năm")
        parser.add_argument("--to", dest="last", type=int, default=2025, help="đến năm")
        parser.add_argument("--format", choices=["text", "json"], default="text")

    def handle(self, *args, **options):
        unit = Unit.objects.filter(code=options["unit"]).first()
        if unit is None:
            raise CommandError(f"Không có đơn vị mã «{options['unit']}».")
        first, last = options["first"], options["last"]
        if first < FIRST_YEAR or last < first or last > 2100:
            raise CommandError(f"Giai đoạn {first}–{last} không hợp lệ.")
        data = stats.unit_stats(unit, first, last)
        if options["format"] == "json":
            self.stdout.write(json.dumps(data, ensure_ascii=False))
            return
        names = dict(AwardForm.objects.filter(code__in=data["by_form"]).values_list("code", "name"))
        self.stdout.write(f"{unit.display_name}, {first}–{last}: {data['total']} khen thưởng; "
                          f"nữ {data['women']}; người trực tiếp lao động, sản xuất {data['direct_workers']}.")
        for code, kinds in data["by_form"].items():
            self.stdout.write(f"- {names.get(code, code)}: cá nhân {kinds['individual']}, "
                              f"tập thể {kinds['collective']}, hộ gia đình {kinds['household']}")
        self.stdout.write("Theo năm: " + ", ".join(f"{y}: {n}" for y, n in data["by_year"].items()))
