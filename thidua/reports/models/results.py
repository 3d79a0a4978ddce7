from django.conf import settings
from django.core.validators import MaxValueValidator
from django.db import models
from simple_history.models import HistoricalRecords

# Attendance and award counts are people at one conference: sane upper bound.
MAX_COUNT = 100_000


from thidua.common.review import EDITABLE  # noqa: E402
from thidua.common.review import ReviewStatus as ReportStatus  # noqa: E402  (one set of states for every review)


class AwardForm(models.TextChoices):
    """Forms of commendation a unit's conference decides or proposes."""

    CITY_MERIT = "bang_khen_ubnd_tp", "Bằng khen của Chủ tịch UBND thành phố"
    CITY_FLAG = "co_thi_dua_tp", "Cờ thi đua của UBND thành phố"
    CITY_SOLDIER = "csdt_tp", "Chiến sĩ thi đua thành phố"
    BASE_SOLDIER = "csdt_co_so", "Chiến sĩ thi đua cơ sở"
    UNIT_CERTIFICATE = "giay_khen", "Giấy khen của Chủ tịch UBND cấp xã / Thủ trưởng đơn vị"
    ADVANCED_LABOUR = "lao_dong_tien_tien", "Danh hiệu Lao động tiên tiến / Tập thể lao động tiên tiến"
    EXCELLENT_LABOUR = "tap_the_ldxs", "Tập thể lao động xuất sắc"
    PRAISE = "bieu_duong", "Biểu dương, tuyên dương"
    OTHER = "khac", "Hình thức khác"


class ResultsReport(models.Model):
    """A unit's Báo cáo kết quả Hội nghị tuyên dương điển hình tiên tiến, sent to the Board."""

    unit = models.ForeignKey("units.Unit", verbose_name="đơn vị", on_delete=models.PROTECT, related_name="results_reports")
    campaign = models.ForeignKey(
        "campaigns.Campaign", verbose_name="theo kế hoạch cấp trên", on_delete=models.PROTECT, related_name="results_reports"
    )
    status = models.CharField("trạng thái", max_length=20, choices=ReportStatus.choices, default=ReportStatus.DRAFT)
    number = models.CharField("số, ký hiệu", max_length=60, blank=True, help_text="Ví dụ: 215/BC-UBND")
    held_on = models.DateField("ngày tổ chức hội nghị", null=True, blank=True)
    venue = models.CharField("địa điểm", max_length=300, blank=True)
    # Attendance by group
    attended_exemplars = models.PositiveIntegerField("đại biểu điển hình tiên tiến dự", default=0, validators=[MaxValueValidator(MAX_COUNT)])
    attended_guests = models.PositiveIntegerField("đại biểu khách mời dự", default=0, validators=[MaxValueValidator(MAX_COUNT)])
    attended_leaders = models.PositiveIntegerField("đại biểu lãnh đạo dự", default=0, validators=[MaxValueValidator(MAX_COUNT)])
    attended_women = models.PositiveIntegerField("trong đó nữ", default=0, validators=[MaxValueValidator(MAX_COUNT)])
    attended_ethnic_minorities = models.PositiveIntegerField(
        "trong đó dân tộc thiểu số", default=0, validators=[MaxValueValidator(MAX_COUNT)]
    )
    attended_direct_workers = models.PositiveIntegerField(
        "trong đó trực tiếp lao động, sản xuất, công tác, chiến đấu", default=0, validators=[MaxValueValidator(MAX_COUNT)]
    )
    summary_note = models.TextField("đánh giá chung", blank=True, max_length=5000)
    summary_file = models.FileField("báo cáo tổng kết 5 năm (tệp)", upload_to="reports/summary/%Y/", blank=True)
    summary_file_name = models.CharField("tên tệp gốc", max_length=255, blank=True)
    use_generated_summary = models.BooleanField(
        "dùng báo cáo tổng kết do hệ thống tạo", default=False, help_text="Khi không tải tệp lên."
    )

    submitted_at = models.DateTimeField("ngày gửi", null=True, blank=True)
    decided_at = models.DateTimeField("ngày xử lý", null=True, blank=True)
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name="người xử lý", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    board_comment = models.TextField("ý kiến của Ban", blank=True, max_length=3000)
    created_at = models.DateTimeField("ngày tạo", auto_now_add=True)
    updated_at = models.DateTimeField("cập nhật", auto_now=True)
    history = HistoricalRecords()

    class Meta:
        verbose_name = "báo cáo kết quả hội nghị"
        verbose_name_plural = "báo cáo kết quả hội nghị"
        ordering = ["unit__path"]
        constraints = [models.UniqueConstraint(fields=["unit", "campaign"], name="one_results_report_per_unit_campaign")]

    def __str__(self):
        return f"Báo cáo kết quả hội nghị — {self.unit}"

    @property
    def attended_total(self):
        return self.attended_exemplars + self.attended_guests + self.attended_leaders

    @property
    def is_editable(self):
        return self.status in EDITABLE


