"""Write every document kind the system makes for one unit into a folder, named by kind."""
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from thidua.common import clock
from thidua.core.interfaces.render_all import unit_documents
from thidua.units.models import Unit


class Command(BaseCommand):
    help = ("Tạo mọi loại văn bản hệ thống làm cho một đơn vị (kế hoạch, tờ trình, biên bản, quyết định, giấy khen, "
            "giấy mời, báo cáo, danh sách, tệp Excel) vào một thư mục, để xem tất cả cùng lúc.")

    def add_arguments(self, parser):
        parser.add_argument("--unit", required=True, help="Mã đơn vị, ví dụ: xa-ke-sat")
        parser.add_argument("--out", required=True, help="Thư mục ghi tệp (tạo mới nếu chưa có)")

    def handle(self, *args, **options):
        unit = Unit.objects.filter(code=options["unit"]).first()
        if unit is None:
            raise CommandError(f"Không có đơn vị mã «{options['unit']}».")
        out = Path(options["out"])
        out.mkdir(parents=True, exist_ok=True)
        rendered = unit_documents(unit, clock.today())
        for name, data in rendered.files:
            (out / name).write_bytes(data)
            self.stdout.write(f"  · {name} ({len(data) // 1024 + 1} KB)")
        for kind in rendered.missing:
            self.stdout.write(f"  - Không tạo: {kind}.")
        self.stdout.write(f"Đã ghi {len(rendered.files)} tệp của {unit.title_name} vào {out}.")
