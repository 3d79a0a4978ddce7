"""Background work of the ingest app (django-tasks): reading a received document can take
seconds (OCR of a scan), so the upload only stores the files and each is read here."""
from django_tasks import task


@task()
def read_received_document(document_pk):
    """Read one "waiting" ReceivedDocument (thidua.ingest.domain.intake.read_document)."""
    from thidua.ingest.domain.intake import read_document

    return read_document(document_pk)
