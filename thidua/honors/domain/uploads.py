"""Uploaded files: size limit and type by content, not by extension."""
from django.conf import settings
from django.core.exceptions import ValidationError

SIGNATURES = {
    "pdf": (b"%PDF-",),
    "zip": (b"PK\x03\x04",),  # docx, xlsx
    "png": (b"\x89PNG\r\n\x1a\n",),
    "jpg": (b"\xff\xd8\xff",),
}
EXTENSIONS = {"pdf": "pdf", "docx": "zip", "xlsx": "zip", "png": "png", "jpg": "jpg", "jpeg": "jpg"}
LABELS = {"pdf": "PDF", "docx": "Word (.docx)", "xlsx": "Excel (.xlsx)", "png": "ảnh PNG", "jpg": "ảnh JPEG", "jpeg": "ảnh JPEG"}


def sniff(head):
    for kind, magics in SIGNATURES.items():
        if any(head.startswith(m) for m in magics):
            return kind
    return None


def check_upload(upload, allowed=("pdf", "docx", "png", "jpg", "jpeg")):
    """Raise ``ValidationError`` (Vietnamese) unless ``upload`` is small enough and its
    content matches its extension; return the extension."""
    limit = settings.THIDUA_MAX_UPLOAD_BYTES
    if upload.size > limit:
        raise ValidationError(
            f"Tệp «{upload.name}» nặng {upload.size / 1048576:.1f} MB, vượt giới hạn {limit / 1048576:.0f} MB."
        )
    ext = upload.name.rsplit(".", 1)[-1].lower() if "." in upload.name else ""
    if ext not in allowed:
        names = ", ".join(sorted({LABELS[a] for a in allowed}))
        raise ValidationError(f"Tệp «{upload.name}» không thuộc loại được nhận ({names}).")
    upload.seek(0)
    head = upload.read(16)
    upload.seek(0)
    actual = sniff(head)
    if actual != EXTENSIONS[ext]:
        raise ValidationError(
            f"Tệp «{upload.name}» có đuôi .{ext} nhưng nội dung không phải {LABELS[ext]}; hãy kiểm tra lại tệp."
        )
    if ext in ("docx", "xlsx"):
        import zipfile

        try:
            with zipfile.ZipFile(upload) as archive:
                names = set(archive.namelist())
        except zipfile.BadZipFile:
            raise ValidationError(f"Tệp «{upload.name}» bị hỏng, không mở được.") from None
        finally:
            upload.seek(0)
        marker = "word/document.xml" if ext == "docx" else "xl/workbook.xml"
        if marker not in names:
            raise ValidationError(f"Tệp «{upload.name}» có đuôi .{ext} nhưng nội dung không phải {LABELS[ext]}.")
    return ext
