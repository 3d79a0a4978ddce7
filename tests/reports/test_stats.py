import datetime

import pytest

from tests.factories import ReportAwardFactory, ReportCongressDelegateFactory, ResultsReportFactory
from thidua.reports.domain.stats import picture, share
from thidua.units.models import Unit


def test_share():
    assert share(1, 3) == 33.3
    assert share(5, 0) is None


@pytest.mark.django_db
def test_picture_adds_up_sent_reports_only(campaign, commune, other_commune):
    sent = ResultsReportFactory(unit=commune, campaign=campaign, status="accepted", held_on=datetime.date(2025, 8, 20))
    ReportAwardFactory(report=sent, form="giay_khen", target="individual", count=20, women=8, direct_workers=12, ethnic_minorities=1)
    ReportAwardFactory(report=sent, form="giay_khen", target="collective", count=5)
    ReportAwardFactory(report=sent, form="bang_khen_ubnd_tp", target="individual", count=2, women=2)
    ReportCongressDelegateFactory(report=sent, is_woman=True)
    ReportCongressDelegateFactory(report=sent)
    draft = ResultsReportFactory(unit=other_commune, campaign=campaign, status="draft")
    ReportAwardFactory(report=draft, count=999)

    p = picture(Unit.objects.filter(kind__in=["xa", "phuong"]), campaign)
    assert p.units_total == 2
    assert p.conferences_held == 1 and p.reports_accepted == 1
    assert p.exemplars_honoured == 27
    assert p.share_women == round(100 * 10 / 27, 1)
    assert p.congress_delegates == 2 and p.congress_women == 1
    forms = {row[0]: row for row in p.awards_by_form}
    giay_khen = next(v for k, v in forms.items() if k.startswith("Giấy khen"))
    assert giay_khen[1:] == (5, 20, 0, 25)
    assert ("Xã", 1, 1, 1) in p.by_kind and ("Phường", 1, 0, 0) in p.by_kind