class ReportAward(models.Model):
    """Awards decided at (or proposed by) the conference: a count by form and target."""

    class Target(models.TextChoices):
        COLLECTIVE = "collective", "Tập thể"
        INDIVIDUAL = "individual", "Cá nhân"
        HOUSEHOLD = "household", "Hộ gia đình"

    report = models.ForeignKey(ResultsReport, verbose_name="báo cáo", on_delete=models.CASCADE, related_name="awards")
    form = models.CharField("hình thức khen thưởng", max_length=30, choices=AwardForm.choices)
    target = models.CharField("đối tượng", max_length=20, choices=Target.choices, default=Target.INDIVIDUAL)
    count = models.PositiveIntegerField("số lượng", validators=[MaxValueValidator(MAX_COUNT)])
    women = models.PositiveIntegerField("trong đó nữ", default=0, validators=[MaxValueValidator(MAX_COUNT)])
    direct_workers = models.PositiveIntegerField(
        "trong đó trực tiếp lao động, sản xuất", default=0, validators=[MaxValueValidator(MAX_COUNT)]
    )
    workers_farmers = models.PositiveIntegerField("trong đó công nhân, nông dân", default=0, validators=[MaxValueValidator(MAX_COUNT)])
    ethnic_minorities = models.PositiveIntegerField("trong đó dân tộc thiểu số", default=0, validators=[MaxValueValidator(MAX_COUNT)])
    history = HistoricalRecords()

    class Meta:
        verbose_name = "kết quả khen thưởng tại hội nghị"
        verbose_name_plural = "kết quả khen thưởng tại hội nghị"
        ordering = ["report", "form", "target"]

    def __str__(self):
        return f"{self.get_form_display()} — {self.get_target_display()}: {self.count}"


class ReportPresentation(models.Model):
    report = models.ForeignKey(ResultsReport, verbose_name="báo cáo", on_delete=models.CASCADE, related_name="presentations")
    order = models.PositiveSmallIntegerField("thứ tự", default=1, validators=[MaxValueValidator(100)])
    presenter = models.CharField("người trình bày", max_length=200)
    title = models.CharField("tên tham luận", max_length=400)
    history = HistoricalRecords()

    class Meta:
        verbose_name = "tham luận"
        verbose_name_plural = "tham luận"
        ordering = ["report", "order"]

    def __str__(self):
        return f"{self.presenter}: {self.title}"


class ReportCongressDelegate(models.Model):
    """A delegate to the city congress the conference approved, with their achievement summary."""

    report = models.ForeignKey(ResultsReport, verbose_name="báo cáo", on_delete=models.CASCADE, related_name="congress_delegates")
    order = models.PositiveSmallIntegerField("thứ tự", default=1, validators=[MaxValueValidator(1000)])
    full_name = models.CharField("họ và tên / tên tập thể", max_length=200)
    position = models.CharField("chức vụ, đơn vị công tác", max_length=300, blank=True)
    is_woman = models.BooleanField("nữ", default=False)
    is_ethnic_minority = models.BooleanField("dân tộc thiểu số", default=False)
    is_direct_worker = models.BooleanField("trực tiếp lao động, sản xuất", default=False)
    summary = models.TextField("trích ngang thành tích", max_length=3000)
    history = HistoricalRecords()

    class Meta:
        verbose_name = "đại biểu dự Đại hội thi đua thành phố"
        verbose_name_plural = "đại biểu dự Đại hội thi đua thành phố"
        ordering = ["report", "order"]

    def __str__(self):
        return self.full_name
