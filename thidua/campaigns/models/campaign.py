from decimal import Decimal

from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from simple_history.models import HistoricalRecords


class Campaign(models.Model):
    """A plan issued by a parent body (the city's Kế hoạch of Quyết định 3194/QĐ-UBND)
    with every rule units must follow. The rules are data: another province's plan is
    entered here, not coded."""

    class Level(models.TextChoices):
        CITY = "city", "Cấp thành phố/tỉnh"
        UNIT = "unit", "Cấp đơn vị"

    class Status(models.TextChoices):
        DRAFT = "draft", "Đang soạn"
        ACTIVE = "active", "Đang triển khai"
        CLOSED = "closed", "Đã kết thúc"

    code = models.SlugField("mã đợt", max_length=80, unique=True)
    title = models.CharField("tên kế hoạch", max_length=400)
    level = models.CharField("cấp", max_length=10, choices=Level.choices, default=Level.CITY)
    status = models.CharField("trạng thái", max_length=10, choices=Status.choices, default=Status.ACTIVE)
    parent = models.ForeignKey(
        "self", verbose_name="kế hoạch cấp trên", null=True, blank=True, on_delete=models.PROTECT, related_name="children"
    )
    issuer = models.ForeignKey("units.Unit", verbose_name="cơ quan ban hành", on_delete=models.PROTECT, related_name="campaigns")
    decision_number = models.CharField("số quyết định ban hành", max_length=60, blank=True, help_text="Ví dụ: 3194/QĐ-UBND")
    decision_date = models.DateField("ngày quyết định", null=True, blank=True)
    decision_signer = models.CharField("người ký quyết định", max_length=200, blank=True)
    higher_level_basis = models.TextField("căn cứ cấp trên", blank=True)

    evaluation_start_year = models.PositiveSmallIntegerField("giai đoạn đánh giá từ năm", default=2020)
    evaluation_end_year = models.PositiveSmallIntegerField("giai đoạn đánh giá đến năm", default=2025)
    direction_start_year = models.PositiveSmallIntegerField("giai đoạn phương hướng từ năm", default=2025)
    direction_end_year = models.PositiveSmallIntegerField("giai đoạn phương hướng đến năm", default=2030)

    conference_form = models.CharField(
        "hình thức hội nghị", max_length=200, default="Hội nghị tuyên dương điển hình tiên tiến"
    )
    max_sessions = models.PositiveSmallIntegerField("số buổi tối đa", default=1)
    session_max_minutes = models.PositiveSmallIntegerField(
        "độ dài tối đa một buổi (phút)", default=300, validators=[MinValueValidator(30), MaxValueValidator(720)]
    )
    delegate_limit = models.PositiveIntegerField("số đại biểu tối đa", default=150)
    exemplar_share = models.DecimalField(
        "tỷ lệ đại biểu điển hình tiên tiến",
        max_digits=4,
        decimal_places=2,
        default=Decimal("0.70"),
        validators=[MinValueValidator(Decimal("0")), MaxValueValidator(Decimal("1"))],
        help_text="Khoảng 70% → 0,70",
    )
    exemplar_share_tolerance = models.DecimalField(
        "dung sai tỷ lệ điển hình",
        max_digits=4,
        decimal_places=2,
        default=Decimal("0.05"),
        validators=[MinValueValidator(Decimal("0")), MaxValueValidator(Decimal("0.5"))],
        help_text="Chữ 'khoảng' trong kế hoạch: 0,05 nghĩa là chấp nhận từ 65%.",
    )
    delegate_priorities = models.TextField("ưu tiên thành phần đại biểu", blank=True)
    name_pattern_merged = models.CharField(
        "mẫu tên hội nghị (đơn vị có sắp xếp)",
        max_length=300,
        default="Hội nghị tuyên dương điển hình tiên tiến {unit} Lần thứ I ({start} - {end})",
        help_text="{unit}: tên đơn vị (xã Kẻ Sặt); {start}, {end}: giai đoạn phương hướng.",
    )
    name_pattern_unmerged = models.CharField(
        "mẫu tên hội nghị (đơn vị không sắp xếp)",
        max_length=300,
        default="Hội nghị tuyên dương điển hình tiên tiến {unit} Lần thứ {ordinal} ({start} - {end})",
        help_text="{ordinal}: lần thứ mấy (số La Mã).",
    )
    report_outline = models.JSONField(
        "bố cục báo cáo tổng kết",
        default=list,
        blank=True,
        help_text='Danh sách mục: [{"title": "...", "children": [{"title": "..."}]}]',
    )
    results_report_contents = models.JSONField("hồ sơ báo cáo kết quả gồm", default=list, blank=True)
    congress_name = models.CharField("tên đại hội cấp trên", max_length=300, blank=True)
    congress_form = models.CharField("hình thức đại hội", max_length=200, blank=True)
    congress_size = models.PositiveIntegerField(
        "số đại biểu dự đại hội",
        null=True,
        blank=True,
        validators=[MaxValueValidator(100000)],
        help_text="Tổng số đại biểu Ban Tổ chức Đại hội phân bổ cho các đơn vị; để trống khi chưa có kế hoạch chi tiết.",
    )
    source_document = models.CharField("văn bản nguồn", max_length=300, blank=True)
    history = HistoricalRecords()

    class Meta:
        verbose_name = "kế hoạch, đợt thi đua"
        verbose_name_plural = "kế hoạch, đợt thi đua"
        ordering = ["-decision_date", "code"]

    def __str__(self):
        if self.decision_number:
            return f"{self.title} ({self.decision_number})"
        return self.title

    @property
    def evaluation_period(self):
        return f"{self.evaluation_start_year} - {self.evaluation_end_year}"

    @property
    def direction_period(self):
        return f"{self.direction_start_year} - {self.direction_end_year}"

    def deadline(self, key):
        for item in self.deadlines.all():
            if item.key == key:
                return item
        return None

    def root(self):
        campaign = self
        while campaign.parent_id:
            campaign = campaign.parent
        return campaign


