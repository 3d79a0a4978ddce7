"""The people vocabulary lives in ``thidua.core.choices``; this module only re-exports it
for imports written before the move. New code imports from ``thidua.core.choices``."""
from thidua.core.choices import MAJORITY_ETHNICITY, EconomicSector, Field, Gender

__all__ = ["MAJORITY_ETHNICITY", "EconomicSector", "Field", "Gender"]
