"""Receiving a batch, linking units, accepting and returning (with history)."""
import io
import json
import zipfile
from datetime import date

import pytest
from django.core.management import call_command

from tests.factories import UnitFactory
from tests.ingest.corpus import path as corpus_path
from thidua.campaigns.domain.rules import rules_for
from thidua.common.errors import DomainError
from thidua.ingest.domain import intake
from thidua.ingest.models import ReceivedDocument
from thidua.ingest.tasks import receive
from thidua.plans.domain.compliance import check
from thidua.plans.domain.facts import facts_from_plan
from thidua.plans.models import Plan, PlanStatus


def _zip(names):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name in names:
            archive.writestr(name, corpus_path(name).read_bytes())
    return buffer.getvalue()


@pytest.fixture
def seed_units(city, commune, other_commune):
    UnitFactory(code="so-ngoai-vu", name="Sở Ngoại vụ", kind="department", parent=city)
    UnitFactory(code="so-khcn", name="Sở Khoa học và Công nghệ", kind="department", parent=city)


@pytest.mark.django_db
def test_receive_a_zip_of_the_seeds_links_units_and_finds_deviations(campaign, seed_units, board_officer):
    files = [("ke-hoach.zip", _zip(["001_ke_sat.txt", "002_ngoai_vu_ocr.txt", "003_an_hai.txt", "004_khcn.txt"])),
             ("rong.docx", b"")]
    batch = receive(files, campaign, board_officer)
    docs = {d.filename: d for d in batch.documents.select_related("unit")}
    assert len(docs) == 5
    assert docs["ke-hoach.zip › 001_ke_sat.txt"].unit.code == "xa-ke-sat"
    assert docs["ke-hoach.zip › 002_ngoai_vu_ocr.txt"].unit.code == "so-ngoai-vu"
    assert docs["ke-hoach.zip › 003_an_hai.txt"].unit.code == "phuong-an-hai"
    assert docs["ke-hoach.zip › 004_khcn.txt"].unit.code == "so-khcn"
    codes = {f["code"] for f in docs["ke-hoach.zip › 001_ke_sat.txt"].findings}
    assert "conference_after_deadline" in codes
    assert docs["rong.docx"].status == "failed" and docs["rong.docx"].error == "Tệp rỗng (0 byte)."


@pytest.mark.django_db
def test_accept_creates_the_units_imported_plan(campaign, seed_units, board_officer):
    batch = receive([("003.txt", corpus_path("003_an_hai.txt").read_bytes())], campaign, board_officer)
    document = batch.documents.get()
    intake.accept(document, board_officer)
    plan = Plan.objects.get(unit__code="phuong-an-hai")
    assert plan.origin == "import" and plan.status == PlanStatus.ACCEPTED
    assert plan.delegates_total == 150 and plan.agenda_items.count() == 9
    assert document.history.first().history_user == board_officer
    assert plan.history.first().history_user == board_officer
    with pytest.raises(DomainError):
        intake.accept(document, board_officer)


@pytest.mark.django_db
def test_return_records_the_findings_as_the_comment(campaign, seed_units, board_officer):
    batch = receive([("001.txt", corpus_path("001_ke_sat.txt").read_bytes())], campaign, board_officer)
    document = batch.documents.get()
    intake.return_to_unit(document, board_officer, "Đề nghị tổ chức trước 25/8.")
    document.refresh_from_db()
    assert document.decision == ReceivedDocument.Decision.RETURNED
    assert "28/8/2025 sau thời hạn 25/8/2025" in document.comment and "Ý kiến thêm: Đề nghị" in document.comment
    plan = document.plan
    assert plan.status == PlanStatus.RETURNED and plan.origin == "import"
    assert "28/8/2025 sau thời hạn 25/8/2025" in plan.board_comment
    assert plan.events.filter(action="returned", actor=board_officer).exists()
    assert document.history.first().history_user == board_officer


@pytest.mark.django_db
def test_unmatched_unit_must_be_linked_before_deciding(campaign, board_officer, city):
    text = corpus_path("010_vinh_am_full_day.txt").read_bytes()  # xã Vĩnh Am is not in this database
    batch = receive([("010.txt", text)], campaign, board_officer)
    document = batch.documents.get()
    assert document.unit is None
    with pytest.raises(DomainError):
        intake.accept(document, board_officer)
    unit = UnitFactory(code="xa-vinh-am", name="Vĩnh Am", kind="xa", parent=city, merged_in_2025=True)
    intake.link_unit(document, unit, board_officer)
    document.refresh_from_db()
    assert document.unit == unit and {f["code"] for f in document.findings} == {"session_too_long"}


@pytest.mark.django_db
def test_check_plan_command_prints_json(campaign, seed_units, capsys):
    call_command("check_plan", str(corpus_path("002_ngoai_vu_ocr.txt")), str(corpus_path("003_an_hai.txt")), "--format", "json")
    out = json.loads(capsys.readouterr().out)
    first = out[0]
    assert first["extracted"]["number"] == "61/KH-NV" and first["extracted"]["issued"] == "2025-08-12"
    assert first["extracted"]["start_time"] == "14:30" and first["extracted"]["unit"] == "Sở Ngoại vụ"
    assert {f["code"] for f in first["findings"]} == {"name_nonstandard", "agenda_item_missing:exchange", "delegates_count_missing"}
    assert out[1]["extracted"]["exemplar_share"] == 0.7 and out[1]["extracted"]["conference_date"] is None


