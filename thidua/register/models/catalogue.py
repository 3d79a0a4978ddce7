from django.db import models
from simple_history.models import HistoricalRecords


class RecipientKind(models.TextChoices):
    INDIVIDUAL = "individual", "Cá nhân"
    COLLECTIVE = "collective", "Tập thể"
    HOUSEHOLD = "household", "Hộ gia đình"


class Level(models.TextChoices):
    """The level of the authority that gives a title or form, lowest first."""

    COMMUNE = "xa", "Cấp xã"
    DISTRICT = "huyen_so", "Cấp huyện, sở, ngành"
    PROVINCE = "tinh", "Cấp tỉnh, thành phố"
    MINISTRY = "bo", "Cấp bộ, ban, ngành trung ương"
    CENTRAL = "trung_uong", "Chính phủ, Thủ tướng Chính phủ"
    STATE = "nha_nuoc", "Nhà nước (Chủ tịch nước)"


class Confirmation(models.TextChoices):
    """How sure the legal basis is (the levels of shared/legal/findings.md)."""

    VERBATIM = "V", "Đã đọc nguyên văn"
    SECONDARY = "S", "Theo nguồn trích dẫn"
    INFERRED = "I", "Suy luận"
    UNCONFIRMED = "U", "Chưa xác nhận"


class AwardForm(models.Model):
    """A title (danh hiệu thi đua) or form of commendation (hình thức khen thưởng) of the
    catalogue: what an award record is. The Board keeps the catalogue; imports match the
    names offices write to it through ``name`` and ``aliases``."""

    code = models.SlugField("mã", max_length=60, unique=True, help_text="Ví dụ: cstdcs, giay-khen")
    name = models.CharField("tên", max_length=200)
    aliases = models.TextField("tên gọi khác", blank=True, max_length=4000,
                               help_text="Mỗi dòng một cách viết thường gặp trong danh sách của đơn vị.")
    is_title = models.BooleanField("là danh hiệu thi đua", default=False,
                                   help_text="Bỏ chọn nếu là hình thức khen thưởng (bằng khen, giấy khen, huân chương…).")
    for_individual = models.BooleanField("tặng cá nhân", default=True)
    for_collective = models.BooleanField("tặng tập thể", default=False)
    for_household = models.BooleanField("tặng hộ gia đình", default=False)
    level = models.CharField("cấp khen thưởng", max_length=20, choices=Level.choices)
    awarded_by = models.CharField("thẩm quyền quyết định", max_length=300, blank=True)
    report_order = models.PositiveSmallIntegerField("thứ tự trong báo cáo", default=100)
    legal_article = models.CharField("căn cứ (điều, khoản)", max_length=200, blank=True,
                                     help_text="Ví dụ: Luật Thi đua, khen thưởng 2022, Điều 24")
    legal_source = models.CharField("nguồn đã đọc", max_length=300, blank=True)
    confirmation = models.CharField("mức xác nhận", max_length=1, choices=Confirmation.choices,
                                    default=Confirmation.UNCONFIRMED)
    is_active = models.BooleanField("đang dùng", default=True)
    history = HistoricalRecords()

    class Meta:
        verbose_name = "danh hiệu, hình thức khen thưởng"
        verbose_name_plural = "danh mục danh hiệu, hình thức khen thưởng"
        ordering = ["report_order", "name"]

    def __str__(self):
        return self.name

    def alias_list(self):
        return [line.strip() for line in self.aliases.splitlines() if line.strip()]

    def recipient_kinds(self):
        return [kind for kind, on in ((RecipientKind.INDIVIDUAL, self.for_individual),
                                      (RecipientKind.COLLECTIVE, self.for_collective),
                                      (RecipientKind.HOUSEHOLD, self.for_household)) if on]
