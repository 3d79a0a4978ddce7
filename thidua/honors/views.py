"""Thin views: scope every query (404 for another unit's object), ask the honors rules
(``has_perm``, 403), call the domain, render. No view writes a model itself."""
import io
import zipfile

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.db.models import Count, Q
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.http import urlencode

from thidua.accounts.domain import scope
from thidua.accounts.interfaces.lookup import scoped_or_404, unit_or_404
from thidua.campaigns.domain.current import evaluation_period
from thidua.common import clock
from thidua.common.collation import vi_order
from thidua.common.errors import DomainError
from thidua.common.text import slugify_vi
from thidua.common.web import post_only, show_error
from thidua.documents.interfaces.responses import file_response
from thidua.honors.domain import caps, council, criteria, decisions, dossier, nominations, nominees
from thidua.honors.domain import layout as layouts
from thidua.honors.domain.certificates import DEFAULT_POSITIONS
from thidua.honors.domain.quotas import quota_status
from thidua.honors.interfaces import certificates as certs
from thidua.honors.interfaces import documents, excel
from thidua.honors.interfaces.forms import (
    CriteriaForm,
    DecisionForm,
    DossierUploadForm,
    EvidenceForm,
    ImportForm,
    LayoutForm,
    MeetingForm,
    NominateForm,
    NomineeForm,
    VoteForm,
)
from thidua.honors.models import (
    Award,
    AwardDecision,
    CertificateLayout,
    CouncilMeeting,
    CouncilVote,
    CriteriaSet,
    DossierDocument,
    EvidenceFile,
    Nomination,
    NominationStatus,
    Nominee,
)
from thidua.honors.rules import PROPOSERS, own_units_with, proposer_units
from thidua.plans.models import AwardCategory, Plan

# ---- access helpers ---------------------------------------------------------------------

def _visible_nominations(user):
    qs = Nomination.objects.all()
    return scope.scope_queryset(qs, user, "unit") | scope.scope_queryset(qs, user, "proposing_unit")


def _nomination(user, pk):
    nomination = (_visible_nominations(user).select_related("nominee__workplace", "category__plan__unit", "unit",
                                                            "proposing_unit", "criteria")
                  .filter(pk=pk).first())
    if nomination is None:
        raise Http404("Không tìm thấy đề xuất, hoặc đề xuất không thuộc phạm vi của bạn.")
    return nomination


def _nominee(user, pk):
    return scoped_or_404(Nominee.objects.select_related("unit", "workplace"), user, "hồ sơ", pk=pk)


def _plan(user, pk):
    return scoped_or_404(Plan.objects.select_related("unit", "campaign"), user, "kế hoạch", pk=pk)


def _require(user, perm, obj=None, message="Vai trò của bạn không được thực hiện thao tác này."):
    """403 unless ``user`` has the honors rule ``perm`` (thidua/honors/rules.py) on ``obj``."""
    if not user.has_perm(perm, obj):
        raise PermissionDenied(message)


def _evidence(user, pk):
    return scoped_or_404(EvidenceFile.objects.select_related("nominee__unit"), user, "tài liệu", field="nominee__unit",
                         pk=pk)


def _decision(user, pk):
    return scoped_or_404(AwardDecision.objects.select_related("unit", "plan"), user, "quyết định", pk=pk)


def _meeting(user, pk):
    return scoped_or_404(CouncilMeeting.objects.select_related("unit", "plan"), user, "phiên họp", pk=pk)


def _categories_for(user):
    """Award categories of the plans of the user's units, the units under them and above them."""
    return (AwardCategory.objects.select_related("plan__unit")
            .filter(scope.units_and_ancestors_q(user, "plan__unit", roles=PROPOSERS))
            .order_by("plan__unit__path", "order"))


def _criteria_for(user):
    """Shared criteria sets plus those a unit added for itself, seen by that unit, the units
    under it and the units above it; another unit's own sets stay out of sight."""
    return CriteriaSet.objects.filter(Q(owner=None) | scope.units_and_ancestors_q(user, "owner"))


