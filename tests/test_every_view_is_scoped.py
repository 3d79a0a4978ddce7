"""Every named view of thidua must have an access test: each app's tests/<app>/test_access.py
lists the URL names it proves (``COVERED_URL_NAMES``): another unit gets 403/404."""
import importlib
import pkgutil

from django.urls import URLPattern, URLResolver, get_resolver

import tests

# Views that are not unit-scoped, and why.
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


def covered():
    names = set()
    for info in pkgutil.iter_modules(tests.__path__):
        if not info.ispkg:
            continue
        try:
            module = importlib.import_module(f"tests.{info.name}.test_access")
        except ModuleNotFoundError:
            continue
        names |= set(getattr(module, "COVERED_URL_NAMES", ()))
    return names


def test_every_named_view_has_an_access_test():
    missing = sorted(set(_names(get_resolver())) - covered() - set(NOT_UNIT_SCOPED))
    assert not missing, f"Views without a test that another unit gets 403/404: {missing}"
