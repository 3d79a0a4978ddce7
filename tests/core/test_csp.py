"""Content-Security-Policy without 'unsafe-inline', and templates that need none."""
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
TEMPLATES = sorted((ROOT / "thidua").rglob("templates/**/*.html"))
INLINE = [
    ("inline <script>", re.compile(r"<script(?![^>]*\bsrc=)(?![^>]*type=\"application/json\")[^>]*>", re.I)),
    ("on*= handler", re.compile(r"\son(?:click|change|submit|input|load|error|focus|blur|key\w+|mouse\w+|reset|select)\s*=", re.I)),
    ("style attribute", re.compile(r"\sstyle\s*=", re.I)),
    ("<style> element", re.compile(r"<style[\s>]", re.I)),
]


@pytest.mark.django_db
def test_every_page_carries_the_policy(client):
    response = client.get("/tai-khoan/dang-nhap/")
    policy = response["Content-Security-Policy"]
    assert "script-src 'self'" in policy and "style-src 'self'" in policy
    assert "unsafe-inline" not in policy and "unsafe-eval" not in policy
    assert "frame-ancestors 'none'" in policy


def test_templates_were_found():
    assert len(TEMPLATES) > 30


@pytest.mark.parametrize("label,pattern", INLINE, ids=[label for label, _ in INLINE])
def test_no_template_needs_unsafe_inline(label, pattern):
    offenders = [
        f"{path.relative_to(ROOT)}:{text[: m.start()].count(chr(10)) + 1}"
        for path in TEMPLATES
        for text in [path.read_text()]
        for m in pattern.finditer(text)
    ]
    assert not offenders, f"{label}: {offenders}"
