"""What the system knows, added up: for one unit (its 5-year summary) or many (the city picture).

Attendance and congress delegates come from the units' results reports. Awards come from
the award decisions in the honors app (by form, target and year of signing, over the
campaign's evaluation years) for every unit that issued any; a unit that does not use the
honors app counts with the awards of its results report instead (in the year the
conference was held). Every function takes a queryset of units already scoped by the
caller and runs a constant number of queries.
"""
from dataclasses import dataclass, field

from django.db.models import Count, Q, Sum

from thidua.reports.domain import sources
from thidua.reports.models import AwardForm, ReportAward, ReportCongressDelegate, ReportStatus, ResultsReport

TARGET_LABELS = dict(ReportAward.Target.choices)


def share(part, whole):
    """Percentage with one decimal, or None when there is nothing to divide."""
    if not whole:
        return None
    return round(100.0 * part / whole, 1)


@dataclass
class Picture:
    units_total: int = 0
    conferences_held: int = 0
    reports_sent: int = 0
    reports_accepted: int = 0
    attended: int = 0
    attended_women: int = 0
    attended_ethnic: int = 0
    attended_direct: int = 0
    exemplars_honoured: int = 0
    awards_women: int = 0
    awards_direct: int = 0
    awards_workers_farmers: int = 0
    awards_ethnic: int = 0
    congress_delegates: int = 0
    congress_women: int = 0
    congress_ethnic: int = 0
    congress_direct: int = 0
    awards_by_form: list = field(default_factory=list)  # (label, collective, individual, household, total)
    years: list = field(default_factory=list)  # the evaluation years, in order
    awards_by_year: list = field(default_factory=list)  # (label, [count per year], total)
    award_units_honors: int = 0  # units whose awards come from their award decisions
    award_units_reports: int = 0  # units whose awards come from their results report
    by_kind: list = field(default_factory=list)  # (label, units, held, sent)

    @property
    def share_women(self):
        return share(self.awards_women, self.exemplars_honoured)

    @property
    def share_direct(self):
        return share(self.awards_direct, self.exemplars_honoured)

    @property
    def share_workers_farmers(self):
        return share(self.awards_workers_farmers, self.exemplars_honoured)

    @property
    def share_ethnic(self):
        return share(self.awards_ethnic, self.exemplars_honoured)

    @property
    def share_held(self):
        return share(self.conferences_held, self.units_total)

    @property
    def congress_share_women(self):
        return share(self.congress_women, self.congress_delegates)


def picture(units, campaign, include_drafts=False):
    """The totals across ``units`` (a queryset) for ``campaign``."""
    from thidua.units.models import UnitKind

    units = units.order_by()
    reports = ResultsReport.objects.filter(campaign=campaign, unit__in=units)
    counted = reports if include_drafts else reports.exclude(status=ReportStatus.DRAFT)
    p = Picture(units_total=units.count())
    totals = counted.aggregate(
        held=Count("id", filter=Q(held_on__isnull=False)),
        sent=Count("id"),
        accepted=Count("id", filter=Q(status=ReportStatus.ACCEPTED)),
        ex=Sum("attended_exemplars"),
        gu=Sum("attended_guests"),
        le=Sum("attended_leaders"),
        wo=Sum("attended_women"),
        et=Sum("attended_ethnic_minorities"),
        di=Sum("attended_direct_workers"),
    )
    p.conferences_held = totals["held"] or 0
    p.reports_sent = totals["sent"] or 0
    p.reports_accepted = totals["accepted"] or 0
    p.attended = (totals["ex"] or 0) + (totals["gu"] or 0) + (totals["le"] or 0)
    p.attended_women = totals["wo"] or 0
    p.attended_ethnic = totals["et"] or 0
    p.attended_direct = totals["di"] or 0

    _add_awards(p, units, counted, campaign)

    delegates = ReportCongressDelegate.objects.filter(report__in=counted).aggregate(
        n=Count("id"),
        w=Count("id", filter=Q(is_woman=True)),
        e=Count("id", filter=Q(is_ethnic_minority=True)),
        d=Count("id", filter=Q(is_direct_worker=True)),
    )
    p.congress_delegates = delegates["n"] or 0
    p.congress_women = delegates["w"] or 0
    p.congress_ethnic = delegates["e"] or 0
    p.congress_direct = delegates["d"] or 0

    unit_counts = dict(units.filter(kind__in=UnitKind.reporting_units()).values_list("kind").annotate(n=Count("id")))
    held = dict(
        counted.filter(held_on__isnull=False).values_list("unit__kind").annotate(n=Count("id")).order_by()
    )
    sent = dict(counted.values_list("unit__kind").annotate(n=Count("id")).order_by())
    for kind in UnitKind.reporting_units():
        if unit_counts.get(kind):
            p.by_kind.append((UnitKind(kind).label, unit_counts[kind], held.get(kind, 0), sent.get(kind, 0)))
    return p


def _add_awards(p, units, counted, campaign):
    """Awards by form, target and year: decisions where a unit issued any, else its results report."""
    start, end = campaign.evaluation_start_year, campaign.evaluation_end_year
    p.years = list(range(start, end + 1))
    by_form, by_year = {}, {}

    facts = sources.award_facts(sources.period_awards(units, start, end))
    honors_units = {f.unit_id for f in facts}
    for f in facts:
        p.exemplars_honoured += 1
        p.awards_women += f.woman
        p.awards_direct += f.direct_worker
        p.awards_workers_farmers += f.worker_farmer
        p.awards_ethnic += f.minority
        counts = by_form.setdefault(f.form, {})
        counts[f.target] = counts.get(f.target, 0) + 1
        years = by_year.setdefault(f.form, {})
        years[f.year] = years.get(f.year, 0) + 1

    report_units = set()
    rows = (
        ReportAward.objects.filter(report__in=counted).exclude(report__unit_id__in=honors_units)
        .values("report__unit_id", "form", "target", "report__held_on__year")
        .annotate(n=Sum("count"), w=Sum("women"), d=Sum("direct_workers"), f=Sum("workers_farmers"), e=Sum("ethnic_minorities"))
        .order_by()
    )
    for row in rows:
        n = row["n"] or 0
        report_units.add(row["report__unit_id"])
        p.exemplars_honoured += n
        p.awards_women += row["w"] or 0
        p.awards_direct += row["d"] or 0
        p.awards_workers_farmers += row["f"] or 0
        p.awards_ethnic += row["e"] or 0
        counts = by_form.setdefault(row["form"], {})
        counts[row["target"]] = counts.get(row["target"], 0) + n
        year = row["report__held_on__year"] or end
        years = by_year.setdefault(row["form"], {})
        years[year] = years.get(year, 0) + n
    p.award_units_honors, p.award_units_reports = len(honors_units), len(report_units)

    labels = dict(AwardForm.choices)
    for form in AwardForm.values:
        if form in by_form:
            counts = by_form[form]
            c, i, h = counts.get("collective", 0), counts.get("individual", 0), counts.get("household", 0)
            p.awards_by_form.append((labels[form], c, i, h, c + i + h))
            per_year = [by_year[form].get(y, 0) for y in p.years]
            p.awards_by_year.append((labels[form], per_year, sum(by_year[form].values())))
