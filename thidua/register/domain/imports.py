"""Importing an Excel list into the register: upload (the file kept with its sha256, the
column mapping guessed), the officer's mapping of columns and award names, then the import
itself — all or nothing, and a file imported once is recognised and adds nothing."""
import hashlib

from django.db import transaction
from django.utils import timezone
from simple_history.utils import bulk_create_with_history

from thidua.common import history
from thidua.common.errors import DomainError
from thidua.common.text import fold
from thidua.register.domain import rows as row_reader
from thidua.register.domain import sheets as sheet_reader
from thidua.register.domain.records import EDITABLE
from thidua.register.models import AwardForm, AwardRecord, ImportBatch, Source

# Files with more rows than this are imported by a background job (thidua.register.tasks).
BACKGROUND_ROWS = 2_000
# A batch the officer may still map and confirm (a failed one after fixing the mapping).
OPEN = (ImportBatch.Status.PREVIEW, ImportBatch.Status.FAILED)
ACTION = "Nhập sổ khen thưởng từ Excel"


def sha256_of(data):
    return hashlib.sha256(data).hexdigest()


def already_imported(sha256, exclude=None):
    done = ImportBatch.objects.filter(sha256=sha256, status=ImportBatch.Status.DONE)
    if exclude is not None:
        done = done.exclude(pk=exclude.pk)
    return done.select_related("unit").first()


def _refuse_twice(sha256, exclude=None):
    earlier = already_imported(sha256, exclude)
    if earlier is not None:
        when = timezone.localtime(earlier.finished_at or earlier.created_at)
        raise DomainError(f"Tệp này đã được nhập ngày {when:%d/%m/%Y} vào sổ của {earlier.unit} "
                          f"({earlier.imported_count} bản ghi); không nhập lại.", field="file", code="imported_twice")


def _sheet_mapping(sheets, mapping):
    for sheet in sheets:
        if sheet.name in (mapping or {}):
            sheet.mapping = {str(k): v for k, v in mapping[sheet.name].items() if v}
    return sheets


def read(batch_or_path, mapping=None):
    path = batch_or_path.file.path if isinstance(batch_or_path, ImportBatch) else batch_or_path
    sheets = sheet_reader.read(path)
    if isinstance(batch_or_path, ImportBatch):
        mapping = batch_or_path.mapping if mapping is None else mapping
    return _sheet_mapping(sheets, mapping)


def preview(batch):
    """(sheets, result): the sheets with the mapping in use, and the rows and errors of it."""
    sheets = read(batch)
    return sheets, row_reader.convert(sheets, batch.form_mapping, batch.defaults)


@transaction.atomic
def upload(unit, actor, upload_file, name=None):
    """Keep an uploaded Excel file as a batch awaiting the officer's confirmation, with the
    mapping guessed. The same file imported before is refused."""
    data = upload_file.read()
    if not data:
        raise DomainError("Tệp rỗng.", field="file")
    digest = sha256_of(data)
    _refuse_twice(digest)
    upload_file.seek(0)
    batch = ImportBatch(unit=unit, source=Source.EXCEL, original_name=(name or upload_file.name)[:255], sha256=digest,
                        created_by=actor if getattr(actor, "is_authenticated", False) else None)
    batch.file.save(f"{digest[:16]}.xlsx", upload_file, save=False)
    sheets = sheet_reader.read(batch.file.path)
    batch.mapping = {s.name: s.mapping for s in sheets}
    batch.total_rows = sum(len(s.rows) for s in sheets)
    result = row_reader.convert(sheets)
    batch.form_mapping = {text: form.code for text, form in result.forms.items() if form is not None}
    return history.save(batch, actor, "Tải lên danh sách khen thưởng")


def _locked(batch):
    return ImportBatch.objects.select_for_update().get(pk=batch.pk)


