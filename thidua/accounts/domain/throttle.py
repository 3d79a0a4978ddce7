"""Login attempt limiting: after too many wrong passwords for one username or one address
within a window, refuse further attempts for a while. Counters live in Django's cache
(Redis in production, so every gunicorn worker and server sees the same counts)."""
import logging

from django.conf import settings
from django.core.cache import cache

log = logging.getLogger("thidua.security")


def _limits():
    return (
        settings.THIDUA_LOGIN_MAX_FAILURES,
        settings.THIDUA_LOGIN_WINDOW_MINUTES * 60,
        settings.THIDUA_LOGIN_LOCK_MINUTES * 60,
    )


def _keys(username, address):
    keys = []
    if username:
        keys.append("u:" + username.strip().lower()[:150])
    if address:
        keys.append("ip:" + address)
    return keys


def locked(username, address):
    """True when this username or this address is locked out now."""
    return any(cache.get("login-lock:" + key) for key in _keys(username, address))


def record_failure(username, address):
    max_failures, window, lock = _limits()
    for key in _keys(username, address):
        counter = "login-fail:" + key
        cache.add(counter, 0, window)
        try:
            count = cache.incr(counter)
        except ValueError:  # expired between add and incr
            cache.set(counter, 1, window)
            count = 1
        if count >= max_failures:
            cache.set("login-lock:" + key, 1, lock)
            log.warning("login locked for %s after %s failures", key, count)


def record_success(username, address):
    for key in _keys(username, address)[:1]:  # the address keeps its count: one good account does not clear it
        cache.delete("login-fail:" + key)
