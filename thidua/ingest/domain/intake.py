"""Receiving plans: read each file, extract, check, link to its unit; the Board accepts or
returns. One function per state change, each recording who and when (simple-history)."""
import re
import time as clock
from decimal import Decimal

from django.core.files.base import ContentFile
from django.db import transaction
from django.db.models import ProtectedError
from django.utils import timezone

from thidua.campaigns.domain.rules import rules_for
from thidua.common import history
from thidua.common.errors import DomainError
from thidua.common.findings import Severity
from thidua.common.text import fold
from thidua.ingest.domain.extract import extract
from thidua.ingest.domain.facts_json import findings_json, from_json, to_json
from thidua.ingest.domain.readers import ReadError, expand, precheck, read
from thidua.plans.domain.compliance import check
from thidua.units.models import Unit, UnitKind

RECEIVE = "Tiếp nhận văn bản"
READ = "Đọc văn bản"
NOT_A_PLAN = "Tệp đọc được nhưng không phải kế hoạch tổ chức Hội nghị điển hình tiên tiến (không thấy “Kế hoạch”, “Hội nghị”, “điển hình tiên tiến”)."


def known_units():
    """Reporting units as plain dicts for the extractor's name matching."""
    rows = Unit.objects.filter(kind__in=UnitKind.reporting_units(), is_active=True).only(
        "pk", "code", "name", "kind", "merged_in_2025"
    )
    return [
        {"pk": u.pk, "code": u.code, "name": u.name, "display_name": u.display_name, "kind": u.kind, "merged": u.merged_in_2025}
        for u in rows
    ]


def read_one(name, data, rules, units=None):
    """Read, extract and check one file. Never raises for a bad file: the result carries
    the Vietnamese reason. Returns a dict of ReceivedDocument fields (+ ``extraction``)."""
    started = clock.perf_counter()
    result = {"filename": name[:255], "size": len(data) if isinstance(data, bytes) else 0, "kind": "unknown",
              "pages": None, "status": "read", "error": "", "text": "", "facts": {}, "findings": [], "notes": [],
              "unit_pk": None, "facts_obj": None, "finding_objs": []}
    try:
        if isinstance(data, ReadError):
            raise data
        content = read(name, data)
        result.update(kind=content.kind, pages=content.pages, text=content.text)
        extraction = extract(content.text, rules, units)
        if not extraction.looks_like_plan:
            result.update(status="not_plan", error=NOT_A_PLAN)
        else:
            facts = extraction.facts
            findings = check(facts, rules)
            unit = next((u for u in units or () if u["display_name"] == facts.unit_name), None)
            result.update(
                facts=to_json(facts), findings=findings_json(findings), notes=extraction.notes,
                unit_pk=unit["pk"] if unit else None, facts_obj=facts, finding_objs=findings,
            )
    except ReadError as exc:
        result.update(status="failed", error=str(exc)[:500])
    result["seconds"] = round(clock.perf_counter() - started, 4)
    return result


def store_received(files, campaign, user, note=""):
    """Store uploaded ``files`` [(name, bytes)] as an ImportBatch; returns (batch, the pks of
    the documents left to read). Cheap checks run here (.zip archives are expanded after the
    zip-bomb and size checks); every file gets a ReceivedDocument: a file refused by those
    checks is "failed" at once, every other one is stored and left "waiting" for
    ``read_document`` (``thidua.ingest.tasks.receive`` enqueues one background task each)."""
    from thidua.ingest.models import ImportBatch, ReceivedDocument

    members = [(member, content) for name, data in files for member, content in expand(name, data)]
    with transaction.atomic():
        batch = ImportBatch.objects.create(campaign=campaign, created_by=user, note=note[:300])
        waiting = []
        for member, content in members:
            document = ReceivedDocument(batch=batch, filename=member[:255], status=ReceivedDocument.Status.WAITING)
            if not isinstance(content, ReadError):
                try:
                    precheck(content)
                except ReadError as exc:
                    content = exc
            if isinstance(content, ReadError):
                document.status, document.error = ReceivedDocument.Status.FAILED, str(content)[:500]
            else:
                document.size = len(content)
                document.source.save(_storage_name(member), ContentFile(content), save=False)
            history.save(document, user, RECEIVE)
            if document.status == ReceivedDocument.Status.WAITING:
                waiting.append(document.pk)
    return batch, waiting


