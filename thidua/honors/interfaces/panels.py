"""Home-page panels of the honors app. Each makes a fixed number of queries, however many
rows it shows (tests/honors/test_panels.py compares one row with three).

- submitter: the sub-unit's nominations with their status, and the nomination deadlines
  of the plans above it;
- council member: nominations of the council's unit still waiting for the council's vote;
- unit officer: award categories of the unit's plans that have fewer nominations than
  the plan's minimum.
"""
from django.db.models import Count, F, Q

from thidua.accounts.domain import scope
from thidua.accounts.models import Role
from thidua.common import clock
from thidua.honors.models import Nomination, NominationStatus
from thidua.plans.models import AwardCategory, Plan

ROWS = 10


def _deadline(plan, today):
    day = plan.nomination_deadline
    return {"plan": plan, "day": day, "days_left": (day - today).days if day else None}


def submitter_panel(request):
    user = request.user
    units = scope.units_with_role(user, Role.SUBMITTER)
    if not units:
        return None
    nominations = scope.scope_queryset(Nomination.objects.all(), user, "proposing_unit", roles=[Role.SUBMITTER])
    counts = dict(nominations.values_list("status").annotate(n=Count("id")).order_by())
    rows = list(nominations.select_related("nominee", "category__plan")
                .order_by("-submitted_at", "-id")[:ROWS])
    today = clock.today()
    plans = (Plan.objects.filter(scope.units_and_ancestors_q(user, "unit", roles=[Role.SUBMITTER]))
             .exclude(unit__in=units).filter(award_categories__isnull=False, nomination_deadline__isnull=False)
             .select_related("unit").distinct().order_by("nomination_deadline", "pk")[:5])
    return {
        "units": units, "rows": rows, "total": sum(counts.values()),
        "counts": [(label, counts[value]) for value, label in NominationStatus.choices if counts.get(value)],
        "deadlines": [_deadline(plan, today) for plan in plans],
    }


def council_panel(request):
    user = request.user
    if not scope.units_with_role(user, Role.COUNCIL_MEMBER):
        return None
    waiting = (scope.scope_queryset(Nomination.objects.all(), user, "unit", roles=[Role.COUNCIL_MEMBER])
               .filter(status=NominationStatus.PROPOSED))
    rows = list(waiting.select_related("nominee", "category__plan", "proposing_unit")
                .order_by("category__plan__conference_date", "category__order", "nominee__full_name")[:ROWS])
    return {"rows": rows, "total": waiting.count()}


def quota_panel(request):
    user = request.user
    units = scope.units_with_role(user, Role.UNIT_OFFICER)
    if not units:
        return None
    today = clock.today()
    categories = list(
        AwardCategory.objects.filter(plan__unit__in=units, min_count__gt=0)
        .annotate(n=Count("nominations", filter=~Q(nominations__status=NominationStatus.WITHDRAWN)))
        .filter(n__lt=F("min_count"))
        .select_related("plan__unit").order_by("plan__nomination_deadline", "plan_id", "order")[:ROWS]
    )
    rows = [{"category": c, "missing": c.min_count - c.n, "deadline": _deadline(c.plan, today)} for c in categories]
    return {"rows": rows}
