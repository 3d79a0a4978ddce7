"""Print the compliance findings of stored plans: ``manage.py check_plans [--unit CODE] [--format text|json]``."""
import json

from django.core.management.base import BaseCommand, CommandError

from thidua.common.findings import Severity
from thidua.plans.domain.service import plans_with_findings, with_related
from thidua.plans.models import Plan
from thidua.units.models import Unit


class Command(BaseCommand):
    help = "In kết quả đối chiếu kế hoạch của các đơn vị với kế hoạch cấp trên."

    def add_arguments(self, parser):
        parser.add_argument("--unit", help="Mã đơn vị (ví dụ: xa-ke-sat); mặc định: mọi đơn vị")
        parser.add_argument("--format", choices=["text", "json"], default="text", help="Định dạng in ra")

    def handle(self, *args, unit=None, format="text", **options):
        plans = Plan.objects.all()
        if unit:
            if not Unit.objects.filter(code=unit).exists():
                raise CommandError(f"Không có đơn vị mã “{unit}”.")
            plans = plans.filter(unit__code=unit)
        results = plans_with_findings(with_related(plans).order_by("unit__path", "created_at"))
        if format == "json":
            payload = [{
                "plan": plan.pk, "unit": plan.unit.code, "unit_name": plan.unit.title_name,
                "conference_name": plan.conference_name, "status": plan.status, "origin": plan.origin,
                "submitted_at": plan.submitted_at.isoformat() if plan.submitted_at else None,
                "findings": [f.as_dict() for f in findings],
            } for plan, findings in results]
            self.stdout.write(json.dumps(payload, ensure_ascii=False, indent=2))
            return
        if not results:
            self.stdout.write("Không có kế hoạch nào.")
        for plan, findings in results:
            self.stdout.write(f"{plan.unit.title_name} — {plan.conference_name} [{plan.get_status_display()}]")
            if not findings:
                self.stdout.write("  Không phát hiện sai lệch.")
            for f in findings:
                self.stdout.write(f"  {Severity.LABELS[f.severity]:<9} {f.code}: {f.message}")
