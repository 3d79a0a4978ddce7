"""The site's URLs plus views that fail on purpose, for the error page tests only."""
from contextlib import ExitStack

from django.core.exceptions import BadRequest, PermissionDenied
from django.db import OperationalError, connection
from django.urls import path

from thidua.urls import handler400, handler403, handler404, handler500  # noqa: F401
from thidua.urls import urlpatterns as site

STACKS = []


def refuse_queries(execute, sql, params, many, context):
    raise AssertionError(f"the error page queried the database: {sql}")


def boom(request):
    # from here on any query fails: the 500 page must render without the database
    stack = ExitStack()
    stack.enter_context(connection.execute_wrapper(refuse_queries))
    STACKS.append(stack)
    raise RuntimeError("lỗi thử")


def db_down(request):
    raise OperationalError("server closed the connection unexpectedly")


def bad(request):
    raise BadRequest("thử")


def forbidden(request):
    raise PermissionDenied


urlpatterns = [
    path("__loi/500/", boom),
    path("__loi/503/", db_down),
    path("__loi/400/", bad),
    path("__loi/403/", forbidden),
    *site,
]