@pytest.mark.django_db
def test_deciding_carries_the_tasks_into_the_plan(campaign, seed_units, board_officer, commune):
    office = UnitFactory(code="xa-ke-sat-phong-vhxh", name="Phòng Văn hóa - Xã hội xã Kẻ Sặt", kind="office", parent=commune)
    batch = receive([("001.txt", corpus_path("001_ke_sat.txt").read_bytes())], campaign, board_officer)
    document = batch.documents.get()
    intake.return_to_unit(document, board_officer)
    tasks = list(document.plan.tasks.order_by("order"))
    assert len(tasks) == 7
    assert [(t.assignee_text, t.assignee_unit, t.due_date) for t in tasks[:2]] == [
        ("Phòng Văn hóa - Xã hội", office, None), ("Phòng Văn hóa - Xã hội", office, date(2025, 8, 30))]
    assert tasks[2].assignee_unit is None  # "Văn phòng Hội đồng nhân dân …" names no stored sub-unit
    assert tasks[0].history.first().history_user == board_officer


@pytest.mark.django_db
def test_accepted_plan_keeps_the_late_task_finding(campaign, city, board_officer):
    UnitFactory(code="xa-an-lao", name="An Lão", kind="xa", parent=city, merged_in_2025=True)
    name = "015_an_lao_tasks.docx"
    batch = receive([(name, corpus_path(name).read_bytes())], campaign, board_officer)
    document = batch.documents.get()
    assert {f["code"] for f in document.findings} == {"task_due_after_conference"}
    intake.accept(document, board_officer)
    plan = Plan.objects.get(unit__code="xa-an-lao")
    assert plan.tasks.count() == 7 and plan.tasks.filter(due_date=date(2025, 8, 22)).exists()
    codes = {f.code for f in check(facts_from_plan(plan), rules_for(campaign))}
    assert "task_due_after_conference" in codes  # the stored plan is checked the same way as built ones


@pytest.mark.django_db
def test_reading_a_waiting_document_whose_file_is_gone(campaign, board_officer):
    from tests.factories import ImportBatchFactory, ReceivedDocumentFactory

    document = ReceivedDocumentFactory(batch=ImportBatchFactory(campaign=campaign), status="waiting", facts={}, findings=[])
    assert intake.read_document(document.pk) == "failed"
    document.refresh_from_db()
    assert document.error == intake.MISSING_FILE
    assert intake.read_document(document.pk) is None  # only a waiting document is read


@pytest.mark.django_db(transaction=True)
def test_the_database_backend_leaves_documents_waiting_for_the_worker(settings, campaign, seed_units, board_officer):
    from django_tasks_db.models import DBTaskResult

    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
    batch = receive([("003.txt", corpus_path("003_an_hai.txt").read_bytes()), ("rong.txt", b"")],
                           campaign, board_officer)
    statuses = dict(batch.documents.values_list("filename", "status"))
    assert statuses == {"003.txt": "waiting", "rong.txt": "failed"}  # the empty file never reaches the worker
    assert DBTaskResult.objects.count() == 1
    call_command("db_worker", "--batch", "--no-startup-delay")
    document = batch.documents.get(filename="003.txt")
    assert document.status == "read" and document.unit.code == "phuong-an-hai"
    assert {f["code"] for f in document.findings} == {"conference_date_missing"}


@pytest.mark.django_db
def test_a_decided_document_is_not_linked_to_another_unit(campaign, seed_units, board_officer, other_commune):
    batch = receive([("003.txt", corpus_path("003_an_hai.txt").read_bytes())], campaign, board_officer)
    document = batch.documents.get()
    stale = ReceivedDocument.objects.get(pk=document.pk)  # the page the Board opened before deciding
    intake.accept(document, board_officer)
    with pytest.raises(DomainError, match="đã được xử lý"):
        intake.link_unit(stale, other_commune, board_officer)
    document.refresh_from_db()
    assert document.unit.code == "phuong-an-hai" and document.plan.unit.code == "phuong-an-hai"


@pytest.mark.django_db
@pytest.mark.parametrize("first, second", [("accept", "accept"), ("accept", "return_to_unit"),
                                           ("return_to_unit", "accept"), ("return_to_unit", "return_to_unit")])
def test_a_double_submit_decides_once(campaign, seed_units, board_officer, first, second):
    batch = receive([("003.txt", corpus_path("003_an_hai.txt").read_bytes())], campaign, board_officer)
    document = batch.documents.get()
    copies = [ReceivedDocument.objects.get(pk=document.pk) for _ in range(2)]  # two requests, one click each
    getattr(intake, first)(copies[0], board_officer)
    with pytest.raises(DomainError, match="đã được xử lý"):
        getattr(intake, second)(copies[1], board_officer)
    document.refresh_from_db()
    expected = ReceivedDocument.Decision.ACCEPTED if first == "accept" else ReceivedDocument.Decision.RETURNED
    assert document.decision == expected
    assert Plan.objects.filter(unit__code="phuong-an-hai").count() == 1
    assert document.plan.events.count() == 1
