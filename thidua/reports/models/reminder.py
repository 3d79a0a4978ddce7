from django.conf import settings
from django.db import models
from simple_history.models import HistoricalRecords


class ReminderKind(models.TextChoices):
    AUTOMATIC = "auto", "Tự động theo thời hạn"
    MANUAL = "manual", "Ban gửi trực tiếp"


class Reminder(models.Model):
    """A message in a unit's inbox (and sent by e-mail to its officers).

    Automatic reminders are unique per (unit, milestone, day): the scheduled command can
    run any number of times a day and sends each one once."""

    unit = models.ForeignKey("units.Unit", verbose_name="đơn vị nhận", on_delete=models.CASCADE, related_name="reminders")
    campaign = models.ForeignKey(
        "campaigns.Campaign", verbose_name="kế hoạch cấp trên", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    kind = models.CharField("loại", max_length=10, choices=ReminderKind.choices, default=ReminderKind.AUTOMATIC)
    milestone = models.CharField("mốc", max_length=40, blank=True)
    day = models.DateField("ngày nhắc")
    subject = models.CharField("tiêu đề", max_length=200)
    body = models.TextField("nội dung", max_length=4000)
    sent_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name="người gửi", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    emailed_to = models.JSONField("đã gửi thư tới", default=list, blank=True)
    created_at = models.DateTimeField("thời điểm gửi", auto_now_add=True)
    read_at = models.DateTimeField("đã đọc lúc", null=True, blank=True)
    history = HistoricalRecords()

    class Meta:
        verbose_name = "nhắc việc"
        verbose_name_plural = "nhắc việc"
        ordering = ["-created_at", "-id"]
        constraints = [
            models.UniqueConstraint(
                fields=["unit", "milestone", "day"],
                condition=models.Q(kind="auto"),
                name="one_auto_reminder_per_unit_milestone_day",
            )
        ]

    def __str__(self):
        return f"{self.subject} — {self.unit}"
