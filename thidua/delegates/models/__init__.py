from thidua.delegates.models.conference import Conference, Delegate, Group, Rsvp, SeatAllocation
from thidua.delegates.models.congress import CongressDelegate, CongressQuota, CongressSubmission

__all__ = [
    "Conference", "Delegate", "Group", "Rsvp", "SeatAllocation",
    "CongressDelegate", "CongressQuota", "CongressSubmission",
]
