import json
from io import StringIO

import pytest
from django.core.management import CommandError, call_command

from thidua.plans.domain.seeds import EXPECTED_SEED_FINDINGS


@pytest.fixture
def demo(db):
    call_command("load_demo", "--quiet-logins")


@pytest.mark.django_db
def test_check_plans_json_gives_the_answer_key(demo):
    out = StringIO()
    call_command("check_plans", "--format", "json", stdout=out)
    rows = json.loads(out.getvalue())
    assert {r["unit"]: {f["code"] for f in r["findings"]} for r in rows if r["origin"] == "seed"} == EXPECTED_SEED_FINDINGS


@pytest.mark.django_db
def test_check_plans_text_for_one_unit(demo):
    out = StringIO()
    call_command("check_plans", "--unit", "xa-ke-sat", stdout=out)
    text = out.getvalue()
    assert text.startswith("Xã Kẻ Sặt — Hội nghị tuyên dương điển hình tiên tiến xã Kẻ Sặt")
    assert "conference_after_deadline: Ngày tổ chức 28/8/2025 sau thời hạn 25/8/2025" in text
    assert any(line.strip().startswith("Lỗi") and "conference_after_deadline" in line for line in text.splitlines())
    assert "An Hải" not in text


@pytest.mark.django_db
def test_check_plans_unknown_unit(demo):
    with pytest.raises(CommandError, match="Không có đơn vị mã “khong-co”"):
        call_command("check_plans", "--unit", "khong-co")
