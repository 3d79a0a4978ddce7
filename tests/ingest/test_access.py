"""URL × role matrix for the ingest views, and N+1 guards on the list views."""
import pytest
from django.urls import reverse

from tests.ingest.corpus import path as corpus_path
from tests.ingest.factories import ImportBatchFactory, ReceivedDocumentFactory

COVERED_URL_NAMES = [
    "ingest:batch_list", "ingest:upload", "ingest:batch_detail", "ingest:document_detail",
    "ingest:document_accept", "ingest:document_return", "ingest:document_link_unit",
]


@pytest.fixture
def document(campaign, commune, board_officer):
    batch = ImportBatchFactory(campaign=campaign, created_by=board_officer)
    return ReceivedDocumentFactory(batch=batch, unit=commune)


@pytest.mark.django_db
def test_board_pages_are_board_only(client_for, document, board_officer, unit_officer, other_officer, viewer, submitter):
    pages = [reverse("ingest:batch_list"), reverse("ingest:batch_detail", args=[document.batch_id])]
    for url in pages:
        assert client_for(board_officer).get(url).status_code == 200
        for user in (unit_officer, other_officer, viewer, submitter):
            assert client_for(user).get(url).status_code == 403
    assert client_for(board_officer).get(reverse("ingest:batch_detail", args=[99999])).status_code == 404


@pytest.mark.django_db
def test_document_detail_is_scoped_to_the_sending_unit(client_for, document, board_officer, unit_officer, viewer,
                                                       other_officer, submitter):
    url = reverse("ingest:document_detail", args=[document.pk])
    assert client_for(board_officer).get(url).status_code == 200
    assert client_for(unit_officer).get(url).status_code == 200  # the unit sees what the Board received from it
    assert client_for(viewer).get(url).status_code == 200
    assert client_for(other_officer).get(url).status_code == 404
    assert client_for(submitter).get(url).status_code == 404  # a sub-unit does not see its parent's plan


@pytest.mark.django_db
def test_unlinked_document_is_hidden_from_units(client_for, campaign, board_officer, unit_officer):
    doc = ReceivedDocumentFactory(batch=ImportBatchFactory(campaign=campaign), unit=None)
    url = reverse("ingest:document_detail", args=[doc.pk])
    assert client_for(unit_officer).get(url).status_code == 404
    assert client_for(board_officer).get(url).status_code == 200


@pytest.mark.django_db
@pytest.mark.parametrize("name", ["ingest:document_accept", "ingest:document_return", "ingest:document_link_unit"])
def test_decisions_only_by_the_board(client_for, document, name, unit_officer, other_officer, board_officer, commune):
    url = reverse(name, args=[document.pk])
    assert client_for(unit_officer).post(url, {"unit": commune.pk}).status_code == 403
    assert client_for(other_officer).post(url, {"unit": commune.pk}).status_code == 403
    document.refresh_from_db()
    assert document.decision == "pending"
    response = client_for(board_officer).post(url, {"unit": commune.pk})
    assert response.status_code == 302
    assert client_for(board_officer).get(url).status_code == 405


@pytest.mark.django_db
def test_board_accepts_from_the_table(client_for, document, board_officer):
    response = client_for(board_officer).post(reverse("ingest:document_accept", args=[document.pk]), {"next": "batch"})
    assert response.status_code == 302 and response.url == reverse("ingest:batch_detail", args=[document.batch_id])
    document.refresh_from_db()
    assert document.decision == "accepted" and document.plan.origin == "import"


@pytest.mark.django_db
def test_upload_is_board_only_and_validates(client_for, campaign, board_officer, unit_officer):
    url = reverse("ingest:upload")
    assert client_for(unit_officer).post(url, {}).status_code == 403
    response = client_for(board_officer).post(url, {"campaign": campaign.pk})
    assert response.status_code == 400
    assert "Hãy chọn ít nhất một tệp." in response.content.decode()


@pytest.mark.django_db
def test_upload_reads_the_files_and_shows_the_table(client_for, campaign, board_officer, commune):
    from django.core.files.uploadedfile import SimpleUploadedFile

    text = corpus_path("001_ke_sat.txt").read_bytes()
    files = [SimpleUploadedFile("001.txt", text), SimpleUploadedFile("rong.docx", b"x" * 0 + b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 64)]
    client = client_for(board_officer)
    response = client.post(reverse("ingest:upload"), {"campaign": campaign.pk, "files": files}, follow=True)
    body = response.content.decode()
    assert response.status_code == 200
    assert "Xã Kẻ Sặt" in body and "28/8/2025 sau thời hạn 25/8/2025" in body
    assert "đặt mật khẩu" in body


@pytest.mark.django_db
@pytest.mark.parametrize("count", [1, 3])
def test_batch_list_has_no_n_plus_1(client_for, campaign, board_officer, count, django_assert_num_queries):
    for _ in range(count):
        batch = ImportBatchFactory(campaign=campaign, created_by=board_officer)
        ReceivedDocumentFactory(batch=batch)
    client = client_for(board_officer)
    client.get(reverse("ingest:batch_list"))
    with django_assert_num_queries(7):
        assert client.get(reverse("ingest:batch_list")).status_code == 200


@pytest.mark.django_db
@pytest.mark.parametrize("count", [1, 3])
def test_batch_table_has_no_n_plus_1(client_for, campaign, board_officer, commune, count, django_assert_num_queries):
    batch = ImportBatchFactory(campaign=campaign, created_by=board_officer)
    for _ in range(count):
        ReceivedDocumentFactory(batch=batch, unit=commune)
    client = client_for(board_officer)
    url = reverse("ingest:batch_detail", args=[batch.pk])
    client.get(url)
    with django_assert_num_queries(5):
        assert client.get(url).status_code == 200
