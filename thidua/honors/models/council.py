from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from simple_history.models import HistoricalRecords


class CouncilMeeting(models.Model):
    """A meeting of the unit's Hội đồng Thi đua - Khen thưởng reviewing nominations."""

    unit = models.ForeignKey("units.Unit", verbose_name="đơn vị", on_delete=models.PROTECT, related_name="council_meetings")
    plan = models.ForeignKey("plans.Plan", verbose_name="kế hoạch", on_delete=models.PROTECT, related_name="council_meetings")
    held_on = models.DateField("ngày họp")
    place = models.CharField("địa điểm", max_length=300, blank=True)
    chair = models.CharField("chủ trì", max_length=200)
    secretary = models.CharField("thư ký", max_length=200)
    member_count = models.PositiveSmallIntegerField(
        "tổng số thành viên Hội đồng", validators=[MinValueValidator(1), MaxValueValidator(200)]
    )
    present_count = models.PositiveSmallIntegerField("số thành viên có mặt", validators=[MaxValueValidator(200)])
    history = HistoricalRecords()

    class Meta:
        verbose_name = "phiên họp Hội đồng"
        verbose_name_plural = "phiên họp Hội đồng"
        ordering = ["-held_on"]

    def __str__(self):
        return f"Họp Hội đồng ngày {self.held_on:%d/%m/%Y}"


class CouncilVote(models.Model):
    meeting = models.ForeignKey(CouncilMeeting, verbose_name="phiên họp", on_delete=models.CASCADE, related_name="votes")
    nomination = models.ForeignKey("honors.Nomination", verbose_name="đề xuất", on_delete=models.CASCADE, related_name="votes")
    present = models.PositiveSmallIntegerField("thành viên có mặt", validators=[MaxValueValidator(200)])
    in_favour = models.PositiveSmallIntegerField("đồng ý (có mặt)", validators=[MaxValueValidator(200)])
    written_in_favour = models.PositiveSmallIntegerField(
        "đồng ý bằng văn bản (vắng mặt)", default=0, validators=[MaxValueValidator(200)]
    )
    threshold = models.DecimalField("ngưỡng áp dụng", max_digits=4, decimal_places=3)
    approved = models.BooleanField("được thông qua")
    history = HistoricalRecords()

    class Meta:
        verbose_name = "kết quả biểu quyết"
        verbose_name_plural = "kết quả biểu quyết"
        constraints = [models.UniqueConstraint(fields=["meeting", "nomination"], name="unique_vote_per_meeting")]

    def __str__(self):
        return f"{self.nomination}: {self.total_in_favour}/{self.meeting.member_count}"

    @property
    def total_in_favour(self):
        return self.in_favour + self.written_in_favour
