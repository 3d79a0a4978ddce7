"""Balanced selection (đề xuất danh sách cân đối) with OR-Tools CP-SAT.

Every composition rule is a soft constraint with a slack variable penalised far above
any priority gain: when all rules can be met the solver meets them and maximises the
priority score; when they cannot, the slacks say which rule is short and by how much.

``select`` is the solver over plain values; ``propose`` builds its input from a
conference's people, the campaign's rules, the plan's targets and the sub-units' seats,
and ``apply_proposal`` makes a proposal the confirmed list.
"""
from dataclasses import dataclass, field

from django.db import transaction
from ortools.sat.python import cp_model

from thidua.common import history
from thidua.common.errors import DomainError
from thidua.delegates.domain import roster
from thidua.delegates.domain.composition import EXEMPLAR, FEMALE, exemplar_bounds
from thidua.delegates.models import Delegate

PENALTY = 100_000  # one seat of shortfall outweighs any priority gain (priorities are 0–100)


@dataclass(frozen=True)
class Candidate:
    key: object  # the caller's id
    group: str = EXEMPLAR
    gender: str = ""
    minority: bool = False
    direct_worker: bool = False
    economic_sector: str = ""
    field: str = ""
    predecessor: str = ""
    source_unit: object = None  # allocation key
    priority: int = 50


@dataclass(frozen=True)
class Requirements:
    seats: int
    exemplar_low: int = 0
    exemplar_high: int | None = None
    women: int = 0
    minorities: int = 0
    direct_workers: int = 0
    sectors: tuple = ()  # each at least one
    predecessors: tuple = ()  # each at least one
    fields_min: int = 0  # each field present in the pool at least this many
    allocation: dict = field(default_factory=dict)  # source_unit -> max seats


@dataclass
class Shortfall:
    code: str
    label: str
    amount: int


@dataclass
class Result:
    chosen: list
    score: int
    status: str  # optimal | feasible | infeasible
    shortfalls: list
    wall_time: float

    @property
    def meets_all(self):
        return not self.shortfalls


def requirements_for(seats, rules, targets=None, allocation=None, sectors=(), predecessors=()):
    low, high = exemplar_bounds(seats, rules)
    t = targets
    return Requirements(
        seats=seats, exemplar_low=low, exemplar_high=high,
        women=(t.women or 0) if t else 0, minorities=(t.ethnic_minorities or 0) if t else 0,
        direct_workers=(t.direct_workers or 0) if t else 0,
        sectors=tuple(sectors or (t.economic_sectors if t else ())),
        predecessors=tuple(predecessors or (t.predecessors if t else ())),
        fields_min=1, allocation=dict(allocation or {}),
    )


def select(candidates, req, time_limit=10.0, workers=8):
    candidates = list(candidates)
    model = cp_model.CpModel()
    x = [model.NewBoolVar(f"x{i}") for i in range(len(candidates))]
    slacks = []  # (code, label, var)

    def at_least(indices, need, code, label):
        if need <= 0:
            return
        s = model.NewIntVar(0, need, f"s_{code}")
        model.Add(sum(x[i] for i in indices) + s >= need)
        slacks.append((code, label, s))

    def at_most(indices, cap, code, label):
        s = model.NewIntVar(0, len(candidates), f"s_{code}")
        model.Add(sum(x[i] for i in indices) - s <= cap)
        slacks.append((code, label, s))

    n = len(candidates)
    seats = min(req.seats, n)
    model.Add(sum(x) <= req.seats)
    at_least(range(n), req.seats, "seats", "số đại biểu")

    ex = [i for i, c in enumerate(candidates) if c.group == EXEMPLAR]
    at_least(ex, req.exemplar_low, "exemplar_low", "đại biểu điển hình tiên tiến (tối thiểu)")
    if req.exemplar_high is not None:
        at_most(ex, req.exemplar_high, "exemplar_high", "đại biểu điển hình tiên tiến (tối đa)")
    at_least([i for i, c in enumerate(candidates) if c.gender == FEMALE], req.women, "women", "đại biểu nữ")
    at_least([i for i, c in enumerate(candidates) if c.minority], req.minorities, "minorities", "đại biểu dân tộc thiểu số")
    at_least([i for i, c in enumerate(candidates) if c.direct_worker], req.direct_workers, "direct_workers",
             "đại biểu trực tiếp lao động")
    for sector in req.sectors:
        at_least([i for i, c in enumerate(candidates) if c.economic_sector == sector], 1, f"sector:{sector}", sector)
    for name in req.predecessors:
        at_least([i for i, c in enumerate(candidates) if c.predecessor == name], 1, f"predecessor:{name}", name)
    if req.fields_min:
        for f in sorted({c.field for c in candidates if c.field}):
            idx = [i for i, c in enumerate(candidates) if c.field == f]
            at_least(idx, min(req.fields_min, len(idx)), f"field:{f}", f)
    for unit, cap in req.allocation.items():
        idx = [i for i, c in enumerate(candidates) if c.source_unit == unit]
        if idx:
            model.Add(sum(x[i] for i in idx) <= cap)  # hard: never above a sub-unit's seats

    model.Maximize(sum(c.priority * x[i] for i, c in enumerate(candidates)) - PENALTY * sum(s for _, _, s in slacks))
    solver = cp_model.CpSolver()
    solver.parameters.max_time_in_seconds = time_limit
    solver.parameters.num_workers = workers
    status = solver.Solve(model)
    if status not in (cp_model.OPTIMAL, cp_model.FEASIBLE):
        return Result([], 0, "infeasible", [Shortfall("solver", "không tìm được lời giải", seats)], solver.WallTime())
    chosen = [candidates[i].key for i in range(n) if solver.Value(x[i])]
    score = sum(candidates[i].priority for i in range(n) if solver.Value(x[i]))
    shortfalls = [Shortfall(code, label, solver.Value(s)) for code, label, s in slacks if solver.Value(s) > 0]
    return Result(chosen, score, "optimal" if status == cp_model.OPTIMAL else "feasible", shortfalls, solver.WallTime())


