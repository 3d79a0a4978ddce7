"""The same person, found: records linked to a register person (or collective, household)
across rows, years, units and predecessor units, and the suspected duplicates listed for
the officer to merge or keep apart.

Linking (``link_records``) reads every record not yet linked and looks for the person:

- the same identity number: confidence 1;
- else the same folded name (and kind), never a person with another identity number or
  another birth year; the same birth year 0.85, a missing one 0.5; the same workplace adds
  0.1; a person of the same unit family (the record's unit, the unit it belonged to then,
  the unit its predecessor unit was merged into, or one above or below them) adds 0.05;
  another unit without the same workplace takes 0.3 off (two people of one name in two
  places are two people until something else agrees);
- collectives and households: the same folded name in the same unit family, 0.9.

At ``LINK_THRESHOLD`` or more the record is linked; otherwise a new person is entered (and
a close candidate under the threshold is reported as uncertain). ``PersonLink`` keeps the
confidence and the basis of every link.

Suspected duplicates (``find_duplicates``) among valid records: one person with the same
form in the same year twice (two communes merged, one list imported twice under two names),
and one person rewarded twice by the same authority in the same year for the same
achievement or movement. ``decide`` records the officer's decision (history and
``DuplicateDecision``): a merged duplicate is marked cancelled («hủy bỏ», so no count reads
it) with the record it was merged into; a pair kept apart is not listed again.
"""
from collections import defaultdict
from dataclasses import dataclass, field

from django.db import transaction
from django.db.models import Count

from thidua.common import clock, history
from thidua.common.errors import DomainError
from thidua.common.text import fold
from thidua.register.domain import scope
from thidua.register.models import (
    AwardRecord,
    DuplicateDecision,
    PersonLink,
    RecipientKind,
    RecordStatus,
    RegisterPerson,
)

LINK_THRESHOLD = 0.8
UNCERTAIN_FLOOR = 0.4
Basis = PersonLink.Basis


@dataclass
class LinkResult:
    linked: int = 0
    new_people: int = 0
    uncertain: list = field(default_factory=list)  # (record, candidate person, confidence)

    def as_dict(self):
        return {"linked": self.linked, "new_people": self.new_people,
                "uncertain": [{"record": r.pk, "name": r.name, "person": p.pk, "confidence": round(c, 2)}
                              for r, p, c in self.uncertain]}


def _unit_paths(record):
    paths = [record.unit.path]
    if record.unit_then_id:
        paths.append(record.unit_then.path)
    if record.predecessor_id:
        paths.append(record.predecessor.unit.path)
    return paths


def _same_family(paths, person):
    return any(person.unit.path.startswith(p) or p.startswith(person.unit.path) for p in paths)


def _same_workplace(a, b):
    a, b = fold(a), fold(b)
    if not a or not b:
        return False
    if a in b or b in a:
        return True
    wa, wb = set(a.replace(",", " ").split()), set(b.replace(",", " ").split())
    return len(wa & wb) / max(min(len(wa), len(wb)), 1) >= 0.6


def confidence(record, person):
    """How sure it is that ``record`` is an award of ``person`` (0 = not them), and why."""
    if record.recipient_kind != person.kind:
        return 0.0, None
    if record.identity_number and person.identity_number:
        return (1.0, Basis.IDENTITY) if record.identity_number == person.identity_number else (0.0, None)
    if record.name_folded != person.name_folded:
        return 0.0, None
    family = _same_family(_unit_paths(record), person)
    if record.recipient_kind != RecipientKind.INDIVIDUAL:
        return (0.9, Basis.NAME_UNIT) if family else (0.0, None)
    if record.birth_year and person.birth_year and record.birth_year != person.birth_year:
        return 0.0, None
    score, basis = (0.85, Basis.NAME_BIRTH_YEAR) if record.birth_year and person.birth_year else (0.5, Basis.NAME_UNIT)
    workplace = _same_workplace(record.workplace, person.workplace)
    if workplace:
        score, basis = score + 0.1, (basis if basis == Basis.NAME_BIRTH_YEAR else Basis.NAME_WORKPLACE)
    if family:
        score += 0.05
    elif not workplace:
        score -= 0.3
    return min(score, 1.0), basis


