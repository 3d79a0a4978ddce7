"""Navigation bar and home-page panels, collected from each app's AppConfig.

An app lists ``nav_items`` (and optionally ``home_panels``) on its AppConfig; the shell
collects them, so adding a part of the domain never edits a shared template.
"""
from django.apps import apps

from thidua.common.navigation import HomePanel, NavItem  # noqa: F401  (the shapes apps list)


def nav_for(role_codes):
    items = []
    for config in apps.get_app_configs():
        for item in getattr(config, "nav_items", ()):
            if item.roles and not set(item.roles) & set(role_codes):
                continue
            url = item.url()
            if url:
                items.append((item.order, item.label, url))
    return [{"label": label, "url": url} for _, label, url in sorted(items)]


def panel_context(panel, request):
    """The panel's context; ``None`` hides the panel."""
    func = panel.context
    if func is None:
        return {}
    if isinstance(func, str):
        from django.utils.module_loading import import_string

        func = import_string(func)
    return func(request)


def home_panels_for(role_codes):
    panels = []
    for config in apps.get_app_configs():
        for panel in getattr(config, "home_panels", ()):
            if panel.roles and not set(panel.roles) & set(role_codes):
                continue
            panels.append(panel)
    return sorted(panels, key=lambda p: p.order)
