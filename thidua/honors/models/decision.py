from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from simple_history.models import HistoricalRecords


class AwardDecision(models.Model):
    """Quyết định khen thưởng with its attached list."""

    unit = models.ForeignKey("units.Unit", verbose_name="đơn vị ban hành", on_delete=models.PROTECT, related_name="award_decisions")
    plan = models.ForeignKey("plans.Plan", verbose_name="kế hoạch", on_delete=models.PROTECT, related_name="award_decisions")
    number = models.CharField("số, ký hiệu", max_length=60, help_text="Ví dụ: 125/QĐ-UBND")
    signed_on = models.DateField("ngày ký")
    award_form = models.CharField("hình thức khen thưởng", max_length=200, default="Giấy khen")
    legal_bases = models.TextField("căn cứ", max_length=4000, help_text="Mỗi căn cứ một dòng.")
    article_text = models.TextField("nội dung Điều 1", max_length=2000)
    # A decision is the head's own: "CHỦ TỊCH" or "KT. CHỦ TỊCH / PHÓ CHỦ TỊCH" follow from the
    # signer's title (units.domain.identity); only "Q." (acting) is chosen.
    signer_mode = models.CharField("hình thức ký", max_length=4, blank=True, default="")
    signer_authority = models.CharField("thay mặt/ký thay cho", max_length=200, blank=True, default="")
    signer_title = models.CharField("chức vụ người ký", max_length=200, default="CHỦ TỊCH")
    signer_name = models.CharField("người ký", max_length=200)
    register_start = models.PositiveIntegerField(
        "số sổ vàng bắt đầu", null=True, blank=True, validators=[MinValueValidator(1), MaxValueValidator(10**7)],
        help_text="Để trống để tiếp nối sổ vàng của đơn vị; chỉ điền khi cần bắt đầu từ một số lớn hơn.",
    )
    created_at = models.DateTimeField("ngày tạo", auto_now_add=True)
    history = HistoricalRecords()

    class Meta:
        verbose_name = "quyết định khen thưởng"
        verbose_name_plural = "quyết định khen thưởng"
        ordering = ["-signed_on", "-id"]

    def __str__(self):
        return f"Quyết định số {self.number}"


class Award(models.Model):
    """One line of a decision's list, entered in the issuing unit's register (sổ vàng) under
    a number that continues across the unit's decisions and is never given twice."""

    decision = models.ForeignKey(AwardDecision, verbose_name="quyết định", on_delete=models.CASCADE, related_name="awards")
    # The decision's unit, copied so that the database keeps register numbers unique per unit.
    unit = models.ForeignKey("units.Unit", verbose_name="đơn vị giữ sổ vàng", on_delete=models.PROTECT, related_name="+",
                             editable=False)
    nomination = models.OneToOneField("honors.Nomination", verbose_name="đề xuất", on_delete=models.PROTECT, related_name="award")
    order = models.PositiveSmallIntegerField("số thứ tự")
    register_number = models.CharField("số sổ vàng", max_length=30)
    # The same award in the register (sổ theo dõi khen thưởng) every count reads.
    record = models.OneToOneField("register.AwardRecord", verbose_name="bản ghi sổ khen thưởng", null=True, blank=True,
                                  on_delete=models.PROTECT, related_name="honors_award", editable=False)
    history = HistoricalRecords()

    class Meta:
        verbose_name = "người, tập thể được khen thưởng"
        verbose_name_plural = "danh sách khen thưởng"
        ordering = ["decision", "order"]
        constraints = [models.UniqueConstraint(fields=["unit", "register_number"], name="unique_register_number_per_unit")]

    def __str__(self):
        return f"{self.order}. {self.nomination.nominee}"

    def save(self, *args, **kwargs):
        self.unit_id = self.decision.unit_id
        super().save(*args, **kwargs)


class AwardRegister(models.Model):
    """A unit's register of awards (sổ vàng): the last number given. The row is locked while
    a decision takes the next numbers, so two decisions never take the same ones."""

    unit = models.OneToOneField("units.Unit", verbose_name="đơn vị", on_delete=models.PROTECT, related_name="award_register")
    last_number = models.PositiveIntegerField("số sổ vàng cuối cùng đã dùng", default=0)
    history = HistoricalRecords()

    class Meta:
        verbose_name = "sổ vàng khen thưởng"
        verbose_name_plural = "sổ vàng khen thưởng"

    def __str__(self):
        return f"Sổ vàng của {self.unit}: đến số {self.last_number}"


# Where the variable text of a Giấy khen goes by default (A4 landscape, 297 × 210 mm):
# field -> (x mm from left, y mm from top, width mm, font size pt, align)
DEFAULT_POSITIONS = {
    "issuer": (20, 33, 257, 15, "center"),
    "recipient": (20, 92, 257, 26, "center"),
    "position": (20, 108, 257, 14, "center"),
    "achievement": (40, 120, 217, 15, "center"),
    "decision": (20, 170, 120, 12, "left"),
    "register": (20, 177, 120, 12, "left"),
    "place_date": (157, 138, 120, 13, "center"),
    "signer": (157, 146, 120, 14, "center"),
}


def default_positions():
    return {k: list(v) for k, v in DEFAULT_POSITIONS.items()}


class CertificateLayout(models.Model):
    """Where a unit's pre-printed blanks (phôi) take the variable text, in millimetres from
    the top-left corner of an A4 landscape sheet."""

    unit = models.OneToOneField("units.Unit", verbose_name="đơn vị", on_delete=models.CASCADE, related_name="certificate_layout")
    positions = models.JSONField("vị trí (mm)", default=default_positions)
    offset_x = models.DecimalField("dịch ngang toàn trang (mm)", max_digits=5, decimal_places=1, default=0,
                                   validators=[MinValueValidator(-50), MaxValueValidator(50)])
    offset_y = models.DecimalField("dịch dọc toàn trang (mm)", max_digits=5, decimal_places=1, default=0,
                                   validators=[MinValueValidator(-50), MaxValueValidator(50)])
    history = HistoricalRecords()

    class Meta:
        verbose_name = "căn chỉnh in phôi giấy khen"
        verbose_name_plural = "căn chỉnh in phôi giấy khen"

    def __str__(self):
        return f"Căn chỉnh phôi của {self.unit}"
