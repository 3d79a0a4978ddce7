"""``manage.py find_awards "TEXT" [--unit CODE] [--year Y] [--form CODE] [--level LEVEL]
[--format json]``: the register's records matching one query text (a name with or without
diacritics, in any order, with a typo; a birth or achievement year; a decision number),
best first. ``--format json`` prints one JSON object a line (person, title, year, decision,
unit, …)."""
import json

from django.core.management.base import BaseCommand, CommandError

from thidua.register.domain import search
from thidua.register.models import AwardForm, Level
from thidua.units.models import Unit


class Command(BaseCommand):
    help = "Tìm trong sổ khen thưởng theo tên người, tập thể, năm sinh, năm hoặc số quyết định."

    def add_arguments(self, parser):
        parser.add_argument("text", help='nội dung tìm, ví dụ "nguyen van thang 1976"')
        parser.add_argument("--unit", help="mã đơn vị (gồm đơn vị trực thuộc và đơn vị trước sắp xếp)")
        parser.add_argument("--year", type=int, help="năm thành tích")
        parser.add_argument("--form", help="mã danh hiệu, hình thức trong danh mục")
        parser.add_argument("--level", choices=Level.values, help="cấp khen thưởng")
        parser.add_argument("--limit", type=int, default=50)
        parser.add_argument("--revoked", action="store_true", help="gồm cả bản ghi đã thu hồi")
        parser.add_argument("--format", choices=["text", "json"], default="text")

    def handle(self, *args, **options):
        unit = None
        if options["unit"]:
            unit = Unit.objects.filter(code=options["unit"]).first()
            if unit is None:
                raise CommandError(f"Không có đơn vị mã «{options['unit']}».")
        if options["form"] and not AwardForm.objects.filter(code=options["form"]).exists():
            raise CommandError(f"Không có danh hiệu, hình thức mã «{options['form']}» trong danh mục.")
        hits = search.search(options["text"], unit=unit, year=options["year"], form=options["form"],
                             level=options["level"], limit=options["limit"], include_revoked=options["revoked"])
        if options["format"] == "json":
            for hit in hits:
                self.stdout.write(json.dumps(search.as_dict(hit), ensure_ascii=False))
            return
        if not hits:
            self.stdout.write("Không tìm thấy bản ghi nào.")
        for hit in hits:
            r = hit.record
            born = f" ({r.birth_year})" if r.birth_year else ""
            self.stdout.write(f"{r.name}{born} — {r.form.name} năm {r.year} — {r.decision_text or 'chưa có số quyết định'}"
                              f" — {r.unit.display_name}")