def _storage_name(member):
    """A safe file name for storage: the last part of the (zip member) name, ASCII only."""
    base = member.replace("\\", "/").rsplit("/", 1)[-1].rsplit(" › ", 1)[-1]
    stem, dot, ext = base.rpartition(".")
    stem = re.sub(r"[^A-Za-z0-9_-]+", "-", fold(stem if dot else base)).strip("-")[:80] or "tep"
    ext = re.sub(r"[^A-Za-z0-9]+", "", ext)[:8] if dot else ""
    return f"{stem}.{ext}" if ext else stem


UNEXPECTED = "Có lỗi không mong đợi khi đọc tệp này; hãy tải lên lại hoặc gửi bản .docx/.pdf khác."
MISSING_FILE = "Không tìm thấy tệp đã tải lên trên máy chủ; hãy tải lên lại."


def read_document(document_pk):
    """Read, extract and check one "waiting" document (run by the background task); the row
    becomes read, failed (with its Vietnamese reason) or not a plan. A document already read
    is left as it is."""
    from thidua.ingest.models import ReceivedDocument

    document = ReceivedDocument.objects.select_related("batch__campaign", "batch__created_by").filter(pk=document_pk).first()
    if document is None or document.status != ReceivedDocument.Status.WAITING:
        return None
    try:
        try:
            with document.source.open("rb") as handle:
                data = handle.read()
        except (ValueError, OSError):
            data = ReadError(MISSING_FILE)
        with transaction.atomic():  # a failed query here leaves the row savable below
            r = read_one(document.filename, data, rules_for(document.batch.campaign), known_units())
        fields = {
            "kind": r["kind"], "pages": r["pages"], "status": r["status"], "error": r["error"], "text": r["text"],
            "facts": r["facts"], "findings": r["findings"], "notes": r["notes"], "unit_id": r["unit_pk"],
            "seconds": r["seconds"],
        }
    except Exception:  # a reader's bug must not leave the row waiting for ever
        fields = {"status": ReceivedDocument.Status.FAILED, "error": UNEXPECTED}
    for key, value in fields.items():
        setattr(document, key, value)
    # read on behalf of whoever uploaded it (a worker has no request)
    history.save(document, document.batch.created_by, READ, update_fields=list(fields))
    return document.status


def comment_from_findings(document):
    """The comment sent back to the unit: every finding, errors first."""
    lines = [f"Ban Thi đua - Khen thưởng thành phố trả lại kế hoạch ({document.filename}) để sửa:"]
    for i, f in enumerate(document.findings, start=1):
        label = Severity.LABELS.get(f.get("severity"), f.get("severity"))
        lines.append(f"{i}. [{label}] {f.get('message')}")
    if len(lines) == 1:
        lines.append("Không có sai lệch so với Kế hoạch của UBND thành phố.")
    return "\n".join(lines)


def _require_pending(document):
    if document.status == document.Status.WAITING:
        raise DomainError("Văn bản đang chờ đọc, chưa thể xử lý; hãy đợi ít giây.")
    if document.status != document.Status.READ:
        raise DomainError("Văn bản không đọc được hoặc không phải kế hoạch nên không thể xử lý.")
    if document.unit_id is None:
        raise DomainError("Chưa xác định được đơn vị gửi văn bản; hãy chọn đơn vị trước khi xử lý.")
    if document.decision != document.Decision.PENDING:
        raise DomainError(f"Văn bản đã được xử lý ({document.get_decision_display().lower()}).")


def _lock(document):
    """The document's row, re-read under a row lock: a decision is taken on what the
    database holds now, not on a copy a second request also holds."""
    return type(document).objects.select_for_update().get(pk=document.pk)


