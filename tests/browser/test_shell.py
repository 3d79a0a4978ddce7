import pytest
from django.core.management import call_command

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

HOME_HEADINGS = {
    "ban.tdkt": "Bàn làm việc của Ban Thi đua - Khen thưởng",
    "kesat.canbo": "Công việc thi đua của đơn vị",
    "kesat.congan": "Đề xuất khen thưởng của đơn vị trực thuộc",
    "kesat.hoidong": "Xét duyệt của Hội đồng Thi đua - Khen thưởng",
    "kesat.xem": "Theo dõi thi đua, khen thưởng",
}


def test_each_demo_role_lands_on_its_home_page(page, login):
    call_command("load_demo", "--quiet-logins")
    for username, heading in HOME_HEADINGS.items():
        login(username)
        assert page.get_by_role("heading", level=1).inner_text() == heading
        if username != "ban.tdkt":
            assert "Kẻ Sặt" in page.get_by_test_id("unit-name").inner_text()
        page.get_by_role("button", name="Đăng xuất").click()
        page.wait_for_url("**/dang-nhap/")


def test_wrong_password_shows_vietnamese_error_on_phone(browser, live_server):
    call_command("load_demo", "--quiet-logins")
    context = browser.new_context(base_url=live_server.url, viewport={"width": 390, "height": 844})
    page = context.new_page()
    page.goto("/tai-khoan/dang-nhap/")
    page.get_by_label("Tên đăng nhập").fill("kesat.canbo")
    page.get_by_label("Mật khẩu").fill("sai-mat-khau")
    page.get_by_role("button", name="Đăng nhập").click()
    assert "Tên đăng nhập hoặc mật khẩu không đúng" in page.locator(".errorlist").inner_text()
    # the form fits the phone's width: no horizontal scrolling
    assert page.evaluate("document.documentElement.scrollWidth") <= 390
    context.close()
