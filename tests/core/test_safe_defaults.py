"""DEBUG is off unless asked for; a server without DEBUG refuses the development key."""
import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.core.exceptions import ImproperlyConfigured

from thidua import settings as thidua_settings

ROOT = Path(__file__).resolve().parents[2]


def _run(code, **env):
    clean = {k: v for k, v in os.environ.items() if not k.startswith("THIDUA_")}
    clean.update(env)
    clean.pop("DATABASE_URL", None)
    return subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, env=clean, capture_output=True, text=True, timeout=120
    )


def test_debug_is_off_by_default():
    out = _run("import thidua.settings as s; print(s.DEBUG)")
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "False"


def test_debug_on_only_when_asked():
    out = _run("import thidua.settings as s; print(s.DEBUG)", THIDUA_DEBUG="1")
    assert out.stdout.strip() == "True"


def test_wsgi_refuses_development_key_without_debug():
    out = _run("import thidua.wsgi")
    assert out.returncode != 0
    assert "THIDUA_SECRET_KEY" in out.stderr


def test_wsgi_starts_with_a_real_key():
    out = _run("import thidua.wsgi; print('ok')", THIDUA_SECRET_KEY="x" * 50)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "ok"


@pytest.mark.parametrize("key", ["", thidua_settings.DEVELOPMENT_SECRET_KEY, "short"])
def test_refused_keys(key):
    with pytest.raises(ImproperlyConfigured):
        thidua_settings.refuse_insecure_start(debug=False, secret_key=key)


def test_debug_allows_development_key():
    thidua_settings.refuse_insecure_start(debug=True, secret_key=thidua_settings.DEVELOPMENT_SECRET_KEY)
