"""Vietnamese error pages (400, 403, 404, 500, 503 and a failed CSRF check).

400/403/404 extend the page shell. 500 and 503 render without the request's context
processors or the database: they must answer when the database is the thing that failed.
A database that does not answer (restarted, unreachable) is a 503 "try again", not a 500.
"""
import sys

from django.db import InterfaceError, OperationalError
from django.http import HttpResponse
from django.shortcuts import render
from django.template import loader


def error_400(request, exception=None):
    return render(request, "errors/400.html", status=400)


def error_403(request, exception=None):
    return render(request, "errors/403.html", status=403)


def error_404(request, exception=None):
    return render(request, "errors/404.html", status=404)


def _standalone(template, status):
    response = HttpResponse(loader.get_template(template).render(), status=status)
    if status == 503:
        response["Retry-After"] = "30"
    return response


def error_500(request):
    exc = sys.exc_info()[1]
    if isinstance(exc, (OperationalError, InterfaceError)):
        return _standalone("errors/503.html", 503)
    return _standalone("errors/500.html", 500)


def csrf_failure(request, reason=""):
    return render(request, "errors/403_csrf.html", status=403)
