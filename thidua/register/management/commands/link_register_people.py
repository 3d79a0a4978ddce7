"""``manage.py link_register_people [--unit CODE] [--format json]``: link the register's
records not yet linked to their person (identity number, folded name and birth year,
workplace, unit and predecessor units, with a confidence) and list the suspected
duplicates left for the officer to merge or keep apart."""
import json

from django.core.management.base import BaseCommand, CommandError

from thidua.register.domain import people
from thidua.units.models import Unit


class Command(BaseCommand):
    help = "Liên kết các bản ghi sổ khen thưởng với người, tập thể và liệt kê các bản ghi nghi trùng."

    def add_arguments(self, parser):
        parser.add_argument("--unit", help="mã đơn vị (gồm đơn vị trực thuộc và đơn vị trước sắp xếp)")
        parser.add_argument("--format", choices=["text", "json"], default="text")

    def handle(self, *args, **options):
        unit = None
        if options["unit"]:
            unit = Unit.objects.filter(code=options["unit"]).first()
            if unit is None:
                raise CommandError(f"Không có đơn vị mã «{options['unit']}».")
        result = people.link_records(unit)
        suspects = people.find_duplicates(unit)
        if options["format"] == "json":
            self.stdout.write(json.dumps({**result.as_dict(), "duplicates": [s.as_dict() for s in suspects]},
                                         ensure_ascii=False, indent=1))
            return
        self.stdout.write(f"Đã liên kết {result.linked} bản ghi với người đã có; thêm {result.new_people} người mới.")
        for record, person, conf in result.uncertain:
            self.stdout.write(f"Chưa chắc: bản ghi số {record.pk} ({record.name}) có thể là {person} "
                              f"(độ tin cậy {conf:.2f}).")
        self.stdout.write(f"{len(suspects)} trường hợp nghi trùng cần xem xét.")
        for s in suspects:
            self.stdout.write(f"- {s.message} Bản ghi số: {', '.join(str(r.pk) for r in s.records)}.")