def _quotas(plan):
    categories = plan.award_categories.annotate(
        n=Count("nominations", filter=~Q(nominations__status=NominationStatus.WITHDRAWN))
    ).order_by("order")
    return [(c, quota_status(c.n, c.min_count, c.max_count)) for c in categories]


# ---- nominations --------------------------------------------------------------------------

@login_required
def nomination_list(request):
    rows = (_visible_nominations(request.user)
            .select_related("nominee", "category__plan", "proposing_unit", "unit")
            .order_by("unit__path", "category__order", "nominee__full_name"))
    plans = scope.scope_queryset(Plan.objects.select_related("unit"), request.user).filter(award_categories__isnull=False).distinct()
    plan = None
    if request.GET.get("ke-hoach", "").isdigit():
        plan = plans.filter(pk=int(request.GET["ke-hoach"])).first()
        if plan:
            rows = rows.filter(category__plan=plan)
    return render(request, "honors/nomination_list.html", {
        "nominations": rows, "plans": plans, "plan": plan, "quotas": _quotas(plan) if plan else [],
        "can_propose": request.user.has_perm("honors.add_nominee"),
    })


@login_required
def quota_panel(request, plan_pk):
    plan = _plan(request.user, plan_pk)
    return render(request, "honors/_quota.html", {"quotas": _quotas(plan), "plan": plan})


@login_required
def nomination_detail(request, pk):
    return _nomination_page(request, _nomination(request.user, pk), DossierUploadForm())


def _nomination_page(request, nomination, upload_form):
    plan = nomination.category.plan
    uploaded = {d.kind: d for d in nomination.documents.all()}
    kinds = [(k, label, uploaded.get(k)) for k, label in DossierDocument.Kind.choices]
    return render(request, "honors/nomination_detail.html", {
        "n": nomination, "nominee": nomination.nominee, "plan": plan, "kinds": kinds,
        "quota": next((q for c, q in _quotas(plan) if c.pk == nomination.category_id), None),
        "evidence": nomination.nominee.evidence.all(), "votes": nomination.votes.select_related("meeting"),
        "upload_form": upload_form, "can_edit": request.user.has_perm("honors.change_nomination_obj", nomination),
    })


@login_required
def dossier_file(request, pk, kind):
    nomination = _nomination(request.user, pk)
    if kind not in DossierDocument.Kind.values:
        raise Http404("Không có loại hồ sơ này.")
    uploaded = nomination.documents.filter(kind=kind).first()
    if uploaded:
        return file_response(uploaded.file.read(), uploaded.file_name)
    today = clock.today()
    name = slugify_vi(nomination.nominee.full_name)
    if kind == "proposal":
        return file_response(documents.proposal_docx(nomination, today), f"To trinh - {name}.docx")
    if kind == "report":
        return file_response(documents.report_docx(nomination, today), f"Bao cao thanh tich - {name}.docx")
    if kind == "summary":
        return file_response(documents.summary_docx(nomination, today), f"Tom tat thanh tich - {name}.docx")
    vote = nomination.votes.select_related("meeting__unit").order_by("-meeting__held_on").first()
    if vote is None:
        messages.warning(request, "Chưa có phiên họp Hội đồng nào xét đề xuất này; hãy tải lên biên bản nếu đã họp.")
        return redirect("honors:nomination_detail", pk=pk)
    return redirect("honors:minutes", pk=vote.meeting_id)


@login_required
@post_only
def dossier_upload(request, pk):
    nomination = _nomination(request.user, pk)
    _require(request.user, "honors.change_nomination_obj", nomination, "Vai trò của bạn không được thay hồ sơ.")
    form = DossierUploadForm(request.POST, request.FILES)
    if form.is_valid():
        try:
            doc = dossier.replace_document(nomination, form.cleaned_data["kind"], form.cleaned_data["file"], request.user)
        except DomainError as exc:
            show_error(request, exc, form)
        else:
            messages.success(request, f"Đã thay «{doc.get_kind_display()}» bằng tệp tải lên.")
            return redirect("honors:nomination_detail", pk=pk)
    return _nomination_page(request, nomination, form)


