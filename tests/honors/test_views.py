"""Honors pages that write: the unit they write for is explicit (an officer of two units
chooses it, and the rules check it), and each write is a named action in the history."""
import datetime
import io

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from tests.factories import CategoryFactory, NomineeFactory, PlanFactory, RoleAssignmentFactory
from thidua.accounts.models import User
from thidua.honors.domain import council, nominations
from thidua.honors.domain.certificates import FIELD_LABELS
from thidua.honors.domain.records import ensure_builtin_criteria
from thidua.honors.models import CertificateLayout, CouncilMeeting, CriteriaSet, DossierDocument, EvidenceFile

CONDITIONS = '[{"type": "judgement", "text": "Có thành tích xuất sắc"}]'


@pytest.fixture
def two_unit_officer(commune, other_commune):
    """A unit officer of xã Kẻ Sặt (assigned first) and of phường An Hải."""
    user = User.objects.create(username="canbo-hai-don-vi", full_name="Đỗ Thị Hai")
    RoleAssignmentFactory(user=user, unit=commune, role="unit_officer")
    RoleAssignmentFactory(user=user, unit=other_commune, role="unit_officer")
    return user


def _layout_data(offset_x="1.5"):
    data = {"offset_x": offset_x, "offset_y": "-2"}
    for key in FIELD_LABELS:
        data[f"{key}_x"], data[f"{key}_y"] = "20", "30"
    return data


@pytest.mark.django_db
def test_an_officer_of_two_units_chooses_whose_blanks_to_lay_out(two_unit_officer, commune, other_commune, client_for):
    client = client_for(two_unit_officer)
    page = client.get("/khen-thuong/in-phoi/")
    assert page.status_code == 200 and page.context.get("form") is None  # no unit chosen for them
    body = page.content.decode()
    assert "?don-vi=xa-ke-sat" in body and "?don-vi=phuong-an-hai" in body
    assert client.post("/khen-thuong/in-phoi/", _layout_data()).status_code == 200
    assert not CertificateLayout.objects.exists()

    url = "/khen-thuong/in-phoi/?don-vi=phuong-an-hai"
    page = client.get(url)
    assert page.context["unit"] == other_commune and "trang-thu.pdf?don-vi=phuong-an-hai" in page.content.decode()
    response = client.post(url, _layout_data())
    assert response.status_code == 302 and response["Location"] == url
    layout = CertificateLayout.objects.get()
    assert layout.unit == other_commune and str(layout.offset_x) == "1.5"
    assert layout.history.first().history_change_reason == "Căn chỉnh in phôi"
    assert layout.history.first().history_user == two_unit_officer
    test_page = client.get("/khen-thuong/in-phoi/trang-thu.pdf?don-vi=phuong-an-hai")
    assert test_page.status_code == 200 and test_page.content.startswith(b"%PDF")
    assert client.get("/khen-thuong/in-phoi/trang-thu.pdf")["Location"] == "/khen-thuong/in-phoi/"


@pytest.mark.django_db
def test_the_layout_unit_in_the_url_is_checked(unit_officer, viewer, other_commune, client_for, subunit):
    assert client_for(unit_officer).get("/khen-thuong/in-phoi/?don-vi=phuong-an-hai").status_code == 404
    assert client_for(unit_officer).get("/khen-thuong/in-phoi/?don-vi=xa-ke-sat-cong-an").status_code == 200
    assert client_for(viewer).get("/khen-thuong/in-phoi/?don-vi=xa-ke-sat").status_code == 403
    assert client_for(viewer).post("/khen-thuong/in-phoi/?don-vi=xa-ke-sat", _layout_data()).status_code == 403
    # one unit only: that unit, as before
    page = client_for(unit_officer).get("/khen-thuong/in-phoi/")
    assert page.context["unit"].code == "xa-ke-sat"
    assert not CertificateLayout.objects.exists()