def link_unit(document, unit, user):
    """The Board names the sending unit when the name could not be matched. Refused once the
    document is decided: its plan is stored with the unit it was decided for."""
    if not unit.is_reporting_unit:
        raise DomainError("Chỉ gắn được với xã, phường, đặc khu hoặc sở, ban, ngành.")
    with transaction.atomic():
        locked = _lock(document)
        if locked.decision != locked.Decision.PENDING:
            raise DomainError(
                f"Văn bản đã được xử lý ({locked.get_decision_display().lower()}) cho {locked.unit}; "
                "không thể gắn với đơn vị khác."
            )
        locked.unit = unit
        if locked.facts:
            facts = from_json(locked.facts)
            facts.unit_name, facts.merged = unit.display_name, unit.merged_in_2025
            facts.unit_kind = unit.kind if unit.kind in ("xa", "phuong", "dac_khu") else "department"
            campaign = locked.batch.campaign
            locked.facts = to_json(facts)
            locked.findings = findings_json(check(facts, rules_for(campaign)))
        history.save(locked, user, f"Gắn văn bản với {unit}", update_fields=["unit", "facts", "findings"])
    document.refresh_from_db()
    return document


def _plan_fields(facts):
    sessions = Decimal(str(facts.sessions)) if facts.sessions else Decimal("1")
    sessions = min(max(sessions, Decimal("0.5")), Decimal("6"))
    return {
        "number": facts.number[:60],
        "issued_on": facts.issued_on,
        "conference_name": (facts.conference_name or "Hội nghị tuyên dương điển hình tiên tiến")[:400],
        "conference_form": (facts.conference_form or "Hội nghị tuyên dương điển hình tiên tiến")[:200],
        "conference_date": facts.conference_date,
        "date_text": facts.date_text[:200],
        "weekday_text": facts.weekday_text[:20],
        "start_time": facts.start_time,
        "end_time": facts.end_time,
        "sessions": sessions,
        "venue": facts.venue[:300],
        "banner_text": facts.banner_text,
        "delegates_total": facts.delegates_total,
        "delegates_exemplars": facts.delegates_exemplars,
        "delegates_guests": facts.delegates_guests,
        "delegates_leaders": facts.delegates_leaders,
        "presentations_count": facts.presentations_count,
        "presentations_max": facts.presentations_max,
        "nomination_deadline": facts.nomination_deadline,
        "report_deadline": facts.report_deadline,
        "signer_mode": facts.signer_mode if facts.signer_mode in ("TM.", "KT.") else "",
        "signer_title": facts.signer_title[:200],
        "signer_name": facts.signer_name[:200],
    }


def store_action(document):
    """The named action of storing a received document's plan."""
    return f"Nhập từ văn bản {document.filename}"


def _store_plan(document, user, status, comment=""):
    """Create or update the unit's plans.Plan (origin "import") from the extracted facts."""
    from thidua.plans.models import AwardCategory, Plan, PlanAgendaItem, PlanTask

    facts = from_json(document.facts)
    campaign = document.batch.campaign
    plan = Plan.objects.filter(unit=document.unit, campaign=campaign).order_by("-created_at").first()
    fields = _plan_fields(facts)
    fields.update(status=status, origin=Plan.Origin.IMPORT, decided_at=timezone.now(), board_comment=comment)
    if plan is None:
        plan = Plan(unit=document.unit, campaign=campaign)
    for key, value in fields.items():
        setattr(plan, key, value)
    action = store_action(document)
    history.save(plan, user, action)
    _sync_children(plan.agenda_items, [
        PlanAgendaItem(plan=plan, order=i, content=a.content[:500], key=a.key or "", start_time=a.start,
                       end_time=a.end, presenter=a.presenter[:300])
        for i, a in enumerate(facts.agenda, start=1)
    ], ["order", "content", "key", "start_time", "end_time", "presenter"], user, action)
    _sync_children(plan.award_categories, [
        AwardCategory(plan=plan, order=i, name=c.name[:300], target=c.target, min_count=min(c.min_count, 32767),
                      max_count=min(c.max_count, 32767) if c.max_count is not None else None)
        for i, c in enumerate(facts.award_categories, start=1)
    ], ["order", "name", "target", "min_count", "max_count"], user, action)
    match = _subunit_matcher(document.unit)
    _sync_children(plan.tasks, [
        PlanTask(plan=plan, order=i, assignee_unit=match(t.assignee), assignee_text=t.assignee[:300],
                 description=t.description or t.assignee, due_date=t.due)
        for i, t in enumerate(facts.tasks, start=1)
    ], ["order", "assignee_unit_id", "assignee_text", "description", "due_date"], user, action)
    return plan


