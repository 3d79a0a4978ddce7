import datetime

import factory

from thidua.honors.models import Nominee
from thidua.plans.models import AwardCategory, Plan


class PlanFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Plan

    conference_name = "Hội nghị tuyên dương điển hình tiên tiến xã Kẻ Sặt Lần thứ I (2025 - 2030)"
    nomination_deadline = datetime.date(2025, 8, 22)


class CategoryFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = AwardCategory

    plan = factory.SubFactory(PlanFactory)
    name = "Lực lượng vũ trang"
    target = "individual"
    min_count = 2
    max_count = 2
    criteria_code = "hp-skhcn-2025-individual"


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
