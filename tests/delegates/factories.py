import datetime

import factory

from thidua.delegates.models import Conference, CongressDelegate, CongressSubmission, Delegate
from thidua.plans.models import Plan, PlanAgendaItem


class PlanFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Plan

    conference_name = "Hội nghị tuyên dương điển hình tiên tiến xã Kẻ Sặt Lần thứ I (2025 - 2030)"
    conference_date = datetime.date(2025, 8, 22)
    start_time = datetime.time(14, 0)
    end_time = datetime.time(16, 0)
    venue = "Hội trường UBND xã Kẻ Sặt"
    signer_title = "CHỦ TỊCH"
    signer_name = "Nguyễn Văn Minh"


class AgendaFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = PlanAgendaItem

    order = factory.Sequence(lambda n: n + 1)
    content = factory.Sequence(lambda n: f"Nội dung {n}")


class ConferenceFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Conference

    plan = factory.SubFactory(PlanFactory)
    unit = factory.SelfAttribute("plan.unit")


class DelegateFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Delegate

    full_name = factory.Sequence(lambda n: f"Nguyễn Thị Đại Biểu {n}")
    gender = "female"
    organisation = "UBND xã Kẻ Sặt"
    field = "administration"


class SubmissionFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = CongressSubmission


class CongressDelegateFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = CongressDelegate

    full_name = factory.Sequence(lambda n: f"Trần Văn Đại Hội {n}")
    gender = "male"


def conference_for(unit, campaign, **plan_kwargs):
    plan = PlanFactory(unit=unit, campaign=campaign, **plan_kwargs)
    return ConferenceFactory(plan=plan)
