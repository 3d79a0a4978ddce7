"""The one PlanFactory, with traits for what a test needs of a plan, and the plan's parts."""
import datetime

import factory

from tests.factories.core import CITY_AGENDA
from thidua.plans.models import AwardCategory, Plan, PlanAgendaItem


class PlanFactory(factory.django.DjangoModelFactory):
    """A draft plan named for its unit. Traits:

    - ``compliant``: dated before the deadline, 150 delegates, 70% exemplars and the
      campaign's nine agenda items, so the checker finds nothing;
    - ``scheduled``: the conference's day, hours, venue and signer (delegates, check-in);
    - ``nominating``: a nomination deadline (honors).

    ``agenda=[(key, title, keywords), …]`` gives the agenda rows explicitly.
    """

    class Meta:
        model = Plan
        skip_postgeneration_save = True

    conference_name = factory.LazyAttribute(
        lambda o: f"Hội nghị tuyên dương điển hình tiên tiến {o.unit.display_name} Lần thứ I (2025 - 2030)"
    )

    class Params:
        compliant = factory.Trait(
            conference_date=datetime.date(2025, 8, 20),
            delegates_total=150,
            exemplar_share="0.70",
            agenda__standard=True,
        )
        scheduled = factory.Trait(
            conference_name="Hội nghị tuyên dương điển hình tiên tiến xã Kẻ Sặt Lần thứ I (2025 - 2030)",
            conference_date=datetime.date(2025, 8, 22),
            start_time=datetime.time(14, 0),
            end_time=datetime.time(16, 0),
            venue="Hội trường UBND xã Kẻ Sặt",
            signer_title="CHỦ TỊCH",
            signer_name="Nguyễn Văn Minh",
        )
        nominating = factory.Trait(
            conference_name="Hội nghị tuyên dương điển hình tiên tiến xã Kẻ Sặt Lần thứ I (2025 - 2030)",
            nomination_deadline=datetime.date(2025, 8, 22),
        )

    @factory.post_generation
    def agenda(obj, create, extracted, standard=False, **kwargs):
        if not create:
            return
        rows = CITY_AGENDA if extracted is None and standard else (extracted or [])
        for order, (key, title, _kw) in enumerate(rows, start=1):
            PlanAgendaItem.objects.create(plan=obj, order=order, content=title, key=key)


class AgendaFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = PlanAgendaItem

    order = factory.Sequence(lambda n: n + 1)
    content = factory.Sequence(lambda n: f"Nội dung {n}")


class CategoryFactory(factory.django.DjangoModelFactory):
    """An award category of a plan taking nominations (two individuals)."""

    class Meta:
        model = AwardCategory

    plan = factory.SubFactory(PlanFactory, nominating=True)
    name = "Lực lượng vũ trang"
    target = "individual"
    min_count = 2
    max_count = 2
    criteria_code = "hp-skhcn-2025-individual"
