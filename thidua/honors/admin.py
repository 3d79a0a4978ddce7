from django.contrib import admin
from simple_history.admin import SimpleHistoryAdmin

from thidua.honors.models import (
    Achievement,
    Award,
    AwardDecision,
    AwardRegister,
    CertificateLayout,
    CouncilMeeting,
    CouncilVote,
    CriteriaSet,
    DossierDocument,
    EvidenceFile,
    Nomination,
    Nominee,
)


class AchievementInline(admin.TabularInline):
    model = Achievement
    extra = 0


@admin.register(Nominee)
class NomineeAdmin(SimpleHistoryAdmin):
    list_display = ["full_name", "kind", "unit", "workplace", "position"]
    list_filter = ["kind", "gender"]
    search_fields = ["full_name"]
    inlines = [AchievementInline]


@admin.register(Achievement)
class AchievementAdmin(SimpleHistoryAdmin):
    list_display = ["title", "kind", "level", "year", "nominee"]
    list_filter = ["kind", "level"]


@admin.register(EvidenceFile)
class EvidenceFileAdmin(SimpleHistoryAdmin):
    list_display = ["description", "nominee", "uploaded_at"]


@admin.register(CriteriaSet)
class CriteriaSetAdmin(SimpleHistoryAdmin):
    list_display = ["code", "title", "target", "legal_text", "verified", "owner"]
    list_filter = ["target", "verified"]
    search_fields = ["code", "title"]


@admin.register(Nomination)
class NominationAdmin(SimpleHistoryAdmin):
    list_display = ["nominee", "category", "unit", "proposing_unit", "status", "is_late"]
    list_filter = ["status", "is_late"]


@admin.register(DossierDocument)
class DossierDocumentAdmin(SimpleHistoryAdmin):
    list_display = ["nomination", "kind", "file_name", "uploaded_at"]


class CouncilVoteInline(admin.TabularInline):
    model = CouncilVote
    extra = 0


@admin.register(CouncilMeeting)
class CouncilMeetingAdmin(SimpleHistoryAdmin):
    list_display = ["unit", "held_on", "chair", "member_count", "present_count"]
    inlines = [CouncilVoteInline]


@admin.register(CouncilVote)
class CouncilVoteAdmin(SimpleHistoryAdmin):
    list_display = ["nomination", "meeting", "present", "in_favour", "written_in_favour", "approved"]


class AwardInline(admin.TabularInline):
    model = Award
    extra = 0


@admin.register(AwardDecision)
class AwardDecisionAdmin(SimpleHistoryAdmin):
    list_display = ["number", "signed_on", "unit", "award_form"]
    inlines = [AwardInline]


@admin.register(Award)
class AwardAdmin(SimpleHistoryAdmin):
    list_display = ["order", "nomination", "decision", "unit", "register_number"]
    list_filter = ["unit"]


@admin.register(AwardRegister)
class AwardRegisterAdmin(SimpleHistoryAdmin):
    """A unit's register counter: read here, moved only by issuing a decision."""

    list_display = ["unit", "last_number"]
    readonly_fields = ["unit", "last_number"]

    def has_add_permission(self, request):
        return False


@admin.register(CertificateLayout)
class CertificateLayoutAdmin(SimpleHistoryAdmin):
    list_display = ["unit", "offset_x", "offset_y"]
