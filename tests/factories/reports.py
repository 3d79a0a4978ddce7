"""Results reports and their awards and congress delegates."""
import datetime

import factory
from django.utils import timezone

from thidua.reports.models import ReportAward, ReportCongressDelegate, ResultsReport


def at(day):
    """A timezone-aware noon on ``day`` (local time)."""
    return timezone.make_aware(datetime.datetime.combine(day, datetime.time(12, 0)))


class ResultsReportFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = ResultsReport

    held_on = datetime.date(2025, 8, 20)
    attended_exemplars = 100
    attended_guests = 30
    attended_leaders = 15
    attended_women = 60
    use_generated_summary = True


class ReportAwardFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = ReportAward

    form = "giay_khen"
    target = "individual"
    count = 10


class ReportCongressDelegateFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = ReportCongressDelegate

    full_name = factory.Sequence(lambda n: f"Trần Thị {n}")
    position = "Trưởng thôn"
    summary = "Nhiều năm liền hoàn thành xuất sắc nhiệm vụ."
