"""The Board uploads a zip of the seed plans and sees Kẻ Sặt's late date."""
import io
import zipfile

import pytest
from django.core.management import call_command

from thidua.ingest.data import SEED_FILES, SEEDS_DIR

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def _seed_zip():
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name in SEED_FILES:
            archive.writestr(name, (SEEDS_DIR / name).read_bytes())
    return buffer.getvalue()


def test_board_uploads_the_seed_plans_and_sees_ke_sat_late(page, login, settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path  # the received files are stored before they are read
    call_command("load_demo", "--quiet-logins")
    login("ban.tdkt")
    page.get_by_role("link", name="Tiếp nhận kế hoạch").first.click()
    page.get_by_label("Tệp kế hoạch").set_input_files(
        {"name": "ke-hoach-cac-don-vi.zip", "mimeType": "application/zip", "buffer": _seed_zip()}
    )
    page.get_by_role("button", name="Đọc và kiểm tra").click()
    table = page.get_by_test_id("ingest-table")
    row = table.locator("tr", has_text="001_ke_sat.txt")
    assert "Xã Kẻ Sặt" in row.inner_text()
    late = row.locator('[data-code="conference_after_deadline"]')
    assert "28/8/2025 sau thời hạn 25/8/2025" in late.inner_text()
    assert table.locator("tbody tr").count() == 4
    assert page.get_by_test_id("ingest-polling").count() == 0  # all read (the tests' immediate task backend)
    # the Board returns it with the findings as the comment
    row.get_by_role("button", name="Trả lại kèm nhận xét").click()
    row = page.get_by_test_id("ingest-table").locator("tr", has_text="001_ke_sat.txt")
    assert "Đã trả lại" in row.inner_text()
