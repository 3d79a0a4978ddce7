import random

import pytest

from thidua.campaigns.domain.rules import CampaignRules
from thidua.common.errors import DomainError
from thidua.delegates.domain.allocation import largest_remainder
from thidua.delegates.domain.composition import Targets
from thidua.delegates.domain.selection import Candidate, Requirements, requirements_for, select

RULES = CampaignRules(code="t", title="t")


def test_largest_remainder_with_minimum():
    shares = largest_remainder(10, {"a": 5, "b": 3, "c": 2, "d": 0}, minimum=1)
    seats = {s.key: s.seats for s in shares}
    # 6 seats left after minimums: a 3.0, b 1.8, c 1.2, d 0 -> 3,1,1,0 and one extra to b (remainder .8)
    assert seats == {"a": 4, "b": 3, "c": 2, "d": 1}
    assert sum(seats.values()) == 10
    assert [s.key for s in shares if s.by_remainder] == ["b"]
    assert "phần dư lớn nhất" in [s for s in shares if s.key == "b"][0].explanation


def test_largest_remainder_refuses_impossible_minimum():
    with pytest.raises(DomainError, match="Không đủ chỗ"):
        largest_remainder(3, {"a": 1, "b": 1}, minimum=2)


def test_largest_remainder_equal_split_without_sizes():
    assert [s.seats for s in largest_remainder(5, {"a": 0, "b": 0, "c": 0})] == [2, 2, 1]


def pool(n, seed=1):
    rnd = random.Random(seed)
    return [
        Candidate(key=i, group=rnd.choice(["exemplar", "exemplar", "guest", "leader"]),
                  gender=rnd.choice(["male", "female"]), minority=rnd.random() < 0.05,
                  direct_worker=rnd.random() < 0.4, economic_sector=rnd.choice(["state", "private", "collective", ""]),
                  field=rnd.choice(["education", "health", "agriculture"]), priority=rnd.randint(0, 100))
        for i in range(n)
    ]


def test_selection_meets_every_rule_and_maximises_priority():
    candidates = pool(300)
    req = requirements_for(50, RULES, Targets(women=20, ethnic_minorities=2, direct_workers=15, economic_sectors=("collective",)))
    result = select(candidates, req)
    assert result.meets_all and result.status == "optimal"
    chosen = [c for c in candidates if c.key in set(result.chosen)]
    assert len(chosen) == 50
    ex = sum(c.group == "exemplar" for c in chosen)
    assert req.exemplar_low <= ex <= req.exemplar_high
    assert sum(c.gender == "female" for c in chosen) >= 20
    assert sum(c.minority for c in chosen) >= 2
    assert sum(c.direct_worker for c in chosen) >= 15
    assert any(c.economic_sector == "collective" for c in chosen)
    assert result.score == sum(c.priority for c in chosen)


def test_selection_is_optimal_not_greedy():
    candidates = [Candidate("A", gender="male", priority=100), Candidate("B", gender="male", priority=90),
                  Candidate("C", gender="female", priority=50), Candidate("D", gender="female", priority=10)]
    result = select(candidates, Requirements(seats=2, women=1))
    assert sorted(result.chosen) == ["A", "C"] and result.score == 150 and result.meets_all


def test_selection_reports_what_cannot_be_met():
    candidates = [Candidate(key=i, group="exemplar", gender="male", priority=10) for i in range(8)] + [
        Candidate(key=100 + i, group="guest", gender="female", priority=10) for i in range(2)
    ]
    result = select(candidates, Requirements(seats=10, exemplar_low=7, exemplar_high=8, women=5))
    short = {s.code: s.amount for s in result.shortfalls}
    assert short == {"women": 3}
    assert len(result.chosen) == 10
    assert "đại biểu nữ" in [s.label for s in result.shortfalls][0]


def test_selection_respects_allocation_caps():
    candidates = [Candidate(key=i, source_unit="thon-1", priority=100) for i in range(10)] + [
        Candidate(key=100 + i, source_unit="thon-2", priority=1) for i in range(10)
    ]
    result = select(candidates, Requirements(seats=6, allocation={"thon-1": 2}))
    chosen = set(result.chosen)
    assert len([k for k in chosen if k < 100]) == 2 and len(chosen) == 6


def test_selection_pool_smaller_than_seats():
    result = select(pool(5), Requirements(seats=8))
    assert {s.code: s.amount for s in result.shortfalls} == {"seats": 3}
