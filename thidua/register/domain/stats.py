"""The register's counts of a unit over a period: what the 5-year summary report and the
city picture read. Valid records only (a revoked award or a merged duplicate is not
counted), the unit's own with its sub-units' and its predecessor units' (the communes
merged into it in 2025, "bao gồm cả thành tích của các địa phương… trước khi sắp xếp").
Three queries whatever the size of the register."""
from django.db.models import Count, Q

from thidua.common.choices import Gender
from thidua.register.domain import scope
from thidua.register.models import AwardRecord, RecipientKind, RecordStatus

KINDS = [k.value for k in RecipientKind]


def records_of(unit, first, last):
    """The valid records of ``unit`` (sub-units and predecessor units included) for the
    achievement years ``first``..``last``. The unit links are forward joins: no duplicates."""
    return AwardRecord.objects.filter(scope.units_q([unit]), status=RecordStatus.VALID,
                                      year__gte=first, year__lte=last)


def unit_stats(unit, first, last):
    """``{"total", "by_form": {code: {individual, collective, household}}, "by_year":
    {"2020": n, …}, "women", "direct_workers"}``; forms in the catalogue's report order,
    every year of the period present (0 where none)."""
    qs = records_of(unit, first, last).order_by()
    by_form = {}
    rows = (qs.values("form__code", "form__report_order", "recipient_kind").annotate(n=Count("id"))
            .order_by("form__report_order", "form__code", "recipient_kind"))
    for row in rows:
        by_form.setdefault(row["form__code"], dict.fromkeys(KINDS, 0))[row["recipient_kind"]] = row["n"]
    by_year = {str(year): 0 for year in range(first, last + 1)}
    for row in qs.values("year").annotate(n=Count("id")).order_by("year"):
        by_year[str(row["year"])] = row["n"]
    individual = Q(recipient_kind=RecipientKind.INDIVIDUAL)
    totals = qs.aggregate(total=Count("id"), women=Count("id", filter=individual & Q(gender=Gender.FEMALE)),
                          direct_workers=Count("id", filter=individual & Q(direct_worker=True)))
    return {"total": totals["total"], "by_form": by_form, "by_year": by_year, "women": totals["women"],
            "direct_workers": totals["direct_workers"]}
