"""The Board sees a late unit, sends a reminder, the unit officer sees it on the home page."""
import pytest
from django.core.management import call_command

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_board_reminds_a_late_unit_and_the_officer_sees_it(page, login):
    call_command("load_demo", "--quiet-logins")
    login("ban.tdkt")
    page.goto("/bao-cao/tien-do/?loai=xa&sap-xep=cham")
    row = page.locator('tr[data-unit="xa-ke-sat"]')
    assert row.locator(".badge.late").count() >= 1  # Kẻ Sặt is behind on at least one milestone
    row.get_by_role("link", name="Xã Kẻ Sặt").click()
    page.get_by_role("button", name="Gửi nhắc việc cho đơn vị").click()
    page.get_by_label("Tiêu đề").fill("Đề nghị dời ngày hội nghị trước 25/8")
    page.get_by_label("Nội dung").fill("Ngày 28/8/2025 sau thời hạn của thành phố; đề nghị xã điều chỉnh và gửi lại kế hoạch.")
    page.get_by_role("button", name="Gửi nhắc việc").click()
    assert "Đã gửi nhắc việc tới xã Kẻ Sặt" in page.content()

    page.get_by_role("button", name="Đăng xuất").click()
    login("kesat.canbo")
    panel = page.get_by_test_id("inbox-panel")
    panel.get_by_text("Đề nghị dời ngày hội nghị trước 25/8").wait_for()
    item = panel.locator("li.reminder", has_text="Đề nghị dời ngày hội nghị trước 25/8")
    item.get_by_role("button", name="Đánh dấu đã đọc").click()
    panel.locator("li.reminder", has_text="Đề nghị dời ngày hội nghị trước 25/8").get_by_text("Đã đọc").wait_for()
