"""Plans benchmark: the compliance checker on the four seed plans (pure Python, no
database), and rendering one plan as .docx, .pdf and the banner PDF.

    .venv/bin/python bench/plans_check.py [--rounds 2000]

Needs the demo data (``manage.py load_demo``) in the configured database for the
document part; the checker part runs without it using the shipped city plan JSON."""
import argparse
import os
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "thidua.settings")

import django  # noqa: E402

django.setup()

from thidua.campaigns.domain.rules import rules_for  # noqa: E402
from thidua.campaigns.models import Campaign  # noqa: E402
from thidua.plans.domain.compliance import check  # noqa: E402
from thidua.plans.domain.seeds import SEED_PLANS, seed_facts  # noqa: E402
from thidua.plans.interfaces.documents import banner_pdf, plan_docx, plan_pdf  # noqa: E402
from thidua.plans.models import Plan  # noqa: E402


def timed(func, rounds):
    samples = []
    for _ in range(rounds):
        start = time.perf_counter()
        func()
        samples.append(time.perf_counter() - start)
    return statistics.median(samples) * 1000, max(samples) * 1000


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--rounds", type=int, default=2000)
    args = parser.parse_args()
    campaign = Campaign.objects.filter(code="hp-2025-3194").first()
    if campaign is None:
        sys.exit("Chưa có dữ liệu minh họa: chạy manage.py load_demo trước.")
    rules = rules_for(campaign)
    facts = [seed_facts(code) for code in SEED_PLANS]
    median, worst = timed(lambda: [check(f, rules) for f in facts], args.rounds)
    print(f"check(): 4 seed plans in {median:.3f} ms median ({median / 4 * 1000:.0f} µs a plan), worst {worst:.3f} ms, "
          f"{args.rounds} rounds")
    plan = Plan.objects.filter(unit__code="xa-ke-sat", origin="seed").first()
    if plan is None:
        sys.exit("Chưa có kế hoạch mẫu: chạy manage.py load_demo trước.")
    for name, func in [("plan .docx", plan_docx), ("plan .pdf", plan_pdf), ("banner .pdf", banner_pdf)]:
        median, worst = timed(lambda: func(plan), 20)
        print(f"{name}: {median:.1f} ms median, worst {worst:.1f} ms (20 rounds, seed 001 xã Kẻ Sặt)")


if __name__ == "__main__":
    main()
