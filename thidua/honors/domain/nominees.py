"""A nominee's record (người, tập thể được đề xuất): create, edit, import from Excel."""
from django.db import transaction

from thidua.campaigns.domain.current import evaluation_period
from thidua.common import history
from thidua.common.errors import DomainError
from thidua.common.text import fold
from thidua.honors.domain import eligibility
from thidua.honors.domain.nominations import refresh_verdict
from thidua.honors.domain.records import criteria_library
from thidua.honors.domain.validation import full_clean
from thidua.honors.models import Achievement, NominationStatus, Nominee
from thidua.units.models import Unit


def clean_ratings(ratings, period):
    """Validate ``{year: code}``; return the cleaned dict or refuse (DomainError naming every bad year)."""
    errors = []
    cleaned = {}
    for year, code in (ratings or {}).items():
        try:
            y = int(year)
        except (TypeError, ValueError):
            errors.append(f"Năm «{year}» không phải là số.")
            continue
        if not period[0] <= y <= period[1]:
            errors.append(f"Năm {y} nằm ngoài giai đoạn {period[0]} - {period[1]}.")
            continue
        if code in ("", None):
            continue
        if code not in eligibility.RATINGS:
            errors.append(f"Xếp loại năm {y} «{code}» không hợp lệ (chỉ nhận: {', '.join(eligibility.RATINGS)}).")
            continue
        cleaned[str(y)] = code
    if errors:
        raise DomainError(" ".join(errors), field="ratings")
    return dict(sorted(cleaned.items()))


def _achievements(items):
    """Unsaved ``Achievement`` rows of ``items`` (dicts), each checked; refused on the first bad one."""
    rows = []
    for item in items:
        row = Achievement(**item)
        if row.kind != Achievement.Kind.AWARD and not row.level:
            raise DomainError(f"«{row.title}»: sáng kiến, đề tài phải có cấp công nhận.", field="achievements_text")
        full_clean(row, exclude=["nominee"], prefix=f"«{row.title}»: ")
        rows.append(row)
    return rows


def _refuse_a_second_record(nominee):
    """A new record is not the same person (or collective) as one the unit already holds: the
    same name (written with or without diacritics), kind and birth year. The unit's row is
    locked so that a form posted twice creates one record, and the second is told."""
    Unit.objects.select_for_update().filter(pk=nominee.unit_id).first()
    same = Nominee.objects.filter(unit_id=nominee.unit_id, kind=nominee.kind, birth_year=nominee.birth_year)
    wanted = fold(nominee.full_name)
    for other in same.only("pk", "full_name", "birth_year"):
        if fold(other.full_name) == wanted:
            born = f" (sinh năm {other.birth_year})" if other.birth_year else ""
            hint = "" if nominee.birth_year else " Nếu là hai người khác nhau, ghi năm sinh để phân biệt."
            raise DomainError(f"Đơn vị đã có hồ sơ «{other.full_name}»{born}; mở hồ sơ đó để sửa thay vì lập hồ sơ "
                              f"thứ hai.{hint}", field="full_name")


@transaction.atomic
def save_nominee(nominee, actor, achievements=None):
    """Create or update ``nominee`` (an instance with the new values); ``achievements`` (a
    list of dicts) replaces the existing ones. The verdicts of its pending nominations are
    re-checked against the new record."""
    creating = nominee.pk is None
    if creating:
        _refuse_a_second_record(nominee)
    else:
        Nominee.objects.select_for_update().filter(pk=nominee.pk).first()  # one edit of a record at a time
    nominee.ratings = clean_ratings(nominee.ratings, evaluation_period())
    full_clean(nominee)
    rows = _achievements(achievements) if achievements is not None else None
    history.save(nominee, actor, "Tạo hồ sơ" if creating else "Sửa hồ sơ")
    if rows is not None:
        for old in nominee.achievements.all():
            history.delete(old, actor, "Thay danh sách thành tích")
        for row in rows:
            row.nominee = nominee
            history.save(row, actor, "Thêm thành tích")
    if not creating:
        library = criteria_library()
        pending = nominee.nominations.select_for_update(of=("self",)).filter(status=NominationStatus.PROPOSED).select_related("criteria")
        for nomination in pending:
            refresh_verdict(nomination, library)
            history.save(nomination, actor, "Cập nhật kết quả kiểm tra tiêu chuẩn", update_fields=["verdict"])
    return nominee


@transaction.atomic
def import_nominees(unit, rows, actor):
    """Create one record per row (dicts read from the Excel template) under ``unit``: all or none."""
    return [save_nominee(Nominee(unit=unit, workplace=unit, **row), actor) for row in rows]
