from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from simple_history.models import HistoricalRecords

from thidua.common.review import ReviewStatus as PlanStatus  # noqa: E402  (one set of states for every review)


class Plan(models.Model):
    """A unit's Kế hoạch for its Hội nghị tuyên dương điển hình tiên tiến, as structured data."""

    class SignerMode(models.TextChoices):
        ON_BEHALF = "TM.", "TM. (thay mặt tập thể)"
        DEPUTY = "KT.", "KT. (ký thay)"
        DIRECT = "", "Ký trực tiếp"

    class Origin(models.TextChoices):
        BUILDER = "builder", "Soạn trên hệ thống"
        IMPORT = "import", "Nhập từ văn bản gửi đến"
        SEED = "seed", "Văn bản mẫu"

    unit = models.ForeignKey("units.Unit", verbose_name="đơn vị", on_delete=models.PROTECT, related_name="plans")
    campaign = models.ForeignKey(
        "campaigns.Campaign", verbose_name="theo kế hoạch cấp trên", on_delete=models.PROTECT, related_name="unit_plans"
    )
    status = models.CharField("trạng thái", max_length=20, choices=PlanStatus.choices, default=PlanStatus.DRAFT)
    origin = models.CharField("nguồn", max_length=20, choices=Origin.choices, default=Origin.BUILDER)

    # Identification of the document once issued
    number = models.CharField("số, ký hiệu", max_length=60, blank=True, help_text="Ví dụ: 61/KH-NV")
    issued_on = models.DateField("ngày ban hành", null=True, blank=True)
    title = models.CharField("trích yếu", max_length=500, blank=True)
    purpose = models.TextField("mục đích, yêu cầu", blank=True)

    # The conference
    conference_name = models.CharField("tên hội nghị", max_length=400)
    conference_form = models.CharField("hình thức", max_length=200, default="Hội nghị tuyên dương điển hình tiên tiến")
    conference_date = models.DateField("ngày tổ chức", null=True, blank=True)
    date_text = models.CharField(
        "thời gian như ghi trong văn bản", max_length=200, blank=True, help_text="Ví dụ: chiều ngày 28/8/2025; trước ngày 25/8/2025"
    )
    weekday_text = models.CharField("thứ ghi kèm ngày", max_length=20, blank=True, help_text="Ví dụ: thứ Năm")
    start_time = models.TimeField("giờ bắt đầu", null=True, blank=True)
    end_time = models.TimeField("giờ kết thúc", null=True, blank=True)
    sessions = models.DecimalField(
        "số buổi",
        max_digits=3,
        decimal_places=1,
        default=1,
        validators=[MinValueValidator(0.5), MaxValueValidator(6)],
        help_text="1 buổi = nửa ngày; cả ngày = 2 buổi.",
    )
    venue = models.CharField("địa điểm", max_length=300, blank=True)
    theme = models.CharField("chủ đề", max_length=500, blank=True)
    slogans = models.JSONField("khẩu hiệu", default=list, blank=True)
    banner_text = models.TextField("tiêu đề hội nghị (pano)", blank=True)

    # Delegates
    delegates_total = models.PositiveIntegerField("tổng số đại biểu", null=True, blank=True)
    delegates_exemplars = models.PositiveIntegerField("đại biểu điển hình tiên tiến", null=True, blank=True)
    delegates_guests = models.PositiveIntegerField("đại biểu khách mời", null=True, blank=True)
    delegates_leaders = models.PositiveIntegerField("đại biểu lãnh đạo", null=True, blank=True)
    exemplar_share = models.DecimalField(
        "tỷ lệ đại biểu điển hình tiên tiến (như kế hoạch ghi)",
        max_digits=3,
        decimal_places=2,
        null=True,
        blank=True,
        validators=[MinValueValidator(0), MaxValueValidator(1)],
        help_text="Khoảng 70% → 0,70. Để trống nếu kế hoạch không nêu.",
    )
    target_women = models.PositiveIntegerField("chỉ tiêu đại biểu nữ", null=True, blank=True)
    target_ethnic_minorities = models.PositiveIntegerField("chỉ tiêu đại biểu dân tộc thiểu số", null=True, blank=True)
    target_direct_workers = models.PositiveIntegerField("chỉ tiêu đại biểu trực tiếp lao động", null=True, blank=True)
    target_economic_sectors = models.JSONField(
        "các thành phần kinh tế cần có", default=list, blank=True,
        help_text="Mã các thành phần kinh tế (common.choices.EconomicSector) phải có đại biểu.",
    )
    delegates_note = models.TextField("thành phần mời", blank=True)

    presentations_count = models.PositiveSmallIntegerField("số tham luận", null=True, blank=True)
    presentations_max = models.PositiveSmallIntegerField("số tham luận tối đa", null=True, blank=True)
    eligibility_criteria_text = models.TextField("điều kiện, tiêu chuẩn khen thưởng", blank=True)
    nomination_deadline = models.DateField("hạn gửi đề xuất khen thưởng", null=True, blank=True)
    report_deadline = models.DateField("hạn báo cáo kết quả lên cấp trên", null=True, blank=True)
    budget_source = models.TextField("kinh phí", blank=True)
    recipients = models.JSONField("nơi nhận", default=list, blank=True)

    signer_mode = models.CharField("hình thức ký", max_length=4, choices=SignerMode.choices, blank=True)
    signer_authority = models.CharField("thay mặt/ký thay cho", max_length=200, blank=True, help_text="Ví dụ: ỦY BAN NHÂN DÂN; GIÁM ĐỐC")
    signer_title = models.CharField("chức vụ người ký", max_length=200, blank=True, help_text="Ví dụ: CHỦ TỊCH; PHÓ GIÁM ĐỐC")
    signer_name = models.CharField("người ký", max_length=200, blank=True)

    # Workflow
    submitted_at = models.DateTimeField("ngày gửi", null=True, blank=True)
    decided_at = models.DateTimeField("ngày xử lý", null=True, blank=True)
    board_comment = models.TextField("ý kiến của Ban", blank=True)

    created_at = models.DateTimeField("ngày tạo", auto_now_add=True)
    updated_at = models.DateTimeField("cập nhật", auto_now=True)
    history = HistoricalRecords()

    class Meta:
        verbose_name = "kế hoạch đơn vị"
        verbose_name_plural = "kế hoạch đơn vị"
        ordering = ["unit__path", "-created_at"]

    def __str__(self):
        return self.conference_name or f"Kế hoạch của {self.unit}"


