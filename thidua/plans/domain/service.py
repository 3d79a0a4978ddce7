"""Findings of stored plans, with the campaign's rules built once per campaign."""
from django.db.models import Prefetch

from thidua.campaigns.domain.rules import rules_for
from thidua.plans.domain.compliance import check
from thidua.plans.domain.facts import facts_from_plan
from thidua.plans.models import Plan, PlanTask


def with_related(queryset=None):
    """Plans with everything the checker and the lists read, in a fixed number of queries."""
    queryset = Plan.objects.all() if queryset is None else queryset
    return queryset.select_related("unit", "campaign", "campaign__issuer").prefetch_related(
        "agenda_items", "award_categories", Prefetch("tasks", queryset=PlanTask.objects.select_related("assignee_unit")),
        "campaign__deadlines", "campaign__agenda_rules",
    )


class RulesCache:
    def __init__(self):
        self._rules = {}

    def __call__(self, campaign):
        if campaign.pk not in self._rules:
            self._rules[campaign.pk] = rules_for(campaign)
        return self._rules[campaign.pk]


def findings_for(plan, rules=None):
    return check(facts_from_plan(plan), rules or rules_for(plan.campaign))


def plans_with_findings(plans):
    """[(plan, findings)] for an iterable of plans fetched through ``with_related``."""
    cache = RulesCache()
    return [(plan, findings_for(plan, cache(plan.campaign))) for plan in plans]


def chosen_plan(plans):
    """The plan that counts among a unit's plans (drafts, imports): the newest one sent to
    the Board, else the newest; None when there is none."""
    sent = [p for p in plans if p.status != "draft"]
    pool = sent or list(plans)
    return max(pool, key=lambda p: (p.created_at, p.pk)) if pool else None
