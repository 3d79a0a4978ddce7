import pytest

from thidua.common.errors import DomainError
from thidua.common.review import EDITABLE, ReviewStatus, clean_comment, require_status
from thidua.plans.models import PlanStatus
from thidua.reports.models import ReportStatus


def test_plans_and_reports_share_one_set_of_states():
    assert PlanStatus is ReviewStatus and ReportStatus is ReviewStatus
    assert "draft" in EDITABLE and "returned" in EDITABLE and "submitted" not in EDITABLE


def test_comment_rules():
    assert clean_comment("  sửa ngày  ", required=True, limit=20) == "sửa ngày"
    assert clean_comment("", required=False, limit=20) == ""
    with pytest.raises(DomainError, match="Cần ghi ý kiến"):
        clean_comment("   ", required=True, limit=20)
    with pytest.raises(DomainError, match="dài quá 5 ký tự"):
        clean_comment("quá dài", required=False, limit=5)


def test_require_status_refuses_with_the_given_message():
    class Obj:
        status = "accepted"

    require_status(Obj, {"accepted"}, "không dùng")
    with pytest.raises(DomainError, match="Chỉ gửi được"):
        require_status(Obj, {"draft"}, "Chỉ gửi được kế hoạch đang soạn")
