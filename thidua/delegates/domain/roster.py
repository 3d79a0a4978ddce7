"""A conference's delegate list: what it holds (composition, targets, limit) and its state
changes. Each state change takes the acting user, locks the conference (or the row) it
decides on, refuses with ``DomainError`` and records its named action through
``thidua.common.history``."""
from collections.abc import Mapping

from django.db import transaction
from django.db.models import Count

from thidua.campaigns.domain.rules import rules_for
from thidua.common import history
from thidua.common.choices import MAJORITY_ETHNICITY, EconomicSector, Field
from thidua.common.collation import vi_order
from thidua.common.errors import DomainError
from thidua.common.text import fold
from thidua.delegates.domain import composition
from thidua.delegates.domain.allocation import fill_status
from thidua.delegates.models import Conference, Delegate, Rsvp, SeatAllocation
from thidua.plans.models import Plan


def labels():
    return {**dict(Field.choices), **dict(EconomicSector.choices)}


def rules_of(conference):
    """The campaign's rules for ``conference``, built once per conference object."""
    rules = getattr(conference, "_campaign_rules", None)
    if rules is None:
        rules = conference._campaign_rules = rules_for(conference.plan.campaign)
    return rules


def targets_of(conference):
    plan = conference.plan
    preds = tuple(conference.unit.predecessors.values_list("name", flat=True)) if conference.unit.merged_in_2025 else ()
    return composition.Targets(
        women=plan.target_women, ethnic_minorities=plan.target_ethnic_minorities,
        direct_workers=plan.target_direct_workers, economic_sectors=tuple(c for c in plan.target_economic_sectors or () if c in EconomicSector.values and c),
        predecessors=preds,
        limit=min(plan.delegates_total, rules_of(conference).delegate_limit) if plan.delegates_total else None,
    )


def limit_of(conference, rules=None):
    rules = rules or rules_of(conference)
    return targets_of(conference).limit or rules.delegate_limit


def person(d):
    return composition.Person(
        full_name=d.full_name, group=d.group, gender=d.gender, ethnicity=d.ethnicity, direct_worker=d.direct_worker,
        economic_sector=d.economic_sector, field=d.field, predecessor=d.predecessor.name if d.predecessor_id else "",
        organisation=d.organisation, birth_year=d.birth_year,
    )


def confirmed(conference):
    return conference.delegates.filter(status=Delegate.Status.CONFIRMED).select_related("predecessor")


def composition_of(conference):
    rules = rules_of(conference)
    return composition.check([person(d) for d in confirmed(conference)], rules, targets_of(conference), labels())


def allocation_table(conference):
    """The seats given to each sub-unit and how many of them it has sent (confirmed):
    {"rows": [...], "total": seats given, "filled": people sent, "limit": the conference's}."""
    allocations = conference.allocations.select_related("unit")
    filled = dict(
        conference.delegates.filter(status=Delegate.Status.CONFIRMED, source_unit__isnull=False)
        .values_list("source_unit").annotate(n=Count("pk"))
    )
    rows = fill_status(allocations, filled)
    return {"rows": rows, "total": sum(r["allocation"].seats for r in rows), "filled": sum(r["filled"] for r in rows),
            "limit": limit_of(conference)}


def nominees_to_add(conference):
    """The honors nominees of the conference's unit (and the units under it) not yet on its list."""
    from thidua.honors.models import Nominee

    return (
        Nominee.objects.filter(unit__path__startswith=conference.unit.path)
        .exclude(delegate_entries__conference=conference).select_related("unit", "workplace").order_by(vi_order("full_name"))
    )


def find_duplicate(conference, full_name, birth_year=None, organisation="", exclude_pk=None):
    qs = conference.delegates.filter(name_folded=fold(full_name))
    if exclude_pk:
        qs = qs.exclude(pk=exclude_pk)
    for d in qs:
        if (d.birth_year or 0) == (birth_year or 0) and fold(d.organisation) == fold(organisation):
            return d
    return None


