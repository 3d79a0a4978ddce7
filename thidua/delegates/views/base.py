"""What the delegates views share: the scoped lookups and the permission question."""
from django.core.exceptions import PermissionDenied
from django.http import Http404

from thidua.accounts.interfaces.lookup import scoped_or_404
from thidua.common.errors import DomainError
from thidua.common.web import show_error
from thidua.delegates.models import Conference

VIEW = "delegates.view_conference_obj"
CHANGE = "delegates.change_conference_obj"
CHECKIN = "delegates.checkin_obj"

REFUSALS = {
    VIEW: "Bạn không được xem danh sách đại biểu của hội nghị này.",
    CHANGE: "Bạn chỉ được xem, không được sửa danh sách đại biểu.",
    CHECKIN: "Bạn chỉ được xem, không được điểm danh đại biểu.",
}


def require(request, perm, obj=None, message=None):
    """403 with a Vietnamese message unless the user has ``perm`` on ``obj``."""
    if not request.user.has_perm(perm, obj):
        raise PermissionDenied(message or REFUSALS.get(perm, "Bạn không có quyền làm việc này."))


def conference_or_404(request, pk, perm=VIEW):
    """The conference ``pk`` within the user's units (404 otherwise), if they have ``perm`` (403)."""
    conference = scoped_or_404(Conference.objects.select_related("plan__campaign", "unit"), request.user, "hội nghị", pk=pk)
    require(request, perm, conference)
    return conference


def delegate_or_404(conference, did):
    d = conference.delegates.select_related("predecessor", "source_unit").filter(pk=did).first()
    if d is None:
        raise Http404("Không tìm thấy đại biểu trong hội nghị này.")
    return d


def show_lines(request, error, form, field):
    """A refusal (or an Excel reading error) of several lines, each as an error on ``field``."""
    for line in str(error).splitlines():
        show_error(request, DomainError(line, field=field), form)
