"""Home-page panels: a unit's plan status and findings; the Board's plans awaiting review."""
from django.db.models import Count

from thidua.accounts.domain import scope
from thidua.plans.domain.compliance import summary
from thidua.plans.domain.service import plans_with_findings, with_related
from thidua.plans.models import Plan, PlanStatus


def unit_plans_panel(request):
    assignment = scope.primary_assignment(request.user)
    unit = assignment.unit.reporting_unit() if assignment else None
    if unit is None or not scope.can_see_unit(request.user, unit):
        return None
    plans = with_related(scope.scope_queryset(Plan.objects.filter(unit=unit), request.user)).order_by("-created_at")[:5]
    rows = [{"plan": plan, "findings": findings, "summary": summary(findings)}
            for plan, findings in plans_with_findings(plans)]
    return {"unit": unit, "rows": rows, "can_create": request.user.has_perm("plans.create_plan")}


def board_plans_panel(request):
    if not request.user.has_perm("plans.review_plan_obj"):
        return None
    counts = dict(Plan.objects.values_list("status").annotate(n=Count("id")).order_by())
    return {"counts": [(label, counts.get(value, 0), value) for value, label in PlanStatus.choices],
            "waiting": counts.get(PlanStatus.SUBMITTED, 0)}
