"""Settings of thidua.

SQLite is the embedded default; ``DATABASE_URL`` switches to PostgreSQL
(``postgres://user@host:5432/name``). Everything a deployment must change is read
from the environment.
"""
import os
import sys
from pathlib import Path

from django.core.exceptions import ImproperlyConfigured

BASE_DIR = Path(__file__).resolve().parent.parent
VAR_DIR = Path(os.environ.get("THIDUA_VAR_DIR", BASE_DIR / "var"))
VAR_DIR.mkdir(parents=True, exist_ok=True)

DEVELOPMENT_SECRET_KEY = "dev-only-insecure-key-change-me-in-production"
SECRET_KEY = os.environ.get("THIDUA_SECRET_KEY", DEVELOPMENT_SECRET_KEY)
# Off unless asked for: bin/demo sets THIDUA_DEBUG=1, a deployment never does.
DEBUG = os.environ.get("THIDUA_DEBUG", "0") == "1"
TESTING = "pytest" in sys.modules
_LOCAL_HOSTS = "127.0.0.1,localhost,testserver" if DEBUG or TESTING else "127.0.0.1,localhost"
ALLOWED_HOSTS = [h.strip() for h in (os.environ.get("THIDUA_ALLOWED_HOSTS", "").strip() or _LOCAL_HOSTS).split(",") if h.strip()]


def _env_flag(name, default):
    value = os.environ.get(name, "").strip()
    return default if not value else value == "1"


# HTTPS: a deployment (DEBUG off, outside tests) is served over HTTPS unless THIDUA_HTTPS=0;
# each setting can still be changed alone. Behind a proxy that ends TLS, THIDUA_PROXY_SSL_HEADER=1
# trusts its X-Forwarded-Proto. `manage.py check --deploy` passes with these defaults
# (tests/core/test_deploy_check.py).
HTTPS = _env_flag("THIDUA_HTTPS", not DEBUG and not TESTING)
SESSION_COOKIE_SECURE = _env_flag("THIDUA_SESSION_COOKIE_SECURE", HTTPS)
CSRF_COOKIE_SECURE = _env_flag("THIDUA_CSRF_COOKIE_SECURE", HTTPS)
SECURE_SSL_REDIRECT = _env_flag("THIDUA_SSL_REDIRECT", HTTPS)
SECURE_HSTS_SECONDS = int(os.environ.get("THIDUA_HSTS_SECONDS", "").strip() or (31536000 if HTTPS else 0))
SECURE_HSTS_INCLUDE_SUBDOMAINS = _env_flag("THIDUA_HSTS_INCLUDE_SUBDOMAINS", True)
SECURE_HSTS_PRELOAD = _env_flag("THIDUA_HSTS_PRELOAD", True)
SECURE_PROXY_SSL_HEADER = (
    ("HTTP_X_FORWARDED_PROTO", "https") if _env_flag("THIDUA_PROXY_SSL_HEADER", False) else None
)
CSRF_TRUSTED_ORIGINS = [o.strip() for o in os.environ.get("THIDUA_CSRF_TRUSTED_ORIGINS", "").split(",") if o.strip()]
CSRF_FAILURE_VIEW = "thidua.core.error_views.csrf_failure"
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"
# Sessions end after a working day without use (hours), and when the browser closes.
SESSION_COOKIE_AGE = int(os.environ.get("THIDUA_SESSION_HOURS", "8")) * 3600
SESSION_EXPIRE_AT_BROWSER_CLOSE = True

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.humanize",
    "django.contrib.postgres",  # trigram and unaccent on PostgreSQL; harmless on SQLite
    "rules.apps.AutodiscoverRulesConfig",
    "simple_history",
    "django_htmx",
    "django_tasks",
    "django_tasks_db",
    "ninja",  # serves Swagger UI from its own static files: /api/docs works without internet
    # thidua: one app per part of the domain
    "thidua.core",
    "thidua.accounts",
    "thidua.units",
    "thidua.campaigns",
    "thidua.documents",
    "thidua.plans",
    "thidua.register",
    "thidua.honors",
    "thidua.delegates",
    "thidua.reports",
    "thidua.ingest",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",  # static files in production (bin/serve)
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "thidua.common.csp.ContentSecurityPolicyMiddleware",
    "django_htmx.middleware.HtmxMiddleware",
    "simple_history.middleware.HistoryRequestMiddleware",
]

