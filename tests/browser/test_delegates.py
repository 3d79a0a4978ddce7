"""Invitations → check-in → attendance count, in a real browser."""
import re

import pytest
from django.core.management import call_command

from thidua.delegates.models import Conference

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_invitation_checkin_attendance(page, login):
    call_command("load_demo", "--quiet-logins")
    conference = Conference.objects.get(unit__code="xa-ke-sat")
    miền = conference.delegates.get(full_name="Nguyễn Thị Miền")
    login("kesat.canbo")
    page.goto(f"/dai-bieu/{conference.pk}/")
    with page.expect_response(re.compile(r"giay-moi\.pdf")) as info:
        page.evaluate("url => fetch(url)", f"/dai-bieu/{conference.pk}/dai-bieu/{miền.pk}/giay-moi.pdf")
    assert info.value.status == 200 and info.value.headers["content-type"] == "application/pdf"
    # the QR opens this delegate's check-in
    page.goto(f"/dai-bieu/{conference.pk}/diem-danh/ma/{miền.token}/")
    assert page.get_by_test_id("present").inner_text() == "0"
    page.get_by_role("button", name="Có mặt: Nguyễn Thị Miền").click()
    page.get_by_text("Đã điểm danh: Nguyễn Thị Miền").wait_for()
    assert page.get_by_test_id("present").inner_text() == "1"
    assert page.get_by_test_id("present-exemplar").inner_text() == "1"
    # search without diacritics, then a second check-in keeps the count
    page.goto(f"/dai-bieu/{conference.pk}/diem-danh/")
    page.get_by_label("Tìm tên hoặc quét mã QR").fill("nguyen thi mien")
    page.get_by_role("button", name="Tìm").click()
    page.get_by_text("Đã có mặt").first.wait_for()
    assert page.get_by_test_id("present").inner_text() == "1"
