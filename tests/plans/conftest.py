import pytest

from thidua.campaigns.demo import CITY_CAMPAIGN
from thidua.campaigns.domain.importing import import_campaign, load_file
from thidua.campaigns.domain.rules import rules_for


@pytest.fixture
def city_campaign(city):
    """The real city campaign of seed 000 (Quyết định 3194/QĐ-UBND), from the shipped JSON."""
    return import_campaign(load_file(CITY_CAMPAIGN))


@pytest.fixture
def city_rules(city_campaign):
    return rules_for(city_campaign)