class PlanAgendaItem(models.Model):
    """One row of the conference programme: mapped to a campaign agenda key, or an extra."""

    plan = models.ForeignKey(Plan, verbose_name="kế hoạch", on_delete=models.CASCADE, related_name="agenda_items")
    order = models.PositiveSmallIntegerField("thứ tự")
    content = models.CharField("nội dung", max_length=500)
    key = models.CharField("mục bắt buộc tương ứng", max_length=40, blank=True, help_text="Để trống nếu là nội dung thêm (văn nghệ, chào cờ…)")
    start_time = models.TimeField("từ", null=True, blank=True)
    end_time = models.TimeField("đến", null=True, blank=True)
    presenter = models.CharField("người/đơn vị thực hiện", max_length=300, blank=True)
    history = HistoricalRecords()

    class Meta:
        verbose_name = "mục chương trình"
        verbose_name_plural = "chương trình hội nghị"
        ordering = ["plan", "order"]

    def __str__(self):
        return f"{self.order}. {self.content}"

    @property
    def is_extra(self):
        return not self.key


class AwardCategory(models.Model):
    """A category of awards the plan foresees, with a quota (seed 001 has five)."""

    class Target(models.TextChoices):
        INDIVIDUAL = "individual", "Cá nhân"
        COLLECTIVE = "collective", "Tập thể"
        HOUSEHOLD = "household", "Hộ gia đình"

    plan = models.ForeignKey(Plan, verbose_name="kế hoạch", on_delete=models.CASCADE, related_name="award_categories")
    order = models.PositiveSmallIntegerField("thứ tự", default=1)
    name = models.CharField("nhóm, lĩnh vực", max_length=300, help_text="Ví dụ: Lực lượng vũ trang")
    target = models.CharField("đối tượng", max_length=20, choices=Target.choices, default=Target.INDIVIDUAL)
    min_count = models.PositiveSmallIntegerField("số lượng tối thiểu", default=0)
    max_count = models.PositiveSmallIntegerField("số lượng tối đa", null=True, blank=True)
    proposing_unit = models.ForeignKey(
        "units.Unit", verbose_name="đơn vị đề xuất", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    criteria_text = models.TextField("tiêu chí", blank=True)
    criteria_code = models.CharField("bộ tiêu chí áp dụng", max_length=80, blank=True)
    history = HistoricalRecords()

    class Meta:
        verbose_name = "nhóm khen thưởng"
        verbose_name_plural = "nhóm khen thưởng"
        ordering = ["plan", "order"]

    def __str__(self):
        return self.name


class PlanTask(models.Model):
    """An assignment in the "Tổ chức thực hiện" part: who does what by when."""

    plan = models.ForeignKey(Plan, verbose_name="kế hoạch", on_delete=models.CASCADE, related_name="tasks")
    order = models.PositiveSmallIntegerField("thứ tự", default=1)
    assignee_unit = models.ForeignKey(
        "units.Unit", verbose_name="đơn vị thực hiện", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    assignee_text = models.CharField("đơn vị thực hiện (ghi trong văn bản)", max_length=300, blank=True)
    description = models.TextField("nhiệm vụ")
    due_date = models.DateField("thời hạn", null=True, blank=True)
    history = HistoricalRecords()

    class Meta:
        verbose_name = "phân công nhiệm vụ"
        verbose_name_plural = "phân công nhiệm vụ"
        ordering = ["plan", "order"]

    def __str__(self):
        return self.description[:80]
