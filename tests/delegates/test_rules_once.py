"""A delegates page builds the campaign's rules once (``rules_for``), however many people
the list has and however many checks read them."""
import importlib

import pytest

from tests.factories import DelegateFactory, conference_for
from thidua.campaigns.domain import rules as campaign_rules
from thidua.delegates.domain import congress

READERS = ["thidua.delegates.domain.roster", "thidua.delegates.domain.congress"]


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
def conf(commune, campaign, unit_officer):
    conf = conference_for(commune, campaign, delegates_total=40)
    sub = congress.submission_for(campaign, commune, unit_officer)
    for i in range(4):
        d = DelegateFactory(conference=conf, group="exemplar", full_name=f"Điển hình {i}")
        if i < 2:
            congress.add_from_delegate(sub, d, unit_officer)
    return conf


@pytest.mark.django_db
@pytest.mark.parametrize("who, method, url", [
    ("unit_officer", "get", "/dai-bieu/{pk}/"),
    ("unit_officer", "get", "/dai-bieu/{pk}/co-cau/"),
    ("unit_officer", "get", "/dai-bieu/{pk}/phan-bo/"),
    ("unit_officer", "post", "/dai-bieu/{pk}/de-xuat/"),
    ("unit_officer", "get", "/dai-bieu/{pk}/chuong-trinh/"),
    ("unit_officer", "get", "/dai-bieu/dai-hoi/xa-ke-sat/"),
    ("board_officer", "get", "/dai-bieu/dai-hoi/"),
    ("board_officer", "get", "/api/delegates/congress"),
])
def test_a_page_builds_the_rules_once(request, client_for, conf, calls, who, method, url):
    client = client_for(request.getfixturevalue(who))
    response = getattr(client, method)(url.format(pk=conf.pk), {"seats": 3} if method == "post" else None)
    assert response.status_code == 200
    assert len(calls) == 1, calls
