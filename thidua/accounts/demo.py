"""Demo logins: one per role (and an officer for each seed unit)."""
from django.contrib.auth.models import Group, Permission
from django.db import transaction

from thidua.accounts.models import Role, RoleAssignment, User
from thidua.units.models import Unit

DEMO_PASSWORD = "thidua2025"

# username, full name, role, unit code, position
DEMO_USERS = [
    ("ban.tdkt", "Cán bộ Ban Thi đua (minh họa)", Role.BOARD_OFFICER, "ban-tdkt", "Chuyên viên Ban Thi đua - Khen thưởng"),
    ("kesat.canbo", "Cán bộ thi đua xã Kẻ Sặt (minh họa)", Role.UNIT_OFFICER, "xa-ke-sat", "Công chức Văn hóa - Xã hội"),
    ("kesat.congan", "Người đề xuất Công an xã (minh họa)", Role.SUBMITTER, "xa-ke-sat-cong-an", "Cán bộ Công an xã"),
    ("kesat.hoidong", "Thành viên Hội đồng TĐKT xã (minh họa)", Role.COUNCIL_MEMBER, "xa-ke-sat", "Ủy viên Hội đồng"),
    ("kesat.xem", "Người xem xã Kẻ Sặt (minh họa)", Role.VIEWER, "xa-ke-sat", "Cán bộ"),
    ("anhai.canbo", "Cán bộ thi đua phường An Hải (minh họa)", Role.UNIT_OFFICER, "phuong-an-hai", "Công chức Văn hóa - Xã hội"),
    ("ngoaivu.canbo", "Cán bộ thi đua Sở Ngoại vụ (minh họa)", Role.UNIT_OFFICER, "so-ngoai-vu", "Chuyên viên Văn phòng Sở"),
    ("khcn.canbo", "Cán bộ thi đua Sở KH&CN (minh họa)", Role.UNIT_OFFICER, "so-khcn", "Chuyên viên Văn phòng Sở"),
]

BOARD_GROUP = "Ban Thi đua - Khen thưởng"


@transaction.atomic
def load(out=None):
    group, _ = Group.objects.get_or_create(name=BOARD_GROUP)
    group.permissions.set(Permission.objects.filter(content_type__app_label__in=[
        "units", "campaigns", "accounts", "plans", "honors", "delegates", "reports", "ingest", "documents",
    ]))
    for username, full_name, role, unit_code, position in DEMO_USERS:
        user = User.objects.filter(username=username).first()
        if user is None:
            user = User(username=username, full_name=full_name, position=position)
            user.set_password(DEMO_PASSWORD)
            user.is_staff = role == Role.BOARD_OFFICER
            user.save()
        if role == Role.BOARD_OFFICER:
            user.groups.add(group)
        RoleAssignment.objects.get_or_create(user=user, unit=Unit.objects.get(code=unit_code), role=role)


def logins_text():
    lines = ["Tài khoản minh họa (mật khẩu chung: %s):" % DEMO_PASSWORD]
    for username, _full, role, unit_code, _pos in DEMO_USERS:
        lines.append(f"  {username:<16} {role.label} — {Unit.objects.get(code=unit_code).title_name}")
    return "\n".join(lines)
