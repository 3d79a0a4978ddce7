"""The register's pages: the list (filters, Excel export), a record, its revocation, the
Excel import (upload → preview with the guessed mapping → confirm) and the catalogue."""
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.shortcuts import get_object_or_404, redirect, render

from thidua.accounts.domain import scope
from thidua.common.errors import DomainError
from thidua.common.text import fold
from thidua.common.web import post_only, show_error
from thidua.documents.interfaces.responses import file_response
from thidua.register.domain import catalogue, imports, records
from thidua.register.domain.scope import of_unit, visible_records
from thidua.register.domain.sheets import TARGETS
from thidua.register.interfaces.excel import records_xlsx
from thidua.register.interfaces.forms import CatalogueForm, DefaultsForm, FilterForm, RevokeForm, UploadForm
from thidua.register.models import AwardForm, AwardRecord, ImportBatch


def _require(request, perm, obj, message):
    if not request.user.has_perm(perm, obj):
        raise PermissionDenied(message)


def _filtered(request):
    units = scope.visible_units(request.user)
    form = FilterForm(request.GET or None, units=units)
    qs = visible_records(request.user, AwardRecord.objects.select_related("form", "unit", "predecessor"))
    if form.is_valid():
        data = form.cleaned_data
        if data["q"]:
            qs = qs.filter(name_folded__contains=fold(data["q"]))
        if data["year"]:
            qs = qs.filter(year=data["year"])
        if data["form"]:
            qs = qs.filter(form=data["form"])
        if data["level"]:
            qs = qs.filter(form__level=data["level"])
        if data["unit"]:
            qs = of_unit(data["unit"], qs)
    return form, qs


@login_required
def record_list(request):
    _require(request, "register.view_register", None, "Cần đăng nhập.")
    form, qs = _filtered(request)
    page = Paginator(qs, 100).get_page(request.GET.get("trang"))
    managed = scope.scope_queryset(scope.visible_units(request.user), request.user, None, roles=["unit_officer"]) \
        if not scope.is_board(request.user) else scope.visible_units(request.user)
    return render(request, "register/list.html", {
        "form": form, "page": page, "total": page.paginator.count, "query": request.GET.urlencode(),
        "can_import": scope.is_board(request.user) or managed.exists(),
    })


@login_required
def record_export(request):
    _require(request, "register.view_register", None, "Cần đăng nhập.")
    _, qs = _filtered(request)
    data = records_xlsx(qs, lambda r: request.user.has_perm("register.view_identity_obj", r))
    return file_response(data, "so-khen-thuong.xlsx")


def _record_or_404(request, pk):
    qs = visible_records(request.user, AwardRecord.objects.select_related("form", "unit", "unit_then", "predecessor"))
    return get_object_or_404(qs, pk=pk)


@login_required
def record_detail(request, pk):
    record = _record_or_404(request, pk)
    _require(request, "register.view_record_obj", record, "Không được xem bản ghi này.")
    return render(request, "register/detail.html", {
        "record": record, "show_identity": request.user.has_perm("register.view_identity_obj", record),
        "can_change": request.user.has_perm("register.change_record_obj", record), "revoke_form": RevokeForm(),
        "history": record.history.select_related("history_user").order_by("-history_date")[:20],
    })


@login_required
@post_only
def record_revoke(request, pk):
    record = _record_or_404(request, pk)
    _require(request, "register.change_record_obj", record, "Chỉ cán bộ thi đua của đơn vị quản lý được thu hồi.")
    form = RevokeForm(request.POST)
    if form.is_valid():
        try:
            records.revoke_record(record, request.user, form.cleaned_data["revoked_by"],
                                  form.cleaned_data["revoked_reason"])
            messages.success(request, "Đã ghi thu hồi khen thưởng.")
        except DomainError as error:
            show_error(request, error)
    else:
        messages.error(request, "Cần ghi quyết định thu hồi và lý do.")
    return redirect("register:detail", record.pk)


def _managed_units(user):
    if scope.is_board(user):
        return scope.visible_units(user)
    return scope.visible_units(user, roles=["unit_officer"])