@login_required
def nominate(request, nominee_pk):
    nominee = _nominee(request.user, nominee_pk)
    _require(request.user, "honors.nominate_obj", nominee)
    categories = _categories_for(request.user)
    form = NominateForm(request.POST or None, request.FILES or None, categories=categories,
                        criteria=_criteria_for(request.user))
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            nomination = nominations.nominate(nominee, data["category"], nominee.unit, request.user,
                                              award_form=data["award_form"], achievement_line=data["achievement_line"],
                                              criteria=data["criteria"], evidence=data.get("evidence"),
                                              evidence_description=data["evidence_description"])
        except DomainError as exc:
            show_error(request, exc, form)
        else:
            if nomination.is_late:
                messages.warning(request, "Đề xuất đã được nhận nhưng gửi sau hạn của kế hoạch, được đánh dấu «sau hạn».")
            else:
                messages.success(request, "Đã gửi đề xuất.")
            return redirect("honors:nomination_detail", pk=nomination.pk)
    return render(request, "honors/nominate.html", {"form": form, "nominee": nominee})


# ---- nominees -------------------------------------------------------------------------------

@login_required
def nominee_list(request):
    records = (scope.scope_queryset(Nominee.objects.select_related("unit", "workplace"), request.user)
               .annotate(nomination_count=Count("nominations")).order_by(vi_order("full_name")))
    return render(request, "honors/nominee_list.html", {
        "nominees": records, "can_add": request.user.has_perm("honors.add_nominee")})


def _nominee_form(request, instance):
    _require(request.user, "honors.add_nominee", message="Vai trò của bạn không được lập hồ sơ.")
    form = NomineeForm(request.POST or None, instance=instance, units=proposer_units(request.user),
                       period=evaluation_period())
    if request.method == "POST" and form.is_valid():
        nominee = form.instance  # the form's values, not saved
        nominee.unit = form.cleaned_data["workplace"]
        nominee.ratings = form.ratings()
        _require(request.user, "honors.add_nominee_obj", nominee.unit, "Vai trò của bạn không được lập hồ sơ cho đơn vị này.")
        try:
            nominees.save_nominee(nominee, request.user, achievements=form.cleaned_data["achievements_text"])
        except DomainError as exc:
            show_error(request, exc, form)
        else:
            messages.success(request, "Đã lưu hồ sơ.")
            return redirect("honors:nominee_detail", pk=nominee.pk)
    return render(request, "honors/nominee_form.html", {"form": form, "nominee": instance})


@login_required
def nominee_create(request):
    return _nominee_form(request, Nominee())


@login_required
def nominee_edit(request, pk):
    nominee = _nominee(request.user, pk)
    _require(request.user, "honors.change_nominee_obj", nominee)
    return _nominee_form(request, nominee)


@login_required
def nominee_detail(request, pk):
    nominee = _nominee(request.user, pk)
    evidence_form = EvidenceForm()
    if request.method == "POST":
        _require(request.user, "honors.change_nominee_obj", nominee)
        evidence_form = EvidenceForm(request.POST, request.FILES)
        if evidence_form.is_valid():
            try:
                dossier.add_evidence(nominee, evidence_form.cleaned_data["file"], evidence_form.cleaned_data["description"],
                                     request.user)
            except DomainError as exc:
                show_error(request, exc, evidence_form)
            else:
                messages.success(request, "Đã tải lên tài liệu minh chứng.")
                return redirect("honors:nominee_detail", pk=pk)
    summary_pages = documents.summary_pages(nominee) if nominee.summary else 0
    return render(request, "honors/nominee_detail.html", {
        "nominee": nominee, "achievements": nominee.achievements.all(), "evidence": nominee.evidence.all(),
        "nominations": nominee.nominations.select_related("category"), "evidence_form": evidence_form,
        "summary_pages": summary_pages, "ratings": sorted(nominee.ratings.items()),
        "can_edit": request.user.has_perm("honors.change_nominee_obj", nominee),
    })


@login_required
def evidence_file(request, pk):
    ev = _evidence(request.user, pk)
    name = ev.file.name.rsplit("/", 1)[-1]
    return file_response(ev.file.read(), name)


# ---- Excel ------------------------------------------------------------------------------------

