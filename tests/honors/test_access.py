"""URL × role matrix for the honors app, plus N+1 checks on every list."""
import datetime

import pytest

from tests.factories import CategoryFactory, NomineeFactory, PlanFactory
from thidua.honors.domain import council, decisions, nominations
from thidua.honors.domain.records import ensure_builtin_criteria
from thidua.honors.models import AwardDecision, CouncilMeeting


@pytest.fixture
def world(campaign, commune, subunit, submitter, unit_officer):
    ensure_builtin_criteria()
    plan = PlanFactory(nominating=True, unit=commune, campaign=campaign, signer_name="Phạm Văn Dũng")
    category = CategoryFactory(plan=plan)
    nominee = NomineeFactory(unit=subunit, workplace=subunit, full_name="Đặng Thị Ỹ Hường", gender="female")
    nomination = nominations.nominate(nominee, category, subunit, submitter)
    meeting = council.hold_meeting(CouncilMeeting(unit=commune, plan=plan, held_on=datetime.date(2025, 8, 23),
                                                  chair="Trần Văn Bình", secretary="Lê Thị Cúc", member_count=9,
                                                  present_count=9), unit_officer)
    council.record_vote(meeting, nomination, 9, 8, 0, unit_officer)
    nomination.refresh_from_db()
    decision = decisions.issue_decision(AwardDecision(
        unit=commune, plan=plan, number="15/QĐ-UBND", signed_on=datetime.date(2025, 8, 27),
        legal_bases="Căn cứ Luật Thi đua, khen thưởng 2022;", article_text="Tặng Giấy khen cho 01 cá nhân",
        signer_name="Phạm Văn Dũng"), [nomination], unit_officer)
    from django.core.files.uploadedfile import SimpleUploadedFile

    from thidua.honors.models import EvidenceFile

    evidence = EvidenceFile.objects.create(nominee=nominee, description="Quyết định công nhận sáng kiến",
                                           file=SimpleUploadedFile("qd.pdf", b"%PDF-1.4 test"))
    return {"plan": plan, "category": category, "nominee": nominee, "nomination": nomination, "meeting": meeting,
            "decision": decision, "evidence": evidence, "submitter": submitter}


def _urls(w):
    n, p, m, d = w["nomination"].pk, w["plan"].pk, w["meeting"].pk, w["decision"].pk
    return [
        f"/khen-thuong/de-xuat/{n}/", f"/khen-thuong/de-xuat/{n}/ho-so/proposal/", f"/khen-thuong/de-xuat/{n}/ho-so/report/",
        f"/khen-thuong/de-xuat/{n}/ho-so/summary/", f"/khen-thuong/ke-hoach/{p}/chi-tieu/",
        f"/khen-thuong/ho-so/{w['nominee'].pk}/", f"/khen-thuong/minh-chung/{w['evidence'].pk}/",
        f"/khen-thuong/hop-hoi-dong/{m}/", f"/khen-thuong/hop-hoi-dong/{m}/bien-ban.docx",
        f"/khen-thuong/quyet-dinh/{d}/", f"/khen-thuong/quyet-dinh/{d}/tai-ve.docx", f"/khen-thuong/quyet-dinh/{d}/tai-ve.pdf",
        f"/khen-thuong/quyet-dinh/{d}/giay-khen.pdf", f"/khen-thuong/quyet-dinh/{d}/giay-khen.zip",
    ]


@pytest.mark.django_db
def test_owner_sees_and_other_unit_gets_404(world, client_for, unit_officer, other_officer, board_officer):
    for url in _urls(world):
        assert client_for(unit_officer).get(url).status_code == 200, url
        assert client_for(board_officer).get(url).status_code == 200, url
        assert client_for(other_officer).get(url).status_code == 404, url


