from django.conf import settings
from django.db import models
from django.utils import timezone
from simple_history.models import HistoricalRecords

from .plan import PlanStatus


class PlanEvent(models.Model):
    """One dated step of a plan's workflow: who did what, when, with which comment."""

    class Action(models.TextChoices):
        CREATED = "created", "Tạo từ kế hoạch cấp trên"
        IMPORTED = "imported", "Nạp từ văn bản"
        SUBMITTED = "submitted", "Gửi Ban Thi đua - Khen thưởng"
        RETURNED = "returned", "Trả lại để sửa"
        RESUBMITTED = "resubmitted", "Gửi lại sau khi sửa"
        ACCEPTED = "accepted", "Chấp thuận"

    plan = models.ForeignKey("plans.Plan", verbose_name="kế hoạch", on_delete=models.CASCADE, related_name="events")
    action = models.CharField("bước", max_length=20, choices=Action.choices)
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name="người thực hiện", null=True, blank=True, on_delete=models.SET_NULL,
        related_name="+",
    )
    at = models.DateTimeField("thời điểm", default=timezone.now)
    comment = models.TextField("ý kiến", blank=True)
    status_after = models.CharField("trạng thái sau bước", max_length=20, choices=PlanStatus.choices)
    error_count = models.PositiveSmallIntegerField("số lỗi khi thực hiện", default=0)
    warning_count = models.PositiveSmallIntegerField("số cảnh báo khi thực hiện", default=0)
    history = HistoricalRecords()

    class Meta:
        verbose_name = "bước xử lý kế hoạch"
        verbose_name_plural = "các bước xử lý kế hoạch"
        ordering = ["plan", "at", "pk"]

    def __str__(self):
        return f"{self.get_action_display()} — {self.at:%d/%m/%Y %H:%M}"
