from django.core.management.base import BaseCommand, CommandError

from thidua.core.backup import BackupError, restore


class Command(BaseCommand):
    help = "Phục hồi cơ sở dữ liệu và các tệp từ một tệp sao lưu của backup_data."

    def add_arguments(self, parser):
        parser.add_argument("archive", help="tệp .tar.gz do backup_data tạo")
        parser.add_argument("--force", action="store_true", help="cho phép thay cơ sở dữ liệu đã có dữ liệu")

    def handle(self, archive, force=False, **options):
        try:
            manifest = restore(archive, force=force)
        except BackupError as exc:
            raise CommandError(str(exc)) from exc
        rows = sum(manifest["tables"].values())
        self.stdout.write(f"Đã phục hồi {rows} dòng dữ liệu và {len(manifest['files'])} tệp từ {archive}.")