@pytest.mark.django_db
def test_write_pages_by_role(world, client_for, unit_officer, other_officer, submitter, viewer, council_member):
    w = world
    p, m, nominee = w["plan"].pk, w["meeting"].pk, w["nominee"].pk
    # council pages: officer and council member yes, viewer 403, other unit 404
    for url in [f"/khen-thuong/ke-hoach/{p}/hop-hoi-dong/"]:
        assert client_for(unit_officer).get(url).status_code == 200
        assert client_for(council_member).get(url).status_code == 200
        assert client_for(viewer).get(url).status_code == 403
        assert client_for(other_officer).get(url).status_code == 404
    url = f"/khen-thuong/ke-hoach/{p}/quyet-dinh/"
    assert client_for(unit_officer).get(url).status_code == 200
    assert client_for(council_member).get(url).status_code == 403
    assert client_for(other_officer).get(url).status_code == 404
    # nominee editing: the submitter of the sub-unit yes, viewer 403, other unit 404
    for url in [f"/khen-thuong/ho-so/{nominee}/sua/", f"/khen-thuong/ho-so/{nominee}/de-xuat/"]:
        assert client_for(submitter).get(url).status_code == 200, url
        assert client_for(viewer).get(url).status_code == 403, url
        assert client_for(other_officer).get(url).status_code == 404, url
    vote_url = f"/khen-thuong/hop-hoi-dong/{m}/bieu-quyet/{w['nomination'].pk}/"
    assert client_for(viewer).post(vote_url, {"present": 9, "in_favour": 1, "written_in_favour": 0}).status_code == 403
    assert client_for(other_officer).post(vote_url, {"present": 9, "in_favour": 1}).status_code == 404
    upload_url = f"/khen-thuong/de-xuat/{w['nomination'].pk}/tai-len/"
    assert client_for(viewer).post(upload_url, {}).status_code == 403
    assert client_for(other_officer).post(upload_url, {}).status_code == 404
    for url in ["/khen-thuong/ho-so/them/", "/khen-thuong/nhap-excel/"]:
        assert client_for(submitter).get(url).status_code == 200
        assert client_for(viewer).get(url).status_code == 403
    for url in ["/khen-thuong/in-phoi/", "/khen-thuong/in-phoi/trang-thu.pdf", "/khen-thuong/tieu-chi/them/"]:
        assert client_for(unit_officer).get(url).status_code == 200, url
        assert client_for(viewer).get(url).status_code == 403, url


@pytest.mark.django_db
def test_lists_show_only_own_units(world, client_for, unit_officer, other_officer, viewer):
    for url in ["/khen-thuong/", "/khen-thuong/ho-so/", "/khen-thuong/quyet-dinh/"]:
        assert "Đặng Thị Ỹ Hường" in client_for(unit_officer).get(url + ("?ke-hoach=%d" % world["plan"].pk if url == "/khen-thuong/" else "")).content.decode() or url == "/khen-thuong/quyet-dinh/"
        assert "Đặng Thị Ỹ Hường" not in client_for(other_officer).get(url).content.decode()
    assert "15/QĐ-UBND" in client_for(viewer).get("/khen-thuong/quyet-dinh/").content.decode()
    assert "15/QĐ-UBND" not in client_for(other_officer).get("/khen-thuong/quyet-dinh/").content.decode()
    for url in ["/khen-thuong/tieu-chi/", "/khen-thuong/nhap-excel/mau.xlsx", "/khen-thuong/xuat/de-xuat.xlsx",
                "/khen-thuong/xuat/khen-thuong.xlsx"]:
        assert client_for(viewer).get(url).status_code == 200, url
    import io

    from openpyxl import load_workbook

    sheet = load_workbook(io.BytesIO(client_for(other_officer).get("/khen-thuong/xuat/de-xuat.xlsx").content)).active
    assert sheet.max_row == 1  # header only: nothing of another unit


def _make(plan, subunit, submitter, count):
    for i in range(count):
        category = CategoryFactory(plan=plan, name=f"Nhóm {i}", order=i)
        nominations.nominate(NomineeFactory(unit=subunit, workplace=subunit), category, subunit, submitter)


@pytest.mark.django_db
@pytest.mark.parametrize("count", [1, 3])
@pytest.mark.parametrize("url", ["/khen-thuong/", "/khen-thuong/ho-so/", "/khen-thuong/quyet-dinh/", "/khen-thuong/tieu-chi/"])
def test_lists_have_no_n_plus_1(url, count, campaign, commune, subunit, submitter, unit_officer, client_for,
                                django_assert_max_num_queries, django_assert_num_queries):
    ensure_builtin_criteria()
    plan = PlanFactory(nominating=True, unit=commune, campaign=campaign)
    _make(plan, subunit, submitter, count)
    for i in range(count):
        meeting = council.hold_meeting(CouncilMeeting(unit=commune, plan=plan, held_on=datetime.date(2025, 8, 20 + i),
                                                      chair="A", secretary="B", member_count=5, present_count=5), unit_officer)
    client = client_for(unit_officer)
    client.get(url)
    expected = {"/khen-thuong/": 5, "/khen-thuong/ho-so/": 4, "/khen-thuong/quyet-dinh/": 6, "/khen-thuong/tieu-chi/": 4}[url]
    with django_assert_num_queries(expected):
        assert client.get(url).status_code == 200
    assert meeting


