"""Background work of the ingest app (django-tasks): reading a received document can take
seconds (OCR of a scan), so the upload only stores the files and each is read here.

This module is the only one that knows both the domain (``intake``) and the task queue:
the domain stores and reads documents, and never imports this module."""
from django.db import transaction
from django_tasks import task

from thidua.ingest.domain import intake


@task()
def read_received_document(document_pk):
    """Read one "waiting" ReceivedDocument (thidua.ingest.domain.intake.read_document)."""
    return intake.read_document(document_pk)


def receive(files, campaign, user, note=""):
    """Store uploaded ``files`` [(name, bytes)] as an ImportBatch (``intake.store_received``)
    and enqueue one background task per document left waiting; returns the batch."""
    with transaction.atomic():
        batch, waiting = intake.store_received(files, campaign, user, note)
        # enqueued in the same transaction: the database backend's task rows commit with the
        # documents (a worker never sees a task without its row); the immediate backend (tests)
        # reads each document right here
        for pk in waiting:
            read_received_document.enqueue(pk)
    return batch
