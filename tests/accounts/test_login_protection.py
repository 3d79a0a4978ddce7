"""Logout only by POST; repeated wrong passwords lock the username and the address."""
import socket

import pytest
from django.core.cache import caches
from django.test import Client, override_settings

from tests.factories import UserFactory

pytestmark = pytest.mark.django_db
LOGIN = "/tai-khoan/dang-nhap/"
LOCKED = "Đăng nhập sai quá nhiều lần"


def _login(client, username, password):
    return client.post(LOGIN, {"username": username, "password": password})


def test_logout_by_get_is_refused_and_the_navigation_posts_it(client):
    user = UserFactory()
    client.force_login(user)
    assert client.get("/tai-khoan/dang-xuat/").status_code == 405
    assert "_auth_user_id" in client.session
    home = client.get("/").content.decode()
    assert 'method="post" action="/tai-khoan/dang-xuat/"' in home
    assert "csrfmiddlewaretoken" in home.split('action="/tai-khoan/dang-xuat/"')[1][:300]
    assert client.post("/tai-khoan/dang-xuat/").status_code == 302
    assert "_auth_user_id" not in client.session


def _lock_then_right_password(settings):
    user = UserFactory(username="nguyen.van.a")
    user.set_password("dung-mat-khau-1")
    user.save()
    client = Client()
    for _ in range(settings.THIDUA_LOGIN_MAX_FAILURES):
        response = _login(client, "nguyen.van.a", "sai")
        assert response.status_code == 200 and LOCKED not in response.content.decode()
    response = _login(client, "nguyen.van.a", "dung-mat-khau-1")
    return client, response


def test_right_password_refused_after_too_many_failures(settings):
    client, response = _lock_then_right_password(settings)
    assert response.status_code == 200
    assert LOCKED in response.content.decode()
    assert "_auth_user_id" not in client.session
    # another machine for the same username is refused as well
    other = Client(REMOTE_ADDR="10.0.0.9")
    assert LOCKED in _login(other, "nguyen.van.a", "dung-mat-khau-1").content.decode()


def test_one_address_trying_many_usernames_is_locked(settings):
    UserFactory(username="dung")
    client = Client(REMOTE_ADDR="10.0.0.7")
    for i in range(settings.THIDUA_LOGIN_MAX_FAILURES):
        _login(client, f"khong-co-{i}", "sai")
    assert LOCKED in _login(client, "dung", "sai").content.decode()
    assert LOCKED not in _login(Client(REMOTE_ADDR="10.0.0.8"), "dung", "sai").content.decode()


def test_fewer_failures_then_success_logs_in(settings):
    user = UserFactory(username="tran.b")
    user.set_password("dung-mat-khau-2")
    user.save()
    client = Client()
    for _ in range(settings.THIDUA_LOGIN_MAX_FAILURES - 1):
        _login(client, "tran.b", "sai")
    assert _login(client, "tran.b", "dung-mat-khau-2").status_code == 302


def _redis_answers():
    try:
        with socket.create_connection(("127.0.0.1", 6379), timeout=0.5):
            return True
    except OSError:
        return False


REDIS = {"default": {"BACKEND": "django.core.cache.backends.redis.RedisCache",
                     "LOCATION": "redis://127.0.0.1:6379/15", "KEY_PREFIX": "thidua-test"}}


@pytest.mark.skipif(not _redis_answers(), reason="Redis không trả lời tại 127.0.0.1:6379")
def test_lock_works_on_the_real_redis(settings):
    with override_settings(CACHES=REDIS):
        caches["default"].clear()
        try:
            assert "RedisCache" in type(caches["default"]).__name__
            client, response = _lock_then_right_password(settings)
            assert LOCKED in response.content.decode()
            assert caches["default"].get("login-lock:u:nguyen.van.a") == 1
        finally:
            caches["default"].clear()