@pytest.mark.django_db
@pytest.mark.parametrize("count", [1, 3])
def test_plan_nomination_list_and_meeting_have_no_n_plus_1(count, campaign, commune, subunit, submitter, unit_officer,
                                                           client_for, django_assert_num_queries):
    ensure_builtin_criteria()
    plan = PlanFactory(nominating=True, unit=commune, campaign=campaign)
    _make(plan, subunit, submitter, count)
    meeting = council.hold_meeting(CouncilMeeting(unit=commune, plan=plan, held_on=datetime.date(2025, 8, 20),
                                                  chair="A", secretary="B", member_count=5, present_count=5), unit_officer)
    client = client_for(unit_officer)
    for url, expected in [(f"/khen-thuong/?ke-hoach={plan.pk}", 7), (f"/khen-thuong/hop-hoi-dong/{meeting.pk}/", 6)]:
        client.get(url)
        with django_assert_num_queries(expected):
            assert client.get(url).status_code == 200


@pytest.mark.django_db
def test_rules_matrix(world, unit_officer, submitter, council_member, viewer, board_officer, other_officer):
    """thidua/honors/rules.py: who may nominate, edit a record, change a dossier, vote and decide."""
    nominee, nomination, meeting, plan = world["nominee"], world["nomination"], world["meeting"], world["plan"]
    checks = [("honors.nominate_obj", nominee), ("honors.change_nominee_obj", nominee),
              ("honors.change_nomination_obj", nomination), ("honors.hold_meeting_obj", plan),
              ("honors.vote_obj", meeting), ("honors.issue_decision_obj", plan), ("honors.add_nominee", None)]
    expected = {
        # nominate, edit record, dossier, meeting, vote, decision, add records
        "unit_officer": (True, True, True, True, True, True, True),
        "submitter": (True, True, True, False, False, False, True),
        "council_member": (False, False, False, True, True, False, False),
        "viewer": (False, False, False, False, False, False, False),
        "board_officer": (True, True, True, True, True, True, True),
        "other_officer": (False, False, False, False, False, False, True),
    }
    users = {"unit_officer": unit_officer, "submitter": submitter, "council_member": council_member, "viewer": viewer,
             "board_officer": board_officer, "other_officer": other_officer}
    for name, user in users.items():
        got = tuple(user.has_perm(perm, obj) for perm, obj in checks)
        assert got == expected[name], name


@pytest.mark.django_db
def test_sibling_submitter_and_council_member_cannot_touch_the_record(world, client_for, commune, council_member):
    from tests.factories import RoleAssignmentFactory, UnitFactory, UserFactory

    sibling = UnitFactory(code="xa-ke-sat-quan-su", name="Ban CHQS xã Kẻ Sặt", kind="military", parent=commune)
    other_submitter = UserFactory(username="de-xuat-quan-su")
    RoleAssignmentFactory(user=other_submitter, unit=sibling, role="submitter")
    nominee, n = world["nominee"].pk, world["nomination"].pk
    for url in [f"/khen-thuong/ho-so/{nominee}/sua/", f"/khen-thuong/ho-so/{nominee}/de-xuat/"]:
        assert client_for(other_submitter).get(url).status_code == 404, url  # another sub-unit's record
        assert client_for(council_member).get(url).status_code == 403, url  # sees it, may not change it
    assert client_for(council_member).post(f"/khen-thuong/de-xuat/{n}/tai-len/", {}).status_code == 403
    assert "Sửa hồ sơ" not in client_for(council_member).get(f"/khen-thuong/ho-so/{nominee}/").content.decode()
    assert "Sửa hồ sơ" in client_for(world["submitter"]).get(f"/khen-thuong/ho-so/{nominee}/").content.decode()


