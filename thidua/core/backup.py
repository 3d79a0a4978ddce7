"""Backup and restore of the whole site: the database plus the uploaded and generated files.

One .tar.gz archive: ``database.sqlite3`` (SQLite, written with its online backup API) or
``database.dump`` (PostgreSQL, ``pg_dump -Fc``), the files of MEDIA_ROOT under ``media/``,
and ``manifest.json`` with the engine, each table's row count and each file's SHA-256.
"""
import hashlib
import json
import os
import shutil
import sqlite3
import subprocess
import tarfile
import tempfile
from pathlib import Path

from django.conf import settings
from django.db import connection

IGNORED_TABLES = {"django_migrations", "django_content_type", "auth_permission", "django_session", "sqlite_sequence"}


class BackupError(Exception):
    pass


def _sha256(path):
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def table_counts():
    with connection.cursor() as cursor:
        counts = {}
        for table in sorted(connection.introspection.table_names(cursor)):
            cursor.execute(f"SELECT COUNT(*) FROM {connection.ops.quote_name(table)}")
            counts[table] = cursor.fetchone()[0]
    return counts


def database_has_data():
    return any(n for t, n in table_counts().items() if t not in IGNORED_TABLES)


def _pg_env():
    db = settings.DATABASES["default"]
    env = dict(os.environ)
    if db.get("PASSWORD"):
        env["PGPASSWORD"] = str(db["PASSWORD"])
    args = ["-h", db.get("HOST") or "127.0.0.1", "-p", str(db.get("PORT") or 5432), "-U", db.get("USER") or "postgres"]
    return env, args, db["NAME"]


def backup(out):
    out = Path(out)
    media = Path(settings.MEDIA_ROOT)
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        manifest = {"engine": connection.vendor, "tables": table_counts(), "files": {}}
        if connection.vendor == "sqlite":
            db_file = tmp / "database.sqlite3"
            connection.ensure_connection()
            target = sqlite3.connect(db_file)
            try:
                connection.connection.backup(target)
            finally:
                target.close()
        elif connection.vendor == "postgresql":
            db_file = tmp / "database.dump"
            env, args, name = _pg_env()
            done = subprocess.run(["pg_dump", "-Fc", *args, "-f", str(db_file), name], env=env, capture_output=True, text=True)
            if done.returncode:
                raise BackupError(f"pg_dump không chạy được: {done.stderr.strip()}")
        else:
            raise BackupError(f"Không hỗ trợ sao lưu cơ sở dữ liệu {connection.vendor}.")
        files = [p for p in sorted(media.rglob("*")) if p.is_file()] if media.exists() else []
        for path in files:
            manifest["files"][path.relative_to(media).as_posix()] = _sha256(path)
        manifest["database"] = {"name": db_file.name, "sha256": _sha256(db_file)}
        (tmp / "manifest.json").write_text(json.dumps(manifest, ensure_ascii=False, indent=1))
        out.parent.mkdir(parents=True, exist_ok=True)
        partial = out.with_name(out.name + ".dang-ghi")
        with tarfile.open(partial, "w:gz") as tar:
            tar.add(tmp / "manifest.json", "manifest.json")
            tar.add(db_file, db_file.name)
            for path in files:
                tar.add(path, "media/" + path.relative_to(media).as_posix())
        partial.replace(out)
    return manifest


def restore(archive, force=False):
    archive = Path(archive)
    if not archive.exists():
        raise BackupError(f"Không tìm thấy tệp sao lưu {archive}.")
    if database_has_data() and not force:
        raise BackupError(
            "Cơ sở dữ liệu hiện tại đã có dữ liệu; không phục hồi đè lên. "
            "Dùng một cơ sở dữ liệu trống, hoặc thêm --force nếu chắc chắn muốn thay toàn bộ."
        )
    with tempfile.TemporaryDirectory() as tmp, tarfile.open(archive, "r:gz") as tar:
        tmp = Path(tmp)
        tar.extractall(tmp, filter="data")  # refuses absolute paths, .. and links outside
        manifest = json.loads((tmp / "manifest.json").read_text())
        db_file = tmp / manifest["database"]["name"]
        if _sha256(db_file) != manifest["database"]["sha256"]:
            raise BackupError("Tệp cơ sở dữ liệu trong bản sao lưu bị hỏng (mã kiểm tra không khớp).")
        if manifest["engine"] != connection.vendor:
            raise BackupError(
                f"Bản sao lưu là {manifest['engine']}, cơ sở dữ liệu hiện tại là {connection.vendor}."
            )
        if connection.vendor == "sqlite":
            connection.ensure_connection()
            source = sqlite3.connect(db_file)
            try:
                source.backup(connection.connection)
            finally:
                source.close()
        else:
            env, args, name = _pg_env()
            done = subprocess.run(
                ["pg_restore", "--clean", "--if-exists", "--no-owner", *args, "-d", name, str(db_file)],
                env=env, capture_output=True, text=True,
            )
            if done.returncode:
                raise BackupError(f"pg_restore không chạy được: {done.stderr.strip()}")
        media = Path(settings.MEDIA_ROOT)
        for rel, digest in manifest["files"].items():
            source = tmp / "media" / rel
            if _sha256(source) != digest:
                raise BackupError(f"Tệp {rel} trong bản sao lưu bị hỏng (mã kiểm tra không khớp).")
            target = media / rel
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, target)
    return manifest
