"""The files of a nomination's dossier: an uploaded part replacing a generated one, and the
nominee's evidence (tài liệu minh chứng)."""
from django.db import transaction

from thidua.common import history
from thidua.common.errors import DomainError
from thidua.honors.models import DossierDocument, EvidenceFile, Nomination, Nominee

# The named action of replacing each part of the dossier.
REPLACE_ACTIONS = {
    DossierDocument.Kind.PROPOSAL: "Thay tờ trình",
    DossierDocument.Kind.MINUTES: "Thay biên bản họp Hội đồng",
    DossierDocument.Kind.REPORT: "Thay báo cáo thành tích",
    DossierDocument.Kind.SUMMARY: "Thay tóm tắt thành tích",
}


@transaction.atomic
def replace_document(nomination, kind, upload, actor):
    """Replace the generated ``kind`` part of ``nomination``'s dossier by ``upload`` (already
    checked by type and size); a second upload of the same part replaces the first."""
    if kind not in REPLACE_ACTIONS:
        raise DomainError("Không có loại hồ sơ này.", field="kind")
    nomination = Nomination.objects.select_for_update().get(pk=nomination.pk)
    doc = (DossierDocument.objects.filter(nomination=nomination, kind=kind).first()
           or DossierDocument(nomination=nomination, kind=kind))
    doc.file, doc.file_name = upload, upload.name[:200]
    return history.save(doc, actor, REPLACE_ACTIONS[kind])


@transaction.atomic
def add_evidence(nominee, upload, description, actor):
    """Attach ``upload`` (already checked by type and size) to ``nominee``'s record."""
    Nominee.objects.select_for_update().filter(pk=nominee.pk).first()
    description = (description or "").strip() or upload.name[:300]
    if len(description) > 300:
        raise DomainError("Mô tả tài liệu không quá 300 ký tự.", field="description")
    return history.create(EvidenceFile, actor, "Thêm tài liệu minh chứng", nominee=nominee, file=upload,
                          description=description, content_type=getattr(upload, "content_type", "") or "")
