from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError

from thidua.campaigns.domain.importing import import_campaign, load_file
from thidua.campaigns.models import Campaign


class Command(BaseCommand):
    help = "Nhập (hoặc cập nhật) quy định của một kế hoạch cấp trên từ tệp JSON."

    def add_arguments(self, parser):
        parser.add_argument("file")
        parser.add_argument("--parent", help="Mã kế hoạch cấp trên (khi đây là kế hoạch cấp đơn vị)")

    def handle(self, *args, **options):
        parent = None
        if options["parent"]:
            parent = Campaign.objects.filter(code=options["parent"]).first()
            if parent is None:
                raise CommandError(f"Không có kế hoạch mã “{options['parent']}”.")
        try:
            campaign = import_campaign(load_file(options["file"]), parent=parent)
        except ValidationError as exc:
            raise CommandError("; ".join(exc.messages))
        self.stdout.write(self.style.SUCCESS(f"Đã nhập: {campaign}"))
