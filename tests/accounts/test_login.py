import pytest


@pytest.mark.django_db
def test_wrong_password_gets_vietnamese_message(client, unit_officer):
    response = client.post("/tai-khoan/dang-nhap/", {"username": "canbo", "password": "sai"})
    assert response.status_code == 200
    assert "Tên đăng nhập hoặc mật khẩu không đúng" in response.content.decode()


@pytest.mark.django_db
def test_missing_fields_get_field_errors(client):
    response = client.post("/tai-khoan/dang-nhap/", {"username": "", "password": ""})
    body = response.content.decode()
    assert "Xin nhập tên đăng nhập." in body and "Xin nhập mật khẩu." in body


@pytest.mark.django_db
def test_login_then_home_shows_unit(client, unit_officer):
    response = client.post("/tai-khoan/dang-nhap/", {"username": "canbo", "password": "mat-khau-thu"}, follow=True)
    body = response.content.decode()
    assert "Công việc thi đua của đơn vị" in body and "Xã Kẻ Sặt" in body


@pytest.mark.django_db
def test_anonymous_is_sent_to_login(client):
    response = client.get("/don-vi/")
    assert response.status_code == 302 and "/tai-khoan/dang-nhap/" in response["Location"]
