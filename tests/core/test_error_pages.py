"""Vietnamese 400, 403, 404, 500, 503 and CSRF pages with DEBUG off."""
import pytest
from django.test import Client, override_settings

from tests.core import error_urls
from tests.factories import UserFactory

pytestmark = [pytest.mark.django_db, pytest.mark.urls("tests.core.error_urls")]


@pytest.fixture
def failing_client():
    yield Client(raise_request_exception=False)
    while error_urls.STACKS:
        error_urls.STACKS.pop().close()


def test_missing_url_gives_the_vietnamese_404(client, settings):
    assert settings.DEBUG is False
    response = client.get("/khong-co-trang-nay/")
    assert response.status_code == 404
    assert "Không tìm thấy trang" in response.content.decode()
    assert "Not Found" not in response.content.decode()


def test_500_page_renders_without_the_database(failing_client):
    failing_client.force_login(UserFactory())
    response = failing_client.get("/__loi/500/")
    assert response.status_code == 500
    body = response.content.decode()
    assert "Đã có lỗi trong hệ thống" in body and "Server Error" not in body


def test_database_down_gives_503(failing_client):
    response = failing_client.get("/__loi/503/")
    assert response.status_code == 503
    assert response["Retry-After"] == "30"
    assert "Hệ thống tạm thời gián đoạn" in response.content.decode()


def test_bad_request_gives_the_vietnamese_400(failing_client):
    response = failing_client.get("/__loi/400/")
    assert response.status_code == 400
    assert "Yêu cầu không hợp lệ" in response.content.decode()


def test_permission_denied_gives_the_vietnamese_403(client):
    response = client.get("/__loi/403/")
    assert response.status_code == 403
    assert "Bạn không có quyền xem trang này" in response.content.decode()


@override_settings(ROOT_URLCONF="thidua.urls")
def test_forged_csrf_gives_the_vietnamese_403():
    response = Client(enforce_csrf_checks=True).post(
        "/tai-khoan/dang-nhap/", {"username": "a", "password": "b", "csrfmiddlewaretoken": "gia-mao"}
    )
    assert response.status_code == 403
    body = response.content.decode()
    assert "Biểu mẫu đã hết hạn" in body and "CSRF verification failed" not in body
