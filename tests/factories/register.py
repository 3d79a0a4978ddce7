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


HEADER = ["STT", "Họ và tên", "Năm sinh", None, "Chức vụ, đơn vị công tác", "Danh hiệu", "Số QĐ", "Ngày ký",
          "Cơ quan ban hành", "Ghi chú"]
PEOPLE = [
    ("Nguyễn Thị Hoà", None, 1976, "Cán bộ, UBND xã", "Lao động tiên tiến", "12/QĐ-UBND", "05/8/2023", "UBND xã"),
    ("Trần Văn Bình", 1980, None, "Công an viên, Công an xã", "Chiến sĩ thi đua cơ sở", "13/QĐ-UBND", 45143, "UBND xã"),
    ("Lê Văn Cường", 1969, None, "Trưởng thôn, Thôn Hùng Thắng", "Giấy khen", "14/QĐ-UBND",
     "ngày 05 tháng 8 năm 2023", "UBND xã"),
]


def messy_workbook(path, people=PEOPLE, footer=True, title_year=None, extra_rows=(), header=HEADER):
    """An Excel list as a commune keeps it: two merged title rows, a two-row header with the
    birth year under "Nam" | "Nữ", a footer line and a signing block under the table."""
    import datetime

    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.title = str(title_year or "Danh sách")
    ws.append(["ỦY BAN NHÂN DÂN XÃ KẺ SẶT"])
    ws.merge_cells("A1:D1")
    ws.append([f"DANH SÁCH CÁ NHÂN ĐƯỢC KHEN THƯỞNG NĂM {title_year or 2023}"])
    ws.merge_cells("A2:J2")
    ws.append([])
    ws.append(header)
    ws.merge_cells("C4:D4")
    ws.append([None, None, "Nam", "Nữ"])
    for i, person in enumerate(people, start=1):
        name, male, female, pos, form, number, day, authority = person
        row = [i, name, male, female, pos, form, number, day, authority, None]
        ws.append(row)
        if isinstance(day, int):
            ws.cell(row=ws.max_row, column=8).number_format = "dd/mm/yyyy"
    for row in extra_rows:
        ws.append(row)
    if footer:
        ws.append([f"Danh sách có {len(people)} cá nhân./."])
        ws.append([])
        ws.append([None, None, None, None, None, None, None, "CHỦ TỊCH"])
        ws.append([None, None, None, None, None, None, None, "Phạm Văn Dũng"])
    ws.append([datetime.date(2023, 8, 5)]) if not footer else None
    wb.save(path)
    return path