@pytest.mark.django_db
def test_council_member_votes_and_submitter_uploads(world, client_for, council_member, submitter):
    from django.core.files.uploadedfile import SimpleUploadedFile

    from thidua.honors.models import CouncilVote, DossierDocument

    m, n = world["meeting"], world["nomination"]
    response = client_for(council_member).post(f"/khen-thuong/hop-hoi-dong/{m.pk}/bieu-quyet/{n.pk}/",
                                               {"present": 9, "in_favour": 9, "written_in_favour": 0})
    assert response.status_code == 302
    assert CouncilVote.objects.get(meeting=m, nomination=n).in_favour == 9
    assert client_for(council_member).get(f"/khen-thuong/ke-hoach/{world['plan'].pk}/quyet-dinh/").status_code == 403
    docx = SimpleUploadedFile("to-trinh.docx", _docx_bytes(),
                              content_type="application/vnd.openxmlformats-officedocument.wordprocessingml.document")
    response = client_for(submitter).post(f"/khen-thuong/de-xuat/{n.pk}/tai-len/", {"kind": "proposal", "file": docx})
    assert response.status_code == 302
    assert DossierDocument.objects.filter(nomination=n, kind="proposal").exists()


def _docx_bytes():
    import io

    from docx import Document

    out = io.BytesIO()
    doc = Document()
    doc.add_paragraph("Tờ trình đề nghị khen thưởng")
    doc.save(out)
    return out.getvalue()


@pytest.mark.django_db
def test_nominating_offers_shared_and_own_criteria_but_not_another_units(world, client_for, submitter, commune,
                                                                          other_commune, other_officer):
    from thidua.honors.models import CriteriaSet, Nomination

    conditions = [{"type": "judgement", "text": "Có thành tích"}]
    ours = CriteriaSet.objects.create(code="ke-sat-rieng", title="Tiêu chí riêng của xã", target="any",
                                      legal_text="Quy chế xã", conditions=conditions, owner=commune)
    theirs = CriteriaSet.objects.create(code="xa-khac-rieng", title="Tiêu chí riêng xã khác", target="any",
                                        legal_text="Quy chế xã khác", conditions=conditions, owner=other_commune)
    other = NomineeFactory(unit=world["nominee"].unit, workplace=world["nominee"].unit, full_name="Lò Văn Ứng")
    url = f"/khen-thuong/ho-so/{other.pk}/de-xuat/"
    page = client_for(submitter).get(url).content.decode()
    # sets are named by title and legal basis (their codes are internal)
    assert "Tiêu chí riêng của xã" in page and "Lao động tiên tiến — theo Luật Thi đua" in page
    assert "Tiêu chí riêng xã khác" not in page and "lao-dong-tien-tien-2022" not in page
    assert "Tiêu chí riêng xã khác" not in client_for(submitter).get("/khen-thuong/tieu-chi/").content.decode()
    assert "Tiêu chí riêng xã khác" in client_for(other_officer).get("/khen-thuong/tieu-chi/").content.decode()
    response = client_for(submitter).post(url, {"category": world["category"].pk, "criteria": theirs.pk,
                                                "award_form": "Giấy khen"})
    assert response.status_code == 200 and "criteria" in response.context["form"].errors
    assert not Nomination.objects.filter(nominee=other).exists()
    response = client_for(submitter).post(url, {"category": world["category"].pk, "criteria": ours.pk,
                                                "award_form": "Giấy khen"})
    assert response.status_code == 302 and Nomination.objects.get(nominee=other).criteria == ours


@pytest.mark.django_db
def test_bad_dossier_upload_shows_a_field_error_and_keeps_the_generated_file(world, client_for, submitter):
    from django.core.files.uploadedfile import SimpleUploadedFile

    from thidua.honors.models import DossierDocument

    n = world["nomination"]
    fake = SimpleUploadedFile("bao-cao.docx", b"%PDF-1.4 not a word file")
    response = client_for(submitter).post(f"/khen-thuong/de-xuat/{n.pk}/tai-len/", {"kind": "report", "file": fake})
    assert response.status_code == 200
    assert "nội dung không phải Word (.docx)" in " ".join(response.context["upload_form"].errors["file"])
    assert 'data-field="file"' in response.content.decode()
    assert not DossierDocument.objects.filter(nomination=n).exists()
