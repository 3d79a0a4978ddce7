"""State changes of a conference's delegate list. Each records who did it (history)."""
from django.db import transaction

from thidua.campaigns.domain.rules import rules_for
from thidua.common.choices import MAJORITY_ETHNICITY, EconomicSector, Field
from thidua.common.errors import DomainError
from thidua.common.text import fold
from thidua.delegates.domain import composition
from thidua.delegates.models import Conference, Delegate, Rsvp, SeatAllocation


def _save(obj, user, reason):
    obj._history_user = user
    obj._change_reason = reason[:100]
    obj.save()
    return obj


def labels():
    return {**dict(Field.choices), **dict(EconomicSector.choices)}


def rules_of(conference):
    return rules_for(conference.plan.campaign)


def targets_of(conference):
    plan = conference.plan
    sectors = ()
    if plan.target_economic_sectors:
        wanted = fold(plan.target_economic_sectors)
        sectors = tuple(code for code, label in EconomicSector.choices if code and fold(label).replace("kinh te ", "") in wanted)
    preds = tuple(conference.unit.predecessors.values_list("name", flat=True)) if conference.unit.merged_in_2025 else ()
    return composition.Targets(
        women=plan.target_women, ethnic_minorities=plan.target_ethnic_minorities,
        direct_workers=plan.target_direct_workers, economic_sectors=sectors, predecessors=preds,
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


@transaction.atomic
def create_conference(plan, user):
    existing = Conference.objects.filter(plan=plan).first()
    if existing:
        return existing
    return _save(Conference(plan=plan, unit=plan.unit), user, "Lập danh sách đại biểu")


@transaction.atomic
def add_delegate(conference, delegate, user):
    """``delegate`` is an unsaved Delegate; refused (DomainError) if a duplicate or over the limit."""
    Conference.objects.select_for_update().filter(pk=conference.pk).first()
    delegate.conference = conference
    _check_new(conference, delegate)
    return _save(delegate, user, "Thêm đại biểu")


@transaction.atomic
def update_delegate(delegate, user):
    Conference.objects.select_for_update().filter(pk=delegate.conference_id).first()
    _check_new(delegate.conference, delegate, exclude_pk=delegate.pk)
    return _save(delegate, user, "Sửa thông tin đại biểu")


@transaction.atomic
def remove_delegate(delegate, user):
    delegate._history_user = user
    delegate.delete()


@transaction.atomic
def import_delegates(conference, delegates, user):
    """All or nothing: every row is checked (duplicates inside the file and against the
    list, the limit) before anything is saved. Returns the saved delegates."""
    Conference.objects.select_for_update().filter(pk=conference.pk).first()
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
        raise DomainError("\n".join(errors))
    saved = []
    for _, d in delegates:
        d.conference = conference
        saved.append(_save(d, user, "Nhập đại biểu từ Excel"))
    return saved


@transaction.atomic
def set_rsvp(delegate, value, user):
    if value not in Rsvp.values:
        raise DomainError("Phản hồi không hợp lệ.")
    delegate.rsvp = value
    return _save(delegate, user, "Ghi phản hồi giấy mời")


@transaction.atomic
def set_allocation(conference, unit, seats, user, note=""):
    if not unit.is_within(conference.unit) or unit.pk == conference.unit_id:
        raise DomainError(f"{unit} không phải đơn vị trực thuộc {conference.unit}.")
    if seats < 0 or seats > 1000:
        raise DomainError("Số đại biểu phân bổ phải từ 0 đến 1000.")
    alloc = SeatAllocation.objects.filter(conference=conference, unit=unit).first() or SeatAllocation(
        conference=conference, unit=unit, seats=0
    )
    others = sum(a.seats for a in conference.allocations.exclude(pk=alloc.pk or 0))
    limit = limit_of(conference)
    if others + seats > limit:
        raise DomainError(f"Tổng số chỗ phân bổ sẽ là {others + seats}, vượt tối đa {limit} đại biểu của hội nghị.")
    alloc.seats, alloc.note = seats, note
    return _save(alloc, user, "Phân bổ đại biểu")


@transaction.atomic
def apply_selection(conference, chosen_pks, user):
    """Make exactly ``chosen_pks`` the confirmed list; everyone else becomes a candidate."""
    limit = limit_of(conference)
    if not set(chosen_pks):
        raise DomainError("Đề xuất không có ai: hãy tính lại đề xuất trước khi áp dụng. Danh sách chưa thay đổi.")
    if len(set(chosen_pks)) > limit:
        raise DomainError(f"Đề xuất có {len(set(chosen_pks))} người, vượt tối đa {limit}.")
    chosen = set(chosen_pks)
    changed = 0
    for d in conference.delegates.select_for_update():
        status = Delegate.Status.CONFIRMED if d.pk in chosen else Delegate.Status.CANDIDATE
        if d.status != status:
            d.status = status
            _save(d, user, "Áp dụng đề xuất danh sách cân đối")
            changed += 1
    return changed


@transaction.atomic
def add_from_nominees(conference, nominees, user):
    """Put the unit's nominees into the candidate pool as exemplars (linked to the record).
    Returns (added, skipped names)."""
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
        added.append(_save(d, user, "Thêm đại biểu từ hồ sơ điển hình"))
    return added, skipped
