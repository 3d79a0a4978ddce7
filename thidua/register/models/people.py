from django.conf import settings
from django.db import models
from simple_history.models import HistoricalRecords


class PersonLink(models.Model):
    """Why and how surely a record was linked to its register person (the linking pass of
    ``thidua.register.domain.people``): identity number, name and birth year, workplace, unit."""

    class Basis(models.TextChoices):
        IDENTITY = "identity", "Trùng số định danh"
        NAME_BIRTH_YEAR = "name_birth_year", "Trùng họ tên và năm sinh"
        NAME_WORKPLACE = "name_workplace", "Trùng họ tên và đơn vị công tác"
        NAME_UNIT = "name_unit", "Trùng tên trong cùng đơn vị"
        NEW = "new", "Người mới trong sổ"
        OFFICER = "officer", "Cán bộ xác định"

    record = models.OneToOneField("register.AwardRecord", verbose_name="bản ghi", on_delete=models.CASCADE,
                                  related_name="person_link")
    person = models.ForeignKey("register.RegisterPerson", verbose_name="người, tập thể", on_delete=models.CASCADE,
                               related_name="links")
    confidence = models.FloatField("độ tin cậy", help_text="Từ 0 đến 1.")
    basis = models.CharField("căn cứ", max_length=20, choices=Basis.choices)
    linked_at = models.DateTimeField("ngày liên kết", auto_now=True)

    class Meta:
        verbose_name = "liên kết bản ghi với người"
        verbose_name_plural = "liên kết bản ghi với người"

    def __str__(self):
        return f"{self.record_id} → {self.person_id} ({self.confidence:.2f})"


class DuplicateDecision(models.Model):
    """The officer's decision on a pair of records suspected to be one award written twice:
    merged (the second is no longer counted) or kept apart (not listed again)."""

    class Kind(models.TextChoices):
        SAME_AWARD = "same_award", "Cùng người, cùng hình thức, cùng năm"
        SAME_ACHIEVEMENT = "same_achievement", "Cùng thành tích được một cơ quan khen hai lần"

    class Decision(models.TextChoices):
        MERGE = "merge", "Gộp làm một"
        APART = "apart", "Giữ riêng"

    record_a = models.ForeignKey("register.AwardRecord", verbose_name="bản ghi thứ nhất", on_delete=models.PROTECT,
                                 related_name="+")
    record_b = models.ForeignKey("register.AwardRecord", verbose_name="bản ghi thứ hai", on_delete=models.PROTECT,
                                 related_name="+")
    kind = models.CharField("loại trùng", max_length=20, choices=Kind.choices)
    decision = models.CharField("quyết định", max_length=10, choices=Decision.choices)
    kept = models.ForeignKey("register.AwardRecord", verbose_name="bản ghi giữ lại", null=True, blank=True,
                             on_delete=models.PROTECT, related_name="+")
    reason = models.TextField("lý do", blank=True, max_length=2000)
    decided_by = models.ForeignKey(settings.AUTH_USER_MODEL, verbose_name="người quyết định", null=True, blank=True,
                                   on_delete=models.SET_NULL, related_name="+")
    decided_at = models.DateTimeField("ngày quyết định", auto_now_add=True)
    history = HistoricalRecords()

    class Meta:
        verbose_name = "quyết định về bản ghi trùng"
        verbose_name_plural = "quyết định về bản ghi trùng"
        ordering = ["-decided_at", "-id"]
        constraints = [models.UniqueConstraint(fields=["record_a", "record_b"], name="register_duplicate_pair_once")]

    def __str__(self):
        return f"{self.record_a_id} & {self.record_b_id}: {self.get_decision_display()}"
