"""The award register: catalogue entries, records, people and import batches."""
import factory

from tests.factories.core import UnitFactory
from thidua.register.domain.seed import seed
from thidua.register.models import AwardForm, AwardRecord, ImportBatch, RegisterPerson


def catalogue():
    """The seeded catalogue (a transactional test's flush empties what migration 0002 entered)."""
    seed(AwardForm)
    return {form.code: form for form in AwardForm.objects.all()}


def award_form(code="ldtt"):
    seed(AwardForm, codes={code})
    return AwardForm.objects.get(code=code)


class AwardFormFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = AwardForm
        django_get_or_create = ("code",)

    code = factory.Sequence(lambda n: f"hinh-thuc-{n}")
    name = factory.Sequence(lambda n: f"Hình thức khen thưởng {n}")
    level = "xa"
    for_individual = True
    for_collective = True
    for_household = True


class AwardRecordFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = AwardRecord

    name = factory.Sequence(lambda n: f"Nguyễn Văn Khen {n}")
    gender = "male"
    birth_year = 1980
    unit = factory.SubFactory(UnitFactory)
    form = factory.LazyFunction(award_form)
    year = 2023
    decision_number = factory.Sequence(lambda n: f"{n}/QĐ-UBND")
    decision_authority = "UBND xã Kẻ Sặt"


class RegisterPersonFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = RegisterPerson

    name = factory.Sequence(lambda n: f"Trần Thị Người {n}")
    unit = factory.SubFactory(UnitFactory)


class RegisterImportFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = ImportBatch

    unit = factory.SubFactory(UnitFactory)
    original_name = "danh-sach.xlsx"
    sha256 = factory.Sequence(lambda n: f"{n:064x}")
    file = factory.django.FileField(filename="danh-sach.xlsx", data=b"PK")