@pytest.mark.django_db
def test_a_layout_off_the_sheet_is_an_error_next_to_its_field(unit_officer, client_for):
    data = _layout_data()
    data["recipient_x"] = "296"
    data["recipient_y"] = "209"
    data["offset_x"] = "0"
    response = client_for(unit_officer).post("/khen-thuong/in-phoi/", data)
    assert response.status_code == 302  # inside the sheet: saved
    data["issuer_x"] = "400"
    response = client_for(unit_officer).post("/khen-thuong/in-phoi/", data)
    assert response.status_code == 200 and "issuer_x" in response.context["form"].errors
    assert CertificateLayout.objects.get().positions["issuer"][0] == 20.0


@pytest.mark.django_db
def test_an_officer_of_two_units_chooses_the_owner_of_a_criteria_set(two_unit_officer, other_commune, commune, client_for,
                                                                      city):
    client = client_for(two_unit_officer)
    form = client.get("/khen-thuong/tieu-chi/them/").context["form"]
    assert {u.code for u in form.fields["owner"].queryset} == {"xa-ke-sat", "phuong-an-hai"}
    data = {"code": "an-hai-rieng", "title": "Tiêu chí riêng của An Hải", "target": "any", "legal_text": "Quy chế phường",
            "approval_share": "0.5", "conditions": CONDITIONS}
    response = client.post("/khen-thuong/tieu-chi/them/", data)
    assert response.status_code == 200 and "owner" in response.context["form"].errors  # must say whose
    response = client.post("/khen-thuong/tieu-chi/them/", {**data, "owner": city.pk})
    assert response.status_code == 200 and "owner" in response.context["form"].errors  # not theirs
    assert client.post("/khen-thuong/tieu-chi/them/", {**data, "owner": other_commune.pk}).status_code == 302
    row = CriteriaSet.objects.get(code="an-hai-rieng")
    assert row.owner == other_commune
    assert row.history.first().history_change_reason == "Thêm bộ tiêu chí"
    response = client.post("/khen-thuong/tieu-chi/them/", {**data, "owner": commune.pk})
    assert "Mã này đã có" in " ".join(response.context["form"].errors["code"])


@pytest.mark.django_db
def test_the_board_adds_shared_criteria_and_a_unit_officer_only_its_own(board_officer, unit_officer, client_for):
    data = {"code": "chung-moi", "title": "Tiêu chí chung mới", "target": "any", "legal_text": "Quyết định của UBND",
            "approval_share": "0.5", "conditions": CONDITIONS}
    assert client_for(board_officer).post("/khen-thuong/tieu-chi/them/", data).status_code == 302
    assert CriteriaSet.objects.get(code="chung-moi").owner is None
    form = client_for(unit_officer).get("/khen-thuong/tieu-chi/them/").context["form"]
    assert [u.code for u in form.fields["owner"].queryset] == ["xa-ke-sat"] and form.fields["owner"].required
    response = client_for(unit_officer).post("/khen-thuong/tieu-chi/them/", {**data, "code": "xa-rieng"})
    assert response.status_code == 200 and not CriteriaSet.objects.filter(code="xa-rieng").exists()


@pytest.fixture
def nomination(campaign, commune, subunit, submitter):
    ensure_builtin_criteria()
    plan = PlanFactory(nominating=True, unit=commune, campaign=campaign)
    nominee = NomineeFactory(unit=subunit, workplace=subunit)
    return nominations.nominate(nominee, CategoryFactory(plan=plan), subunit, submitter)


def _docx():
    from docx import Document

    out = io.BytesIO()
    Document().save(out)
    return out.getvalue()


