"""The conference day: search a name or scan the invitation's QR, mark arrival once, live counts."""
from urllib.parse import urlencode

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404
from django.shortcuts import redirect, render
from django.urls import reverse

from thidua.common.web import post_only
from thidua.delegates.domain import checkin
from thidua.delegates.interfaces.forms import CheckinSearchForm
from thidua.delegates.views.base import CHECKIN, conference_or_404, delegate_or_404

TOO_LONG = "Nội dung tìm quá dài (tối đa 200 ký tự): gõ tên đại biểu hoặc quét lại mã QR."


def search_url(conference, query):
    """The check-in page searching ``query`` (any name: «&», «#», «+» stay part of it)."""
    return reverse("delegates:checkin", args=[conference.pk]) + "?" + urlencode({"q": query})


@login_required
def checkin_view(request, pk):
    conference = conference_or_404(request, pk, CHECKIN)
    form = CheckinSearchForm(request.GET or None)
    query = form.cleaned_data["q"].strip() if form.is_valid() else ""
    if form.is_bound and not form.is_valid():
        found = checkin.Lookup([], TOO_LONG)
    else:
        found = checkin.find(conference, query)
    ctx = {"conference": conference, "form": form, "query": query, "results": found.results, "error": found.error,
           "attendance": checkin.attendance(conference)}
    template = "delegates/_checkin_results.html" if request.htmx else "delegates/checkin.html"
    return render(request, template, ctx)


@login_required
def checkin_code(request, pk, token):
    conference = conference_or_404(request, pk, CHECKIN)
    d = conference.delegates.filter(token=token).first()
    if d is None:
        raise Http404("Mã QR không thuộc hội nghị này hoặc đại biểu đã bị xóa khỏi danh sách.")
    return render(request, "delegates/checkin.html", {
        "conference": conference, "form": CheckinSearchForm(), "results": [d], "query": "", "scanned": True,
        "attendance": checkin.attendance(conference),
    })


@login_required
@post_only
def checkin_mark(request, pk, did):
    conference = conference_or_404(request, pk, CHECKIN)
    d = delegate_or_404(conference, did)
    outcome = checkin.undo_check_in(d, request.user) if request.POST.get("undo") else checkin.check_in(d, request.user)
    if request.htmx:
        return render(request, "delegates/_checkin_row.html", {
            "conference": conference, "d": outcome.delegate, "outcome": outcome,
            "attendance": checkin.attendance(conference), "oob": True,
        })
    (messages.success if outcome.ok else messages.warning)(request, outcome.message)
    return redirect(search_url(conference, d.full_name))


@login_required
def attendance(request, pk):
    conference = conference_or_404(request, pk)
    return render(request, "delegates/_attendance.html", {"conference": conference, "attendance": checkin.attendance(conference)})