def _new_person(record, actor):
    person = RegisterPerson(kind=record.recipient_kind, name=record.name, gender=record.gender,
                            birth_year=record.birth_year, identity_number=record.identity_number,
                            unit=record.unit, workplace=record.workplace)
    return history.save(person, actor, "Thêm người vào sổ khen thưởng")


def _complete(person, record, actor):
    """Fill what the person lacks from a record linked to it."""
    changed = False
    for name in ("birth_year", "identity_number", "gender", "workplace"):
        if not getattr(person, name) and getattr(record, name):
            setattr(person, name, getattr(record, name))
            changed = True
    if changed:
        history.save(person, actor, "Bổ sung thông tin người trong sổ khen thưởng")


@transaction.atomic
def link_records(unit=None, actor=None):
    """Link the records not yet linked (of ``unit`` with its sub-units and predecessor units,
    or all) to their register person, entering new people where none is found."""
    records = AwardRecord.objects.filter(person__isnull=True)
    if unit is not None:
        records = scope.of_unit(unit, records)
    records = list(records.select_related("unit", "unit_then", "predecessor__unit").order_by("year", "id"))
    names = {r.name_folded for r in records}
    identities = {r.identity_number for r in records if r.identity_number}
    by_name, by_identity = defaultdict(list), {}
    people = RegisterPerson.objects.select_related("unit")
    for person in list(people.filter(name_folded__in=names)) + list(people.filter(identity_number__in=identities)):
        if person not in by_name[person.name_folded]:
            by_name[person.name_folded].append(person)
        if person.identity_number:
            by_identity.setdefault(person.identity_number, person)
    result, links, by_person = LinkResult(), [], defaultdict(list)
    for record in records:
        candidates = [by_identity[record.identity_number]] if record.identity_number in by_identity else []
        candidates += [p for p in by_name[record.name_folded] if p not in candidates]
        scored = sorted(((*confidence(record, p), p) for p in candidates), key=lambda t: -t[0])
        best = scored[0] if scored else (0.0, None, None)
        if best[0] >= LINK_THRESHOLD:
            person, conf, basis = best[2], best[0], best[1]
            _complete(person, record, actor)
            result.linked += 1
        else:
            if best[0] >= UNCERTAIN_FLOOR:
                result.uncertain.append((record, best[2], best[0]))
            person, conf, basis = _new_person(record, actor), 1.0, Basis.NEW
            result.new_people += 1
            by_name[person.name_folded].append(person)
        if person.identity_number:
            by_identity.setdefault(person.identity_number, person)
        by_person[person.pk].append(record.pk)
        links.append(PersonLink(record=record, person=person, confidence=round(conf, 3), basis=basis))
    for person_pk, pks in by_person.items():
        AwardRecord.objects.filter(pk__in=pks).update(person_id=person_pk)
    PersonLink.objects.bulk_create(links)
    return result


@dataclass
class Suspect:
    kind: str
    records: list

    @property
    def message(self):
        a = self.records[0]
        if self.kind == DuplicateDecision.Kind.SAME_AWARD:
            return f"{a.name}: «{a.form.name}» năm {a.year} được ghi {len(self.records)} lần."
        return (f"{a.name}: cùng thành tích năm {a.year} được {a.decision_authority or 'một cơ quan'} "
                f"khen thưởng {len(self.records)} lần.")

    def as_dict(self):
        return {"kind": self.kind, "message": self.message, "records": [r.pk for r in self.records],
                "person": self.records[0].person_id, "year": self.records[0].year,
                "decisions": [r.decision_number for r in self.records],
                "units": [r.predecessor.name if r.predecessor_id else r.unit.display_name for r in self.records]}


def _decided_pairs():
    return set(DuplicateDecision.objects.values_list("record_a_id", "record_b_id"))


def _undecided(records, decided):
    """Drop a group whose every pair was decided already."""
    pks = sorted(r.pk for r in records)
    pairs = {(a, b) for i, a in enumerate(pks) for b in pks[i + 1:]}
    return bool(pairs - decided)


