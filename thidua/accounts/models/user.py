from django.contrib.auth.models import AbstractUser
from django.db import models
from simple_history.models import HistoricalRecords


class Role(models.TextChoices):
    BOARD_OFFICER = "board_officer", "Cán bộ Ban Thi đua - Khen thưởng"
    UNIT_OFFICER = "unit_officer", "Cán bộ thi đua đơn vị"
    SUBMITTER = "submitter", "Người đề xuất (đơn vị trực thuộc)"
    COUNCIL_MEMBER = "council_member", "Thành viên Hội đồng Thi đua - Khen thưởng"
    VIEWER = "viewer", "Người xem"


# Order in which a user's roles decide their home page.
ROLE_PRIORITY = [Role.BOARD_OFFICER, Role.UNIT_OFFICER, Role.COUNCIL_MEMBER, Role.SUBMITTER, Role.VIEWER]


class User(AbstractUser):
    full_name = models.CharField("họ và tên", max_length=150, blank=True)
    position = models.CharField("chức vụ", max_length=150, blank=True)
    phone = models.CharField("điện thoại", max_length=30, blank=True)
    history = HistoricalRecords(excluded_fields=["password", "last_login"])

    class Meta:
        verbose_name = "người dùng"
        verbose_name_plural = "người dùng"

    def __str__(self):
        return self.full_name or self.get_full_name() or self.username


class RoleAssignment(models.Model):
    """A user's role in a unit. The Board officer's unit is the Board; everyone else is
    scoped to their unit and the units under it."""

    user = models.ForeignKey(User, verbose_name="người dùng", on_delete=models.CASCADE, related_name="roles")
    unit = models.ForeignKey("units.Unit", verbose_name="đơn vị", on_delete=models.PROTECT, related_name="role_assignments")
    role = models.CharField("vai trò", max_length=30, choices=Role.choices)
    created_at = models.DateTimeField("ngày giao", auto_now_add=True)
    history = HistoricalRecords()

    class Meta:
        verbose_name = "vai trò"
        verbose_name_plural = "vai trò"
        ordering = ["user", "role"]
        constraints = [models.UniqueConstraint(fields=["user", "unit", "role"], name="unique_role_per_user_unit")]

    def __str__(self):
        return f"{self.user} — {self.get_role_display()} — {self.unit}"