@login_required
def import_template(request):
    return file_response(excel.template_xlsx(evaluation_period()), "Mau nhap danh sach khen thuong.xlsx")


@login_required
def import_nominees(request):
    _require(request.user, "honors.add_nominee", message="Vai trò của bạn không được nhập danh sách.")
    form = ImportForm(request.POST or None, request.FILES or None, units=proposer_units(request.user))
    errors = []
    if request.method == "POST" and form.is_valid():
        unit = form.cleaned_data["unit"]
        _require(request.user, "honors.add_nominee_obj", unit, "Vai trò của bạn không được lập hồ sơ cho đơn vị này.")
        try:
            rows = excel.parse_import(form.cleaned_data["file"].read(), evaluation_period())
            nominees.import_nominees(unit, rows, request.user)
        except ValidationError as exc:  # the file itself: every error, with its row and column
            errors = exc.messages
        except DomainError as exc:
            errors = [exc.message]
        else:
            messages.success(request, f"Đã nhập {len(rows)} hồ sơ.")
            return redirect("honors:nominees")
    return render(request, "honors/import.html", {"form": form, "errors": errors})


@login_required
def export_nominations(request):
    qs = _visible_nominations(request.user).select_related("nominee", "category", "proposing_unit").order_by(
        "unit__path", "category__order", "nominee__full_name")
    return file_response(excel.nominations_xlsx(qs), "Danh sach de xuat khen thuong.xlsx")


@login_required
def export_awards(request):
    qs = scope.scope_queryset(Award.objects.select_related("nomination__nominee", "decision"), request.user,
                              "decision__unit").order_by("decision__signed_on", "decision_id", "order")
    return file_response(excel.awards_xlsx(qs), "Danh sach khen thuong.xlsx")


# ---- council ------------------------------------------------------------------------------------

@login_required
def meeting_create(request, plan_pk):
    plan = _plan(request.user, plan_pk)
    _require(request.user, "honors.hold_meeting_obj", plan)
    form = MeetingForm(request.POST or None, instance=CouncilMeeting(plan=plan, unit=plan.unit))
    if request.method == "POST" and form.is_valid():
        try:
            meeting = council.hold_meeting(form.instance, request.user)
        except DomainError as exc:
            show_error(request, exc, form)
        else:
            return redirect("honors:meeting_detail", pk=meeting.pk)
    return render(request, "honors/meeting_form.html", {"form": form, "plan": plan})


def _meeting_rows(meeting):
    votes = {v.nomination_id: v for v in meeting.votes.all()}
    pending = (Nomination.objects.filter(category__plan=meeting.plan).exclude(status=NominationStatus.WITHDRAWN)
               .select_related("nominee", "category", "criteria").order_by("category__order", "nominee__full_name"))
    return [(n, votes.get(n.pk)) for n in pending]


@login_required
def meeting_detail(request, pk):
    meeting = _meeting(request.user, pk)
    return render(request, "honors/meeting_detail.html", {
        "meeting": meeting, "rows": _meeting_rows(meeting),
        "can_vote": request.user.has_perm("honors.vote_obj", meeting),
    })


@login_required
@post_only
def vote(request, pk, nomination_pk):
    meeting = _meeting(request.user, pk)
    _require(request.user, "honors.vote_obj", meeting)
    nomination = get_object_or_404(Nomination.objects.select_related("nominee", "category", "criteria"),
                                   pk=nomination_pk, category__plan=meeting.plan)
    form = VoteForm(request.POST)
    error = None
    result = None
    if form.is_valid():
        try:
            result = council.record_vote(meeting, nomination, form.cleaned_data["present"], form.cleaned_data["in_favour"],
                                         form.cleaned_data["written_in_favour"], request.user)
        except DomainError as exc:
            error = exc.message
    else:
        error = "; ".join(f"{form.fields[k].label}: {' '.join(v)}" for k, v in form.errors.items())
    if request.htmx:
        return render(request, "honors/_vote_row.html", {"meeting": meeting, "n": nomination, "v": result or
                      CouncilVote.objects.filter(meeting=meeting, nomination=nomination).first(), "error": error,
                      "can_vote": True})
    if error:
        messages.error(request, error)
    return redirect("honors:meeting_detail", pk=pk)


