"""Every document the system makes for one unit, from the unit's data, named by kind: what
``manage.py render_documents`` writes so that all of them can be read side by side, and what
the Nghị định 30 conformance tests check.

``unit_documents`` returns ``(file name, bytes)`` pairs; a kind the unit has no data for is
left out and named in ``missing``, so a unit without a council meeting still gets the rest."""
from dataclasses import dataclass, field

from django.urls import reverse

from thidua.campaigns.domain.current import current_campaign
from thidua.delegates.domain import congress, roster, timetable
from thidua.delegates.interfaces import documents as delegate_docs
from thidua.delegates.models import Conference, CongressSubmission, Delegate
from thidua.documents.interfaces.links import public_url
from thidua.honors.interfaces import certificates as certs
from thidua.honors.interfaces import documents as honor_docs
from thidua.honors.models import AwardDecision, CertificateLayout, CouncilMeeting, Nomination
from thidua.plans.interfaces import documents as plan_docs
from thidua.plans.models import Plan
from thidua.reports.domain.progress import progress_rows
from thidua.reports.domain.stats import picture
from thidua.reports.interfaces import exports
from thidua.reports.models import ResultsReport
from thidua.units.models import Unit


@dataclass
class Rendered:
    files: list = field(default_factory=list)  # (name, bytes)
    missing: list = field(default_factory=list)  # kinds with no data, in Vietnamese

    def add(self, name, data):
        self.files.append((name, data))


def _plan(unit):
    return (Plan.objects.filter(unit=unit).select_related("unit", "campaign", "campaign__issuer")
            .prefetch_related("award_categories", "agenda_items", "tasks").order_by("-pk").first())


def _plan_documents(out, unit, plan):
    out.add("ke-hoach.docx", plan_docs.plan_docx(plan))
    out.add("ke-hoach.pdf", plan_docs.plan_pdf(plan))
    out.add("tieu-de-hoi-nghi.pdf", plan_docs.banner_pdf(plan))


def _dossier_documents(out, unit, plan, today):
    nomination = (Nomination.objects.filter(unit=unit).select_related(
        "nominee", "nominee__workplace", "category__plan", "unit", "proposing_unit").order_by("pk").first())
    if nomination is None:
        out.missing.append("hồ sơ đề nghị khen thưởng (chưa có đề xuất)")
        return
    out.add("to-trinh.docx", honor_docs.proposal_docx(nomination, today))
    out.add("bao-cao-thanh-tich.docx", honor_docs.report_docx(nomination, today))
    out.add("tom-tat-thanh-tich.docx", honor_docs.summary_docx(nomination, today))


def _council_documents(out, unit):
    meeting = CouncilMeeting.objects.filter(unit=unit).select_related("unit", "plan").order_by("-held_on").first()
    if meeting is None:
        out.missing.append("biên bản họp Hội đồng (chưa có phiên họp)")
    else:
        votes = list(meeting.votes.select_related("nomination__nominee").order_by(
            "nomination__category__order", "nomination__nominee__full_name"))
        out.add("bien-ban-hop-hoi-dong.docx", honor_docs.minutes_docx(meeting, votes))
    decision = AwardDecision.objects.filter(unit=unit).select_related("unit", "plan").order_by("-signed_on", "-pk").first()
    if decision is None:
        out.missing.append("quyết định khen thưởng và giấy khen (chưa có quyết định)")
        return
    awards = list(decision.awards.select_related("nomination__nominee__workplace", "decision__unit").order_by("order"))
    out.add("quyet-dinh.docx", honor_docs.decision_docx(decision, awards))
    out.add("quyet-dinh.pdf", honor_docs.decision_pdf(decision, awards))
    fields = [certs.certificate_fields(a) for a in awards]
    layout = CertificateLayout.objects.filter(unit=unit).first()
    out.add("giay-khen.pdf", certs.certificates_pdf(fields))
    for award, one in zip(awards, fields, strict=True):
        out.add(f"giay-khen-tung-nguoi-{award.order:03d}.pdf", certs.certificates_pdf([one]))
    out.add("giay-khen-in-phoi.pdf", certs.certificates_pdf(fields, layout=layout, blank=True))
    out.add("giay-khen-trang-in-thu.pdf", certs.test_page_pdf(layout))


def _conference_documents(out, unit, plan, today):
    conference = Conference.objects.filter(plan=plan).select_related("plan", "unit").first() if plan else None
    if conference is None:
        out.missing.append("giấy mời và chương trình hội nghị (chưa có hội nghị)")
        return
    delegates = list(conference.delegates.filter(status=Delegate.Status.CONFIRMED).order_by("group", "name_folded", "pk"))
    if delegates:
        def url_for(d):
            return public_url(reverse("delegates:checkin_code", args=[conference.pk, d.token]))

        out.add("giay-moi.pdf", delegate_docs.invitations_pdf(conference, delegates, url_for, today))
    else:
        out.missing.append("giấy mời (chưa có đại biểu chính thức)")
    out.add("chuong-trinh-hoi-nghi.pdf", delegate_docs.timetable_pdf(conference, timetable.slots_of(conference.plan)))
    roster.rules_of(conference)  # the conference's rules must build: a broken plan fails here, not in a view


def _report_documents(out, unit, campaign, today):
    report = ResultsReport.objects.filter(unit=unit, campaign=campaign).prefetch_related("presentations").first()
    p = picture(Unit.objects.filter(pk=unit.pk), campaign, include_drafts=True)
    out.add("bao-cao-tong-ket.docx", exports.summary_docx(
        campaign, p, unit=unit, predecessors=list(unit.predecessors.all()), report=report, today=today))
    out.add("toan-canh.xlsx", exports.picture_xlsx(p, campaign, unit.display_name))
    out.add("tien-do.xlsx", exports.progress_xlsx(progress_rows([unit], campaign, today=today), campaign, today))


def _congress_documents(out, unit):
    campaign = congress.congress_campaign()
    sub = CongressSubmission.objects.filter(campaign=campaign, unit=unit).first() if campaign else None
    entries = list(sub.delegates.all()) if sub else []
    if not entries:
        out.missing.append("danh sách đại biểu dự Đại hội (chưa có đại biểu)")
        return
    summary, _findings = congress.unit_composition(campaign, unit, entries, sub)
    title = congress.congress_title(campaign)
    subtitle = f"(Kèm theo danh sách của {unit.display_name})"
    out.add("danh-sach-dai-hoi.xlsx", delegate_docs.congress_xlsx(
        f"Danh sách và trích ngang thành tích đại biểu dự {title}", subtitle, entries, summary))
    out.add("danh-sach-dai-hoi.docx", delegate_docs.congress_docx(unit, title, subtitle, entries, summary,
                                                                  **congress.list_signing(unit)))


def unit_documents(unit, today):
    """Every document kind for ``unit`` (a reporting unit), from its data."""
    out = Rendered()
    plan = _plan(unit)
    if plan is None:
        out.missing.append("kế hoạch hội nghị và mọi văn bản theo kế hoạch (chưa có kế hoạch)")
    else:
        _plan_documents(out, unit, plan)
        _dossier_documents(out, unit, plan, today)
        _council_documents(out, unit)
        _conference_documents(out, unit, plan, today)
    campaign = current_campaign()
    if campaign is not None:
        _report_documents(out, unit, campaign, today)
    _congress_documents(out, unit)
    return out
