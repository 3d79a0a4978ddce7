from thidua.honors.models.council import CouncilMeeting, CouncilVote
from thidua.honors.models.criteria import CriteriaSet
from thidua.honors.models.decision import Award, AwardDecision, AwardRegister, CertificateLayout
from thidua.honors.models.nomination import DossierDocument, Nomination, NominationStatus
from thidua.honors.models.nominee import Achievement, EvidenceFile, Gender, Level, Nominee, NomineeKind, Rating

__all__ = [
    "Achievement", "Award", "AwardDecision", "AwardRegister", "CertificateLayout", "CouncilMeeting", "CouncilVote", "CriteriaSet",
    "DossierDocument", "EvidenceFile", "Gender", "Level", "Nomination", "NominationStatus", "Nominee", "NomineeKind",
    "Rating",
]
