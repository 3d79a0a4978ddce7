"""Scheduled: remind every unit late or about to be late (run daily, e.g. from cron)."""
import datetime

from django.core.management.base import BaseCommand, CommandError

from thidua.campaigns.domain.current import current_campaign
from thidua.reports.domain.reminders import send_due_reminders


class Command(BaseCommand):
    help = "Gửi nhắc việc (hộp thư và e-mail) cho các đơn vị trễ hạn hoặc sắp đến hạn. Chạy lại trong ngày không gửi trùng."

    def add_arguments(self, parser):
        parser.add_argument("--today", help="Ngày tính thời hạn, dạng YYYY-MM-DD (mặc định: hôm nay)")
        parser.add_argument("--campaign", help="Mã kế hoạch cấp trên (mặc định: kế hoạch thành phố đang triển khai)")

    def handle(self, *args, **options):
        today = None
        if options.get("today"):
            try:
                today = datetime.date.fromisoformat(options["today"])
            except ValueError as exc:
                raise CommandError(f"Ngày không hợp lệ: {options['today']!r}; dùng dạng YYYY-MM-DD, ví dụ 2025-08-16.") from exc
        campaign = current_campaign(options.get("campaign"))
        if campaign is None:
            raise CommandError("Không tìm thấy kế hoạch cấp trên đang triển khai để tính thời hạn.")
        result = send_due_reminders(campaign, today=today)
        self.stdout.write(f"Đã gửi {len(result.sent)} nhắc việc mới; {result.already} nhắc việc đã có từ trước trong ngày.")
        for reminder in result.sent:
            self.stdout.write(f"  · {reminder.unit.title_name}: {reminder.subject}")
        if result.no_officer:
            self.stdout.write(
                f"{len(result.no_officer)} đơn vị trễ hạn hoặc sắp đến hạn nhưng chưa có cán bộ thi đua để nhận nhắc việc: "
                + ", ".join(u.title_name for u in result.no_officer[:20])
                + (" …" if len(result.no_officer) > 20 else "")
            )
        if result.email_failed:
            self.stderr.write(
                f"{len(result.email_failed)} nhắc việc đã vào hộp thư trên hệ thống nhưng chưa gửi được e-mail "
                "(máy chủ thư không trả lời); kiểm tra cấu hình gửi thư."
            )
