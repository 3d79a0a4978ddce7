import pytest
from django.core.exceptions import ImproperlyConfigured

from thidua import settings as project_settings


@pytest.mark.parametrize(
    "url, message",
    [
        ("postgres//thieu-dau-hai-cham", "không"),
        ("mysql://root@localhost/x", "chỉ hỗ trợ PostgreSQL và SQLite"),
        ("postgres://postgres@127.0.0.1:5432/", "thiếu tên cơ sở dữ liệu"),
    ],
)
def test_malformed_database_url_gets_vietnamese_error(monkeypatch, url, message):
    monkeypatch.setenv("DATABASE_URL", url)
    with pytest.raises(ImproperlyConfigured) as exc:
        project_settings._database_from_env()
    assert message in str(exc.value)


def test_database_url_switches_to_postgresql(monkeypatch):
    monkeypatch.setenv("DATABASE_URL", "postgres://postgres@127.0.0.1:5432/thidua")
    config = project_settings._database_from_env()
    assert config["ENGINE"] == "django.db.backends.postgresql" and config["NAME"] == "thidua"


@pytest.mark.django_db
def test_unit_change_is_recorded_and_shown_to_board(client_for, board_officer, commune):
    client = client_for(board_officer)
    from thidua.common import history

    commune.name = "Kẻ Sặt mới"
    history.save(commune, board_officer, "Sửa tên đơn vị")
    response = client.get("/lich-su/?loai=unit")
    body = response.content.decode()
    assert response.status_code == 200
    assert "Kẻ Sặt mới" in body and "tên riêng" in body and "Sửa" in body
    assert board_officer.username in body or str(board_officer) in body


@pytest.mark.django_db
def test_history_is_board_only(client_for, unit_officer):
    assert client_for(unit_officer).get("/lich-su/").status_code == 403


@pytest.mark.django_db
def test_admin_speaks_vietnamese_to_the_board(client, board_officer):
    board_officer.is_staff = True
    board_officer.is_superuser = True
    board_officer.save()
    client.force_login(board_officer)
    body = client.get("/quan-tri/").content.decode()
    assert "Quản trị dữ liệu" in body and "Đơn vị" in body


@pytest.mark.django_db
def test_board_officer_edits_in_vietnamese_admin_and_history_records_who(client):
    from django.core.management import call_command

    from thidua.units.models import Unit

    call_command("load_demo", "--quiet-logins")
    assert client.login(username="ban.tdkt", password="thidua2025")
    unit = Unit.objects.get(code="xa-ke-sat")
    page = client.get(f"/quan-tri/units/unit/{unit.pk}/change/")
    assert page.status_code == 200 and "Lưu lại" in page.content.decode()  # Django admin in Vietnamese
    data = {
        "code": unit.code, "name": "Kẻ Sặt", "kind": unit.kind, "parent": unit.parent_id,
        "issuer_parent_line": unit.issuer_parent_line, "issuer_line": unit.issuer_line, "symbol": "UBND",
        "place_name": "Kẻ Sặt", "cluster": unit.cluster_id or "", "merged_in_2025": "on", "size_measure": "25000",
        "source": unit.source, "is_active": "on",
        "predecessors-TOTAL_FORMS": "0", "predecessors-INITIAL_FORMS": "0",
    }
    response = client.post(f"/quan-tri/units/unit/{unit.pk}/change/", data)
    assert response.status_code == 302, response.content.decode()[:2000]
    record = Unit.history.filter(id=unit.pk).latest("history_date")
    assert record.history_user.username == "ban.tdkt" and record.size_measure == 25000


@pytest.mark.django_db
def test_not_found_page_is_vietnamese(client_for, board_officer):
    response = client_for(board_officer).get("/don-vi/khong-ton-tai/")
    assert response.status_code == 404 and "Không tìm thấy" in response.content.decode()


def test_manage_py_reports_a_malformed_database_url_without_a_traceback():
    import os
    import subprocess
    import sys
    from pathlib import Path

    root = Path(__file__).resolve().parents[2]
    env = {**os.environ, "DATABASE_URL": "postgres//thieu-dau-hai-cham"}
    result = subprocess.run([sys.executable, "manage.py", "check"], cwd=root, env=env, capture_output=True, text=True)
    assert result.returncode == 2
    assert "Lỗi cấu hình: Biến môi trường DATABASE_URL không hợp lệ" in result.stderr
    assert "Traceback" not in result.stderr


@pytest.mark.django_db
def test_a_fixed_working_day_is_shown_in_the_header_and_used_for_check_in(client_for, unit_officer, settings, campaign,
                                                                           commune):
    import datetime

    from tests.factories import DelegateFactory, conference_for
    from thidua.delegates.domain.checkin import check_in

    client = client_for(unit_officer)
    assert 'data-testid="fixed-day"' not in client.get("/").content.decode()
    settings.THIDUA_TODAY = "2025-08-20"
    assert "Ngày làm việc: 20/08/2025" in client.get("/").content.decode()
    delegate = DelegateFactory(conference=conference_for(commune, campaign))
    assert check_in(delegate, unit_officer).ok
    delegate.refresh_from_db()
    from django.utils import timezone

    assert timezone.localtime(delegate.checked_in_at).date() == datetime.date(2025, 8, 20)
