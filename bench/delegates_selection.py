"""Balanced selection benchmark: 150 seats from 3,000 candidates with every composition
rule (exemplar share ± tolerance, women, ethnic minorities, direct workers, five economic
sectors, four pre-merger units, every field, caps for 20 sub-units). Goal: under 2 s.

    .venv/bin/python bench/delegates_selection.py
"""
import os
import random
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "thidua.settings")

from thidua.campaigns.domain.rules import CampaignRules  # noqa: E402
from thidua.delegates.domain.composition import Targets  # noqa: E402
from thidua.delegates.domain.selection import Candidate, requirements_for, select  # noqa: E402


def pool(n, seed):
    rnd = random.Random(seed)
    return [
        Candidate(
            key=i, group=rnd.choices(["exemplar", "guest", "leader"], [6, 3, 1])[0],
            gender=rnd.choice(["male", "female"]), minority=rnd.random() < 0.04, direct_worker=rnd.random() < 0.35,
            economic_sector=rnd.choice(["state", "private", "collective", "household", "foreign", ""]),
            field=rnd.choice(["administration", "security", "education", "health", "culture", "agriculture", "industry"]),
            predecessor=rnd.choice(["A", "B", "C", "D"]), source_unit=rnd.randrange(20), priority=rnd.randint(0, 100),
        )
        for i in range(n)
    ]


def main(runs=5):
    rules = CampaignRules(code="bench", title="bench")
    targets = Targets(women=50, ethnic_minorities=5, direct_workers=45,
                      economic_sectors=("state", "private", "collective", "household", "foreign"), predecessors=("A", "B", "C", "D"))
    req = requirements_for(150, rules, targets, allocation={u: 10 for u in range(20)})
    times = []
    for seed in range(runs):
        candidates = pool(3000, seed)
        start = time.perf_counter()
        result = select(candidates, req)
        times.append(time.perf_counter() - start)
        print(f"seed {seed}: {len(result.chosen)} chosen, score {result.score}, {result.status}, "
              f"shortfalls {len(result.shortfalls)}, {times[-1]:.3f} s")
    print(f"median {statistics.median(times):.3f} s, max {max(times):.3f} s over {runs} runs (goal < 2 s)")


if __name__ == "__main__":
    main()
