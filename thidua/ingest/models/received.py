from django.conf import settings
from django.db import models
from simple_history.models import HistoricalRecords


class ImportBatch(models.Model):
    """One upload by the Board: several files or a .zip of the plans units sent."""

    campaign = models.ForeignKey(
        "campaigns.Campaign", verbose_name="theo kế hoạch cấp trên", on_delete=models.PROTECT, related_name="import_batches"
    )
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name="người tải lên", null=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField("thời điểm tải lên", auto_now_add=True)
    note = models.CharField("ghi chú", max_length=300, blank=True)
    history = HistoricalRecords()

    class Meta:
        verbose_name = "đợt tiếp nhận văn bản"
        verbose_name_plural = "đợt tiếp nhận văn bản"
        ordering = ["-created_at", "-pk"]

    def __str__(self):
        return f"Đợt tiếp nhận số {self.pk}"


class ReceivedDocument(models.Model):
    """A plan a unit sent, as read from its file: the text, the extracted facts, the findings
    and the Board's decision."""

    class Kind(models.TextChoices):
        DOCX = "docx", "Word (.docx)"
        PDF = "pdf", "PDF có chữ"
        SCAN = "scan", "Bản quét (OCR)"
        TEXT = "text", "Văn bản thuần (.txt)"
        UNKNOWN = "unknown", "Không xác định"

    class Status(models.TextChoices):
        WAITING = "waiting", "Đang chờ đọc"
        READ = "read", "Đã đọc"
        FAILED = "failed", "Không đọc được"
        NOT_PLAN = "not_plan", "Không phải kế hoạch"

    class Decision(models.TextChoices):
        PENDING = "pending", "Chờ xử lý"
        ACCEPTED = "accepted", "Đã chấp thuận"
        RETURNED = "returned", "Đã trả lại"

    batch = models.ForeignKey(ImportBatch, verbose_name="đợt tiếp nhận", on_delete=models.CASCADE, related_name="documents")
    filename = models.CharField("tên tệp", max_length=255)
    size = models.PositiveIntegerField("dung lượng (byte)", default=0)
    source = models.FileField("tệp nhận được", upload_to="ingest/%Y/%m/", max_length=300, blank=True)
    kind = models.CharField("loại tệp", max_length=10, choices=Kind.choices, default=Kind.UNKNOWN)
    pages = models.PositiveIntegerField("số trang", null=True, blank=True)
    status = models.CharField("tình trạng đọc", max_length=10, choices=Status.choices, default=Status.READ)
    error = models.CharField("lý do không đọc được", max_length=500, blank=True)
    text = models.TextField("nội dung chữ", blank=True)
    facts = models.JSONField("thông tin trích xuất", default=dict, blank=True)
    findings = models.JSONField("kết quả kiểm tra", default=list, blank=True)
    notes = models.JSONField("ghi chú khi đọc", default=list, blank=True)
    unit = models.ForeignKey(
        "units.Unit", verbose_name="đơn vị", null=True, blank=True, on_delete=models.SET_NULL, related_name="received_plans"
    )
    seconds = models.FloatField("thời gian đọc (giây)", default=0)
    decision = models.CharField("xử lý", max_length=10, choices=Decision.choices, default=Decision.PENDING)
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name="người xử lý", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    decided_at = models.DateTimeField("thời điểm xử lý", null=True, blank=True)
    comment = models.TextField("ý kiến gửi đơn vị", blank=True)
    plan = models.ForeignKey(
        "plans.Plan", verbose_name="kế hoạch đơn vị", null=True, blank=True, on_delete=models.SET_NULL, related_name="received_documents"
    )
    history = HistoricalRecords()

    class Meta:
        verbose_name = "văn bản nhận được"
        verbose_name_plural = "văn bản nhận được"
        ordering = ["batch", "pk"]

    def __str__(self):
        return self.filename

    @property
    def error_count(self):
        return sum(1 for f in self.findings if f.get("severity") == "error")

    @property
    def warning_count(self):
        return sum(1 for f in self.findings if f.get("severity") == "warning")
