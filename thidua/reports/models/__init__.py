from thidua.reports.models.reminder import Reminder, ReminderKind
from thidua.reports.models.results import (
    AwardForm,
    ReportAward,
    ReportCongressDelegate,
    ReportPresentation,
    ReportStatus,
    ResultsReport,
)

__all__ = [
    "AwardForm",
    "Reminder",
    "ReminderKind",
    "ReportAward",
    "ReportCongressDelegate",
    "ReportPresentation",
    "ReportStatus",
    "ResultsReport",
]
