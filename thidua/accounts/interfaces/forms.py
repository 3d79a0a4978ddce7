from django import forms
from django.contrib.auth.forms import AuthenticationForm


class LoginForm(AuthenticationForm):
    error_messages = {
        "invalid_login": "Tên đăng nhập hoặc mật khẩu không đúng. Xin kiểm tra lại (mật khẩu phân biệt chữ hoa, chữ thường).",
        "inactive": "Tài khoản này đã bị khóa. Xin liên hệ Ban Thi đua - Khen thưởng.",
    }
    username = forms.CharField(
        label="Tên đăng nhập",
        max_length=150,
        widget=forms.TextInput(attrs={"autofocus": True, "autocomplete": "username"}),
        error_messages={"required": "Xin nhập tên đăng nhập."},
    )
    password = forms.CharField(
        label="Mật khẩu",
        strip=False,
        widget=forms.PasswordInput(attrs={"autocomplete": "current-password"}),
        error_messages={"required": "Xin nhập mật khẩu."},
    )
