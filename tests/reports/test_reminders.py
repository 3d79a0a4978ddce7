import datetime

import pytest
from django.core import mail
from django.core.management import call_command

from thidua.common.errors import DomainError
from thidua.reports.domain.reminders import send_due_reminders, send_manual_reminder
from thidua.reports.models import Reminder

D = datetime.date


@pytest.fixture
def officer_with_email(unit_officer):
    unit_officer.email = "kesat@example.vn"
    unit_officer.save()
    return unit_officer


@pytest.mark.django_db
def test_late_unit_is_reminded_once_a_day(campaign, commune, officer_with_email):
    first = send_due_reminders(campaign, today=D(2025, 8, 16), units=[commune])
    assert [r.milestone for r in first.sent] == ["plan_sent"]
    assert first.sent[0].emailed_to == ["kesat@example.vn"]
    assert len(mail.outbox) == 1 and "Quá hạn" in mail.outbox[0].subject
    again = send_due_reminders(campaign, today=D(2025, 8, 16), units=[commune])
    assert again.sent == [] and again.already == 1
    assert Reminder.objects.filter(unit=commune).count() == 1 and len(mail.outbox) == 1
    next_day = send_due_reminders(campaign, today=D(2025, 8, 17), units=[commune])
    assert len(next_day.sent) == 1


@pytest.mark.django_db
def test_about_to_be_late_is_reminded_and_far_deadline_is_not(campaign, commune, officer_with_email):
    assert send_due_reminders(campaign, today=D(2025, 8, 1), units=[commune]).sent == []
    soon = send_due_reminders(campaign, today=D(2025, 8, 13), units=[commune]).sent
    assert [r.milestone for r in soon] == ["plan_sent"] and soon[0].subject.startswith("Sắp đến hạn")


@pytest.mark.django_db
def test_unit_without_officer_is_reported_not_reminded(campaign, commune, other_commune, officer_with_email):
    result = send_due_reminders(campaign, today=D(2025, 8, 16), units=[commune, other_commune])
    assert other_commune in result.no_officer
    assert not Reminder.objects.filter(unit=other_commune).exists()


@pytest.mark.django_db
def test_manual_reminder_needs_an_officer_and_text(board_officer, commune, other_commune, officer_with_email):
    with pytest.raises(DomainError, match="chưa có cán bộ thi đua"):
        send_manual_reminder(other_commune, "Nhắc", "Nội dung", board_officer)
    with pytest.raises(DomainError, match="tiêu đề"):
        send_manual_reminder(commune, "  ", "Nội dung", board_officer)
    with pytest.raises(DomainError, match="dài quá"):
        send_manual_reminder(commune, "Nhắc", "x" * 5000, board_officer)
    assert Reminder.objects.count() == 0
    reminder = send_manual_reminder(commune, "Gửi kế hoạch", "Đề nghị gửi ngay.", board_officer)
    assert reminder.kind == "manual" and reminder.sent_by == board_officer
    assert mail.outbox[-1].to == ["kesat@example.vn"]
    assert reminder.history.first().history_user == board_officer


@pytest.mark.django_db
def test_send_reminders_command_is_idempotent(campaign, commune, officer_with_email, capsys):
    call_command("send_reminders", "--today", "2025-08-27")
    first = Reminder.objects.count()
    assert first >= 2  # plan overdue, conference overdue
    call_command("send_reminders", "--today", "2025-08-27")
    assert Reminder.objects.count() == first
    out = capsys.readouterr().out
    assert "đã có từ trước" in out


@pytest.mark.django_db
def test_send_reminders_rejects_a_bad_date(campaign):
    from django.core.management.base import CommandError

    with pytest.raises(CommandError, match="YYYY-MM-DD"):
        call_command("send_reminders", "--today", "27/8/2025")


@pytest.fixture
def mail_server_down(settings):
    """The real SMTP back-end pointed at a loopback port nobody listens on."""
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST, settings.EMAIL_PORT, settings.EMAIL_TIMEOUT = "127.0.0.1", port, 2
    return port


@pytest.mark.django_db
def test_mail_server_down_keeps_the_inbox_reminder_and_says_so(campaign, commune, officer_with_email, mail_server_down,
                                                              capsys):
    call_command("send_reminders", "--today", "2025-08-16")
    out = capsys.readouterr()
    reminder = Reminder.objects.get(unit=commune, milestone="plan_sent")
    assert reminder.emailed_to == []
    assert "chưa gửi được e-mail" in out.err
    call_command("send_reminders", "--today", "2025-08-16")  # still once a day
    assert Reminder.objects.filter(unit=commune).count() == 1


@pytest.mark.django_db
def test_board_reminder_by_hand_with_mail_server_down_is_not_an_error(client_for, campaign, commune, officer_with_email,
                                                                    board_officer, mail_server_down):
    response = client_for(board_officer).post(
        f"/bao-cao/nhac-viec/gui/{commune.code}/", {"subject": "Nhắc gửi kế hoạch", "body": "Đề nghị xã gửi kế hoạch."},
        follow=True,
    )
    assert response.status_code == 200
    text = response.content.decode()
    assert "Đã gửi nhắc việc tới" in text and "chưa gửi được e-mail" in text
    assert Reminder.objects.get(unit=commune).subject == "Nhắc gửi kế hoạch"