# ---- A conference's proposal --------------------------------------------------------

@dataclass
class Proposal:
    """What ``propose`` gives the page: the solver's result, the people it chose (in the
    pool's order), each shortfall as (Vietnamese label, amount) and the pool's size."""

    seats: int
    result: Result
    chosen: list
    shortfalls: list
    pool_size: int


def candidates_of(conference):
    """(the conference's people, their ``Candidate`` facts) — everyone, confirmed or not."""
    pool = list(conference.delegates.select_related("predecessor"))
    return pool, [
        Candidate(
            key=d.pk, group=d.group, gender=d.gender, minority=d.is_minority, direct_worker=d.direct_worker,
            economic_sector=d.economic_sector, field=d.field, predecessor=d.predecessor.name if d.predecessor_id else "",
            source_unit=d.source_unit_id, priority=d.priority,
        ) for d in pool
    ]


def propose(conference, actor, seats, time_limit=10):
    """A balanced list of ``seats`` people from the conference's pool (nothing is saved;
    ``actor`` is who asks). Refused on ``seats`` above the conference's limit."""
    limit = roster.limit_of(conference)
    if seats > limit:
        raise DomainError(f"Tối đa {limit} đại biểu.", field="seats")
    pool, candidates = candidates_of(conference)
    allocation = dict(conference.allocations.values_list("unit_id", "seats"))
    req = requirements_for(seats, roster.rules_of(conference), roster.targets_of(conference), allocation)
    result = select(candidates, req, time_limit=time_limit)
    chosen = set(result.chosen)
    labels = roster.labels()
    return Proposal(
        seats=seats, result=result, chosen=[d for d in pool if d.pk in chosen],
        shortfalls=[(labels.get(s.label.split(":")[-1], s.label), s.amount) for s in result.shortfalls],
        pool_size=len(pool),
    )


@transaction.atomic
def apply_proposal(conference, actor, chosen):
    """Make exactly the people ``chosen`` (their ids, as the page sends them back) the
    confirmed list; everyone else becomes a candidate. All or nothing: an id that is not
    (or no longer) on the conference's list, an empty proposal or one over the limit
    changes no one. Returns how many people changed status."""
    roster.lock(conference)
    raw = [str(x) for x in chosen]
    ids = {int(x) for x in raw if x.isdigit()}
    people = list(conference.delegates.select_for_update())
    if len(ids) != len(set(raw)) or not ids <= {d.pk for d in people}:
        raise DomainError(
            "Đề xuất có người không còn trong danh sách của hội nghị (đã bị xóa hoặc mã không hợp lệ): "
            "hãy tính lại đề xuất. Danh sách chưa thay đổi."
        )
    if not ids:
        raise DomainError("Đề xuất không có ai: hãy tính lại đề xuất trước khi áp dụng. Danh sách chưa thay đổi.")
    limit = roster.limit_of(conference)
    if len(ids) > limit:
        raise DomainError(f"Đề xuất có {len(ids)} người, vượt tối đa {limit}.")
    changed = 0
    for d in people:
        status = Delegate.Status.CONFIRMED if d.pk in ids else Delegate.Status.CANDIDATE
        if d.status != status:
            d.status = status
            history.save(d, actor, "Áp dụng đề xuất danh sách cân đối")
            changed += 1
    return changed
