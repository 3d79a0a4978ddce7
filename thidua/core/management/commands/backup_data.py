from django.core.management.base import BaseCommand, CommandError

from thidua.core.backup import BackupError, backup


class Command(BaseCommand):
    help = "Sao lưu cơ sở dữ liệu và các tệp tải lên, tệp sinh ra vào một tệp .tar.gz."

    def add_arguments(self, parser):
        parser.add_argument("out", help="đường dẫn tệp sao lưu, ví dụ var/sao-luu/2026-12-03.tar.gz")

    def handle(self, out, **options):
        try:
            manifest = backup(out)
        except BackupError as exc:
            raise CommandError(str(exc)) from exc
        rows = sum(manifest["tables"].values())
        self.stdout.write(f"Đã sao lưu {rows} dòng dữ liệu và {len(manifest['files'])} tệp vào {out}.")
