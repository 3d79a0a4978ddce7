"""How a view shows a refused state change (``DomainError``): the one shared way.

With a form whose fields include ``error.field``, the message goes next to that field; with
a form and no such field, it is the form's general error; without a form, it is a flash
message on the next page.

``post_only`` marks a view that only acts on a form's POST."""
from functools import wraps

from django.contrib import messages
from django.http import HttpResponseNotAllowed
from django.shortcuts import redirect
from django.urls import Resolver404, resolve


def show_error(request, error, form=None):
    if form is not None:
        field = error.field if getattr(error, "field", None) in form.fields else None
        form.add_error(field, error.message if hasattr(error, "message") else str(error))
        return
    messages.error(request, error.message if hasattr(error, "message") else str(error))


POST_ONLY_MESSAGE = "Thao tác này chỉ thực hiện được bằng nút trên trang; đã chuyển về trang liên quan."


def page_above(path):
    """The nearest page above ``path`` a GET can open: its URL with the last parts taken off,
    one at a time, until one names a view that is not itself POST-only ("/" at the top)."""
    parts = [p for p in path.split("/") if p]
    while parts:
        parts.pop()
        candidate = "/" + "/".join(parts) + ("/" if parts else "")
        try:
            match = resolve(candidate)
        except Resolver404:
            continue
        if not getattr(match.func, "post_only", False):
            return candidate
    return "/"


def post_only(view):
    """Like ``require_POST``, but a GET (a reload after a failed form, a bookmarked button)
    lands on the page above with a message instead of an empty 405 page."""
    @wraps(view)
    def wrapper(request, *args, **kwargs):
        if request.method == "POST":
            return view(request, *args, **kwargs)
        if request.method in ("GET", "HEAD"):
            messages.info(request, POST_ONLY_MESSAGE)
            return redirect(page_above(request.path_info))
        return HttpResponseNotAllowed(["POST"])

    wrapper.post_only = True
    return wrapper
