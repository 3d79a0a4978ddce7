from django.conf import settings
from django.contrib.postgres.indexes import GinIndex, OpClass
from django.core.validators import MaxValueValidator, MinValueValidator, RegexValidator
from django.db import models
from simple_history.models import HistoricalRecords

from thidua.common.choices import Gender
from thidua.common.text import fold, normalize_vi
from thidua.register.models.catalogue import RecipientKind

identity_validator = RegexValidator(
    r"^(\d{9}|\d{12})$", "Số định danh phải gồm 12 chữ số (CCCD) hoặc 9 chữ số (CMND cũ).")

FIRST_YEAR = 1945


class AwardKind(models.TextChoices):
    """Loại hình khen thưởng (Luật Thi đua, khen thưởng 2022, Điều 8)."""

    REGULAR = "regular", "Thường xuyên"
    THEMATIC = "thematic", "Theo chuyên đề"
    SUDDEN = "sudden", "Đột xuất"
    DEDICATION = "dedication", "Cống hiến"
    TENURE = "tenure", "Niên hạn"
    FOREIGN = "foreign", "Đối ngoại"


class Source(models.TextChoices):
    DECISION = "decision", "Quyết định ban hành trên hệ thống"
    EXCEL = "excel", "Nhập từ Excel"
    DOCUMENT = "document", "Nhập từ văn bản quyết định"
    TYPED = "typed", "Nhập tay"


class RecordStatus(models.TextChoices):
    VALID = "valid", "Còn hiệu lực"
    REVOKED = "revoked", "Đã thu hồi, hủy bỏ"


class RegisterPerson(models.Model):
    """One person, collective or household across the register's rows, years, units and
    predecessor units. Records point to it once linked (the linking pass fills ``person``)."""

    kind = models.CharField("đối tượng", max_length=20, choices=RecipientKind.choices, default=RecipientKind.INDIVIDUAL)
    name = models.CharField("họ và tên / tên tập thể", max_length=200)
    name_folded = models.CharField("tên không dấu", max_length=200, editable=False, db_index=True)
    gender = models.CharField("giới tính", max_length=10, choices=Gender.choices, blank=True)
    birth_year = models.PositiveSmallIntegerField("năm sinh", null=True, blank=True)
    identity_number = models.CharField("số CCCD/CMND", max_length=12, blank=True, db_index=True,
                                       validators=[identity_validator])
    unit = models.ForeignKey("units.Unit", verbose_name="đơn vị quản lý", on_delete=models.PROTECT,
                             related_name="register_people")
    workplace = models.CharField("đơn vị công tác", max_length=300, blank=True)
    created_at = models.DateTimeField("ngày tạo", auto_now_add=True)
    history = HistoricalRecords()

    class Meta:
        verbose_name = "người, tập thể trong sổ khen thưởng"
        verbose_name_plural = "người, tập thể trong sổ khen thưởng"
        ordering = ["name_folded", "birth_year"]

    def __str__(self):
        return f"{self.name} ({self.birth_year})" if self.birth_year else self.name

    def save(self, *args, **kwargs):
        self.name = normalize_vi(self.name)
        self.name_folded = fold(self.name)
        super().save(*args, **kwargs)


class ImportBatch(models.Model):
    """One uploaded Excel file (or decision document): the file kept, its sha256, the column
    and award-name mapping the officer confirmed, and how far the import went."""

    class Status(models.TextChoices):
        PREVIEW = "preview", "Chờ xác nhận"
        QUEUED = "queued", "Đang chờ nhập"
        RUNNING = "running", "Đang nhập"
        DONE = "done", "Đã nhập"
        FAILED = "failed", "Không nhập được"

    unit = models.ForeignKey("units.Unit", verbose_name="đơn vị", on_delete=models.PROTECT, related_name="register_imports")
    source = models.CharField("nguồn", max_length=20, choices=Source.choices, default=Source.EXCEL)
    file = models.FileField("tệp", upload_to="register/imports/%Y/")
    original_name = models.CharField("tên tệp", max_length=255)
    sha256 = models.CharField("mã băm SHA-256", max_length=64, db_index=True)
    status = models.CharField("trạng thái", max_length=20, choices=Status.choices, default=Status.PREVIEW)
    mapping = models.JSONField("cột đã ghép", default=dict, blank=True,
                               help_text='{"<tên sheet>": {"<chỉ số cột>": "<trường>"}}')
    form_mapping = models.JSONField("tên khen thưởng đã ghép", default=dict, blank=True,
                                    help_text='{"<tên ghi trong tệp>": "<mã danh mục>"}')
    defaults = models.JSONField("giá trị chung", default=dict, blank=True,
                                help_text="Loại hình khen thưởng, năm… dùng khi tệp không ghi.")
    total_rows = models.PositiveIntegerField("số dòng", default=0)
    processed_rows = models.PositiveIntegerField("số dòng đã xử lý", default=0)
    imported_count = models.PositiveIntegerField("số bản ghi đã nhập", default=0)
    error = models.TextField("lỗi", blank=True)
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, verbose_name="người tải lên", null=True, blank=True,
                                   on_delete=models.SET_NULL, related_name="+")
    created_at = models.DateTimeField("ngày tải lên", auto_now_add=True)
    finished_at = models.DateTimeField("ngày nhập xong", null=True, blank=True)
    history = HistoricalRecords()

    class Meta:
        verbose_name = "lần nhập sổ khen thưởng"
        verbose_name_plural = "các lần nhập sổ khen thưởng"
        ordering = ["-created_at", "-id"]
        constraints = [models.UniqueConstraint(fields=["sha256"], condition=models.Q(status="done"),
                                               name="register_import_file_once")]

    def __str__(self):
        return f"{self.original_name} ({self.get_status_display()})"

    @property
    def progress(self):
        return round(100 * self.processed_rows / self.total_rows) if self.total_rows else 0


