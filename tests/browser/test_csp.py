"""Pages run under the Content-Security-Policy: no violation, and the moved behaviours work."""
import pytest
from django.core.management import call_command

from thidua.delegates.models import Conference

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_pages_run_without_policy_violations(page, login):
    call_command("load_demo", "--quiet-logins")
    violations = []
    page.on("console", lambda msg: "Content Security Policy" in msg.text and violations.append(msg.text))
    conference = Conference.objects.get(unit__code="xa-ke-sat")
    delegate = conference.delegates.order_by("pk").first()
    login("kesat.canbo")
    for url in ("/", f"/dai-bieu/{conference.pk}/", "/khen-thuong/", "/ke-hoach/"):
        response = page.goto(url)
        assert "unsafe-inline" not in response.headers["content-security-policy"]

    # data-confirm asks before deleting; dismissing keeps the delegate
    questions = []

    def dismiss(dialog):
        questions.append(dialog.message)
        dialog.dismiss()

    page.on("dialog", dismiss)
    page.goto(f"/dai-bieu/{conference.pk}/")
    page.locator("form[data-confirm]").first.get_by_role("button", name="Xóa").click()
    page.wait_for_timeout(300)
    assert questions and questions[0].startswith("Xóa ") and questions[0].endswith("?")
    assert conference.delegates.filter(pk=delegate.pk).exists()
    assert violations == []
