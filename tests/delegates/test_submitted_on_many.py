import datetime

import pytest

from tests.factories import CampaignFactory, SubmissionFactory, UnitFactory, at
from thidua.delegates.domain import congress
from thidua.reports.domain.progress import progress_rows

D = datetime.date


@pytest.mark.django_db
def test_submitted_on_many_reads_every_unit_in_one_query(city, campaign, commune, other_commune, django_assert_num_queries):
    third = UnitFactory(code="xa-3", name="Xã Ba", kind="xa", parent=city)
    SubmissionFactory(campaign=campaign, unit=commune, submitted_at=at(D(2025, 8, 24)))
    SubmissionFactory(campaign=campaign, unit=other_commune)  # drafted, not sent
    other_campaign = CampaignFactory(issuer=city, code="ke-hoach-khac")
    SubmissionFactory(campaign=other_campaign, unit=third, submitted_at=at(D(2025, 8, 1)))
    with django_assert_num_queries(1):
        days = congress.submitted_on_many([commune, other_commune, third], campaign)
    assert days == {commune.pk: D(2025, 8, 24), other_commune.pk: None, third.pk: None}
    assert congress.submitted_on_many([], campaign) == {}
    assert congress.submitted_on_many([commune.pk], campaign) == {commune.pk: D(2025, 8, 24)}


@pytest.mark.django_db
def test_progress_board_takes_the_congress_sending_day(campaign, commune, other_commune):
    SubmissionFactory(campaign=campaign, unit=commune, submitted_at=at(D(2025, 8, 24)))
    rows = {r.unit.pk: r for r in progress_rows([commune, other_commune], campaign, today=D(2025, 8, 27), sort="ten")}
    assert rows[commune.pk].facts.delegates_sent_on == D(2025, 8, 24)
    assert rows[commune.pk].cell("delegates_sent").day == D(2025, 8, 24)
    assert rows[other_commune.pk].facts.delegates_sent_on is None
