from django import forms
from django.conf import settings
from django.contrib.auth.forms import AuthenticationForm

from thidua.accounts.domain import throttle


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

    def clean(self):
        username = self.cleaned_data.get("username")
        address = self.request.META.get("REMOTE_ADDR", "") if self.request else ""
        if throttle.locked(username, address):
            raise forms.ValidationError(
                "Đăng nhập sai quá nhiều lần. Vì an toàn, tài khoản hoặc máy này tạm bị chặn đăng nhập "
                f"trong {settings.THIDUA_LOGIN_LOCK_MINUTES} phút. Xin thử lại sau, hoặc liên hệ "
                "Ban Thi đua - Khen thưởng nếu quên mật khẩu.",
                code="locked",
            )
        try:
            cleaned = super().clean()
        except forms.ValidationError:
            if username and self.cleaned_data.get("password"):
                throttle.record_failure(username, address)
            raise
        throttle.record_success(username, address)
        return cleaned
