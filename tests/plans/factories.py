import datetime

import factory

from tests.factories import CITY_AGENDA
from thidua.plans.models import Plan, PlanAgendaItem


class PlanFactory(factory.django.DjangoModelFactory):
    """A compliant plan: date before the deadline, 150 delegates, the nine agenda items."""

    class Meta:
        model = Plan
        skip_postgeneration_save = True

    conference_name = factory.LazyAttribute(
        lambda o: f"Hội nghị tuyên dương điển hình tiên tiến {o.unit.display_name} Lần thứ I (2025 - 2030)"
    )
    conference_date = datetime.date(2025, 8, 20)
    delegates_total = 150
    exemplar_share = "0.70"

    @factory.post_generation
    def agenda(obj, create, extracted, **kwargs):
        if not create:
            return
        rows = CITY_AGENDA if extracted is None else extracted
        for order, (key, title, _kw) in enumerate(rows, start=1):
            PlanAgendaItem.objects.create(plan=obj, order=order, content=title, key=key)
