"""manage.py check_plan FILE... [--campaign CODE] [--format json|text]: read received plans and check them."""
import json
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from thidua.campaigns.domain.rules import rules_for
from thidua.campaigns.models import Campaign
from thidua.ingest.domain.facts_json import summary
from thidua.ingest.domain.intake import known_units, read_one
from thidua.ingest.domain.readers import ReadError, expand


class Command(BaseCommand):
    help = "Đọc kế hoạch đơn vị gửi (.docx, .pdf, ảnh quét, .txt, .zip), trích xuất và kiểm tra theo kế hoạch cấp trên."

    def add_arguments(self, parser):
        parser.add_argument("files", nargs="+", help="Các tệp kế hoạch")
        parser.add_argument("--campaign", default="hp-2025-3194", help="Mã kế hoạch cấp trên (mặc định hp-2025-3194)")
        parser.add_argument("--format", choices=["json", "text"], default="text")

    def handle(self, *args, **options):
        campaign = Campaign.objects.filter(code=options["campaign"]).prefetch_related("deadlines", "agenda_rules").first()
        if campaign is None:
            raise CommandError(f"Không tìm thấy kế hoạch cấp trên mã “{options['campaign']}”.")
        rules = rules_for(campaign)
        units = known_units()
        out = []
        for name in options["files"]:
            path = Path(name)
            try:
                data = path.read_bytes()
            except OSError:
                data = ReadError(f"Không mở được tệp {name}.")
            members = [(name, data)] if isinstance(data, ReadError) else list(expand(name, data))
            for member, content in members:
                result = read_one(member, content, rules, units)
                facts = result["facts_obj"]
                entry = {
                    "file": member,
                    "extracted": summary(facts) if facts else None,
                    "findings": [{"code": f.code, "severity": f.severity, "message": f.message} for f in result["finding_objs"]],
                }
                if result["error"]:
                    entry["error"] = result["error"]
                out.append(entry)
        if options["format"] == "json":
            self.stdout.write(json.dumps(out, ensure_ascii=False, indent=2))
            return
        for entry in out:
            self.stdout.write(f"== {entry['file']}")
            if entry.get("error"):
                self.stdout.write(f"   {entry['error']}")
                continue
            for key, value in entry["extracted"].items():
                if key == "tasks":
                    for task in value:
                        due = f" (hạn {task['due']})" if task["due"] else ""
                        self.stdout.write(f"   nhiệm vụ: {task['assignee']}{due}")
                    continue
                self.stdout.write(f"   {key}: {value}")
            for f in entry["findings"]:
                self.stdout.write(f"   [{f['severity']}] {f['code']}: {f['message']}")
