"""Content-Security-Policy header: scripts, styles, images and fonts from this site only.

No ``unsafe-inline``: templates carry no inline <script>, <style> or on*= handlers (the few
behaviours they need live in static/js/thidua.js). Django 5.2 has no CSP of its own; see
docs/decisions.md for why a tiny middleware and not django-csp.
"""
from django.conf import settings

DEFAULT_POLICY = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; "
    "form-action 'self'; frame-ancestors 'none'"
)


class ContentSecurityPolicyMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response
        self.policy = getattr(settings, "THIDUA_CSP", DEFAULT_POLICY)

    def __call__(self, request):
        response = self.get_response(request)
        if self.policy and "Content-Security-Policy" not in response:
            response["Content-Security-Policy"] = self.policy
        return response
