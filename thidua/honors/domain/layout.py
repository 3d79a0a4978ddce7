"""Where a unit's pre-printed blanks (phôi giấy khen) take the variable text."""
from django.db import transaction

from thidua.common import history
from thidua.common.errors import DomainError
from thidua.honors.domain.certificates import DEFAULT_POSITIONS, FIELD_LABELS
from thidua.honors.domain.validation import full_clean
from thidua.honors.models import CertificateLayout


def clean_positions(positions):
    """Every field's position, within an A4 landscape sheet; refused (DomainError) otherwise."""
    clean = {}
    for key, default in DEFAULT_POSITIONS.items():
        x, y = positions.get(key, default[:2])
        if not (0 <= x <= 297 and 0 <= y <= 210):
            raise DomainError(f"Vị trí «{FIELD_LABELS[key]}» ({x}, {y}) nằm ngoài khổ A4 ngang (297 × 210 mm).",
                              field=f"{key}_x")
        clean[key] = [x, y, *default[2:]]
    return clean


@transaction.atomic
def save_layout(unit, positions, offset_x, offset_y, actor):
    """Set ``unit``'s layout (one per unit): positions in mm and a shift of the whole page."""
    clean = clean_positions(positions)
    layout = CertificateLayout.objects.select_for_update().filter(unit=unit).first() or CertificateLayout(unit=unit)
    layout.positions, layout.offset_x, layout.offset_y = clean, offset_x, offset_y
    full_clean(layout)
    return history.save(layout, actor, "Căn chỉnh in phôi")
