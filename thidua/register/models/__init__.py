from thidua.register.models.catalogue import AwardForm, Confirmation, Level, RecipientKind
from thidua.register.models.people import DuplicateDecision, PersonLink
from thidua.register.models.record import (
    FIRST_YEAR,
    AwardKind,
    AwardRecord,
    ImportBatch,
    RecordStatus,
    RegisterPerson,
    Source,
    identity_validator,
)

__all__ = [
    "AwardForm", "Confirmation", "Level", "RecipientKind", "FIRST_YEAR", "AwardKind", "AwardRecord", "ImportBatch",
    "RecordStatus", "RegisterPerson", "Source", "identity_validator", "DuplicateDecision", "PersonLink",
]
