from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.db.models import Count, Q
from django.http import Http404
from django.shortcuts import redirect, render

from thidua.accounts.domain import scope
from thidua.common.errors import DomainError
from thidua.common.web import post_only
from thidua.ingest import tasks
from thidua.ingest.domain import intake
from thidua.ingest.domain.facts_json import from_json
from thidua.ingest.domain.readers import ReadError
from thidua.ingest.interfaces.forms import LinkUnitForm, ReturnForm, UploadForm
from thidua.ingest.models import ImportBatch, ReceivedDocument

FAILED = [ReceivedDocument.Status.FAILED, ReceivedDocument.Status.NOT_PLAN]


def _board_only(user):
    if not user.has_perm("ingest.upload"):
        raise PermissionDenied("Chỉ cán bộ Ban Thi đua - Khen thưởng tiếp nhận kế hoạch của các đơn vị.")


def _batch_page(request, form):
    batches = (
        ImportBatch.objects.select_related("campaign", "created_by")
        .annotate(
            total=Count("documents"),
            failed=Count("documents", filter=Q(documents__status__in=FAILED)),
            waiting=Count("documents", filter=Q(documents__status=ReceivedDocument.Status.WAITING)),
            pending=Count("documents", filter=Q(documents__status=ReceivedDocument.Status.READ,
                                                documents__decision=ReceivedDocument.Decision.PENDING)),
        )
        .order_by("-created_at", "-pk")
    )
    page = Paginator(batches, 30).get_page(request.GET.get("trang"))
    return render(request, "ingest/batch_list.html", {"page": page, "form": form}, status=400 if form.errors else 200)


@login_required
def batch_list(request):
    _board_only(request.user)
    return _batch_page(request, UploadForm())


@login_required
@post_only
def upload(request):
    _board_only(request.user)
    form = UploadForm(request.POST, request.FILES)
    if not form.is_valid():
        return _batch_page(request, form)
    # a file over the limit is not read into memory: it becomes a failed row with the reason
    limit = settings.THIDUA_MAX_UPLOAD_BYTES
    too_big = ReadError(f"Tệp lớn hơn giới hạn {limit // (1024 * 1024)} MB.")
    files = [(f.name, too_big if f.size > limit else f.read()) for f in form.cleaned_data["files"]]
    batch = tasks.receive(files, form.cleaned_data["campaign"], request.user, form.cleaned_data["note"])
    count = batch.documents.count()
    messages.success(request, f"Đã nhận {count} văn bản; mỗi văn bản được đọc và kiểm tra lần lượt, kết quả hiện dần trong bảng.")
    return redirect("ingest:batch_detail", pk=batch.pk)


def _document_rows(documents):
    rows = []
    for doc in documents:
        facts = from_json(doc.facts) if doc.facts else None
        rows.append({"doc": doc, "facts": facts})
    return rows


def _batch_context(request, pk):
    batch = ImportBatch.objects.select_related("campaign", "created_by").filter(pk=pk).first()
    if batch is None:
        raise Http404("Không tìm thấy đợt tiếp nhận.")
    documents = batch.documents.select_related("unit").defer("text").order_by("pk")
    only = request.GET.get("loc", "")
    if only == "loi":
        documents = documents.filter(Q(findings__icontains='"error"') | Q(status__in=FAILED))
    rows = _document_rows(documents)
    if only:  # rows still waiting are hidden by the filter, yet the table must keep polling
        waiting = batch.documents.filter(status=ReceivedDocument.Status.WAITING).count()
    else:
        waiting = sum(1 for row in rows if row["doc"].status == ReceivedDocument.Status.WAITING)
    return {"batch": batch, "rows": rows, "only": only, "waiting": waiting}


@login_required
def batch_detail(request, pk):
    _board_only(request.user)
    return render(request, "ingest/batch_detail.html", _batch_context(request, pk))


@login_required
def batch_rows(request, pk):
    """The batch table alone: the batch page polls it (htmx) while documents wait to be read."""
    _board_only(request.user)
    return render(request, "ingest/_batch_rows.html", _batch_context(request, pk))


def _document_for(request, pk):
    document = (
        scope.scope_queryset(ReceivedDocument.objects.all(), request.user)
        .select_related("batch__campaign", "unit", "plan", "decided_by")
        .filter(pk=pk)
        .first()
    )
    if document is None or not request.user.has_perm("ingest.view_received_document", document):
        raise Http404("Không tìm thấy văn bản, hoặc văn bản không thuộc phạm vi của bạn.")
    return document


@login_required
def document_detail(request, pk):
    document = _document_for(request, pk)
    facts = from_json(document.facts) if document.facts else None
    can_decide = request.user.has_perm("ingest.decide")
    return render(request, "ingest/document_detail.html", {
        "doc": document, "facts": facts, "can_decide": can_decide,
        "return_form": ReturnForm(), "link_form": LinkUnitForm(initial={"unit": document.unit_id}),
    })


def _decide(request, pk, action):
    _board_only(request.user)
    document = _document_for(request, pk)
    try:
        action(document)
    except DomainError as exc:
        messages.error(request, str(exc))
    next_url = request.POST.get("next", "")
    if next_url == "batch":
        return redirect("ingest:batch_detail", pk=document.batch_id)
    return redirect("ingest:document_detail", pk=document.pk)


@login_required
@post_only
def document_accept(request, pk):
    def act(document):
        intake.accept(document, request.user)
        messages.success(request, f"Đã chấp thuận kế hoạch của {document.unit} làm kế hoạch của đơn vị.")

    return _decide(request, pk, act)


@login_required
@post_only
def document_return(request, pk):
    form = ReturnForm(request.POST)

    def act(document):
        if not form.is_valid():
            raise DomainError("Ý kiến của Ban quá dài (tối đa 2000 ký tự).")
        intake.return_to_unit(document, request.user, form.cleaned_data["comment"])
        messages.success(request, f"Đã trả lại kế hoạch của {document.unit} kèm {len(document.findings)} nội dung cần sửa.")

    return _decide(request, pk, act)


@login_required
@post_only
def document_link_unit(request, pk):
    form = LinkUnitForm(request.POST)

    def act(document):
        if not form.is_valid():
            raise DomainError("Đơn vị không hợp lệ.")
        intake.link_unit(document, form.cleaned_data["unit"], request.user)
        messages.success(request, f"Đã gắn văn bản với {form.cleaned_data['unit']}.")

    return _decide(request, pk, act)
