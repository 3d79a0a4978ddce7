"""The layers point down: the import-linter contracts of pyproject.toml hold (common imports
no app, no app imports core, inside an app views/API → interfaces → domain → models, the
plans app does not import reports, the reports domain has no cycle)."""
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_import_contracts_are_kept():
    lint = Path(sys.executable).with_name("lint-imports")
    result = subprocess.run([str(lint), "--no-cache"], cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout[-4000:] + result.stderr[-2000:]
    assert "0 broken" in result.stdout
