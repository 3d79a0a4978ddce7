from django.core.validators import RegexValidator
from django.db import models
from simple_history.models import HistoricalRecords

code_validator = RegexValidator(
    r"^[a-z0-9][a-z0-9-]*$",
    "Mã đơn vị chỉ gồm chữ thường không dấu, chữ số và dấu gạch ngang (ví dụ: xa-ke-sat).",
)


class UnitKind(models.TextChoices):
    CITY = "city", "Thành phố"
    BOARD = "board", "Ban Thi đua - Khen thưởng"
    COMMUNE = "xa", "Xã"
    WARD = "phuong", "Phường"
    SPECIAL_ZONE = "dac_khu", "Đặc khu"
    DEPARTMENT = "department", "Sở, ban, ngành"
    # sub-units inside a unit
    OFFICE = "office", "Phòng, ban chuyên môn"
    SERVICE_UNIT = "service_unit", "Đơn vị sự nghiệp, trực thuộc"
    VILLAGE = "village", "Thôn"
    RESIDENTIAL_GROUP = "residential_group", "Tổ dân phố"
    SCHOOL = "school", "Trường học"
    HEALTH_STATION = "health_station", "Trạm y tế"
    FRONT = "front", "Ủy ban MTTQ Việt Nam"
    MASS_ORG = "mass_org", "Đoàn thể, hội"
    POLICE = "police", "Công an"
    MILITARY = "military", "Quân sự"
    ENTERPRISE = "enterprise", "Doanh nghiệp"
    OTHER = "other", "Khác"

    @classmethod
    def commune_level(cls):
        return (cls.COMMUNE, cls.WARD, cls.SPECIAL_ZONE)

    @classmethod
    def reporting_units(cls):
        """Kinds that build a plan and report to the Board."""
        return (cls.COMMUNE, cls.WARD, cls.SPECIAL_ZONE, cls.DEPARTMENT)


# Words that name the kind inside a conference name: "xã Kẻ Sặt", "phường An Hải".
KIND_WORD = {
    UnitKind.COMMUNE: "xã",
    UnitKind.WARD: "phường",
    UnitKind.SPECIAL_ZONE: "đặc khu",
    UnitKind.CITY: "thành phố",
}


