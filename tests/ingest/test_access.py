"""URL × role matrix for the ingest views, and N+1 guards on the list views."""
import pytest
from django.urls import reverse

from tests.factories import ImportBatchFactory, ReceivedDocumentFactory
from tests.ingest.corpus import path as corpus_path
from thidua.ingest.models import ImportBatch, ReceivedDocument


@pytest.fixture
def document(campaign, commune, board_officer):
    batch = ImportBatchFactory(campaign=campaign, created_by=board_officer)
    return ReceivedDocumentFactory(batch=batch, unit=commune)


@pytest.mark.django_db
def test_board_pages_are_board_only(client_for, document, board_officer, unit_officer, other_officer, viewer, submitter):
    pages = [reverse("ingest:batch_list"), reverse("ingest:batch_detail", args=[document.batch_id]),
             reverse("ingest:batch_rows", args=[document.batch_id])]
    for url in pages:
        assert client_for(board_officer).get(url).status_code == 200
        for user in (unit_officer, other_officer, viewer, submitter):
            assert client_for(user).get(url).status_code == 403
    assert client_for(board_officer).get(reverse("ingest:batch_detail", args=[99999])).status_code == 404
    assert client_for(board_officer).get(reverse("ingest:batch_rows", args=[99999])).status_code == 404


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
    reloaded = client_for(board_officer).get(url)  # a reload of the button: to the document, not an empty 405
    assert reloaded.status_code == 302 and reloaded.url == url.rsplit("/", 2)[0] + "/"


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
    # the immediate backend (tests) ran each document's task at enqueue: nothing is left waiting
    batch = ImportBatch.objects.get()
    assert sorted(batch.documents.values_list("status", flat=True)) == ["failed", "read"]
    assert 'hx-trigger="every 2s"' not in body and batch.documents.get(status="read").source.read() == text


@pytest.mark.django_db
def test_an_empty_or_too_large_file_does_not_stop_the_batch(client_for, campaign, board_officer, commune, settings):
    from django.core.files.uploadedfile import SimpleUploadedFile

    settings.THIDUA_MAX_UPLOAD_BYTES = 1024 * 1024
    text = corpus_path("001_ke_sat.txt").read_bytes()
    files = [SimpleUploadedFile("001.txt", text), SimpleUploadedFile("rong.docx", b""),
             SimpleUploadedFile("lon.pdf", b"%PDF-1.4 " + b"0" * (1100 * 1024))]
    response = client_for(board_officer).post(reverse("ingest:upload"), {"campaign": campaign.pk, "files": files})
    assert response.status_code == 302
    documents = {d.filename: d for d in ReceivedDocument.objects.all()}
    assert documents["001.txt"].status == "read" and documents["001.txt"].unit == commune
    assert (documents["rong.docx"].status, documents["rong.docx"].error) == ("failed", "Tệp rỗng (0 byte).")
    assert (documents["lon.pdf"].status, documents["lon.pdf"].error) == ("failed", "Tệp lớn hơn giới hạn 1 MB.")
    assert not documents["lon.pdf"].source and not documents["rong.docx"].source


@pytest.mark.django_db
def test_an_upload_with_only_unusable_files_is_refused_on_the_field(client_for, campaign, board_officer):
    from django.core.files.uploadedfile import SimpleUploadedFile

    response = client_for(board_officer).post(
        reverse("ingest:upload"), {"campaign": campaign.pk, "files": [SimpleUploadedFile("rong.docx", b"")]}
    )
    assert response.status_code == 400
    assert 'data-field="files"><li>Không có tệp nào đọc được — rong.docx: tệp rỗng (0 byte).' in response.content.decode()
    assert not ImportBatch.objects.exists() and not ReceivedDocument.objects.exists()


@pytest.mark.django_db
def test_a_zip_bomb_is_refused_in_the_request(client_for, campaign, board_officer):
    import io
    import zipfile

    from django.core.files.uploadedfile import SimpleUploadedFile

    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("bom.txt", b"0" * (8 * 1024 * 1024))
    upload = SimpleUploadedFile("bom.zip", buffer.getvalue())
    client_for(board_officer).post(reverse("ingest:upload"), {"campaign": campaign.pk, "files": [upload]})
    document = ReceivedDocument.objects.get()
    assert document.status == "failed" and "bom nén" in document.error and not document.source


@pytest.mark.django_db
def test_a_waiting_document_makes_the_table_poll(client_for, campaign, board_officer, commune):
    batch = ImportBatchFactory(campaign=campaign, created_by=board_officer)
    ReceivedDocumentFactory(batch=batch, unit=commune)
    waiting = ReceivedDocumentFactory(batch=batch, status="waiting", facts={}, findings=[])
    client = client_for(board_officer)
    rows_url = reverse("ingest:batch_rows", args=[batch.pk])
    for url in (reverse("ingest:batch_detail", args=[batch.pk]), rows_url):
        body = client.get(url).content.decode()
        assert f'hx-get="{rows_url}" hx-trigger="every 2s"' in body
        assert "Còn 1 văn bản đang chờ đọc" in body and 'data-testid="waiting"' in body
    filtered = client.get(reverse("ingest:batch_detail", args=[batch.pk]) + "?loc=loi").content.decode()
    assert f'hx-get="{rows_url}?loc=loi" hx-trigger="every 2s"' in filtered  # still polls, row hidden
    waiting.status = "read"
    waiting.save()
    body = client.get(rows_url).content.decode()
    assert "hx-trigger" not in body and "đang chờ đọc" not in body


@pytest.mark.django_db
def test_a_waiting_document_cannot_be_decided(client_for, campaign, board_officer, commune):
    document = ReceivedDocumentFactory(batch=ImportBatchFactory(campaign=campaign), unit=commune, status="waiting")
    response = client_for(board_officer).post(reverse("ingest:document_accept", args=[document.pk]), follow=True)
    assert "Văn bản đang chờ đọc, chưa thể xử lý" in response.content.decode()
    document.refresh_from_db()
    assert document.decision == "pending" and document.plan is None


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
    for url in (reverse("ingest:batch_detail", args=[batch.pk]), reverse("ingest:batch_rows", args=[batch.pk])):
        client.get(url)
        with django_assert_num_queries(5):
            assert client.get(url).status_code == 200
