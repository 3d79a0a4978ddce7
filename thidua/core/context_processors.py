from thidua.accounts.domain import scope
from thidua.common import clock
from thidua.core.navigation import nav_for


def shell(request):
    """What the page shell needs: the user's unit, role and navigation."""
    user = getattr(request, "user", None)
    fixed = {"fixed_day": clock.fixed_day()}
    if not user or not user.is_authenticated:
        return {"nav_items": [], **fixed}
    primary = scope.primary_assignment(user)
    codes = scope.role_codes(user)
    if user.is_superuser:
        codes = codes | {"board_officer"}
    return {
        "nav_items": nav_for(codes),
        "current_assignment": primary,
        "current_unit": primary.unit if primary else None,
        "current_role_label": primary.get_role_display() if primary else ("Quản trị hệ thống" if user.is_superuser else ""),
        "is_board": scope.is_board(user),
        **fixed,
    }