def _check_new(conference, delegate, exclude_pk=None):
    dup = find_duplicate(conference, delegate.full_name, delegate.birth_year, delegate.organisation, exclude_pk)
    if dup:
        raise DomainError(
            f"{delegate.full_name} ({delegate.organisation or 'không ghi cơ quan'}) đã có trong danh sách "
            f"({dup.get_status_display().lower()}).",
            field="full_name",
        )
    if delegate.status == Delegate.Status.CONFIRMED:
        limit = limit_of(conference)
        count = conference.delegates.filter(status=Delegate.Status.CONFIRMED).exclude(pk=exclude_pk or 0).count()
        if count + 1 > limit:
            raise DomainError(
                f"Danh sách đã đủ {limit} đại biểu (tối đa theo kế hoạch); không thể thêm {delegate.full_name}. "
                "Có thể thêm vào danh sách đề cử để chọn sau.",
                field="status",
            )
        if delegate.source_unit_id:
            alloc = conference.allocations.filter(unit_id=delegate.source_unit_id).first()
            if alloc is not None:
                used = conference.delegates.filter(status=Delegate.Status.CONFIRMED, source_unit_id=delegate.source_unit_id)
                if used.exclude(pk=exclude_pk or 0).count() + 1 > alloc.seats:
                    raise DomainError(f"{alloc.unit} đã cử đủ {alloc.seats} đại biểu được phân bổ.", field="source_unit")


def lock(conference):
    """Hold the conference's row until the transaction ends: its list changes one at a time."""
    Conference.objects.select_for_update().filter(pk=conference.pk).first()


@transaction.atomic
def create_conference(plan, user):
    """The delegate side of ``plan``'s conference (one per plan; an existing one is returned)."""
    Plan.objects.select_for_update().filter(pk=plan.pk).first()
    existing = Conference.objects.filter(plan=plan).first()
    if existing:
        return existing
    return history.create(Conference, user, "Lập danh sách đại biểu", plan=plan, unit=plan.unit)


@transaction.atomic
def add_delegate(conference, delegate, user):
    """Put one person on the list. ``delegate`` is the form's cleaned data (or an unsaved
    Delegate); refused (DomainError, on its field) for a duplicate, a full list or a full
    sub-unit."""
    if isinstance(delegate, Mapping):
        delegate = Delegate(**delegate)
    lock(conference)
    delegate.conference = conference
    _check_new(conference, delegate)
    return history.save(delegate, user, "Thêm đại biểu")


@transaction.atomic
def update_delegate(delegate, data, user):
    """Change a person's details to ``data`` (the form's cleaned data); the same refusals
    as ``add_delegate``, and nothing is saved when refused."""
    conference = delegate.conference
    lock(conference)
    stored = Delegate.objects.select_for_update().get(pk=delegate.pk)
    for name, value in data.items():
        setattr(stored, name, value)
    _check_new(conference, stored, exclude_pk=stored.pk)
    return history.save(stored, user, "Sửa đại biểu")


@transaction.atomic
def remove_delegate(delegate, user):
    lock(delegate.conference)
    history.delete(delegate, user, "Xóa đại biểu")


@transaction.atomic
def import_delegates(conference, delegates, user):
    """All or nothing: every row is checked (duplicates inside the file and against the
    list, the limit) before anything is saved. Returns the saved delegates."""
    lock(conference)
    errors, seen = [], {}
    limit = limit_of(conference)
    count = conference.delegates.filter(status=Delegate.Status.CONFIRMED).count()
    for row, d in delegates:
        key = (fold(d.full_name), d.birth_year or 0, fold(d.organisation))
        if key in seen:
            errors.append(f"Dòng {row}: {d.full_name} trùng với dòng {seen[key]}.")
            continue
        seen[key] = row
        if find_duplicate(conference, d.full_name, d.birth_year, d.organisation):
            errors.append(f"Dòng {row}: {d.full_name} đã có trong danh sách.")
        if d.status == Delegate.Status.CONFIRMED:
            count += 1
    if count > limit:
        errors.append(f"Sau khi nhập sẽ có {count} đại biểu chính thức, vượt tối đa {limit}: "
                      "đánh dấu bớt người là «đề cử» hoặc bớt dòng.")
    if errors:
        raise DomainError("\n".join(errors), field="file")
    saved = []
    for _, d in delegates:
        d.conference = conference
        saved.append(history.save(d, user, "Nhập đại biểu từ Excel"))
    return saved