@transaction.atomic
def set_mapping(batch, actor, mapping, form_mapping, defaults=None):
    """The officer's mapping: per sheet, column index -> field; written award name ->
    catalogue code."""
    batch = _locked(batch)
    if batch.status not in OPEN:
        raise DomainError("Lần nhập này không còn chờ xác nhận.")
    allowed = set(sheet_reader.TARGETS)
    for sheet, columns in mapping.items():
        for target in columns.values():
            if target not in allowed:
                raise DomainError(f"Trường «{target}» không có.", field="mapping")
    codes = set(AwardForm.objects.values_list("code", flat=True))
    unknown = {code for code in form_mapping.values() if code and code not in codes}
    if unknown:
        raise DomainError(f"Mã danh mục không có: {', '.join(sorted(unknown))}.", field="form_mapping")
    batch.mapping = {sheet: {str(k): v for k, v in columns.items() if v} for sheet, columns in mapping.items()}
    batch.form_mapping = {text: code for text, code in form_mapping.items() if code}
    if defaults is not None:
        batch.defaults = defaults
    return history.save(batch, actor, "Ghép cột danh sách khen thưởng")


def records_of(result, unit, batch=None, is_demo=False):
    """Unsaved records of a converted result (no errors left)."""
    made = []
    for row in result.rows:
        values = {k: v for k, v in row.values.items() if k in EDITABLE}
        values["form"] = result.forms[row.form_text]
        values["form_text"] = row.form_text
        record = AwardRecord(unit=unit, source=Source.EXCEL, batch=batch, source_row=row.row, is_demo=is_demo,
                             **values)
        record.name_folded = fold(record.name)
        made.append(record)
    return made


def confirm(batch, actor):
    """Import the batch now, or (a large file) hand it to the background job. A refusal
    for row errors leaves the batch marked failed with them, and no record."""
    from thidua.register.tasks import import_batch

    with transaction.atomic():
        batch = _locked(batch)
        if batch.status not in OPEN:
            raise DomainError("Lần nhập này không còn chờ xác nhận.")
        _refuse_twice(batch.sha256, exclude=batch)
        if batch.total_rows > BACKGROUND_ROWS:
            batch.status = ImportBatch.Status.QUEUED
            history.save(batch, actor, "Đưa danh sách khen thưởng vào hàng đợi nhập")
            pk, user = batch.pk, getattr(actor, "pk", None)
            transaction.on_commit(lambda: import_batch.enqueue(pk, user))
            return batch
    return run(batch, actor)


def run(batch, actor):
    """Read the batch's file with its mapping and enter every row, or nothing: on any row
    error the batch is marked failed with the errors and no record is added."""
    batch = ImportBatch.objects.get(pk=batch.pk)
    sheets = read(batch)

    def progress(done):
        ImportBatch.objects.filter(pk=batch.pk).update(processed_rows=done)

    result = row_reader.convert(sheets, batch.form_mapping, batch.defaults, progress=progress)
    if result.errors:
        with transaction.atomic():
            batch = _locked(batch)
            batch.status = ImportBatch.Status.FAILED
            batch.error = "\n".join(e.text() for e in result.errors[:200])
            history.save(batch, actor, "Không nhập được danh sách khen thưởng")
        raise DomainError(f"Không nhập bản ghi nào: tệp còn {len(result.errors)} lỗi.", code="row_errors")
    with transaction.atomic():
        batch = _locked(batch)
        _refuse_twice(batch.sha256, exclude=batch)
        made = records_of(result, batch.unit, batch)
        bulk_create_with_history(made, AwardRecord, batch_size=1000, default_user=_user(actor),
                                 default_change_reason=ACTION)
        batch.status = ImportBatch.Status.DONE
        batch.imported_count = len(made)
        batch.processed_rows = batch.total_rows
        batch.finished_at = timezone.now()
        batch.error = ""
        history.save(batch, actor, f"{ACTION}: {len(made)} bản ghi")
    return batch


def _user(actor):
    return actor if getattr(actor, "is_authenticated", False) else None
