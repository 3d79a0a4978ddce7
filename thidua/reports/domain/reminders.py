"""Reminders: automatic ones for late or nearly late units, and the Board's own by hand.

Each reminder lands in the unit's inbox (shown on its officers' home page) and goes by
e-mail to the unit officers who have an address. Automatic reminders are idempotent per
(unit, milestone, day).
"""
import logging
import smtplib
from dataclasses import dataclass

from django.conf import settings
from django.core.mail import send_mass_mail
from django.db import IntegrityError, transaction

from thidua.accounts.models import Role, RoleAssignment
from thidua.common import clock, history
from thidua.common.errors import DomainError
from thidua.common.text import short_date
from thidua.reports.domain.progress import MILESTONE_BY_KEY, Status, progress_rows, reporting_units
from thidua.reports.models import Reminder, ReminderKind
from thidua.units.models import Unit

logger = logging.getLogger(__name__)

MAX_SUBJECT = 200
MAX_BODY = 4000

SEND_AUTOMATIC = "Tự động nhắc việc đơn vị chậm hạn"
SEND_MANUAL = "Ban gửi nhắc việc"
MARK_READ = "Đơn vị đã đọc nhắc việc"



def officers_of(unit):
    """Unit officers who receive the unit's reminders."""
    return [
        a.user
        for a in RoleAssignment.objects.filter(unit=unit, role=Role.UNIT_OFFICER, user__is_active=True).select_related("user")
    ]


def _email(reminder, officers):
    """Mail the reminder to the officers who have an address; the addresses it went to.

    A mail server that is down must not lose the reminder: it stays in the unit's inbox,
    ``reminder.email_failed`` is set and the failure is logged."""
    recipients = sorted({u.email for u in officers if u.email})
    reminder.email_failed = False
    if recipients:
        try:
            send_mass_mail(
                [(reminder.subject, reminder.body, settings.DEFAULT_FROM_EMAIL, [address]) for address in recipients],
                fail_silently=False,
            )
        except (smtplib.SMTPException, OSError):
            logger.exception("Reminder %s to %s: the e-mail could not be sent", reminder.pk, reminder.unit)
            reminder.email_failed = True
            return []
    return recipients


TASKS = {
    "plan_sent": "gửi kế hoạch tổ chức hội nghị",
    "conference_held": "tổ chức hội nghị tuyên dương điển hình tiên tiến",
    "results_sent": "gửi báo cáo kết quả hội nghị",
    "delegates_sent": "gửi danh sách đại biểu dự Đại hội thi đua thành phố",
}


def automatic_text(unit, cell, milestone):
    due = short_date(cell.due) if cell.due else ""
    if cell.status == Status.OVERDUE:
        subject = f"Quá hạn {TASKS.get(milestone.key, milestone.label.lower())} (hạn {due})"
        lead = f"Đã quá thời hạn {due} nhưng Ban Thi đua - Khen thưởng thành phố chưa nhận được kết quả mốc \"{milestone.label}\" của {unit.display_name}."
    else:
        subject = f"Sắp đến hạn {TASKS.get(milestone.key, milestone.label.lower())} (hạn {due})"
        lead = f"Mốc \"{milestone.label}\" của {unit.display_name} sắp đến hạn ({cell.note or due}) mà chưa thực hiện."
    body = (
        f"Kính gửi cán bộ thi đua {unit.display_name},\n\n{lead}\n"
        "Đề nghị đơn vị khẩn trương thực hiện và cập nhật trên hệ thống thi đua, khen thưởng.\n\n"
        "Ban Thi đua - Khen thưởng thành phố"
    )
    return subject[:MAX_SUBJECT], body


@dataclass
class RunResult:
    sent: list  # Reminder
    already: int  # reminders that existed for the day
    no_officer: list  # units skipped: nobody to receive

    @property
    def email_failed(self):
        """Reminders that reached the inbox but not the mailbox."""
        return [r for r in self.sent if getattr(r, "email_failed", False)]


def send_due_reminders(campaign, today=None, units=None):
    """Remind every unit late or about to be late on a milestone, once per (unit, milestone, day)."""
    today = today or clock.today()
    units = list(units if units is not None else reporting_units(Unit.objects.all()))
    result = RunResult(sent=[], already=0, no_officer=[])
    existing = set(
        Reminder.objects.filter(kind=ReminderKind.AUTOMATIC, day=today, unit__in=units).values_list("unit_id", "milestone")
    )
    officers = {}
    for assignment in RoleAssignment.objects.filter(
        unit__in=units, role=Role.UNIT_OFFICER, user__is_active=True
    ).select_related("user"):
        officers.setdefault(assignment.unit_id, []).append(assignment.user)
    for row in progress_rows(units, campaign, today=today, with_findings=False):
        for cell in row.cells:
            milestone = MILESTONE_BY_KEY[cell.milestone]
            if not milestone.remind or not cell.needs_reminder:
                continue
            if (row.unit.pk, cell.milestone) in existing:
                result.already += 1
                continue
            unit_officers = officers.get(row.unit.pk, [])
            if not unit_officers:
                if row.unit not in result.no_officer:
                    result.no_officer.append(row.unit)
                continue
            subject, body = automatic_text(row.unit, cell, milestone)
            try:
                with transaction.atomic():
                    reminder = history.create(
                        Reminder, None, SEND_AUTOMATIC, unit=row.unit, campaign=campaign, kind=ReminderKind.AUTOMATIC,
                        milestone=cell.milestone, day=today, subject=subject, body=body,
                    )
            except IntegrityError:  # another run of the command got there first
                result.already += 1
                continue
            reminder.emailed_to = _email(reminder, unit_officers)
            Reminder.objects.filter(pk=reminder.pk).update(emailed_to=reminder.emailed_to)
            result.sent.append(reminder)
    return result


@transaction.atomic
def send_manual_reminder(unit, subject, body, sent_by, campaign=None, today=None):
    """The Board reminds one unit with its own text."""
    subject = (subject or "").strip()
    body = (body or "").strip()
    if not subject:
        raise DomainError("Vui lòng nhập tiêu đề nhắc việc.")
    if not body:
        raise DomainError("Vui lòng nhập nội dung nhắc việc.")
    if len(subject) > MAX_SUBJECT:
        raise DomainError(f"Tiêu đề dài quá {MAX_SUBJECT} ký tự.")
    if len(body) > MAX_BODY:
        raise DomainError(f"Nội dung dài quá {MAX_BODY} ký tự.")
    officers = officers_of(unit)
    if not officers:
        raise DomainError(
            f"{unit.title_name} chưa có cán bộ thi đua nào trên hệ thống nên không có ai nhận nhắc việc. "
            "Hãy giao vai trò cán bộ thi đua cho đơn vị trước (mục Quản trị → Vai trò)."
        )
    reminder = history.create(
        Reminder, sent_by, SEND_MANUAL, unit=unit, campaign=campaign, kind=ReminderKind.MANUAL, milestone="",
        day=today or clock.today(), subject=subject, body=body, sent_by=sent_by,
    )
    reminder.emailed_to = _email(reminder, officers)
    Reminder.objects.filter(pk=reminder.pk).update(emailed_to=reminder.emailed_to)
    return reminder


def mark_read(reminder, user):
    """The unit's officer has read the reminder (once: reading again changes nothing)."""
    if reminder.read_at is None:
        reminder.read_at = clock.now()
        history.save(reminder, user, MARK_READ, update_fields=["read_at"])
    return reminder
