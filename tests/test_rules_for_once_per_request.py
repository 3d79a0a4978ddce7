"""A page builds the campaign's rules once (``rules_for``) and passes them down, not once
per row or per call. A counting wrapper around the real function shows how many times."""
import datetime
import importlib

import pytest

from tests.factories import PlanFactory, ResultsReportFactory, at
from thidua.campaigns.domain import rules as campaign_rules

# Every module of the apps that reads ``rules_for`` under its own name.
READERS = ["thidua.plans.views", "thidua.plans.domain.service", "thidua.plans.domain.builder",
           "thidua.reports.domain.progress"]


@pytest.fixture
def calls(monkeypatch):
    made = []

    def counting(campaign):
        made.append(campaign.pk)
        return campaign_rules.rules_for(campaign)

    for path in READERS:
        monkeypatch.setattr(importlib.import_module(path), "rules_for", counting)
    return made


@pytest.fixture
def plans(campaign, commune, other_commune):
    made = []
    for unit in (commune, other_commune):
        made.append(PlanFactory(compliant=True, unit=unit, campaign=campaign, status="submitted",
                                submitted_at=at(datetime.date(2025, 8, 12))))
        ResultsReportFactory(unit=unit, campaign=campaign)
    return made


@pytest.mark.django_db
@pytest.mark.parametrize("who, url", [
    ("board_officer", "/bao-cao/tien-do/"),
    ("board_officer", "/bao-cao/tien-do/excel/"),
    ("board_officer", "/bao-cao/tien-do/xa-ke-sat/"),
    ("board_officer", "/ke-hoach/"),
    ("board_officer", "/ke-hoach/{plan}/"),
    ("unit_officer", "/ke-hoach/{plan}/sua/"),
    ("board_officer", "/api/plans/{plan}"),
    ("board_officer", "/api/reports/progress"),
])
def test_a_page_builds_the_rules_once(request, client_for, plans, calls, who, url):
    plan = plans[0]
    if "sua" in url:
        plan.status = "draft"
        plan.save()
    response = client_for(request.getfixturevalue(who)).get(url.format(plan=plan.pk))
    assert response.status_code == 200
    assert len(calls) == 1, calls