@login_required
def import_upload(request):
    units = _managed_units(request.user)
    if not units.exists():
        raise PermissionDenied("Chỉ cán bộ thi đua của đơn vị được nhập sổ khen thưởng.")
    form = UploadForm(request.POST or None, request.FILES or None, units=units)
    if request.method == "POST" and form.is_valid():
        unit = form.cleaned_data["unit"]
        _require(request, "register.import_obj", unit, "Không được nhập vào sổ của đơn vị này.")
        try:
            batch = imports.upload(unit, request.user, form.cleaned_data["file"])
            return redirect("register:import_preview", batch.pk)
        except DomainError as error:
            show_error(request, error, form)
    batches = scope.scope_queryset(ImportBatch.objects.select_related("unit"), request.user, "unit")[:20]
    return render(request, "register/import_upload.html", {"form": form, "batches": batches}, status=200)


def _batch_or_404(request, pk):
    return get_object_or_404(scope.scope_queryset(ImportBatch.objects.select_related("unit"), request.user, "unit"),
                             pk=pk)


def _posted_mapping(request, sheets):
    mapping = {}
    for n, sheet in enumerate(sheets):
        mapping[sheet.name] = {}
        for index in sheet.headers:
            value = request.POST.get(f"col-{n}-{index}", sheet.mapping.get(str(index), ""))
            mapping[sheet.name][str(index)] = value
    return mapping


@login_required
def import_preview(request, pk):
    batch = _batch_or_404(request, pk)
    _require(request, "register.import_obj", batch, "Chỉ cán bộ thi đua của đơn vị được nhập sổ khen thưởng.")
    defaults = DefaultsForm(request.POST or None, initial={"award_kind": batch.defaults.get("award_kind", "regular"),
                                                           "year": batch.defaults.get("year")})
    if request.method == "POST" and batch.status in imports.OPEN:
        try:
            sheets, _ = imports.preview(batch)
            forms = {key[5:]: value for key, value in request.POST.items() if key.startswith("form:")}
            values = defaults.cleaned_data if defaults.is_valid() else batch.defaults
            batch = imports.set_mapping(batch, request.user, _posted_mapping(request, sheets), forms,
                                        {k: v for k, v in values.items() if v})
            if request.POST.get("action") == "confirm":
                batch = imports.confirm(batch, request.user)
                if batch.status == ImportBatch.Status.DONE:
                    messages.success(request, f"Đã nhập {batch.imported_count} bản ghi vào sổ khen thưởng.")
                    return redirect("register:list")
                messages.info(request, "Tệp lớn: đang nhập trong nền, trang này cho biết tiến độ.")
            return redirect("register:import_preview", batch.pk)
        except DomainError as error:
            show_error(request, error)
            batch.refresh_from_db()
    sheets, result, error = [], None, ""
    try:
        sheets, result = imports.preview(batch)
    except DomainError as exc:
        error = exc.message
    columns = [(n, sheet, [(index, header, sheet.mapping.get(str(index), "")) for index, header in
                           sorted(sheet.headers.items())]) for n, sheet in enumerate(sheets)]
    return render(request, "register/import_preview.html", {
        "batch": batch, "columns": columns, "result": result, "error": error, "targets": list(TARGETS.items()),
        "catalogue": AwardForm.objects.filter(is_active=True), "defaults": defaults,
        "rows": result.rows[:200] if result else [], "errors": result.errors[:300] if result else [],
    })


@login_required
def catalogue_list(request):
    _require(request, "register.view_register", None, "Cần đăng nhập.")
    return render(request, "register/catalogue.html", {
        "forms": AwardForm.objects.all(), "can_change": request.user.has_perm("register.change_catalogue")})


@login_required
def catalogue_edit(request, pk=None):
    _require(request, "register.change_catalogue", None, "Chỉ Ban Thi đua - Khen thưởng sửa danh mục.")
    entry = get_object_or_404(AwardForm, pk=pk) if pk else AwardForm()
    form = CatalogueForm(request.POST or None, instance=entry)
    if request.method == "POST" and form.is_valid():
        try:
            catalogue.save_form(entry, request.user, form.values())
            messages.success(request, "Đã lưu danh mục.")
            return redirect("register:catalogue")
        except DomainError as error:
            show_error(request, error, form)
    return render(request, "register/catalogue_edit.html", {"form": form, "entry": entry})
