from decimal import Decimal

from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from simple_history.models import HistoricalRecords


class CriteriaSet(models.Model):
    """Eligibility criteria of a title or award form, as data (see domain/eligibility.py).

    Versioned by the legal text they come from: a new law or decree gives a new row with
    a new ``code`` rather than an edit of the old one."""

    code = models.SlugField("mã bộ tiêu chí", max_length=80, unique=True)
    title = models.CharField("danh hiệu, hình thức", max_length=200)
    target = models.CharField(
        "đối tượng", max_length=20, choices=[("individual", "Cá nhân"), ("collective", "Tập thể"), ("any", "Mọi đối tượng")]
    )
    legal_text = models.CharField("văn bản căn cứ", max_length=300, help_text="Ví dụ: Luật Thi đua, khen thưởng 2022")
    article = models.CharField("điều, khoản", max_length=200, blank=True)
    valid_from = models.DateField("áp dụng từ", null=True, blank=True)
    valid_to = models.DateField("áp dụng đến", null=True, blank=True)
    verified = models.BooleanField("đã đối chiếu văn bản gốc", default=False)
    conditions = models.JSONField("điều kiện", default=list)
    owner = models.ForeignKey(
        "units.Unit", verbose_name="đơn vị ban hành (trống = dùng chung)", null=True, blank=True,
        on_delete=models.PROTECT, related_name="+",
    )
    approval_share = models.DecimalField(
        "tỷ lệ phiếu đồng ý tối thiểu (trên tổng số thành viên Hội đồng)", max_digits=4, decimal_places=3,
        default=Decimal("0.5"), validators=[MinValueValidator(0), MaxValueValidator(1)],
    )
    approval_verified = models.BooleanField("ngưỡng biểu quyết đã đối chiếu", default=False)
    max_share = models.DecimalField(
        "tỷ lệ tối đa được công nhận (quy định địa phương)", max_digits=4, decimal_places=3, null=True, blank=True,
        validators=[MinValueValidator(0), MaxValueValidator(1)],
    )
    note = models.TextField("ghi chú", blank=True)
    history = HistoricalRecords()

    class Meta:
        verbose_name = "bộ tiêu chí khen thưởng"
        verbose_name_plural = "bộ tiêu chí khen thưởng"
        ordering = ["owner_id", "code"]

    def __str__(self):
        """What a user picks from: the title and the text it rests on (the code is internal)."""
        basis = self.legal_text.split("(")[0].split(";")[0].strip()
        return f"{self.title} — theo {basis}" if basis else self.title

    def as_data(self):
        """The plain dict the eligibility engine reads."""
        return {
            "code": self.code, "title": self.title, "target": self.target, "legal_text": self.legal_text,
            "article": self.article, "verified": self.verified, "conditions": self.conditions,
        }
