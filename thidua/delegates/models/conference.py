import uuid

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from simple_history.models import HistoricalRecords

from thidua.common.choices import MAJORITY_ETHNICITY, EconomicSector, Field, Gender
from thidua.common.text import fold


class Group(models.TextChoices):
    EXEMPLAR = "exemplar", "Điển hình tiên tiến"
    GUEST = "guest", "Khách mời"
    LEADER = "leader", "Lãnh đạo"


class Rsvp(models.TextChoices):
    PENDING = "pending", "Chưa phản hồi"
    ACCEPTED = "accepted", "Nhận lời"
    DECLINED = "declined", "Không tham dự"


class Conference(models.Model):
    """The delegate side of a unit's Hội nghị: one per plan (the plan holds date, time,
    venue and agenda)."""

    plan = models.OneToOneField("plans.Plan", verbose_name="kế hoạch", on_delete=models.PROTECT, related_name="conference")
    unit = models.ForeignKey("units.Unit", verbose_name="đơn vị", on_delete=models.PROTECT, related_name="conferences")
    invitation_number = models.CharField("số giấy mời", max_length=60, blank=True, help_text="Ví dụ: 15/GM-UBND")
    created_at = models.DateTimeField("ngày tạo", auto_now_add=True)
    history = HistoricalRecords()

    class Meta:
        verbose_name = "hội nghị (đại biểu)"
        verbose_name_plural = "hội nghị (đại biểu)"
        ordering = ["unit__path", "-created_at"]

    def __str__(self):
        return str(self.plan)

    def save(self, *args, **kwargs):
        if self.plan_id and not self.unit_id:
            self.unit_id = self.plan.unit_id
        super().save(*args, **kwargs)


class SeatAllocation(models.Model):
    """Phân bổ đại biểu: seats given to a sub-unit (village, office, school…)."""

    conference = models.ForeignKey(Conference, verbose_name="hội nghị", on_delete=models.CASCADE, related_name="allocations")
    unit = models.ForeignKey("units.Unit", verbose_name="đơn vị được phân bổ", on_delete=models.PROTECT, related_name="+")
    seats = models.PositiveSmallIntegerField("số đại biểu", validators=[MaxValueValidator(1000)])
    note = models.CharField("ghi chú", max_length=300, blank=True)
    history = HistoricalRecords()

    class Meta:
        verbose_name = "phân bổ đại biểu"
        verbose_name_plural = "phân bổ đại biểu"
        ordering = ["conference", "unit__name"]
        constraints = [models.UniqueConstraint(fields=["conference", "unit"], name="unique_allocation_per_unit")]

    def __str__(self):
        return f"{self.unit}: {self.seats}"


class Delegate(models.Model):
    """A person (or a collective's representative) on the list — or in the candidate pool."""

    class Status(models.TextChoices):
        CANDIDATE = "candidate", "Trong danh sách đề cử (chưa chọn)"
        CONFIRMED = "confirmed", "Đại biểu chính thức"

    conference = models.ForeignKey(Conference, verbose_name="hội nghị", on_delete=models.CASCADE, related_name="delegates")
    status = models.CharField("tình trạng", max_length=20, choices=Status.choices, default=Status.CONFIRMED)
    group = models.CharField("thành phần", max_length=20, choices=Group.choices, default=Group.EXEMPLAR)
    full_name = models.CharField("họ và tên", max_length=150)
    collective_name = models.CharField(
        "đại diện tập thể", max_length=300, blank=True, help_text="Ghi tên tập thể nếu đại biểu là người đại diện tập thể."
    )
    organisation = models.CharField("cơ quan, đơn vị", max_length=300, blank=True)
    position = models.CharField("chức vụ", max_length=200, blank=True)
    gender = models.CharField("giới tính", max_length=10, choices=Gender.choices)
    birth_year = models.PositiveSmallIntegerField(
        "năm sinh", null=True, blank=True, validators=[MinValueValidator(1900), MaxValueValidator(2025)]
    )
    ethnicity = models.CharField("dân tộc", max_length=50, default=MAJORITY_ETHNICITY)
    direct_worker = models.BooleanField("trực tiếp lao động, sản xuất, công tác, chiến đấu", default=False)
    economic_sector = models.CharField("thành phần kinh tế", max_length=20, choices=EconomicSector.choices, blank=True)
    field = models.CharField("lĩnh vực", max_length=30, choices=Field.choices, default=Field.OTHER)
    predecessor = models.ForeignKey(
        "units.PredecessorUnit", verbose_name="đơn vị trước sắp xếp", null=True, blank=True, on_delete=models.SET_NULL,
        related_name="+",
    )
    source_unit = models.ForeignKey(
        "units.Unit", verbose_name="do đơn vị cử", null=True, blank=True, on_delete=models.SET_NULL, related_name="+",
        help_text="Đơn vị trực thuộc được phân bổ chỗ (thôn, phòng, trường…).",
    )
    nominee = models.ForeignKey(
        "honors.Nominee", verbose_name="hồ sơ điển hình (đề xuất khen thưởng)", null=True, blank=True,
        on_delete=models.SET_NULL, related_name="delegate_entries",
    )
    priority = models.PositiveSmallIntegerField(
        "điểm ưu tiên", default=50, validators=[MaxValueValidator(100)], help_text="0–100, dùng khi đề xuất danh sách cân đối."
    )
    phone = models.CharField("điện thoại", max_length=30, blank=True)
    achievements = models.TextField("tóm tắt thành tích", blank=True, max_length=4000)
    rsvp = models.CharField("phản hồi giấy mời", max_length=20, choices=Rsvp.choices, default=Rsvp.PENDING)
    token = models.UUIDField("mã QR", default=uuid.uuid4, unique=True, editable=False)
    checked_in_at = models.DateTimeField("giờ điểm danh", null=True, blank=True)
    checked_in_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name="người điểm danh", null=True, blank=True, on_delete=models.SET_NULL,
        related_name="+",
    )
    name_folded = models.CharField("tên không dấu", max_length=150, editable=False, db_index=True)
    created_at = models.DateTimeField("ngày tạo", auto_now_add=True)
    history = HistoricalRecords()

    class Meta:
        verbose_name = "đại biểu"
        verbose_name_plural = "đại biểu"
        ordering = ["conference", "group", "name_folded", "pk"]
        indexes = [models.Index(fields=["conference", "status", "group"])]

    def __str__(self):
        return self.full_name

    @property
    def unit(self):
        return self.conference.unit

    @property
    def is_minority(self):
        return bool(self.ethnicity) and fold(self.ethnicity) != fold(MAJORITY_ETHNICITY)

    def save(self, *args, **kwargs):
        self.name_folded = fold(self.full_name)[:150]
        super().save(*args, **kwargs)
