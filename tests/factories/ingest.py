"""Import batches and received documents."""
import factory

from thidua.ingest.models import ImportBatch, ReceivedDocument


class ImportBatchFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = ImportBatch

    note = "Đợt thử"


class ReceivedDocumentFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = ReceivedDocument

    batch = factory.SubFactory(ImportBatchFactory)
    filename = factory.Sequence(lambda n: f"ke-hoach-{n}.docx")
    kind = "docx"
    status = "read"
    facts = factory.LazyFunction(lambda: {"unit_name": "xã Kẻ Sặt", "conference_name": "Hội nghị tuyên dương điển hình tiên tiến xã Kẻ Sặt Lần thứ I (2025 - 2030)", "conference_date": "2025-08-28", "agenda": []})
    findings = factory.LazyFunction(lambda: [{"code": "conference_after_deadline", "severity": "error", "field": "conference_date", "message": "Ngày tổ chức 28/8/2025 sau thời hạn 25/8/2025."}])
