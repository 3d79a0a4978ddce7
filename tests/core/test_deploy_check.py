"""`manage.py check --deploy` passes under the documented production settings."""
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PRODUCTION = {
    "THIDUA_SECRET_KEY": "p7Gm2vQx9LrT4kWz8NcY3hBf6DsJ1eUa5oRi0tXlVnMqA8sK2wE4yZ",
    "THIDUA_ALLOWED_HOSTS": "thidua.example.gov.vn",
    "THIDUA_CSRF_TRUSTED_ORIGINS": "https://thidua.example.gov.vn",
}


def _run(args, **extra):
    env = {k: v for k, v in os.environ.items() if not k.startswith("THIDUA_")}
    env.pop("DATABASE_URL", None)
    env.pop("DJANGO_ALLOW_ASYNC_UNSAFE", None)  # set by the browser tests' Playwright, never in production
    env.update(PRODUCTION)
    env.update(extra)
    return subprocess.run(
        [sys.executable, *args], cwd=ROOT, env=env, capture_output=True, text=True, timeout=120
    )


def test_check_deploy_has_no_warning_in_production():
    out = _run(["manage.py", "check", "--deploy", "--fail-level", "WARNING"])
    assert out.returncode == 0, out.stdout + out.stderr
    assert "System check identified no issues (0 silenced)." in out.stdout


def test_check_deploy_warns_when_https_is_switched_off():
    out = _run(["manage.py", "check", "--deploy", "--fail-level", "WARNING"], THIDUA_HTTPS="0")
    assert out.returncode != 0
    for code in ("security.W004", "security.W008", "security.W012", "security.W016"):
        assert code in out.stderr + out.stdout


PRINT = "import thidua.settings as s; print(s.SECURE_PROXY_SSL_HEADER, s.CSRF_TRUSTED_ORIGINS, s.ALLOWED_HOSTS, s.SECURE_HSTS_SECONDS, s.SESSION_COOKIE_SECURE, s.SECURE_SSL_REDIRECT)"


def test_security_settings_come_from_the_environment():
    out = _run(["-c", PRINT], THIDUA_PROXY_SSL_HEADER="1", THIDUA_HSTS_SECONDS="3600", THIDUA_SSL_REDIRECT="0")
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == (
        "('HTTP_X_FORWARDED_PROTO', 'https') ['https://thidua.example.gov.vn'] "
        "['thidua.example.gov.vn'] 3600 True False"
    )


def test_production_defaults_without_any_setting():
    out = _run(["-c", PRINT], THIDUA_ALLOWED_HOSTS="", THIDUA_CSRF_TRUSTED_ORIGINS="")
    assert out.stdout.strip() == "None [] ['127.0.0.1', 'localhost'] 31536000 True True"
