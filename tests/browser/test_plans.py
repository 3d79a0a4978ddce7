"""An officer builds a plan from the parent plan, sees the late-date finding live, fixes
it and submits; the Board returns it with a comment; the officer sees the comment; the
Board's change log names each step beside what it changed."""
import os
import re

import pytest
from django.core.management import call_command

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_plan_from_parent_live_finding_submit_return(page, login, tmp_path):
    call_command("load_demo", "--quiet-logins")
    # xã Kẻ Sặt already has its plan: a second one is not made, the officer is sent to it
    login("kesat.canbo")
    page.get_by_role("link", name="Kế hoạch hội nghị").first.click()
    page.get_by_role("button", name="Tạo kế hoạch từ kế hoạch cấp trên").click()
    page.get_by_role("button", name="Tạo kế hoạch").click()
    page.wait_for_url(re.compile(r"/ke-hoach/\d+/$"))
    assert "xã Kẻ Sặt đã có kế hoạch theo kế hoạch cấp trên này" in page.locator(".messages").inner_text()
    page.get_by_role("button", name="Đăng xuất").click()

    from tests.factories import RoleAssignmentFactory, UserFactory
    from thidua.units.models import Unit

    officer = UserFactory(username="tranhungdao.canbo", full_name="Vũ Thị Cán Bộ", password="thidua2025")
    RoleAssignmentFactory(user=officer, unit=Unit.objects.get(code="phuong-tran-hung-dao"), role="unit_officer")
    login("tranhungdao.canbo")
    page.get_by_role("link", name="Kế hoạch hội nghị").first.click()
    page.get_by_role("button", name="Tạo kế hoạch từ kế hoạch cấp trên").click()
    page.get_by_role("button", name="Tạo kế hoạch").click()
    page.wait_for_url(re.compile(r"/ke-hoach/\d+/sua/$"))
    plan_url = page.url.replace("sua/", "")
    assert page.locator("#id_conference_name").input_value() == (
        "Hội nghị tuyên dương điển hình tiên tiến phường Trần Hưng Đạo Lần thứ I (2025 - 2030)")

    findings = page.locator("#findings")
    page.locator("#id_conference_date").fill("2025-08-28")
    late = findings.locator('[data-code="conference_after_deadline"]')
    late.wait_for()
    assert "Ngày tổ chức 28/8/2025 sau thời hạn 25/8/2025 theo Kế hoạch của UBND thành phố" in late.inner_text()

    page.locator("#id_conference_date").fill("2025-08-20")
    late.wait_for(state="detached")
    page.locator("#id_venue").fill("Nhà văn hóa Trung tâm phường Trần Hưng Đạo")
    sectors = page.get_by_role("group", name="Các thành phần kinh tế cần có")
    sectors.get_by_label("Kinh tế nhà nước").check()
    sectors.get_by_label("Kinh tế tư nhân").check()
    if os.environ.get("THIDUA_SCREENSHOTS"):
        sectors.screenshot(path=os.path.join(os.environ["THIDUA_SCREENSHOTS"], "plan-sectors.png"))
    page.get_by_role("button", name="Lưu kế hoạch").click()
    page.wait_for_url(plan_url)
    from thidua.plans.models import Plan

    assert Plan.objects.get(pk=int(plan_url.rstrip("/").rsplit("/", 1)[1])).target_economic_sectors == ["state", "private"]
    assert "Đã lưu kế hoạch." in page.locator(".messages").inner_text()
    page.get_by_role("button", name="Gửi Ban Thi đua - Khen thưởng").click()
    assert page.get_by_test_id("plan-status").inner_text() == "Đã gửi Ban Thi đua - Khen thưởng"
    page.get_by_role("button", name="Đăng xuất").click()

    login("ban.tdkt")
    page.goto(plan_url)
    page.get_by_label("Ý kiến của Ban").fill("Đề nghị bổ sung thời gian bắt đầu và kết thúc hội nghị.")
    page.get_by_role("button", name="Trả lại kèm ý kiến").click()
    assert page.get_by_test_id("plan-status").inner_text() == "Bị trả lại để sửa"
    page.get_by_role("button", name="Đăng xuất").click()

    login("tranhungdao.canbo")
    panel = page.get_by_test_id("plans-panel")
    assert "Đề nghị bổ sung thời gian bắt đầu" in panel.inner_text()
    page.goto(plan_url)
    assert "Đề nghị bổ sung thời gian bắt đầu và kết thúc hội nghị." in page.get_by_test_id("board-comment").inner_text()
    assert page.get_by_role("button", name="Gửi lại Ban Thi đua - Khen thưởng").is_visible()
    page.get_by_role("button", name="Đăng xuất").click()

    login("ban.tdkt")
    page.get_by_role("link", name="Lịch sử thay đổi").first.click()
    page.get_by_label("Loại dữ liệu").select_option(label="Kế hoạch đơn vị")
    page.get_by_role("button", name="Lọc").click()
    rows = page.get_by_test_id("change")
    newest = rows.first.inner_text()
    assert "Trả lại kế hoạch" in newest and "Ban Thi đua" in newest  # who
    assert "ý kiến của Ban" in newest and "Đề nghị bổ sung thời gian bắt đầu" in newest  # what it changed
    actions = [a.strip() for a in page.get_by_test_id("action").all_inner_texts()]
    assert actions[:4] == ["Trả lại kế hoạch", "Gửi kế hoạch", "Lưu kế hoạch", "Tạo kế hoạch từ kế hoạch cấp trên"]
    assert "Nhà văn hóa Trung tâm phường Trần Hưng Đạo" in rows.nth(2).inner_text()  # the save, beside its venue
    page.screenshot(path=str(os.environ.get("THIDUA_SCREENSHOTS", tmp_path)) + "/lich-su-ke-hoach.png", full_page=True)