@login_required
def minutes(request, pk):
    meeting = _meeting(request.user, pk)
    votes = list(meeting.votes.select_related("nomination__nominee").order_by("nomination__category__order", "nomination__nominee__full_name"))
    return file_response(documents.minutes_docx(meeting, votes), f"Bien ban hop Hoi dong {meeting.held_on:%d-%m-%Y}.docx")


# ---- decisions and certificates -----------------------------------------------------------

@login_required
def decision_list(request):
    issued = (scope.scope_queryset(AwardDecision.objects.select_related("unit", "plan"), request.user)
              .annotate(award_count=Count("awards")).order_by("-signed_on", "-id"))
    plans = scope.scope_queryset(Plan.objects.select_related("unit"), request.user).filter(award_categories__isnull=False).distinct()
    meetings = scope.scope_queryset(CouncilMeeting.objects.select_related("unit"), request.user).order_by("-held_on")
    return render(request, "honors/decision_list.html", {"decisions": issued, "plans": plans, "meetings": meetings})


@login_required
def decision_create(request, plan_pk):
    plan = _plan(request.user, plan_pk)
    _require(request.user, "honors.issue_decision_obj", plan, "Chỉ cán bộ thi đua của đơn vị được lập quyết định khen thưởng.")
    approved = Nomination.objects.filter(category__plan=plan, status=NominationStatus.APPROVED).select_related("nominee", "category")
    unit = plan.unit
    initial = {
        "legal_bases": "\n".join([documents.LOCAL_GOVERNMENT_LAW, documents.LAW, documents.DECREE,
                                   documents.plan_basis(plan),
                                   f"Xét đề nghị của Hội đồng Thi đua - Khen thưởng {unit.display_name}."]),
        "article_text": "Tặng Giấy khen cho các tập thể, cá nhân đã có thành tích xuất sắc trong phong trào thi đua yêu nước giai đoạn 2020 - 2025",
        "number": f"…/QĐ-{unit.symbol or 'UBND'}", "signed_on": clock.today(),
        "signer_name": plan.signer_name, "nominations": approved,
    }
    form = DecisionForm(request.POST or None, instance=AwardDecision(plan=plan, unit=unit), approved=approved,
                        initial=initial, next_register=decisions.next_register_number(unit))
    if request.method == "POST" and form.is_valid():
        try:
            decision = decisions.issue_decision(form.instance, form.cleaned_data["nominations"], request.user)
        except DomainError as exc:
            show_error(request, exc, form)
        else:
            messages.success(request, f"Đã ban hành quyết định số {decision.number}.")
            for finding in caps.share_cap_findings(unit, decision.signed_on.year):
                messages.warning(request, finding.message)
            return redirect("honors:decision_detail", pk=decision.pk)
    return render(request, "honors/decision_form.html", {"form": form, "plan": plan})


def _awards(decision):
    return list(decision.awards.select_related("nomination__nominee__workplace", "decision__unit").order_by("order"))


@login_required
def decision_detail(request, pk):
    decision = _decision(request.user, pk)
    return render(request, "honors/decision_detail.html", {"decision": decision, "awards": _awards(decision)})


@login_required
def decision_file(request, pk, fmt):
    decision = _decision(request.user, pk)
    awards = _awards(decision)
    name = f"Quyet dinh khen thuong {slugify_vi(decision.number)}"
    if fmt == "docx":
        return file_response(documents.decision_docx(decision, awards), f"{name}.docx")
    if fmt == "pdf":
        return file_response(documents.decision_pdf(decision, awards), f"{name}.pdf")
    raise Http404("Định dạng không hỗ trợ.")


def _layout(unit):
    return CertificateLayout.objects.filter(unit=unit).first()


@login_required
def certificates_pdf(request, pk):
    decision = _decision(request.user, pk)
    blank = request.GET.get("phoi") == "1"
    fields = [certs.certificate_fields(a) for a in _awards(decision)]
    data = certs.certificates_pdf(fields, layout=_layout(decision.unit) if blank else None, blank=blank)
    suffix = " (in phoi)" if blank else ""
    return file_response(data, f"Giay khen {slugify_vi(decision.number)}{suffix}.pdf")