@pytest.mark.django_db
def test_writes_are_named_actions_in_the_history(nomination, submitter, unit_officer, client_for):
    client = client_for(submitter)
    upload = SimpleUploadedFile("to-trinh.docx", _docx())
    assert client.post(f"/khen-thuong/de-xuat/{nomination.pk}/tai-len/", {"kind": "proposal", "file": upload}).status_code == 302
    upload = SimpleUploadedFile("to-trinh-2.docx", _docx())
    assert client.post(f"/khen-thuong/de-xuat/{nomination.pk}/tai-len/", {"kind": "proposal", "file": upload}).status_code == 302
    doc = DossierDocument.objects.get(nomination=nomination)  # replaced, not added
    assert doc.file_name == "to-trinh-2.docx"
    assert [(h.history_change_reason, h.history_user) for h in doc.history.all()] == [("Thay tờ trình", submitter)] * 2

    pdf = SimpleUploadedFile("qd.pdf", b"%PDF-1.4 minh chung", content_type="application/pdf")
    nominee = nomination.nominee
    response = client.post(f"/khen-thuong/ho-so/{nominee.pk}/", {"description": "Quyết định công nhận", "file": pdf})
    assert response.status_code == 302
    evidence = EvidenceFile.objects.get(nominee=nominee)
    assert evidence.content_type == "application/pdf"
    assert evidence.history.get().history_change_reason == "Thêm tài liệu minh chứng"

    meeting = council.hold_meeting(CouncilMeeting(plan=nomination.category.plan, held_on=datetime.date(2025, 8, 23),
                                                  chair="A", secretary="B", member_count=5, present_count=5), unit_officer)
    assert meeting.unit == nomination.unit
    response = client_for(unit_officer).post(f"/khen-thuong/hop-hoi-dong/{meeting.pk}/bieu-quyet/{nomination.pk}/",
                                             {"present": 5, "in_favour": 4, "written_in_favour": 0})
    assert response.status_code == 302
    vote = meeting.votes.get()
    assert vote.history.get().history_change_reason == "Ghi biểu quyết"
    nomination.refresh_from_db()
    reasons = [h.history_change_reason for h in nomination.history.all()]
    assert reasons[0] == "Hội đồng đồng ý" and reasons[1].startswith("Đề xuất khen thưởng") and len(reasons) == 2
    assert meeting.history.get().history_change_reason == "Ghi phiên họp Hội đồng"


@pytest.mark.django_db
def test_a_refused_meeting_shows_the_error_next_to_its_field(nomination, unit_officer, client_for):
    plan = nomination.category.plan
    response = client_for(unit_officer).post(f"/khen-thuong/ke-hoach/{plan.pk}/hop-hoi-dong/", {
        "held_on": "2025-08-23", "chair": "A", "secretary": "B", "member_count": 5, "present_count": 7})
    assert response.status_code == 200 and "present_count" in response.context["form"].errors
    assert not CouncilMeeting.objects.exists()


@pytest.mark.django_db
def test_a_vote_over_the_count_is_refused_in_the_row(nomination, unit_officer, client_for):
    meeting = council.hold_meeting(CouncilMeeting(plan=nomination.category.plan, held_on=datetime.date(2025, 8, 23),
                                                  chair="A", secretary="B", member_count=5, present_count=5), unit_officer)
    response = client_for(unit_officer).post(f"/khen-thuong/hop-hoi-dong/{meeting.pk}/bieu-quyet/{nomination.pk}/",
                                             {"present": 5, "in_favour": 6, "written_in_favour": 0}, HTTP_HX_REQUEST="true")
    assert response.status_code == 200
    assert "Số đồng ý (6) lớn hơn số có mặt (5)." in response.content.decode()
    assert not meeting.votes.exists()


@pytest.mark.django_db
def test_the_nominee_form_posted_twice_makes_one_record_and_says_so_next_to_the_name(unit_officer, commune, client_for):
    from thidua.honors.models import Nominee

    client = client_for(unit_officer)
    data = {"kind": "individual", "full_name": "Nguyễn Văn An", "gender": "male", "birth_year": "1980",
            "ethnicity": "Kinh", "workplace": commune.pk, "field": "education"}
    assert client.post("/khen-thuong/ho-so/them/", data).status_code == 302
    again = client.post("/khen-thuong/ho-so/them/", {**data, "full_name": "Nguyen Van  An"})
    assert again.status_code == 200
    assert "Đơn vị đã có hồ sơ «Nguyễn Văn An» (sinh năm 1980)" in str(again.context["form"].errors["full_name"])
    assert Nominee.objects.count() == 1
    other = client.post("/khen-thuong/ho-so/them/", {**data, "birth_year": "1992"})  # a namesake, born another year
    assert other.status_code == 302 and Nominee.objects.count() == 2
