from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.shortcuts import render

from thidua.accounts.domain import scope
from thidua.core.domain.changelog import HISTORY_MODELS, change_keys, describe_page
from thidua.core.navigation import home_panels_for, panel_context

HOME_TEMPLATES = {
    "board_officer": "core/home_board.html",
    "unit_officer": "core/home_unit_officer.html",
    "submitter": "core/home_submitter.html",
    "council_member": "core/home_council.html",
    "viewer": "core/home_viewer.html",
}


@login_required
def home(request):
    """Each role lands on its own home page; apps add panels to it."""
    primary = scope.primary_assignment(request.user)
    role = primary.role if primary else ("board_officer" if request.user.is_superuser else None)
    if role is None:
        return render(request, "core/home_no_role.html", status=200)
    panels = []
    for panel in home_panels_for({role}):
        context = panel_context(panel, request)
        if context is not None:
            panels.append({"template": panel.template, "context": context})
    from thidua.core.domain.dashboard import home_summary

    return render(
        request,
        HOME_TEMPLATES[role],
        {"role": role, "assignment": primary, "panels": panels, "summary": home_summary(request.user, primary)},
    )


@login_required
def history(request):
    """Every recorded change (who, when, which named action, what), for the Board."""
    if not request.user.has_perm("core.view_history"):
        raise PermissionDenied
    model_key = request.GET.get("loai", "")
    if model_key and model_key not in HISTORY_MODELS:
        model_key = ""
    page = Paginator(change_keys(model_key or None, limit=1000), 50).get_page(request.GET.get("trang"))
    page.object_list = describe_page(page.object_list)
    return render(
        request,
        "core/history.html",
        {"page": page, "model_key": model_key, "model_choices": [(k, v[1]) for k, v in HISTORY_MODELS.items()]},
    )
