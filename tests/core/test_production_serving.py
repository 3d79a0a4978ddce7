"""Production serving: collectstatic then the real WSGI app serves a hashed, compressed file."""
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

SERVE = r"""
import io, sys
from django.templatetags.static import static
from thidua.wsgi import application

url = static("css/thidua.css")
status = {}
def start_response(s, headers, exc_info=None):
    status["code"] = s
    status["headers"] = dict(headers)
environ = {
    "REQUEST_METHOD": "GET", "PATH_INFO": url, "SERVER_NAME": "127.0.0.1", "SERVER_PORT": "443",
    "HTTP_HOST": "127.0.0.1", "HTTP_ACCEPT_ENCODING": "gzip", "wsgi.input": io.BytesIO(),
    "wsgi.url_scheme": "https", "wsgi.errors": sys.stderr,
}
body = b"".join(application(environ, start_response))
h = status["headers"]
print(url)
print(status["code"])
print(h.get("Content-Encoding", ""))
print(h.get("Cache-Control", ""))
print(len(body))
"""


def _env(static_root):
    env = {k: v for k, v in os.environ.items() if not k.startswith("THIDUA_")}
    env.pop("DATABASE_URL", None)
    env.update(THIDUA_SECRET_KEY="k" * 50, THIDUA_STATIC_ROOT=str(static_root), THIDUA_VAR_DIR=str(static_root.parent))
    return env


def test_wsgi_app_serves_collected_static_through_whitenoise(tmp_path):
    static_root = tmp_path / "static"
    env = _env(static_root)
    out = subprocess.run(
        [sys.executable, "manage.py", "collectstatic", "--noinput", "-v0"],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=300,
    )
    assert out.returncode == 0, out.stderr
    assert (static_root / "staticfiles.json").exists()
    assert list(static_root.glob("css/thidua.*.css.gz")), "compressed copy of the stylesheet"

    out = subprocess.run([sys.executable, "-c", SERVE], cwd=ROOT, env=env, capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    url, code, encoding, cache, length = out.stdout.split("\n")[:5]
    assert url.startswith("/static/css/thidua.") and url != "/static/css/thidua.css", url  # hashed name
    assert code.startswith("200"), code
    assert encoding == "gzip"
    assert "immutable" in cache and "max-age=315360000" in cache
    assert int(length) > 0
