"""manage.py check_eligibility FILE.json --criteria CODE [--format json]"""
import json

from django.core.management.base import BaseCommand, CommandError

from thidua.honors.domain import eligibility
from thidua.honors.domain.library import LIBRARY


class Command(BaseCommand):
    help = "Kiểm tra tiêu chuẩn khen thưởng cho danh sách trong tệp JSON (không cần cơ sở dữ liệu)."
    requires_system_checks = []

    def add_arguments(self, parser):
        parser.add_argument("file", help="Tệp JSON: danh sách người, tập thể (xem docs/eligibility-schema.md)")
        parser.add_argument("--criteria", required=True, help=f"Mã bộ tiêu chí: {', '.join(LIBRARY)}")
        parser.add_argument("--criteria-file", help="Tệp JSON chứa thêm các bộ tiêu chí (danh sách)")
        parser.add_argument("--year", type=int, help="Năm xét (với danh hiệu hằng năm)")
        parser.add_argument("--format", choices=["json", "text"], default="text")

    def handle(self, *args, **options):
        library = dict(LIBRARY)
        if options["criteria_file"]:
            for data in self._load(options["criteria_file"]):
                errors = eligibility.validate_criteria(data)
                if errors or "code" not in data:
                    raise CommandError(f"Bộ tiêu chí không hợp lệ: {'; '.join(errors) or 'thiếu «code»'}")
                library[data["code"]] = data
        criteria = library.get(options["criteria"])
        if criteria is None:
            raise CommandError(f"Không có bộ tiêu chí «{options['criteria']}». Các mã có sẵn: {', '.join(sorted(library))}.")
        items = self._load(options["file"])
        if not isinstance(items, list):
            raise CommandError("Tệp phải chứa một danh sách JSON ([...]).")
        results = []
        for item in items:
            ident = item.get("id", "") if isinstance(item, dict) else ""
            try:
                verdict = eligibility.evaluate(item, criteria, year=options["year"], library=library)
            except eligibility.RecordError as exc:
                results.append({"id": ident, "eligible": False, "reasons": [f"Dữ liệu không hợp lệ: {e}" for e in exc.errors]})
                continue
            results.append({"id": ident, "eligible": verdict.eligible, "reasons": verdict.texts()})
        if options["format"] == "json":
            self.stdout.write(json.dumps(results, ensure_ascii=False, indent=2))
            return
        for r in results:
            self.stdout.write(f"{r['id']}: {'ĐỦ TIÊU CHUẨN' if r['eligible'] else 'CHƯA ĐỦ TIÊU CHUẨN'}")
            for reason in r["reasons"]:
                self.stdout.write(f"  - {reason}")

    def _load(self, path):
        try:
            with open(path, encoding="utf-8") as fh:
                return json.load(fh)
        except FileNotFoundError:
            raise CommandError(f"Không tìm thấy tệp {path}.") from None
        except json.JSONDecodeError as exc:
            raise CommandError(f"Tệp {path} không phải JSON hợp lệ (dòng {exc.lineno}, cột {exc.colno}).") from None