class AwardRecord(models.Model):
    """One award to one recipient: the register (sổ theo dõi khen thưởng) every count reads.
    A record comes from this system's own decision, an Excel list, a decision document or is
    typed; it is never deleted, only revoked with the revoking decision."""

    recipient_kind = models.CharField("đối tượng", max_length=20, choices=RecipientKind.choices,
                                      default=RecipientKind.INDIVIDUAL)
    name = models.CharField("họ và tên / tên tập thể", max_length=200)
    name_folded = models.CharField("tên không dấu", max_length=200, editable=False, db_index=True)
    gender = models.CharField("giới tính", max_length=10, choices=Gender.choices, blank=True)
    birth_year = models.PositiveSmallIntegerField(
        "năm sinh", null=True, blank=True, validators=[MinValueValidator(1900), MaxValueValidator(2100)])
    identity_number = models.CharField("số CCCD/CMND", max_length=12, blank=True, db_index=True,
                                       validators=[identity_validator])
    ethnicity = models.CharField("dân tộc", max_length=50, blank=True)
    position = models.CharField("chức vụ", max_length=200, blank=True)
    workplace = models.CharField("đơn vị công tác", max_length=300, blank=True)
    direct_worker = models.BooleanField("trực tiếp lao động, sản xuất, công tác", default=False)
    unit = models.ForeignKey("units.Unit", verbose_name="đơn vị quản lý", on_delete=models.PROTECT,
                             related_name="award_records")
    unit_then = models.ForeignKey("units.Unit", verbose_name="đơn vị khi được khen", null=True, blank=True,
                                  on_delete=models.SET_NULL, related_name="+")
    predecessor = models.ForeignKey("units.PredecessorUnit", verbose_name="đơn vị trước sắp xếp", null=True, blank=True,
                                    on_delete=models.SET_NULL, related_name="award_records")
    form = models.ForeignKey("register.AwardForm", verbose_name="danh hiệu, hình thức", on_delete=models.PROTECT,
                             related_name="records")
    form_text = models.CharField("ghi trong nguồn", max_length=300, blank=True,
                                 help_text="Tên danh hiệu, hình thức như nguồn ghi.")
    award_kind = models.CharField("loại hình khen thưởng", max_length=20, choices=AwardKind.choices,
                                  default=AwardKind.REGULAR)
    year = models.PositiveSmallIntegerField(
        "năm thành tích", validators=[MinValueValidator(FIRST_YEAR), MaxValueValidator(2100)])
    decision_number = models.CharField("số quyết định", max_length=60, blank=True)
    decision_date = models.DateField("ngày quyết định", null=True, blank=True)
    decision_authority = models.CharField("cơ quan ban hành", max_length=200, blank=True)
    decision_signer = models.CharField("người ký", max_length=200, blank=True)
    movement = models.CharField("phong trào thi đua", max_length=300, blank=True)
    achievement = models.TextField("thành tích", blank=True, max_length=4000)
    note = models.CharField("ghi chú", max_length=500, blank=True)
    register_number = models.CharField("số sổ vàng", max_length=30, blank=True)
    source = models.CharField("nguồn", max_length=20, choices=Source.choices, default=Source.TYPED)
    batch = models.ForeignKey(ImportBatch, verbose_name="lần nhập", null=True, blank=True, on_delete=models.PROTECT,
                              related_name="records")
    source_row = models.PositiveIntegerField("dòng trong tệp", null=True, blank=True)
    status = models.CharField("hiệu lực", max_length=20, choices=RecordStatus.choices, default=RecordStatus.VALID)
    revoked_by = models.CharField("quyết định thu hồi", max_length=200, blank=True)
    revoked_on = models.DateField("ngày thu hồi", null=True, blank=True)
    revoked_reason = models.TextField("lý do thu hồi", blank=True, max_length=2000)
    person = models.ForeignKey(RegisterPerson, verbose_name="người, tập thể", null=True, blank=True,
                               on_delete=models.SET_NULL, related_name="records")
    is_demo = models.BooleanField("dữ liệu minh họa", default=False)
    created_at = models.DateTimeField("ngày tạo", auto_now_add=True)
    updated_at = models.DateTimeField("cập nhật", auto_now=True)
    history = HistoricalRecords()

    class Meta:
        verbose_name = "bản ghi khen thưởng"
        verbose_name_plural = "sổ theo dõi khen thưởng"
        ordering = ["-year", "form__report_order", "name_folded", "id"]
        indexes = [
            models.Index(fields=["unit", "year"], name="register_unit_year"),
            models.Index(fields=["form", "year"], name="register_form_year"),
            models.Index(fields=["predecessor", "year"], name="register_pred_year"),
            models.Index(fields=["decision_number"], name="register_decision_number"),
            # PostgreSQL only (the migration skips it elsewhere): trigram search on the folded name.
            GinIndex(OpClass("name_folded", name="gin_trgm_ops"), name="register_name_trgm"),
        ]

    def __str__(self):
        return f"{self.name} — {self.form} {self.year}"

    def save(self, *args, **kwargs):
        self.name = normalize_vi(self.name)
        self.name_folded = fold(self.name)
        super().save(*args, **kwargs)

    @property
    def is_valid(self):
        return self.status == RecordStatus.VALID

    @property
    def decision_text(self):
        parts = []
        if self.decision_number:
            parts.append(f"Quyết định số {self.decision_number}")
        if self.decision_date:
            parts.append(f"ngày {self.decision_date:%d/%m/%Y}")
        if self.decision_authority:
            parts.append(f"của {self.decision_authority}")
        return " ".join(parts)
