"""State changes of the register's records: create, edit, revoke, and the record an award
of this system's own decision enters (``record_award``, called by honors inside the
decision's transaction, with plain values: the register does not know honors)."""
from django.db import transaction

from thidua.common import clock, history
from thidua.common.errors import DomainError
from thidua.register.domain.validation import full_clean, identity_number
from thidua.register.models import FIRST_YEAR, AwardRecord, RecordStatus, Source

# Fields a person may set on a record (create and edit); the rest is the system's.
EDITABLE = (
    "recipient_kind", "name", "gender", "birth_year", "identity_number", "ethnicity", "position", "workplace",
    "direct_worker", "unit_then", "predecessor", "form", "form_text", "award_kind", "year", "decision_number",
    "decision_date", "decision_authority", "decision_signer", "movement", "achievement", "note", "register_number",
)


def check_year(year, field="year"):
    today = clock.today()
    if year is None:
        raise DomainError("Chưa có năm thành tích.", field=field)
    if year < FIRST_YEAR or year > today.year:
        raise DomainError(f"Năm {year} không hợp lệ: phải từ {FIRST_YEAR} đến {today.year}.", field=field)


def _check(record, strict=True):
    """``strict``: the checks of a record a person wrote (year and date not in the future, a
    form given to this kind of recipient); a decision of this system passed its own."""
    if strict:
        _check_written(record)
    record.identity_number = identity_number(record.identity_number)
    full_clean(record, exclude=["person", "batch"])


def _check_written(record):
    check_year(record.year)
    if record.decision_date and record.decision_date > clock.today():
        raise DomainError(f"Ngày quyết định {record.decision_date:%d/%m/%Y} ở sau ngày hôm nay.", field="decision_date")
    if record.form_id and record.recipient_kind not in record.form.recipient_kinds():
        raise DomainError(f"«{record.form}» không tặng cho {record.get_recipient_kind_display().lower()}.",
                          field="form")


def build(unit, values, source=Source.TYPED, batch=None, is_demo=False, strict=True):
    """An unsaved, checked record of ``unit`` from ``values`` (field -> value)."""
    unknown = set(values) - set(EDITABLE)
    if unknown:
        raise ValueError(f"not editable: {sorted(unknown)}")
    record = AwardRecord(unit=unit, source=source, batch=batch, is_demo=is_demo, **values)
    _check(record, strict=strict)
    return record


@transaction.atomic
def create_record(unit, actor, values, source=Source.TYPED):
    """Enter one award typed by an officer in ``unit``'s register."""
    record = build(unit, values, source=source)
    return history.save(record, actor, "Ghi vào sổ khen thưởng")


def _locked(record):
    return AwardRecord.objects.select_for_update().select_related("form", "unit").get(pk=record.pk)


@transaction.atomic
def edit_record(record, actor, values):
    """Change a record's fields; a revoked record is no longer edited."""
    record = _locked(record)
    if record.status == RecordStatus.REVOKED:
        raise DomainError("Bản ghi đã bị thu hồi, không sửa được.")
    unknown = set(values) - set(EDITABLE)
    if unknown:
        raise ValueError(f"not editable: {sorted(unknown)}")
    for name, value in values.items():
        setattr(record, name, value)
    _check(record)
    return history.save(record, actor, "Sửa bản ghi sổ khen thưởng")


@transaction.atomic
def revoke_record(record, actor, decision, reason, on=None):
    """Revoke an award (Luật Thi đua, khen thưởng 2022, Điều 93): the record stays, marked
    with the revoking decision and the reason."""
    record = _locked(record)
    if record.status == RecordStatus.REVOKED:
        raise DomainError("Bản ghi này đã bị thu hồi trước đó.")
    decision, reason = (decision or "").strip(), (reason or "").strip()
    if not decision:
        raise DomainError("Cần ghi số, ngày quyết định thu hồi, hủy bỏ.", field="revoked_by")
    if not reason:
        raise DomainError("Cần ghi lý do thu hồi.", field="revoked_reason")
    record.status = RecordStatus.REVOKED
    record.revoked_by, record.revoked_reason = decision, reason
    record.revoked_on = on or clock.today()
    full_clean(record, exclude=["person", "batch"])
    return history.save(record, actor, "Thu hồi khen thưởng")


def record_award(unit, actor, values, register_number):
    """The record of one award of this system's decision (honors calls it in the decision's
    transaction): source "this system's decision", the unit's register number."""
    record = build(unit, {**values, "register_number": register_number}, source=Source.DECISION, strict=False)
    return history.save(record, actor, f"Ghi vào sổ khen thưởng số {register_number}")
