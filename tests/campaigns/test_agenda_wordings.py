"""The wordings units use for the standard agenda items are keywords of the campaign's
agenda rules (AgendaItemRule.keywords): stored rules get them by a data migration, an
imported campaign by the import, and the extractor reads nothing else."""
import importlib
import json

import pytest
from django.apps import apps

from tests.factories import CampaignFactory
from thidua.campaigns.demo import CITY_CAMPAIGN
from thidua.campaigns.domain.importing import import_campaign
from thidua.campaigns.domain.rules import rules_for
from thidua.campaigns.domain.wordings import standard_wordings, with_standard_wordings
from thidua.campaigns.models import AgendaItemRule
from thidua.ingest.domain.extract.agenda import match_agenda_key
from thidua.ingest.domain.text import fold_keep

MIGRATION = importlib.import_module("thidua.campaigns.migrations.0003_agenda_wordings")
ROLL_CALL = fold_keep("Thông qua danh sách đại biểu dự Đại hội Thi đua yêu nước huyện")


def test_the_wordings_follow_an_items_own_keywords_once():
    assert with_standard_wordings("higher_delegates", ["dai bieu di du", "dai hoi cap tren"]) == [
        "dai bieu di du", "dai hoi cap tren", "thong qua danh sach dai bieu", "dai hoi thi dua cap tren"]
    assert with_standard_wordings("ceremony", ["chao co"]) == ["chao co"]  # not a standard key


def test_the_migration_keeps_the_same_wordings_as_the_data_file():
    assert {key: tuple(words) for key, words in MIGRATION.WORDINGS.items()} == standard_wordings()


@pytest.mark.django_db
def test_the_migration_adds_the_wordings_to_stored_rules(campaign):
    rule = campaign.agenda_rules.get(key="higher_delegates")
    AgendaItemRule.objects.filter(pk=rule.pk).update(keywords=["dai bieu di du"])
    other = AgendaItemRule.objects.create(campaign=campaign, key="ceremony", order=10, title="Chào cờ", keywords=["chao co"])
    MIGRATION.add_wordings(apps, None)
    rule.refresh_from_db()
    other.refresh_from_db()
    assert rule.keywords == ["dai bieu di du", "thong qua danh sach dai bieu", "dai hoi thi dua cap tren", "dai hoi cap tren"]
    assert other.keywords == ["chao co"]


@pytest.mark.django_db
def test_an_imported_campaign_recognises_the_usual_wordings(city):
    data = json.loads(CITY_CAMPAIGN.read_text(encoding="utf-8"))
    data.update(code="tinh-x-2025", title="Kế hoạch của tỉnh X")
    for item in data["agenda"]:
        item["keywords"] = item["keywords"][:1] if item["key"] != "higher_delegates" else ["dai bieu di du"]
    campaign = import_campaign(data)
    stored = campaign.agenda_rules.get(key="higher_delegates").keywords
    assert stored[0] == "dai bieu di du" and "thong qua danh sach dai bieu" in stored
    assert match_agenda_key(ROLL_CALL, rules_for(campaign)) == "higher_delegates"


@pytest.mark.django_db
def test_the_extractor_reads_only_the_campaigns_keywords(city):
    campaign = CampaignFactory(code="chi-tu-khoa-rieng", issuer=city)
    campaign.agenda_rules.filter(key="higher_delegates").update(keywords=["dai bieu di du"])
    assert match_agenda_key(ROLL_CALL, rules_for(campaign)) is None
