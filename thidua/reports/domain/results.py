"""The results report's life: drafted by the unit, submitted, returned or accepted by the Board.

One function per state change; each locks the report, checks its state and records who
did it as a named action in the report's history (``thidua.common.history``)."""
from django.db import IntegrityError, transaction

from thidua.common import clock, history, rows
from thidua.common.errors import DomainError
from thidua.common.review import clean_comment, require_status
from thidua.common.text import short_date
from thidua.reports.domain import prefill
from thidua.reports.models import ReportStatus, ResultsReport

SAVE_DRAFT = "Lưu báo cáo kết quả"
SUBMIT = "Đơn vị gửi báo cáo kết quả về Ban Thi đua - Khen thưởng"
RETURN = "Ban trả lại báo cáo kết quả"
ACCEPT = "Ban chấp thuận báo cáo kết quả"

# Fields the review (status, dates, the Board's word) and the database own: never set by editing.
NOT_EDITABLE = frozenset({"id", "unit", "campaign", "status", "submitted_at", "decided_at", "decided_by",
                          "board_comment", "created_at", "updated_at"})


def get_or_start(unit, campaign, user, today=None):
    """The unit's report; a new one starts with the figures the system holds (see ``prefill``)."""
    report = ResultsReport.objects.filter(unit=unit, campaign=campaign).first()
    if report is None:
        report, _figures, _found = prefill.start(unit, campaign, user, today)
    return report


def held_on_problem(held_on, campaign, today=None):
    """Why ``held_on`` cannot be the date of a conference being reported on, or ''."""
    today = today or clock.today()
    if held_on is None:
        return ""
    if held_on > today:
        return (
            f"Hội nghị ngày {short_date(held_on)} chưa diễn ra (hôm nay là {short_date(today)}): "
            "chỉ báo cáo kết quả sau khi đã tổ chức hội nghị."
        )
    if campaign.decision_date and held_on < campaign.decision_date:
        return (
            f"Ngày {short_date(held_on)} trước ngày ban hành kế hoạch của thành phố "
            f"({short_date(campaign.decision_date)}); kiểm tra lại ngày tổ chức hội nghị."
        )
    return ""


def attendance_problems(report):
    """{field: message} for attendance figures that contradict each other."""
    problems = {}
    total = report.attended_total
    for name, label in (
        ("attended_women", "đại biểu nữ"),
        ("attended_ethnic_minorities", "đại biểu dân tộc thiểu số"),
        ("attended_direct_workers", "đại biểu trực tiếp lao động"),
    ):
        if getattr(report, name) > total:
            problems[name] = f"Số {label} ({getattr(report, name)}) lớn hơn tổng số đại biểu dự ({total})."
    limit = report.campaign.delegate_limit
    if limit and total > limit:
        problems["attended_exemplars"] = (
            f"Tổng số đại biểu dự ({total}) vượt số tối đa {limit} theo kế hoạch của thành phố."
        )
    return {k: v for k, v in problems.items() if v}


def submission_problems(report, today=None):
    problems = []
    if report.held_on is None:
        problems.append("Chưa ghi ngày tổ chức hội nghị.")
    else:
        problem = held_on_problem(report.held_on, report.campaign, today)
        if problem:
            problems.append(problem)
    if report.attended_total == 0:
        problems.append("Chưa ghi số đại biểu dự hội nghị.")
    if not report.summary_file and not report.use_generated_summary:
        problems.append("Chưa có báo cáo tổng kết 5 năm: tải tệp lên hoặc chọn dùng báo cáo do hệ thống tạo.")
    problems.extend(attendance_problems(report).values())
    return problems


def editable_fields():
    return {f.name for f in ResultsReport._meta.concrete_fields} - NOT_EDITABLE


@transaction.atomic
def save_draft(report, actor, values, awards=None, presentations=None, delegates=None):
    """Save what the unit's officer entered on ``report`` (stored, or new with its unit and
    campaign): ``values`` ({field: value} of the report's own fields) and the three tables'
    ``RowChanges`` (``thidua.common.rows``), as the action "Lưu báo cáo kết quả".

    A stored report is locked and must still be a draft or returned; a new one must still be
    the unit's first for the campaign (two first saves at once: the second is refused).
    Returns the saved report."""
    unknown = set(values) - editable_fields()
    if unknown:
        raise ValueError(f"not editable on a results report: {sorted(unknown)}")
    if report.pk:
        target = ResultsReport.objects.select_for_update().select_related("unit", "campaign").get(pk=report.pk)
        if not target.is_editable:
            raise DomainError(f"Báo cáo đang ở trạng thái “{target.get_status_display()}”, không sửa được nữa.")
    else:
        target = ResultsReport(unit=report.unit, campaign=report.campaign)
    for name, value in values.items():
        setattr(target, name, value)
    try:
        with transaction.atomic():
            history.save(target, actor, SAVE_DRAFT)
    except IntegrityError:
        raise DomainError("Báo cáo kết quả của đơn vị vừa được lập ở một phiên làm việc khác: "
                          "hãy mở lại báo cáo để sửa, tránh ghi đè.") from None
    rows.apply(awards, "report", target, actor, SAVE_DRAFT)
    rows.apply(presentations, "report", target, actor, SAVE_DRAFT)
    rows.apply(delegates, "report", target, actor, SAVE_DRAFT)
    return target


@transaction.atomic
def submit(report, user, today=None):
    report = ResultsReport.objects.select_for_update().select_related("campaign", "unit").get(pk=report.pk)
    if not report.is_editable:
        raise DomainError(f"Báo cáo đang ở trạng thái \"{report.get_status_display()}\", không gửi lại được.")
    problems = submission_problems(report, today)
    if problems:
        raise DomainError("Chưa gửi được báo cáo: " + " ".join(problems))
    report.status = ReportStatus.SUBMITTED
    report.submitted_at = clock.now()
    return history.save(report, user, SUBMIT)


@transaction.atomic
def return_to_unit(report, user, comment):
    comment = clean_comment(comment, required=True, limit=3000,
                            missing_message="Khi trả lại báo cáo, Ban cần ghi rõ nội dung đơn vị phải sửa.")
    report = ResultsReport.objects.select_for_update().get(pk=report.pk)
    require_status(report, {ReportStatus.SUBMITTED}, "Chỉ trả lại được báo cáo đã gửi và đang chờ Ban xem xét.")
    report.status = ReportStatus.RETURNED
    report.decided_at = clock.now()
    report.decided_by = user
    report.board_comment = comment
    return history.save(report, user, RETURN)


@transaction.atomic
def accept(report, user, comment=""):
    comment = clean_comment(comment, required=False, limit=3000)
    report = ResultsReport.objects.select_for_update().get(pk=report.pk)
    require_status(report, {ReportStatus.SUBMITTED}, "Chỉ chấp thuận được báo cáo đã gửi và đang chờ Ban xem xét.")
    report.status = ReportStatus.ACCEPTED
    report.decided_at = clock.now()
    report.decided_by = user
    report.board_comment = comment
    return history.save(report, user, ACCEPT)