def find_duplicates(unit=None):
    """The suspected duplicates among the valid, linked records (of ``unit``, or all)."""
    valid = AwardRecord.objects.filter(status=RecordStatus.VALID, person__isnull=False)
    if unit is not None:
        valid = AwardRecord.objects.filter(pk__in=scope.of_unit(unit, valid).values("pk"))
    related = ("form", "unit", "predecessor")
    decided, suspects = _decided_pairs(), []
    twice = (valid.values("person_id", "form_id", "year").annotate(n=Count("id")).filter(n__gt=1)
             .order_by("person_id", "year"))
    groups = defaultdict(list)
    keys = {(t["person_id"], t["form_id"], t["year"]) for t in twice}
    if keys:
        for r in valid.filter(person_id__in={k[0] for k in keys}).select_related(*related).order_by("id"):
            if (r.person_id, r.form_id, r.year) in keys:
                groups[(r.person_id, r.form_id, r.year)].append(r)
    suspects += [Suspect(DuplicateDecision.Kind.SAME_AWARD, g) for g in groups.values() if _undecided(g, decided)]
    same_year = (valid.values("person_id", "year").annotate(n=Count("id")).filter(n__gt=1))
    pairs = {(t["person_id"], t["year"]) for t in same_year}
    if pairs:
        achievements = defaultdict(list)
        for r in valid.filter(person_id__in={p[0] for p in pairs}).select_related(*related).order_by("id"):
            what = fold(r.achievement) or fold(r.movement)
            if (r.person_id, r.year) in pairs and what and r.decision_authority:
                achievements[(r.person_id, r.year, fold(r.decision_authority), what)].append(r)
        for group in achievements.values():
            if len({r.form_id for r in group}) > 1 and _undecided(group, decided):
                suspects.append(Suspect(DuplicateDecision.Kind.SAME_ACHIEVEMENT, group))
    return sorted(suspects, key=lambda s: (s.records[0].name_folded, s.records[0].year))


@transaction.atomic
def decide(record_a, record_b, decision, actor, reason="", kind=DuplicateDecision.Kind.SAME_AWARD, keep=None):
    """The officer's decision on a suspected pair: ``merge`` (``keep`` stays, the other is
    marked cancelled as merged into it) or ``apart`` (both stay; the pair is not listed again)."""
    if record_a.pk == record_b.pk:
        raise DomainError("Hai bản ghi phải khác nhau.")
    a, b = sorted(AwardRecord.objects.select_for_update().filter(pk__in=[record_a.pk, record_b.pk]),
                  key=lambda r: r.pk)
    if DuplicateDecision.objects.filter(record_a=a, record_b=b).exists():
        raise DomainError("Cặp bản ghi này đã được quyết định trước đó.")
    if decision not in DuplicateDecision.Decision.values:
        raise DomainError("Chỉ chọn «Gộp làm một» hoặc «Giữ riêng».")
    kept = None
    if decision == DuplicateDecision.Decision.MERGE:
        kept = a if keep is None or keep.pk == a.pk else b
        other = b if kept is a else a
        if a.status != RecordStatus.VALID or b.status != RecordStatus.VALID:
            raise DomainError("Chỉ gộp được hai bản ghi còn hiệu lực.")
        other.status = RecordStatus.REVOKED
        other.revoked_by = f"Gộp vào bản ghi số {kept.pk} (ghi trùng)"
        other.revoked_on = clock.today()
        other.revoked_reason = (reason or "").strip() or "Bản ghi trùng: cùng một lần khen thưởng được ghi hai lần."
        history.save(other, actor, "Gộp bản ghi trùng")
    action = "Gộp bản ghi trùng" if kept else "Giữ riêng hai bản ghi nghi trùng"
    return history.create(DuplicateDecision, actor, action, record_a=a, record_b=b, kind=kind, decision=decision,
                          kept=kept, reason=(reason or "").strip(),
                          decided_by=actor if getattr(actor, "is_authenticated", False) else None)
