"""Every named view of thidua is requested by every role: each app's
``tests/<app>/test_access_matrix.py`` holds a ``TABLE`` ``{(url name, method, kind): {role:
status}}`` whose rows are each one test requesting the URL anonymously and as every role
(``tests/permissions.py``), another unit's officer among them (403/404 on the commune's
objects). A named URL without a row, or a row naming no URL, fails here."""
import importlib
import pkgutil

from django.urls import URLPattern, URLResolver, get_resolver, include, path
from django.urls.resolvers import RegexPattern

import tests

# Views that are not unit-scoped, and why (they have rows all the same).
NOT_UNIT_SCOPED = {
    "accounts:login": "trang đăng nhập, ai cũng mở được",
    "accounts:logout": "đăng xuất",
    "core:home": "mỗi người về trang chủ của chính mình",
}


def _names(resolver, prefix=""):
    for pattern in resolver.url_patterns:
        if isinstance(pattern, URLResolver):
            ns = pattern.namespace
            if ns in (None, "admin", "api"):
                continue
            yield from _names(pattern, f"{prefix}{ns}:")
        elif isinstance(pattern, URLPattern) and pattern.name:
            yield prefix + pattern.name


def matrices():
    """``{app: module}`` of every ``tests/<app>/test_access_matrix.py``."""
    found = {}
    for info in pkgutil.iter_modules(tests.__path__):
        if not info.ispkg:
            continue
        try:
            module = importlib.import_module(f"tests.{info.name}.test_access_matrix")
        except ModuleNotFoundError as exc:
            if exc.name != f"tests.{info.name}.test_access_matrix":
                raise
            continue
        found[getattr(module, "APP", info.name)] = module
    return found


def rows():
    """``{"app:url name": [row, …]}`` over every matrix."""
    out = {}
    for app, module in matrices().items():
        for (name, _method, _kind), row in module.TABLE.items():
            out.setdefault(f"{app}:{name}", []).append(row)
    return out


def covered():
    """The URL names some matrix requests (what each app's ``COVERED_URL_NAMES`` listed before)."""
    return set(rows())


def missing(resolver):
    return sorted(set(_names(resolver)) - covered() - set(NOT_UNIT_SCOPED))


def test_every_named_view_is_requested_by_every_role():
    assert not missing(get_resolver()), f"Views without a row in a tests/<app>/test_access_matrix.py TABLE: " \
                                        f"{missing(get_resolver())}"


def test_every_row_names_a_view():
    stale = sorted(covered() - set(_names(get_resolver())))
    assert not stale, f"Rows for URLs that do not exist: {stale}"


def test_every_row_asks_another_units_officer():
    without = sorted(name for name, table_rows in rows().items() if any("other_officer" not in r for r in table_rows))
    assert not without, f"Rows that do not request the page as another unit's officer: {without}"


def test_a_new_view_without_a_row_is_reported():
    def view(request):
        return None

    urls = [path("ke-hoach/", include(([path("", view, name="list"), path("moi/", view, name="new_page")], "plans")))]
    assert missing(URLResolver(RegexPattern(r"^/"), urls)) == ["plans:new_page"]