def _subunit_matcher(unit):
    """assignee text -> the sending unit's sub-unit it names, or None. Names compare without
    diacritics and without the unit's own name: "Phòng Văn hóa - Xã hội" is "Phòng Văn hóa -
    Xã hội xã Kẻ Sặt", "Văn phòng Sở" is "Văn phòng Sở Khoa học và Công nghệ"."""
    own = _plain_name(unit.display_name)
    kind_word = own.split(" ", 1)[0]
    names = {}
    for sub in Unit.objects.filter(path__startswith=unit.path, is_active=True).exclude(pk=unit.pk).only("pk", "name", "path"):
        name = _plain_name(sub.name)
        if name.endswith(" " + own):
            name = name[: -len(own) - 1]
        names.setdefault(name, sub)

    def match(assignee):
        name = _plain_name(assignee)
        if name.endswith(" " + kind_word):
            name = name[: -len(kind_word) - 1]
        return names.get(name)

    return match


def _plain_name(text):
    return re.sub(r"[^a-z0-9&]+", " ", fold(text or "")).strip()


def _sync_children(manager, new_objects, fields, user, action):
    """Make a plan's rows (agenda, award categories) the imported ones, updating rows in
    place by position so that what other apps reference (nominations point at award
    categories) survives; surplus rows are deleted unless something still refers to them."""
    existing = list(manager.order_by("order", "pk"))
    for index, new in enumerate(new_objects):
        if index < len(existing):
            row = existing[index]
            for name in fields:
                setattr(row, name, getattr(new, name))
            history.save(row, user, action)
        else:
            history.save(new, user, action)
    for row in existing[len(new_objects):]:
        try:
            with transaction.atomic():
                history.delete(row, user, action)
        except ProtectedError:
            continue


def _decide_plan(document, user, step, comment):
    """Store the imported plan as submitted to the Board (it reached the Board), then take
    the plans workflow step (accept / return_with_comment), which records the PlanEvent."""
    from thidua.plans.domain import workflow
    from thidua.plans.models import PlanStatus

    plan = _store_plan(document, user, PlanStatus.SUBMITTED)
    plan.submitted_at = plan.submitted_at or document.batch.created_at
    history.save(plan, user, store_action(document), update_fields=["submitted_at"])
    try:
        step(plan, user, comment[: workflow.COMMENT_MAX])
    except DomainError as exc:
        raise DomainError(str(exc)) from exc
    plan.refresh_from_db()
    return plan


def accept(document, user):
    """The Board accepts the received plan as the unit's plan (plans workflow: accept)."""
    from thidua.plans.domain import workflow

    with transaction.atomic():
        locked = _lock(document)
        _require_pending(locked)
        plan = _decide_plan(locked, user, lambda p, u, c: workflow.accept(p, u, c, despite_errors=True), "")
        locked.plan = plan
        locked.decision = locked.Decision.ACCEPTED
        locked.decided_by = user
        locked.decided_at = timezone.now()
        history.save(locked, user, "Chấp thuận kế hoạch nhận được",
                     update_fields=["plan", "decision", "decided_by", "decided_at"])
    document.refresh_from_db()
    return document


def return_to_unit(document, user, comment=""):
    """The Board returns the plan; the findings (and the Board's words) are the comment
    (plans workflow: return_with_comment; the full text is also kept on the document)."""
    from thidua.plans.domain import workflow

    with transaction.atomic():
        locked = _lock(document)
        _require_pending(locked)
        text = comment_from_findings(locked)
        if comment.strip():
            text += "\n\nÝ kiến thêm: " + comment.strip()[:2000]
        plan = _decide_plan(locked, user, lambda p, u, c: workflow.return_with_comment(p, u, c), text)
        locked.plan = plan
        locked.comment = text
        locked.decision = locked.Decision.RETURNED
        locked.decided_by = user
        locked.decided_at = timezone.now()
        history.save(locked, user, "Trả lại kế hoạch nhận được",
                     update_fields=["plan", "comment", "decision", "decided_by", "decided_at"])
    document.refresh_from_db()
    return document