class DeadlineKey(models.TextChoices):
    PLAN_SUBMISSION = "plan_submission", "Gửi kế hoạch của đơn vị"
    CONFERENCE = "conference", "Tổ chức hội nghị"
    RESULTS_REPORT = "results_report", "Gửi báo cáo kết quả"
    CONGRESS_DELEGATES = "congress_delegates", "Gửi danh sách đại biểu dự đại hội"
    CONGRESS = "congress", "Đại hội thi đua cấp trên"
    NOMINATION = "nomination", "Gửi đề xuất khen thưởng"


class CampaignDeadline(models.Model):
    campaign = models.ForeignKey(Campaign, verbose_name="kế hoạch", on_delete=models.CASCADE, related_name="deadlines")
    key = models.CharField("mốc", max_length=40, choices=DeadlineKey.choices)
    label = models.CharField("nội dung", max_length=300)
    due_date = models.DateField("thời hạn")
    strictly_before = models.BooleanField(
        "phải trước ngày này", default=True, help_text="Kế hoạch ghi 'trước ngày …': đúng ngày hạn cũng là trễ."
    )
    recipient = models.CharField("gửi tới", max_length=300, blank=True)
    history = HistoricalRecords()

    class Meta:
        verbose_name = "thời hạn"
        verbose_name_plural = "thời hạn"
        ordering = ["campaign", "due_date"]
        constraints = [models.UniqueConstraint(fields=["campaign", "key"], name="unique_deadline_key")]

    def __str__(self):
        return f"{self.label}: {self.due_date:%d/%m/%Y}"

    def is_met_by(self, day):
        """True when something done on ``day`` meets this deadline."""
        if day is None:
            return False
        return day < self.due_date if self.strictly_before else day <= self.due_date


class AgendaItemRule(models.Model):
    """One item of the conference programme the parent plan requires, with a stable key."""

    campaign = models.ForeignKey(Campaign, verbose_name="kế hoạch", on_delete=models.CASCADE, related_name="agenda_rules")
    key = models.SlugField("mã", max_length=40)
    order = models.PositiveSmallIntegerField("thứ tự")
    title = models.CharField("nội dung", max_length=400)
    required = models.BooleanField("bắt buộc", default=True)
    keywords = models.JSONField(
        "từ khóa nhận diện", default=list, blank=True, help_text="Cụm từ (không dấu cũng được) để nhận ra mục này trong văn bản."
    )
    history = HistoricalRecords()

    class Meta:
        verbose_name = "mục chương trình bắt buộc"
        verbose_name_plural = "mục chương trình bắt buộc"
        ordering = ["campaign", "order"]
        constraints = [models.UniqueConstraint(fields=["campaign", "key"], name="unique_agenda_key")]

    def __str__(self):
        return f"{self.order}. {self.title}"
