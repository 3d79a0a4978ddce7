"""Absolute addresses printed in documents (QR codes, links)."""
from django.conf import settings

DEVELOPMENT_URL = "http://127.0.0.1:8000"


def public_url(path, request=None):
    """``path`` on the configured public address (``THIDUA_PUBLIC_URL``); without one, on the
    request's address, or the development server's outside a request."""
    if settings.THIDUA_PUBLIC_URL:
        return settings.THIDUA_PUBLIC_URL + path
    if request is not None:
        return request.build_absolute_uri(path)
    return DEVELOPMENT_URL + path
