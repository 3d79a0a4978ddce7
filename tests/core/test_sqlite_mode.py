"""The embedded SQLite database runs in WAL mode with IMMEDIATE transactions: concurrent
read-then-write transactions wait for each other instead of failing with "database is locked"."""
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

SCRIPT = r"""
import threading
import django
django.setup()
from django.db import connection, connections, transaction

with connection.cursor() as c:
    print(c.execute("PRAGMA journal_mode").fetchone()[0])
    c.execute("CREATE TABLE IF NOT EXISTS counter (n INTEGER)")
    c.execute("DELETE FROM counter")
    c.execute("INSERT INTO counter VALUES (0)")
errors = []

def bump():
    try:
        for _ in range(20):
            with transaction.atomic():
                with connection.cursor() as c:
                    n = c.execute("SELECT n FROM counter").fetchone()[0]
                    c.execute("UPDATE counter SET n = %s", [n + 1])
    except Exception as exc:
        errors.append(repr(exc))
    finally:
        connections.close_all()

threads = [threading.Thread(target=bump) for _ in range(8)]
[t.start() for t in threads]
[t.join() for t in threads]
with connection.cursor() as c:
    print(c.execute("SELECT n FROM counter").fetchone()[0])
print(errors)
"""


def test_concurrent_read_then_write_transactions_neither_fail_nor_lose_updates(tmp_path):
    env = {k: v for k, v in os.environ.items() if not k.startswith("THIDUA_") and k != "DATABASE_URL"}
    env.update(DJANGO_SETTINGS_MODULE="thidua.settings", THIDUA_SQLITE_PATH=str(tmp_path / "db.sqlite3"),
               THIDUA_VAR_DIR=str(tmp_path))
    out = subprocess.run([sys.executable, "-c", SCRIPT], cwd=ROOT, env=env, capture_output=True, text=True, timeout=300)
    assert out.returncode == 0, out.stderr
    mode, total, errors = out.stdout.strip().split("\n")
    assert mode == "wal"
    assert errors == "[]"
    assert total == "160"