@login_required
def certificates_zip(request, pk):
    decision = _decision(request.user, pk)
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for award in _awards(decision):
            pdf = certs.certificates_pdf([certs.certificate_fields(award)])
            archive.writestr(f"{award.order:03d}-{slugify_vi(award.nomination.nominee.full_name)}.pdf", pdf)
    return file_response(buffer.getvalue(), f"Giay khen tung nguoi {slugify_vi(decision.number)}.zip")


def _layout_unit(request):
    """The unit whose blanks are laid out: named in the URL (``?don-vi=<code>``) or, for an
    officer of one unit only, that unit; ``(None, choices)`` when the officer must choose."""
    code = request.GET.get("don-vi", "")
    if code:
        unit = unit_or_404(request.user, code)
        _require(request.user, "honors.change_layout_obj", unit, "Chỉ cán bộ thi đua của đơn vị được căn chỉnh in phôi.")
        return unit, []
    _require(request.user, "honors.change_layout", message="Chỉ cán bộ thi đua được căn chỉnh in phôi.")
    units = own_units_with(request.user, "honors.change_layout_obj")
    return (units[0] if len(units) == 1 else None), units


def _layout_url(name, unit):
    return f"{reverse(name)}?{urlencode({'don-vi': unit.code})}"


@login_required
def layout(request):
    unit, choices = _layout_unit(request)
    if unit is None:
        return render(request, "honors/layout.html", {"choices": choices})
    current = _layout(unit)
    positions = current.positions if current else {k: list(v) for k, v in DEFAULT_POSITIONS.items()}
    initial = {"offset_x": current.offset_x if current else 0, "offset_y": current.offset_y if current else 0}
    form = LayoutForm(request.POST or None, positions=positions, initial=initial)
    if request.method == "POST" and form.is_valid():
        try:
            layouts.save_layout(unit, form.positions(), form.cleaned_data["offset_x"], form.cleaned_data["offset_y"],
                                request.user)
        except DomainError as exc:
            show_error(request, exc, form)
        else:
            messages.success(request, "Đã lưu căn chỉnh. In trang thử để kiểm tra trên phôi.")
            return redirect(_layout_url("honors:layout", unit))
    return render(request, "honors/layout.html", {"form": form, "unit": unit,
                                                  "test_url": _layout_url("honors:layout_test", unit)})


@login_required
def layout_test(request):
    unit, _ = _layout_unit(request)
    if unit is None:
        messages.warning(request, "Hãy chọn đơn vị trước khi in trang thử.")
        return redirect("honors:layout")
    return file_response(certs.test_page_pdf(_layout(unit)), "Trang in thu phoi giay khen.pdf")


# ---- criteria -------------------------------------------------------------------------------------

@login_required
def criteria_list(request):
    sets = _criteria_for(request.user).select_related("owner").order_by("owner_id", "code")
    return render(request, "honors/criteria_list.html", {
        "sets": sets, "can_add": request.user.has_perm("honors.add_criteria")})


@login_required
def criteria_create(request):
    _require(request.user, "honors.add_criteria", message="Chỉ Ban hoặc cán bộ thi đua đơn vị được thêm bộ tiêu chí.")
    form = CriteriaForm(request.POST or None, owners=own_units_with(request.user, "honors.add_criteria_obj"),
                        shared=request.user.has_perm("honors.add_criteria_obj", None))
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        _require(request.user, "honors.add_criteria_obj", data["owner"], "Bạn không được thêm bộ tiêu chí cho đơn vị này.")
        try:
            row = criteria.add_criteria_set(
                data["owner"], request.user, code=data["code"], title=data["title"], target=data["target"],
                legal_text=data["legal_text"], article=data["article"], conditions=data["conditions"],
                approval_share=data["approval_share"])
        except DomainError as exc:
            show_error(request, exc, form)
        else:
            messages.success(request, f"Đã thêm bộ tiêu chí «{row.title}».")
            return redirect("honors:criteria")
    return render(request, "honors/criteria_form.html", {"form": form})
