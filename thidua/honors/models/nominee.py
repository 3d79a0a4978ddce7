from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from simple_history.models import HistoricalRecords

from thidua.common.choices import EconomicSector, Field, Gender


class NomineeKind(models.TextChoices):
    INDIVIDUAL = "individual", "Cá nhân"
    COLLECTIVE = "collective", "Tập thể"
    HOUSEHOLD = "household", "Hộ gia đình"


class Rating(models.TextChoices):
    """Annual rating of task completion, best first."""

    EXCELLENT = "HTXSNV", "Hoàn thành xuất sắc nhiệm vụ"
    GOOD = "HTTNV", "Hoàn thành tốt nhiệm vụ"
    DONE = "HTNV", "Hoàn thành nhiệm vụ"
    FAILED = "KHTNV", "Không hoàn thành nhiệm vụ"
    NOT_RATED = "KXL", "Không xếp loại"


class Nominee(models.Model):
    """A collective or an individual whose record is proposed for an award. The delegates
    app lists nominees as conference delegates, so the personal fields live here."""

    unit = models.ForeignKey("units.Unit", verbose_name="đơn vị quản lý", on_delete=models.PROTECT, related_name="nominees")
    kind = models.CharField("đối tượng", max_length=20, choices=NomineeKind.choices, default=NomineeKind.INDIVIDUAL)
    full_name = models.CharField("họ và tên / tên tập thể", max_length=200)
    gender = models.CharField("giới tính", max_length=10, choices=Gender.choices, blank=True)
    birth_year = models.PositiveSmallIntegerField(
        "năm sinh", null=True, blank=True, validators=[MinValueValidator(1900), MaxValueValidator(2015)]
    )
    ethnicity = models.CharField("dân tộc", max_length=50, blank=True)
    position = models.CharField("chức vụ", max_length=200, blank=True)
    workplace = models.ForeignKey(
        "units.Unit", verbose_name="đơn vị công tác", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    field = models.CharField("lĩnh vực", max_length=20, choices=Field.choices, blank=True)
    direct_worker = models.BooleanField("trực tiếp lao động, sản xuất, công tác, học tập, chiến đấu", default=False)
    economic_sector = models.CharField("thành phần kinh tế", max_length=20, choices=EconomicSector.choices, blank=True)
    ratings = models.JSONField("xếp loại hằng năm", default=dict, blank=True, help_text='{"2020": "HTTNV", ...}')
    summary = models.TextField("tóm tắt thành tích (trích ngang)", blank=True, max_length=4000)
    duties = models.TextField("nhiệm vụ được giao", blank=True, max_length=4000)
    created_at = models.DateTimeField("ngày tạo", auto_now_add=True)
    updated_at = models.DateTimeField("cập nhật", auto_now=True)
    history = HistoricalRecords()

    class Meta:
        verbose_name = "người, tập thể được đề xuất"
        verbose_name_plural = "người, tập thể được đề xuất"
        ordering = ["unit__path", "full_name"]

    def __str__(self):
        return self.full_name

    @property
    def name(self):
        return self.full_name

    @property
    def is_individual(self):
        return self.kind == NomineeKind.INDIVIDUAL


class Level(models.TextChoices):
    BASE = "base", "Cơ sở"
    CITY = "city", "Thành phố, tỉnh, bộ, ngành"
    NATIONAL = "national", "Toàn quốc"


class Achievement(models.Model):
    """A recognised initiative, an accepted science project or an earlier award."""

    class Kind(models.TextChoices):
        INITIATIVE = "initiative", "Sáng kiến"
        PROJECT = "project", "Đề tài, đề án, công trình khoa học"
        AWARD = "award", "Khen thưởng đã nhận"

    nominee = models.ForeignKey(Nominee, verbose_name="người, tập thể", on_delete=models.CASCADE, related_name="achievements")
    kind = models.CharField("loại", max_length=20, choices=Kind.choices)
    title = models.CharField("tên", max_length=300)
    level = models.CharField("cấp công nhận", max_length=20, choices=Level.choices, blank=True)
    year = models.PositiveSmallIntegerField("năm", validators=[MinValueValidator(1945), MaxValueValidator(2100)])
    reference = models.CharField("số, ngày quyết định; cơ quan ban hành", max_length=300, blank=True)
    history = HistoricalRecords()

    class Meta:
        verbose_name = "thành tích"
        verbose_name_plural = "thành tích"
        ordering = ["nominee", "year", "kind"]

    def __str__(self):
        return f"{self.get_kind_display()}: {self.title} ({self.year})"


class EvidenceFile(models.Model):
    nominee = models.ForeignKey(Nominee, verbose_name="người, tập thể", on_delete=models.CASCADE, related_name="evidence")
    description = models.CharField("mô tả", max_length=300)
    file = models.FileField("tệp", upload_to="honors/evidence/%Y/")
    content_type = models.CharField("loại tệp", max_length=100, blank=True)
    uploaded_at = models.DateTimeField("ngày tải lên", auto_now_add=True)
    history = HistoricalRecords()

    class Meta:
        verbose_name = "tài liệu minh chứng"
        verbose_name_plural = "tài liệu minh chứng"
        ordering = ["nominee", "uploaded_at"]

    def __str__(self):
        return self.description
