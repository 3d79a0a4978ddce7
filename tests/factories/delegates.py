"""Conferences, delegates and the city congress's lists."""

import factory

from tests.factories.plans import PlanFactory
from thidua.delegates.models import Conference, CongressDelegate, CongressSubmission, Delegate


class ConferenceFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Conference

    plan = factory.SubFactory(PlanFactory, scheduled=True)
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
    plan = PlanFactory(unit=unit, campaign=campaign, scheduled=True, **plan_kwargs)
    return ConferenceFactory(plan=plan)
