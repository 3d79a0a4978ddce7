"""The register's search page (one box and the filters, best first, Excel export of the
results) and a person's page (their whole award history). Scope: only the records the user
sees (``scope.visible_records``); a person no record of whom the user sees is a 404; identity
numbers only to the managing unit's officers and the Board, and an identity number typed in
the box matches only records whose identity numbers the user may see."""
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.shortcuts import get_object_or_404, render

from thidua.accounts.domain import scope
from thidua.documents.interfaces.responses import file_response
from thidua.register.domain import search
from thidua.register.domain.scope import visible_records
from thidua.register.interfaces.excel import records_xlsx
from thidua.register.interfaces.forms import FilterForm
from thidua.register.models import RegisterPerson

LIMIT = 200


def _identity_ok(user):
    return lambda record: user.has_perm("register.view_identity_obj", record)


def _search(request):
    if not request.user.has_perm("register.view_register"):
        raise PermissionDenied("Cần đăng nhập.")
    form = FilterForm(request.GET or None, units=scope.visible_units(request.user))
    hits, asked = [], False
    if form.is_valid() and form.cleaned_data["q"]:
        data, asked = form.cleaned_data, True
        hits = search.search(data["q"], user=request.user, unit=data["unit"], year=data["year"], form=data["form"],
                             level=data["level"] or None, limit=LIMIT)
        if search.parse(data["q"]).identities:
            may_see = _identity_ok(request.user)
            hits = [h for h in hits if may_see(h.record)]
    return form, hits, asked


@login_required
def search_page(request):
    form, hits, asked = _search(request)
    return render(request, "register/search.html", {
        "form": form, "hits": hits, "asked": asked, "limit": LIMIT, "query": request.GET.urlencode(),
    })


@login_required
def search_export(request):
    _, hits, _ = _search(request)
    return file_response(records_xlsx([h.record for h in hits], _identity_ok(request.user)), "tim-kiem-khen-thuong.xlsx")


@login_required
def person_page(request, pk):
    person = get_object_or_404(RegisterPerson.objects.select_related("unit"), pk=pk)
    records = list(visible_records(request.user, person.records.select_related("form", "unit", "predecessor"))
                   .order_by("year", "form__report_order", "id"))
    if not records:
        raise Http404("Không có người này trong sổ khen thưởng bạn được xem.")
    return render(request, "register/person.html", {
        "person": person, "records": records, "valid": sum(1 for r in records if r.is_valid),
        "show_identity": request.user.has_perm("register.view_identity_obj", person),
    })
