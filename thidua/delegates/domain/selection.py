"""Balanced selection (đề xuất danh sách cân đối) with OR-Tools CP-SAT.

Every composition rule is a soft constraint with a slack variable penalised far above
any priority gain: when all rules can be met the solver meets them and maximises the
priority score; when they cannot, the slacks say which rule is short and by how much.
"""
from dataclasses import dataclass, field

from ortools.sat.python import cp_model

from thidua.delegates.domain.composition import EXEMPLAR, FEMALE, exemplar_bounds

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
