"""Seat allocation: proportional by largest remainder (Hamilton), with a minimum per unit."""
from dataclasses import dataclass
from fractions import Fraction

from thidua.common.errors import DomainError


@dataclass
class Share:
    key: object
    weight: int
    quota: Fraction  # exact proportional entitlement (after minimums)
    seats: int
    by_remainder: bool  # got one extra seat for its remainder

    @property
    def explanation(self):
        whole = int(self.quota)
        rem = float(self.quota - whole)
        extra = " + 1 theo phần dư lớn nhất" if self.by_remainder else ""
        return f"{float(self.quota):.2f}".replace(".", ",") + f" → {whole}{extra} (phần dư {rem:.2f})".replace(".", ",")




def largest_remainder(total, weights, minimum=0):
    """Split ``total`` seats among ``weights`` (key -> size ≥ 0): each gets ``minimum``,
    the rest goes proportionally to size, whole parts first, then one seat each to the
    largest remainders (ties: larger size, then key order). Returns [Share] in input order."""
    keys = list(weights)
    if total < 0 or minimum < 0:
        raise DomainError("Số đại biểu và số tối thiểu phải không âm.")
    if minimum * len(keys) > total:
        raise DomainError(
            f"Không đủ chỗ: {len(keys)} đơn vị × tối thiểu {minimum} = {minimum * len(keys)} > tổng {total} đại biểu."
        )
    if any(w is None or w < 0 for w in weights.values()):
        raise DomainError("Quy mô của mỗi đơn vị phải là số không âm.")
    rest = total - minimum * len(keys)
    weight_sum = sum(weights.values())
    if not keys:
        return []
    if weight_sum == 0:
        quotas = {k: Fraction(rest, len(keys)) for k in keys}
    else:
        quotas = {k: Fraction(rest * weights[k], weight_sum) for k in keys}
    base = {k: int(quotas[k]) for k in keys}
    left = rest - sum(base.values())
    order = sorted(keys, key=lambda k: (-(quotas[k] - base[k]), -weights[k], keys.index(k)))
    extra = set(order[:left])
    return [Share(k, weights[k], quotas[k], minimum + base[k] + (1 if k in extra else 0), k in extra) for k in keys]


def fill_status(allocations, filled):
    """[(allocation, filled, remaining)] with ``filled`` a dict unit_id -> count."""
    rows = []
    for a in allocations:
        n = filled.get(a.unit_id, 0)
        rows.append({"allocation": a, "filled": n, "remaining": a.seats - n, "over": n > a.seats})
    return rows
