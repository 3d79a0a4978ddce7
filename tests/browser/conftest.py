"""Playwright (Python) driving Debian's chromium, headless. No browser download."""
import os
import shutil

import pytest

BROWSER_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-dev-shm-usage",
                "--disable-component-update", "--disable-sync", "--no-first-run"]


def _chromium_path():
    path = os.environ.get("THIDUA_BROWSER", "/usr/bin/chromium")
    if not os.path.exists(path) and not shutil.which(path):
        pytest.fail(f"Không tìm thấy trình duyệt {path}: chạy bin/test để cài gói chromium.")
    return path


@pytest.fixture(scope="session")
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        instance = pw.chromium.launch(executable_path=_chromium_path(), headless=True, args=BROWSER_ARGS)
        yield instance
        instance.close()


@pytest.fixture
def page(browser, live_server):
    context = browser.new_context(base_url=live_server.url, locale="vi-VN", viewport={"width": 1280, "height": 900})
    page = context.new_page()
    page.set_default_timeout(15000)
    yield page
    context.close()


@pytest.fixture
def login(page):
    def do_login(username, password="thidua2025"):
        page.goto("/tai-khoan/dang-nhap/")
        page.get_by_label("Tên đăng nhập").fill(username)
        page.get_by_label("Mật khẩu").fill(password)
        page.get_by_role("button", name="Đăng nhập").click()
        page.wait_for_load_state("domcontentloaded")
        return page

    return do_login
