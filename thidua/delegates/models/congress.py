from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from simple_history.models import HistoricalRecords

from thidua.common.choices import MAJORITY_ETHNICITY, EconomicSector, Field, Gender


class CongressQuota(models.Model):
    """Seats at the city congress the congress committee gives a unit."""

    class Method(models.TextChoices):
        MANUAL = "manual", "Ban nhập trực tiếp"
        PROPORTIONAL = "proportional", "Theo tỷ lệ quy mô (phần dư lớn nhất)"

    campaign = models.ForeignKey("campaigns.Campaign", verbose_name="kế hoạch cấp trên", on_delete=models.PROTECT, related_name="+")
    unit = models.ForeignKey("units.Unit", verbose_name="đơn vị", on_delete=models.PROTECT, related_name="congress_quotas")
    seats = models.PositiveSmallIntegerField("số đại biểu được phân bổ", validators=[MaxValueValidator(1000)])
    method = models.CharField("cách tính", max_length=20, choices=Method.choices, default=Method.MANUAL)
    note = models.CharField("cách làm tròn, ghi chú", max_length=300, blank=True)
    updated_at = models.DateTimeField("cập nhật", auto_now=True)
    history = HistoricalRecords()

    class Meta:
        verbose_name = "chỉ tiêu đại biểu dự Đại hội"
        verbose_name_plural = "chỉ tiêu đại biểu dự Đại hội"
        ordering = ["campaign", "unit__name"]
        constraints = [models.UniqueConstraint(fields=["campaign", "unit"], name="unique_congress_quota")]

    def __str__(self):
        return f"{self.unit}: {self.seats}"


class CongressSubmission(models.Model):
    """A unit's list of delegates to the city congress: approval at its conference, sending."""

    campaign = models.ForeignKey("campaigns.Campaign", verbose_name="kế hoạch cấp trên", on_delete=models.PROTECT, related_name="+")
    unit = models.ForeignKey("units.Unit", verbose_name="đơn vị", on_delete=models.PROTECT, related_name="congress_submissions")
    approved_on = models.DateField("ngày Hội nghị thông qua", null=True, blank=True)
    approval_note = models.CharField("ghi chú thông qua", max_length=300, blank=True)
    submitted_at = models.DateTimeField("ngày gửi Ban", null=True, blank=True)
    submitted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name="người gửi", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    history = HistoricalRecords()

    class Meta:
        verbose_name = "danh sách đại biểu dự Đại hội"
        verbose_name_plural = "danh sách đại biểu dự Đại hội"
        ordering = ["campaign", "unit__name"]
        constraints = [models.UniqueConstraint(fields=["campaign", "unit"], name="unique_congress_submission")]

    def __str__(self):
        return f"Danh sách đại biểu dự Đại hội — {self.unit}"


class CongressDelegate(models.Model):
    """A row of "Danh sách và trích ngang thành tích đại biểu dự Đại hội"."""

    submission = models.ForeignKey(CongressSubmission, verbose_name="danh sách", on_delete=models.CASCADE, related_name="delegates")
    delegate = models.ForeignKey(
        "delegates.Delegate", verbose_name="đại biểu tại Hội nghị", null=True, blank=True, on_delete=models.SET_NULL,
        related_name="congress_entries",
    )
    order = models.PositiveSmallIntegerField("thứ tự", default=1)
    full_name = models.CharField("họ và tên", max_length=150)
    gender = models.CharField("giới tính", max_length=10, choices=Gender.choices)
    birth_year = models.PositiveSmallIntegerField(
        "năm sinh", null=True, blank=True, validators=[MinValueValidator(1900), MaxValueValidator(2025)]
    )
    ethnicity = models.CharField("dân tộc", max_length=50, default=MAJORITY_ETHNICITY)
    position = models.CharField("chức vụ", max_length=200, blank=True)
    organisation = models.CharField("cơ quan, đơn vị", max_length=300, blank=True)
    direct_worker = models.BooleanField("trực tiếp lao động", default=False)
    economic_sector = models.CharField("thành phần kinh tế", max_length=20, choices=EconomicSector.choices, blank=True)
    field = models.CharField("lĩnh vực", max_length=30, choices=Field.choices, default=Field.OTHER)
    achievements = models.TextField("trích ngang thành tích", blank=True, max_length=4000)
    history = HistoricalRecords()

    class Meta:
        verbose_name = "đại biểu dự Đại hội"
        verbose_name_plural = "đại biểu dự Đại hội"
        ordering = ["submission", "order", "pk"]

    def __str__(self):
        return self.full_name

    @property
    def unit(self):
        return self.submission.unit
