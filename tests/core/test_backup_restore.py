"""backup_data then restore_data into a fresh database: same rows in every table, same files."""
import hashlib
import os
import sqlite3
import subprocess
import sys
import uuid
from pathlib import Path

import pytest
from django.conf import settings
from django.core.management import call_command
from django.db import connection

from tests.factories import RoleAssignmentFactory, UnitFactory, UserFactory
from thidua.core.backup import table_counts

ROOT = Path(__file__).resolve().parents[2]
pytestmark = pytest.mark.django_db(transaction=True)


def _some_data():
    unit = UnitFactory()
    for _ in range(3):
        RoleAssignmentFactory(user=UserFactory(), unit=unit)
    media = Path(settings.MEDIA_ROOT) / "honors" / "evidence"
    media.mkdir(parents=True, exist_ok=True)
    (media / "minh-chung.pdf").write_bytes(b"%PDF-1.4 minh chung " + os.urandom(64))
    return media / "minh-chung.pdf"


def _manage(*args, **env):
    clean = {k: v for k, v in os.environ.items() if not k.startswith("THIDUA_") and k != "DATABASE_URL"}
    clean.update(env)
    return subprocess.run([sys.executable, "manage.py", *args], cwd=ROOT, env=clean,
                          capture_output=True, text=True, timeout=300)


def _sha(path):
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()


@pytest.mark.skipif(connection.vendor != "sqlite", reason="the SQLite round trip")
def test_sqlite_backup_restores_into_a_fresh_database(tmp_path):
    evidence = _some_data()
    archive = tmp_path / "sao-luu.tar.gz"
    call_command("backup_data", str(archive))
    before = table_counts()
    assert before["accounts_user"] >= 3

    fresh, media = tmp_path / "moi.sqlite3", tmp_path / "media-moi"
    env = {"THIDUA_SQLITE_PATH": str(fresh), "THIDUA_MEDIA_ROOT": str(media), "THIDUA_VAR_DIR": str(tmp_path)}
    out = _manage("restore_data", str(archive), **env)
    assert out.returncode == 0, out.stderr
    assert "Đã phục hồi" in out.stdout

    with sqlite3.connect(fresh) as db:
        after = {t: db.execute(f'SELECT COUNT(*) FROM "{t}"').fetchone()[0] for t in before}
    assert after == before
    restored = media / evidence.relative_to(settings.MEDIA_ROOT)
    assert _sha(restored) == _sha(evidence)

    # a database with data is not overwritten without --force
    out = _manage("restore_data", str(archive), **env)
    assert out.returncode != 0
    assert "đã có dữ liệu" in out.stderr and "--force" in out.stderr
    assert _manage("restore_data", str(archive), "--force", **env).returncode == 0


def test_missing_archive_is_a_vietnamese_error(tmp_path):
    out = _manage("restore_data", str(tmp_path / "khong-co.tar.gz"),
                  THIDUA_SQLITE_PATH=str(tmp_path / "x.sqlite3"), THIDUA_VAR_DIR=str(tmp_path))
    assert out.returncode != 0 and "Không tìm thấy tệp sao lưu" in out.stderr


@pytest.mark.skipif(connection.vendor != "postgresql", reason="the PostgreSQL round trip")
def test_postgresql_backup_restores_into_a_separate_database(tmp_path):
    import psycopg

    _some_data()
    archive = tmp_path / "sao-luu.tar.gz"
    call_command("backup_data", str(archive))
    before = table_counts()
    db = settings.DATABASES["default"]
    name = f"thidua_restore_{uuid.uuid4().hex[:8]}"
    base = f"postgres://{db.get('USER') or 'postgres'}@{db.get('HOST') or '127.0.0.1'}:{db.get('PORT') or 5432}"
    admin = psycopg.connect(base + "/postgres", autocommit=True)
    admin.execute(f'CREATE DATABASE "{name}"')
    try:
        out = _manage("restore_data", str(archive), DATABASE_URL=f"{base}/{name}",
                      THIDUA_MEDIA_ROOT=str(tmp_path / "media-moi"), THIDUA_VAR_DIR=str(tmp_path))
        assert out.returncode == 0, out.stderr
        with psycopg.connect(f"{base}/{name}") as fresh:
            after = {t: fresh.execute(f'SELECT COUNT(*) FROM "{t}"').fetchone()[0] for t in before}
        assert after == before
    finally:
        admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        admin.close()
