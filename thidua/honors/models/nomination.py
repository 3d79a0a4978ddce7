from django.conf import settings
from django.db import models
from simple_history.models import HistoricalRecords


class NominationStatus(models.TextChoices):
    PROPOSED = "proposed", "Đã đề xuất"
    APPROVED = "approved", "Hội đồng đồng ý"
    REJECTED = "rejected", "Hội đồng không đồng ý"
    AWARDED = "awarded", "Đã khen thưởng"
    WITHDRAWN = "withdrawn", "Đã rút"


class Nomination(models.Model):
    """A nominee proposed in one of a plan's award categories by a (sub-)unit."""

    nominee = models.ForeignKey("honors.Nominee", verbose_name="người, tập thể", on_delete=models.PROTECT, related_name="nominations")
    category = models.ForeignKey("plans.AwardCategory", verbose_name="nhóm khen thưởng", on_delete=models.PROTECT, related_name="nominations")
    unit = models.ForeignKey(
        "units.Unit", verbose_name="đơn vị xét (chủ kế hoạch)", on_delete=models.PROTECT, related_name="honor_nominations"
    )
    proposing_unit = models.ForeignKey("units.Unit", verbose_name="đơn vị đề xuất", on_delete=models.PROTECT, related_name="+")
    criteria = models.ForeignKey(
        "honors.CriteriaSet", verbose_name="bộ tiêu chí", null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )
    award_form = models.CharField("hình thức khen thưởng", max_length=200, default="Giấy khen")
    achievement_line = models.CharField(
        "thành tích ghi trên giấy khen", max_length=300,
        default="Đã có thành tích xuất sắc trong phong trào thi đua yêu nước giai đoạn 2020 - 2025",
    )
    status = models.CharField("trạng thái", max_length=20, choices=NominationStatus.choices, default=NominationStatus.PROPOSED)
    is_late = models.BooleanField("gửi sau hạn", default=False)
    submitted_at = models.DateTimeField("ngày gửi")
    submitted_by = models.ForeignKey(settings.AUTH_USER_MODEL, verbose_name="người gửi", null=True, on_delete=models.SET_NULL, related_name="+")
    verdict = models.JSONField("kết quả kiểm tra tiêu chuẩn", default=dict, blank=True)
    history = HistoricalRecords()

    class Meta:
        verbose_name = "đề xuất khen thưởng"
        verbose_name_plural = "đề xuất khen thưởng"
        ordering = ["category__order", "nominee__full_name"]
        constraints = [models.UniqueConstraint(fields=["nominee", "category"], name="unique_nomination_per_category")]

    def __str__(self):
        return f"{self.nominee} — {self.category}"


class DossierDocument(models.Model):
    """A dossier part uploaded to replace the generated one."""

    class Kind(models.TextChoices):
        PROPOSAL = "proposal", "Tờ trình đề nghị khen thưởng"
        MINUTES = "minutes", "Biên bản họp, kèm danh sách"
        REPORT = "report", "Báo cáo thành tích"
        SUMMARY = "summary", "Tóm tắt trích ngang thành tích"

    nomination = models.ForeignKey(Nomination, verbose_name="đề xuất", on_delete=models.CASCADE, related_name="documents")
    kind = models.CharField("loại", max_length=20, choices=Kind.choices)
    file = models.FileField("tệp", upload_to="honors/dossier/%Y/")
    file_name = models.CharField("tên tệp", max_length=200)
    uploaded_at = models.DateTimeField("ngày tải lên", auto_now_add=True)
    history = HistoricalRecords()

    class Meta:
        verbose_name = "hồ sơ tải lên"
        verbose_name_plural = "hồ sơ tải lên"
        constraints = [models.UniqueConstraint(fields=["nomination", "kind"], name="unique_dossier_kind")]

    def __str__(self):
        return f"{self.get_kind_display()} — {self.nomination}"