ROOT_URLCONF = "thidua.urls"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "thidua" / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "thidua.core.context_processors.shell",
            ],
        },
    },
]

WSGI_APPLICATION = "thidua.wsgi.application"


def _database_from_env():
    """Parse DATABASE_URL, failing with a clear Vietnamese message."""
    url = os.environ.get("DATABASE_URL", "").strip()
    if not url:
        return {
            "ENGINE": "django.db.backends.sqlite3",
            "NAME": os.environ.get("THIDUA_SQLITE_PATH", str(VAR_DIR / "db.sqlite3")),
            # Writers take the lock when the transaction starts (no "database is locked" when a
            # read turns into a write), and WAL lets readers go on while one writes.
            "OPTIONS": {
                "timeout": 20,
                "transaction_mode": "IMMEDIATE",
                "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
            },
        }
    import dj_database_url

    try:
        config = dj_database_url.parse(url, conn_max_age=60)
    except Exception as exc:  # dj-database-url raises several types
        raise ImproperlyConfigured(
            f"Biến môi trường DATABASE_URL không hợp lệ ({url!r}). "
            "Ví dụ đúng: postgres://postgres@127.0.0.1:5432/thidua hoặc sqlite:///var/db.sqlite3. "
            f"Chi tiết: {exc}"
        ) from exc
    if not config.get("ENGINE"):
        raise ImproperlyConfigured(
            f"DATABASE_URL không chỉ rõ loại cơ sở dữ liệu ({url!r}); dùng postgres:// hoặc sqlite://."
        )
    if config["ENGINE"] not in (
        "django.db.backends.postgresql",
        "django.db.backends.sqlite3",
    ):
        raise ImproperlyConfigured(
            f"thidua chỉ hỗ trợ PostgreSQL và SQLite; DATABASE_URL đang trỏ tới {config['ENGINE']}."
        )
    if config["ENGINE"] == "django.db.backends.postgresql" and not config.get("NAME"):
        raise ImproperlyConfigured("DATABASE_URL thiếu tên cơ sở dữ liệu PostgreSQL (phần sau dấu / cuối).")
    return config


DATABASES = {"default": _database_from_env()}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_USER_MODEL = "accounts.User"
AUTHENTICATION_BACKENDS = [
    "rules.permissions.ObjectPermissionBackend",
    "django.contrib.auth.backends.ModelBackend",
]
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator", "OPTIONS": {"min_length": 8}},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
]
# Wrong passwords: after this many for one username or address within the window, the
# login is refused for the lock time (thidua.accounts.domain.throttle).
THIDUA_LOGIN_MAX_FAILURES = int(os.environ.get("THIDUA_LOGIN_MAX_FAILURES", "5"))
THIDUA_LOGIN_WINDOW_MINUTES = int(os.environ.get("THIDUA_LOGIN_WINDOW_MINUTES", "15"))
THIDUA_LOGIN_LOCK_MINUTES = int(os.environ.get("THIDUA_LOGIN_LOCK_MINUTES", "15"))
LOGIN_URL = "accounts:login"
LOGIN_REDIRECT_URL = "core:home"
LOGOUT_REDIRECT_URL = "accounts:login"

LANGUAGE_CODE = "vi"
LANGUAGES = [("vi", "Tiếng Việt")]
TIME_ZONE = "Asia/Ho_Chi_Minh"
USE_I18N = True
USE_TZ = True
LOCALE_PATHS = [BASE_DIR / "thidua" / "locale"]

