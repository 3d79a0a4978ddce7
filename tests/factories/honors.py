"""Nominees, nominations, decisions and awards."""
import datetime

import factory
from django.utils import timezone

from tests.factories.plans import CategoryFactory
from thidua.honors.models import Award, AwardDecision, Nomination, Nominee


class NomineeFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Nominee

    full_name = factory.Sequence(lambda n: f"Nguyễn Văn Ấn {n}")
    kind = "individual"
    gender = "male"
    birth_year = 1985
    ethnicity = "Kinh"
    position = "Cán bộ"
    ratings = {"2020": "HTTNV", "2021": "HTXSNV", "2022": "HTTNV", "2023": "HTXSNV", "2024": "HTTNV"}


class NominationFactory(factory.django.DjangoModelFactory):
    """A nomination straight in the database (``nominations.nominate`` checks criteria and deadlines)."""

    class Meta:
        model = Nomination

    nominee = factory.SubFactory(NomineeFactory, unit=factory.SelfAttribute("..unit"))
    category = factory.SubFactory(CategoryFactory)
    unit = factory.SelfAttribute("category.plan.unit")
    proposing_unit = factory.SelfAttribute("unit")
    status = "approved"
    submitted_at = factory.LazyFunction(timezone.now)


class DecisionFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = AwardDecision

    number = factory.Sequence(lambda n: f"{n + 1}/QĐ-UBND")
    signed_on = datetime.date(2025, 8, 26)
    award_form = "Giấy khen"
    legal_bases = "Luật Thi đua, khen thưởng 2022"
    article_text = "Tặng Giấy khen"
    signer_name = "Phạm Văn Dũng"


class AwardFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Award

    order = factory.Sequence(lambda n: n + 1)
    register_number = factory.Sequence(lambda n: str(n + 1))
