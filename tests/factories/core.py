"""Units, users, roles and the city campaign of seed 000."""
import datetime

import factory

from thidua.accounts.models import RoleAssignment, User
from thidua.campaigns.domain.wordings import with_standard_wordings
from thidua.campaigns.models import AgendaItemRule, Campaign, CampaignDeadline
from thidua.units.models import Unit

CITY_AGENDA = [
    ("opening", "Tuyên bố lý do, giới thiệu đại biểu", ["tuyen bo ly do"]),
    ("summary_report", "Báo cáo tổng kết phong trào thi đua và công tác khen thưởng giai đoạn 2020 - 2025", ["bao cao tong ket"]),
    ("presentations", "Báo cáo tham luận của các đại biểu điển hình tiên tiến", ["tham luan"]),
    ("exchange", "Tổ chức giao lưu với các điển hình tiên tiến", ["giao luu"]),
    ("honouring", "Biểu dương, tôn vinh, khen thưởng các điển hình tiên tiến", ["bieu duong", "ton vinh"]),
    ("launch", "Phát động phong trào thi đua giai đoạn 2025 - 2030", ["phat dong"]),
    ("response", "Phát biểu hưởng ứng phát động phong trào thi đua", ["huong ung"]),
    ("higher_delegates", "Thông qua danh sách đại biểu đi dự Đại hội thi đua cấp trên", ["dai hoi thi dua cap tren"]),
    ("closing", "Tổng kết và bế mạc", ["be mac"]),
]


class UnitFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Unit
        django_get_or_create = ("code",)

    code = factory.Sequence(lambda n: f"don-vi-{n}")
    name = factory.Sequence(lambda n: f"Đơn vị {n}")
    kind = "xa"
    parent = None


class UserFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = User
        django_get_or_create = ("username",)
        skip_postgeneration_save = True

    username = factory.Sequence(lambda n: f"user{n}")
    full_name = factory.Sequence(lambda n: f"Nguyễn Văn {n}")
    password = factory.PostGenerationMethodCall("set_password", "mat-khau-thu")

    @factory.post_generation
    def _save(obj, create, extracted, **kwargs):
        if create:
            obj.save()


class RoleAssignmentFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = RoleAssignment

    user = factory.SubFactory(UserFactory)
    unit = factory.SubFactory(UnitFactory)
    role = "unit_officer"


class CampaignFactory(factory.django.DjangoModelFactory):
    """The city campaign of seed 000 with its deadlines and nine agenda items."""

    class Meta:
        model = Campaign
        django_get_or_create = ("code",)
        skip_postgeneration_save = True

    code = "hp-2025-3194"
    title = "Kế hoạch tổ chức Hội nghị điển hình tiên tiến cấp xã, các cơ quan, đơn vị thuộc thành phố"
    decision_number = "3194/QĐ-UBND"
    decision_date = datetime.date(2025, 8, 8)
    issuer = factory.SubFactory(UnitFactory, code="hai-phong", name="Hải Phòng", kind="city")

    @factory.post_generation
    def rules(obj, create, extracted, **kwargs):
        if not create or obj.deadlines.exists():
            return
        for key, label, day in [
            ("plan_submission", "Gửi kế hoạch", datetime.date(2025, 8, 15)),
            ("conference", "Tổ chức hội nghị", datetime.date(2025, 8, 25)),
            ("results_report", "Báo cáo kết quả", datetime.date(2025, 8, 30)),
            ("congress_delegates", "Danh sách đại biểu dự đại hội", datetime.date(2025, 8, 30)),
            ("congress", "Đại hội thi đua thành phố", datetime.date(2025, 10, 31)),
        ]:
            CampaignDeadline.objects.create(campaign=obj, key=key, label=label, due_date=day)
        for order, (key, title, keywords) in enumerate(CITY_AGENDA, start=1):
            AgendaItemRule.objects.create(campaign=obj, key=key, order=order, title=title,
                                          keywords=with_standard_wordings(key, keywords))