@transaction.atomic
def set_rsvp(delegate, value, user):
    """Record the invited person's answer (accepted, declined, pending)."""
    if value not in Rsvp.values:
        raise DomainError("Phản hồi không hợp lệ.", field="rsvp")
    stored = Delegate.objects.select_for_update().get(pk=delegate.pk)
    stored.rsvp = value
    return history.save(stored, user, "Ghi phản hồi giấy mời")


@transaction.atomic
def set_allocation(conference, unit, seats, user, note=""):
    """Give ``unit`` (under the conference's unit) ``seats`` seats; the seats given may not
    add up to more than the conference's limit."""
    if not unit.is_within(conference.unit) or unit.pk == conference.unit_id:
        raise DomainError(f"{unit} không phải đơn vị trực thuộc {conference.unit}.", field="unit")
    if seats < 0 or seats > 1000:
        raise DomainError("Số đại biểu phân bổ phải từ 0 đến 1000.", field="seats")
    lock(conference)
    alloc = SeatAllocation.objects.filter(conference=conference, unit=unit).first() or SeatAllocation(
        conference=conference, unit=unit, seats=0
    )
    others = sum(a.seats for a in conference.allocations.exclude(pk=alloc.pk or 0))
    limit = limit_of(conference)
    if others + seats > limit:
        raise DomainError(f"Tổng số chỗ phân bổ sẽ là {others + seats}, vượt tối đa {limit} đại biểu của hội nghị.",
                          field="seats")
    alloc.seats, alloc.note = seats, note
    return history.save(alloc, user, "Phân bổ đại biểu")


@transaction.atomic
def add_from_nominees(conference, nominees, user):
    """Put the unit's nominees into the candidate pool as exemplars (linked to the record).
    Returns (added, skipped names)."""
    lock(conference)
    added, skipped = [], []
    for n in nominees:
        if not n.unit.is_within(conference.unit):
            raise DomainError(f"{n.full_name} không thuộc {conference.unit}.")
        individual = n.kind == "individual"
        d = Delegate(
            conference=conference, status=Delegate.Status.CANDIDATE, group="exemplar", nominee=n,
            full_name=n.full_name if individual else f"Đại diện {n.full_name}"[:150],
            collective_name="" if individual else n.full_name[:300], gender=n.gender or "",
            birth_year=n.birth_year, ethnicity=n.ethnicity or MAJORITY_ETHNICITY, position=n.position,
            organisation=(n.workplace.name if n.workplace_id else n.unit.name), direct_worker=n.direct_worker,
            economic_sector=n.economic_sector if n.economic_sector in EconomicSector.values else "",
            field=n.field if n.field in Field.values and n.field else Field.OTHER, achievements=n.summary,
            source_unit=None,
        )
        if conference.delegates.filter(nominee=n).exists() or find_duplicate(conference, d.full_name, d.birth_year, d.organisation):
            skipped.append(n.full_name)
            continue
        added.append(history.save(d, user, "Thêm đại biểu từ hồ sơ điển hình"))
    return added, skipped


def add_nominees(conference, ids, user):
    """``add_from_nominees`` for the nominees with these ids among ``nominees_to_add`` (ids
    of other units' nominees, or of those already on the list, choose no one)."""
    ids = [int(x) for x in ids if str(x).isdigit()]
    return add_from_nominees(conference, list(nominees_to_add(conference).filter(pk__in=ids)), user)