class Unit(models.Model):
    """A unit of the hierarchy: the city, the Board, a commune-level unit, a department
    or a sub-unit inside one of them. ``path`` materialises the ancestry so that a
    subtree is one indexed prefix query."""

    code = models.SlugField("mã đơn vị", max_length=80, unique=True, validators=[code_validator])
    name = models.CharField("tên riêng", max_length=200, help_text="Ví dụ: Kẻ Sặt, An Hải, Sở Ngoại vụ")
    kind = models.CharField("loại đơn vị", max_length=30, choices=UnitKind.choices)
    parent = models.ForeignKey(
        "self", verbose_name="đơn vị cấp trên", null=True, blank=True, on_delete=models.PROTECT, related_name="children"
    )
    path = models.CharField("đường dẫn cây", max_length=800, db_index=True, editable=False)
    # The unit's document identity under Nghị định 30/2020 (read through units.domain.identity,
    # which derives a blank field from the kind and the name).
    issuer_parent_line = models.CharField(
        "tên cơ quan chủ quản trực tiếp", max_length=200, blank=True,
        help_text="In thường, trên tên cơ quan ban hành; chỉ khi có (ví dụ: UBND THÀNH PHỐ HẢI PHÒNG trên SỞ NGOẠI VỤ).",
    )
    issuer_line = models.TextField(
        "tên cơ quan ban hành", max_length=300, blank=True,
        help_text="In hoa, đậm; mỗi dòng một dòng trên văn bản (ví dụ: ỦY BAN NHÂN DÂN / XÃ KẺ SẶT). "
                  "Để trống: lấy theo loại và tên đơn vị.",
    )
    symbol = models.CharField("chữ viết tắt trong ký hiệu văn bản", max_length=30, blank=True,
                              help_text="Ví dụ: UBND (…/KH-UBND), NV, SKHCN")
    place_name = models.CharField("địa danh ghi trên văn bản", max_length=100, blank=True)
    formal_name = models.CharField(
        "tên cơ quan trong câu văn", max_length=200, blank=True,
        help_text="Ví dụ: Ủy ban nhân dân xã Kẻ Sặt; Sở Ngoại vụ. Để trống: lấy theo loại và tên đơn vị.",
    )
    head_title = models.CharField(
        "chức vụ người đứng đầu", max_length=100, blank=True,
        help_text="Ví dụ: Chủ tịch, Giám đốc. Cấp phó ký thay (KT.) theo chức vụ này. Để trống: theo loại đơn vị.",
    )
    collective_name = models.CharField(
        "tập thể lãnh đạo ký thay mặt (TM.)", max_length=100, blank=True,
        help_text="Ví dụ: Ủy ban nhân dân (kế hoạch, tờ trình ký «TM. ỦY BAN NHÂN DÂN»); quyết định khen thưởng "
                  "của Chủ tịch ký «CHỦ TỊCH». Để trống: Ủy ban nhân dân với xã, phường, đặc khu, thành phố.",
    )
    cluster = models.ForeignKey(
        "units.EmulationCluster",
        verbose_name="cụm, khối thi đua",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="members",
    )
    merged_in_2025 = models.BooleanField("hình thành do sắp xếp năm 2025", default=False)
    size_measure = models.PositiveIntegerField(
        "quy mô (dân số/biên chế)", null=True, blank=True, help_text="Dùng khi phân bổ đại biểu theo tỷ lệ."
    )
    is_demo = models.BooleanField(
        "dữ liệu minh họa", default=False, help_text="Đơn vị minh họa, không phải đơn vị có thật."
    )
    source = models.CharField("nguồn dữ liệu", max_length=500, blank=True)
    is_active = models.BooleanField("đang hoạt động", default=True)
    history = HistoricalRecords()

    class Meta:
        verbose_name = "đơn vị"
        verbose_name_plural = "đơn vị"
        ordering = ["path"]
        indexes = [models.Index(fields=["kind", "name"])]

    def __str__(self):
        return self.display_name

    @property
    def display_name(self):
        word = KIND_WORD.get(self.kind)
        if word and not self.name.lower().startswith(word):
            return f"{word} {self.name}"
        return self.name

    @property
    def title_name(self):
        """Name with the kind word capitalised, as at the start of a line: "Xã Kẻ Sặt"."""
        name = self.display_name
        return name[:1].upper() + name[1:]

    @property
    def depth(self):
        return self.path.count("/") - 1

    @property
    def is_reporting_unit(self):
        return self.kind in UnitKind.reporting_units()

    def compute_path(self):
        prefix = self.parent.path if self.parent_id else ""
        return f"{prefix}{self.code}/"

    def save(self, *args, **kwargs):
        old_path = None
        if self.pk:
            old_path = Unit.objects.filter(pk=self.pk).values_list("path", flat=True).first()
        self.path = self.compute_path()
        super().save(*args, **kwargs)
        if old_path and old_path != self.path:
            # Re-root the subtree after a move or a code change.
            for child in Unit.objects.filter(path__startswith=old_path).exclude(pk=self.pk):
                child.path = self.path + child.path[len(old_path):]
                Unit.objects.filter(pk=child.pk).update(path=child.path)

    def subtree(self):
        """This unit and every unit under it."""
        return Unit.objects.filter(path__startswith=self.path)

    def ancestors(self):
        codes = [c for c in self.path.split("/") if c][:-1]
        by_code = {u.code: u for u in Unit.objects.filter(code__in=codes)}
        return [by_code[c] for c in codes if c in by_code]

    def reporting_unit(self):
        """The commune-level unit or department this unit belongs to (itself if it is one)."""
        if self.is_reporting_unit:
            return self
        for ancestor in reversed(self.ancestors()):
            if ancestor.is_reporting_unit:
                return ancestor
        return None

    def is_within(self, other):
        return self.path.startswith(other.path)


class PredecessorUnit(models.Model):
    """A unit that existed before the 2025 reorganisation and was merged into ``unit``;
    reports over 2020–2025 include its record."""

    unit = models.ForeignKey(Unit, verbose_name="đơn vị mới", on_delete=models.CASCADE, related_name="predecessors")
    name = models.CharField("tên đơn vị trước sắp xếp", max_length=200, help_text="Ví dụ: thị trấn Kẻ Sặt")
    former_parent = models.CharField("thuộc (trước sắp xếp)", max_length=200, blank=True, help_text="Ví dụ: huyện Bình Giang, tỉnh Hải Dương")
    history = HistoricalRecords()

    class Meta:
        verbose_name = "đơn vị trước sắp xếp"
        verbose_name_plural = "đơn vị trước sắp xếp"
        ordering = ["unit", "name"]
        constraints = [models.UniqueConstraint(fields=["unit", "name"], name="unique_predecessor_per_unit")]

    def __str__(self):
        return self.name


class EmulationCluster(models.Model):
    """Cụm or khối thi đua: the city groups units to compete and assess each other."""

    class Kind(models.TextChoices):
        CLUSTER = "cum", "Cụm thi đua"
        BLOCK = "khoi", "Khối thi đua"

    code = models.SlugField("mã", max_length=60, unique=True)
    name = models.CharField("tên", max_length=200)
    kind = models.CharField("loại", max_length=10, choices=Kind.choices)
    owner = models.ForeignKey(Unit, verbose_name="do đơn vị tổ chức", on_delete=models.PROTECT, related_name="+")
    note = models.CharField("ghi chú", max_length=300, blank=True)
    history = HistoricalRecords()

    class Meta:
        verbose_name = "cụm, khối thi đua"
        verbose_name_plural = "cụm, khối thi đua"
        ordering = ["kind", "name"]

    def __str__(self):
        return self.name