STATIC_URL = "static/"
# collectstatic writes here (bin/serve runs it); whitenoise serves it compressed, with hashed
# names cached for a year. Tests and the demo (DEBUG) read the source folders directly.
STATIC_ROOT = Path(os.environ.get("THIDUA_STATIC_ROOT", VAR_DIR / "static"))
STATIC_ROOT.mkdir(parents=True, exist_ok=True)
STATICFILES_DIRS = [BASE_DIR / "thidua" / "static"]
MEDIA_URL = "media/"
MEDIA_ROOT = Path(os.environ.get("THIDUA_MEDIA_ROOT", VAR_DIR / "media"))

STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        "BACKEND": (
            "django.contrib.staticfiles.storage.StaticFilesStorage"
            if DEBUG or TESTING
            else "whitenoise.storage.CompressedManifestStaticFilesStorage"
        )
    },
}

# Uploads: one limit, checked by every form that takes a file (bytes).
THIDUA_MAX_UPLOAD_BYTES = int(os.environ.get("THIDUA_MAX_UPLOAD_BYTES", 20 * 1024 * 1024))
DATA_UPLOAD_MAX_MEMORY_SIZE = 5 * 1024 * 1024
FILE_UPLOAD_MAX_MEMORY_SIZE = 5 * 1024 * 1024

# The one font every document engine uses: Liberation Serif 2.x (metric-compatible
# with Times New Roman, full Vietnamese coverage), shipped in the repository.
THIDUA_FONT_DIR = BASE_DIR / "assets" / "fonts"
THIDUA_FONT_FAMILY = "Liberation Serif"

# The public address of the site, printed in QR codes and links of documents (giấy mời):
# not the address an officer happened to use. Unset, the address of the request (or the
# development server when a document is made outside a request).
THIDUA_PUBLIC_URL = os.environ.get("THIDUA_PUBLIC_URL", "").strip().rstrip("/")

# The day deadlines, reminders and document dates count from (ISO date, e.g. 2025-08-20);
# unset, the real date. ``thidua.common.clock.today()`` reads it.
THIDUA_TODAY = os.environ.get("THIDUA_TODAY", "").strip() or None

EMAIL_BACKEND = os.environ.get("THIDUA_EMAIL_BACKEND", "django.core.mail.backends.console.EmailBackend")
DEFAULT_FROM_EMAIL = os.environ.get("THIDUA_FROM_EMAIL", "thidua@localhost")

TASKS = {
    "default": {
        "BACKEND": (
            "django_tasks.backends.immediate.ImmediateBackend"
            if TESTING
            else "django_tasks_db.DatabaseBackend"
        )
    }
}

# Cache (login counters, …): Redis when THIDUA_REDIS_URL (or REDIS_URL) is set, so every
# worker and server shares it; otherwise this process's memory (tests, demo).
REDIS_URL = (os.environ.get("THIDUA_REDIS_URL") or os.environ.get("REDIS_URL") or "").strip()
CACHES = {
    "default": (
        {"BACKEND": "django.core.cache.backends.redis.RedisCache", "LOCATION": REDIS_URL, "KEY_PREFIX": "thidua"}
        if REDIS_URL
        else {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}
    )
}

MESSAGE_STORAGE = "django.contrib.messages.storage.session.SessionStorage"
SIMPLE_HISTORY_HISTORY_CHANGE_REASON_USE_TEXT_FIELD = True

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": "WARNING"},
}


def refuse_insecure_start(debug=None, secret_key=None):
    """Raise ImproperlyConfigured when a server would start without DEBUG on a known key.

    Called by thidua.wsgi before the application is built, so gunicorn or runserver behind
    wsgi refuses to serve with the development SECRET_KEY (or none) in production.
    """
    debug = DEBUG if debug is None else debug
    secret_key = SECRET_KEY if secret_key is None else secret_key
    if debug:
        return
    if not secret_key or secret_key == DEVELOPMENT_SECRET_KEY or len(secret_key) < 32:
        raise ImproperlyConfigured(
            "Chưa đặt THIDUA_SECRET_KEY (một chuỗi bí mật dài ít nhất 32 ký tự) khi chạy với "
            "THIDUA_DEBUG tắt; khóa dùng cho phát triển không được chấp nhận."
        )
