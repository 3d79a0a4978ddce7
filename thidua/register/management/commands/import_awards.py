"""``manage.py import_awards FILE.xlsx --unit CODE [--dry-run] [--format json]``: read an Excel
list of awards with the guessed column mapping, print the rows it would import and every
row error (row, column, Vietnamese message), and import them all unless ``--dry-run``.
Exit status 1 on any error (nothing is imported then)."""
import json
import sys
from pathlib import Path

from django.core.files import File
from django.core.management.base import BaseCommand, CommandError

from thidua.common.errors import DomainError
from thidua.register.domain import imports
from thidua.register.domain import rows as row_reader
from thidua.units.models import Unit


def _row_json(row, result):
    values = {k: (v.isoformat() if hasattr(v, "isoformat") else v) for k, v in row.values.items()}
    form = result.forms.get(row.form_text)
    return {"sheet": row.sheet, "row": row.row, **values, "form_text": row.form_text,
            "form": form.code if form else None}


class Command(BaseCommand):
    help = "Nhập danh sách khen thưởng từ tệp Excel vào sổ khen thưởng của một đơn vị."

    def add_arguments(self, parser):
        parser.add_argument("file", help="tệp .xlsx")
        parser.add_argument("--unit", required=True, help="mã đơn vị quản lý (ví dụ xa-ke-sat)")
        parser.add_argument("--dry-run", action="store_true", help="chỉ kiểm tra, không nhập")
        parser.add_argument("--format", choices=["text", "json"], default="text")

    def handle(self, *args, **options):
        path = Path(options["file"])
        if not path.is_file():
            raise CommandError(f"Không có tệp {path}.")
        unit = Unit.objects.filter(code=options["unit"]).first()
        if unit is None:
            raise CommandError(f"Không có đơn vị mã «{options['unit']}».")
        errors, result, imported = [], None, None
        try:
            sha = imports.sha256_of(path.read_bytes())
            imports._refuse_twice(sha)
            result = row_reader.convert(imports.read(str(path)))
            errors = [e.as_dict() for e in result.errors]
        except DomainError as exc:
            errors = [{"sheet": "", "row": 0, "column": "", "message": exc.message}]
        if not errors and not options["dry_run"]:
            try:
                with path.open("rb") as handle:
                    batch = imports.upload(unit, None, File(handle, name=path.name))
                imported = imports.run(batch, None).imported_count
            except DomainError as exc:
                errors = [{"sheet": "", "row": 0, "column": "", "message": exc.message}]
        self._print(options, result, errors, imported)
        if errors:
            sys.exit(1)

    def _print(self, options, result, errors, imported):
        rows = [_row_json(r, result) for r in result.rows] if result else []
        if options["format"] == "json":
            self.stdout.write(json.dumps({"rows": rows, "errors": errors, "imported": imported or 0,
                                          "dry_run": options["dry_run"]}, ensure_ascii=False, indent=1))
            return
        for row in rows:
            self.stdout.write(f"{row['sheet']} dòng {row['row']}: {row.get('name', '')} — {row['form_text']} "
                              f"({row.get('year', '?')})")
        for e in errors:
            where = f"dòng {e['row']}, cột {e['column']}" if e["column"] else (f"dòng {e['row']}" if e["row"] else "")
            self.stderr.write(f"LỖI {e['sheet']} {where}: {e['message']}".replace("  ", " "))
        if imported is not None:
            self.stdout.write(f"Đã nhập {imported} bản ghi.")
        elif not errors:
            self.stdout.write(f"{len(rows)} dòng sẽ được nhập (chạy thử, chưa nhập).")
