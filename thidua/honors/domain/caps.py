"""Local caps on the share of a title (CriteriaSet.max_share): e.g. Chiến sĩ thi đua cơ sở
for at most 15% of those who reached Lao động tiên tiến. The cap is a setting of the criteria
set — a unit or jurisdiction sets its own by owning its own set — not a national constant.

The cap is counted per issuing unit and calendar year, against the title the capped one
builds on (its ``meets`` condition). Exceeding it is a warning for the officer and the
council, not a block: the legal basis of the figure is for the jurisdiction to confirm."""
from collections import Counter
from math import floor

from thidua.common.findings import Finding, Severity
from thidua.honors.models import Award, CriteriaSet


def base_code(criteria):
    """The code of the title ``criteria`` builds on (its first ``meets`` condition), or ''."""
    for condition in criteria.conditions or ():
        if isinstance(condition, dict) and condition.get("type") == "meets":
            return condition.get("criteria", "")
    return ""


def _awarded(unit, year, code):
    return Award.objects.filter(decision__unit=unit, decision__signed_on__year=year, nomination__criteria__code=code).count()


def share_cap_findings(unit, year, nominations=()):
    """Warnings for every capped title whose awards in ``unit`` and ``year`` — already issued
    plus ``nominations`` about to be — exceed ``max_share`` × the awards of its base title."""
    pending = Counter(n.criteria.code for n in nominations if n.criteria_id)
    capped = CriteriaSet.objects.filter(max_share__isnull=False, code__in=set(pending) | set(
        Award.objects.filter(decision__unit=unit, decision__signed_on__year=year)
        .values_list("nomination__criteria__code", flat=True)))
    findings = []
    for criteria in capped:
        base = base_code(criteria)
        if not base:
            continue
        count = _awarded(unit, year, criteria.code) + pending[criteria.code]
        base_count = _awarded(unit, year, base) + pending[base]
        limit = floor(base_count * criteria.max_share)
        if count > limit:
            findings.append(Finding(
                code=f"title_share_over_cap:{criteria.code}",
                severity=Severity.WARNING,
                field="nominations",
                message=(
                    f"Năm {year}, {unit.display_name} khen «{criteria.title}» cho {count} người, vượt giới hạn "
                    f"{format(float(criteria.max_share) * 100, 'g').replace('.', ',')}% số người đạt danh hiệu làm căn cứ ({base_count} người → tối đa {limit}) "
                    f"theo bộ tiêu chí «{criteria}»."
                ),
            ))
    return findings
