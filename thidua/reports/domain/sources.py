"""Reading what the other apps already hold into the reports' figures.

``honors`` holds the award decisions actually issued (``AwardDecision`` → ``Award`` →
``Nomination`` → ``Nominee``); these functions turn them into plain ``AwardFact`` rows and
add them up by the results report's award forms (``AwardForm``) and targets. Plain Python
after one query, so the same counting serves one unit's results report and the city picture.
"""
from dataclasses import dataclass

from thidua.common.choices import MAJORITY_ETHNICITY
from thidua.common.text import fold
from thidua.reports.models import AwardForm, ReportAward

TARGETS = tuple(ReportAward.Target.values)

# Folded words of a free-text award form, most specific first.
_FORM_WORDS = (
    (("huan chuong", "huy chuong", "thu tuong", "chinh phu", "bo truong", "chu tich nuoc"), AwardForm.OTHER),
    (("co thi dua",), AwardForm.CITY_FLAG),
    (("chien si thi dua co so",), AwardForm.BASE_SOLDIER),
    (("chien si thi dua",), AwardForm.CITY_SOLDIER),
    (("lao dong xuat sac",), AwardForm.EXCELLENT_LABOUR),
    (("lao dong tien tien",), AwardForm.ADVANCED_LABOUR),
    (("bang khen",), AwardForm.CITY_MERIT),
    (("giay khen",), AwardForm.UNIT_CERTIFICATE),
    (("bieu duong", "tuyen duong"), AwardForm.PRAISE),
)

# A nominee is a worker or a farmer when their position (or field, sector) says so.
_WORKER_FARMER_WORDS = ("cong nhan", "nong dan", "ngu dan", "xa vien")


def award_form_code(text):
    """The ``AwardForm`` a decision's free-text form names: "Giấy khen của Chủ tịch UBND xã"
    → ``giay_khen``; anything unknown (or national) → ``khac``."""
    folded = fold(text)
    for words, code in _FORM_WORDS:
        if any(w in folded for w in words):
            return str(code)
    return str(AwardForm.OTHER)


def is_minority(ethnicity):
    return bool(ethnicity) and fold(ethnicity) != fold(MAJORITY_ETHNICITY)


def is_worker_or_farmer(*texts):
    folded = fold(" ".join(t or "" for t in texts))
    return any(w in folded for w in _WORKER_FARMER_WORDS)


@dataclass(frozen=True)
class AwardFact:
    """One person, household or collective awarded in an issued decision."""

    unit_id: int
    form: str
    target: str
    year: int
    woman: bool = False
    direct_worker: bool = False
    worker_farmer: bool = False
    minority: bool = False


@dataclass
class AwardTally:
    """Counts of one (form, target): the fields of a ``ReportAward`` row."""

    form: str
    target: str
    count: int = 0
    women: int = 0
    direct_workers: int = 0
    workers_farmers: int = 0
    ethnic_minorities: int = 0

    def add(self, fact):
        self.count += 1
        self.women += fact.woman
        self.direct_workers += fact.direct_worker
        self.workers_farmers += fact.worker_farmer
        self.ethnic_minorities += fact.minority

    def as_row(self):
        return {
            "form": self.form, "target": self.target, "count": self.count, "women": self.women,
            "direct_workers": self.direct_workers, "workers_farmers": self.workers_farmers,
            "ethnic_minorities": self.ethnic_minorities,
        }


_AWARD_VALUES = (
    "decision__unit_id", "decision__award_form", "decision__signed_on", "nomination__award_form",
    "nomination__nominee__kind", "nomination__nominee__gender", "nomination__nominee__direct_worker",
    "nomination__nominee__ethnicity", "nomination__nominee__position", "nomination__nominee__field",
    "nomination__nominee__economic_sector",
)


def award_facts(awards):
    """``AwardFact`` rows of an ``honors.Award`` queryset, in one query."""
    facts = []
    for row in awards.order_by().values_list(*_AWARD_VALUES):
        unit_id, decision_form, signed_on, nomination_form, kind, gender, direct, ethnicity, position, field, sector = row
        target = kind if kind in TARGETS else ReportAward.Target.INDIVIDUAL
        facts.append(AwardFact(
            unit_id=unit_id, form=award_form_code(decision_form or nomination_form), target=str(target),
            year=signed_on.year, woman=gender == "female", direct_worker=bool(direct),
            worker_farmer=is_worker_or_farmer(position, field, sector), minority=is_minority(ethnicity),
        ))
    return facts


def unit_awards(unit, campaign):
    """The awards in the decisions ``unit`` issued under its plan for ``campaign``."""
    from thidua.honors.models import Award

    return Award.objects.filter(decision__unit=unit, decision__plan__campaign=campaign)


def period_awards(units, start_year, end_year):
    """The awards in decisions issued by ``units`` (a queryset) signed in the given years."""
    from thidua.honors.models import Award

    return Award.objects.filter(
        decision__unit__in=units, decision__signed_on__year__gte=start_year, decision__signed_on__year__lte=end_year
    )


def tally(facts):
    """``AwardTally`` rows by form (in ``AwardForm`` order) and target."""
    by_key = {}
    for fact in facts:
        key = (fact.form, fact.target)
        by_key.setdefault(key, AwardTally(fact.form, fact.target)).add(fact)
    order = {code: i for i, code in enumerate(AwardForm.values)}
    targets = {t: i for i, t in enumerate(TARGETS)}
    return sorted(by_key.values(), key=lambda t: (order.get(t.form, len(order)), targets.get(t.target, 0)))
