"""HTTP responses for generated files, with Vietnamese file names that survive every browser."""
from django.http import HttpResponse

MIME = {
    "pdf": "application/pdf",
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "zip": "application/zip",
}


def file_response(data, filename, inline=False):
    from urllib.parse import quote

    from thidua.common.text import slugify_vi

    ext = filename.rsplit(".", 1)[-1].lower()
    response = HttpResponse(data, content_type=MIME.get(ext, "application/octet-stream"))
    ascii_name = f"{slugify_vi(filename.rsplit('.', 1)[0]) or 'tai-lieu'}.{ext}"
    disposition = "inline" if inline else "attachment"
    response["Content-Disposition"] = f"{disposition}; filename=\"{ascii_name}\"; filename*=UTF-8''{quote(filename)}"
    return response
