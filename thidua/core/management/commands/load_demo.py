"""Load the demo data of every app, in dependency order. Safe to run again."""
from importlib import import_module

from django.apps import apps
from django.core.management.base import BaseCommand

from thidua.accounts.demo import logins_text

# Apps load in this order; each may have a ``demo.py`` with ``load(out)``.
ORDER = ["units", "campaigns", "accounts", "plans", "register", "honors", "delegates", "reports", "ingest"]


class Command(BaseCommand):
    help = "Nạp dữ liệu minh họa (đơn vị Hải Phòng, kế hoạch 3194/QĐ-UBND, kế hoạch mẫu, tài khoản)."

    def add_arguments(self, parser):
        parser.add_argument("--quiet-logins", action="store_true", help="Không in danh sách tài khoản")

    def handle(self, *args, **options):
        for label in ORDER:
            config = apps.get_app_config(label)
            try:
                module = import_module(f"{config.name}.demo")
            except ModuleNotFoundError as exc:
                if exc.name != f"{config.name}.demo":
                    raise
                continue
            module.load(out=self)
        if not options["quiet_logins"]:
            self.stdout.write(logins_text())

    def write(self, text):
        self.stdout.write(f"  · {text}")
