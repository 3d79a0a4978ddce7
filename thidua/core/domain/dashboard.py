"""Figures shown on the home pages, scoped to what the user may see."""
from django.db.models import Count

from thidua.accounts.domain import scope
from thidua.units.models import Unit, UnitKind


def home_summary(user, assignment):
    units = scope.visible_units(user)
    if scope.is_board(user):
        by_kind = dict(
            units.filter(kind__in=UnitKind.reporting_units()).values_list("kind").annotate(n=Count("id")).order_by()
        )
        return {
            "by_kind": [(UnitKind(k).label, by_kind.get(k, 0)) for k in UnitKind.reporting_units()],
            "reporting_total": sum(by_kind.values()),
        }
    unit = assignment.unit if assignment else None
    if unit is None:
        return {}
    return {
        "unit": unit,
        "subunit_count": Unit.objects.filter(parent=unit).count(),
        "reporting_unit": unit.reporting_unit(),
    }
