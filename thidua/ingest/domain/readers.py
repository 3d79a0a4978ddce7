"""Turn received files into text: .docx (body, tables, headers), .pdf with text, scanned
.pdf/.png/.jpg (Tesseract, Vietnamese data), .txt, and .zip archives of them.

The type is decided by the content, never the extension. Every way a file can be bad has
its own Vietnamese message (``ReadError``); one bad file never stops the others.
"""
import io
import os
import shutil
import subprocess
import tempfile
import zipfile
from dataclasses import dataclass
from pathlib import Path

from django.conf import settings

MAX_PDF_PAGES = 60  # a unit's plan is a few pages; a 200-page PDF is not one
MAX_OCR_PAGES = 15
MAX_ZIP_FILES = 300
MAX_ZIP_TOTAL = 200 * 1024 * 1024  # uncompressed bytes in one .zip
MAX_ZIP_RATIO = 200  # uncompressed / compressed, per entry
MAX_IMAGE_PIXELS = 60_000_000
OCR_TIMEOUT = 60
MIN_TEXT_PER_PAGE = 80  # fewer characters than this on a PDF page: it is a scan


class ReadError(Exception):
    """A file that cannot be read; ``str(exc)`` is the Vietnamese message for the Board."""


@dataclass
class ReadResult:
    text: str
    kind: str  # docx / pdf / scan / text
    pages: int | None = None


def sniff(data):
    """What the bytes are: docx, zip, pdf, png, jpeg, tiff, ole, text or unknown."""
    if data.startswith(b"PK\x03\x04") or data.startswith(b"PK\x05\x06"):
        try:
            with zipfile.ZipFile(io.BytesIO(data)) as archive:
                names = set(archive.namelist())
        except zipfile.BadZipFile:
            return "corrupt_zip"
        if "word/document.xml" in names:
            return "docx"
        if "[Content_Types].xml" in names:
            return "office_other"
        return "zip"
    if data.startswith(b"%PDF"):
        return "pdf"
    if data.startswith(b"\x89PNG\r\n\x1a\n"):
        return "png"
    if data.startswith(b"\xff\xd8\xff"):
        return "jpeg"
    if data[:4] in (b"II*\x00", b"MM\x00*"):
        return "tiff"
    if data.startswith(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"):
        return "ole"
    if _decode_text(data) is not None:
        return "text"
    return "unknown"


def _decode_text(data):
    for bom, encoding in ((b"\xef\xbb\xbf", "utf-8-sig"), (b"\xff\xfe", "utf-16"), (b"\xfe\xff", "utf-16")):
        if data.startswith(bom):
            try:
                return data.decode(encoding)
            except UnicodeDecodeError:
                return None
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        return None
    sample = text[:4000]
    if not sample:
        return None
    control = sum(1 for c in sample if ord(c) < 32 and c not in "\n\r\t\x0c")
    return text if control < 0.01 * len(sample) else None


# ------------------------------------------------------------------ zip archives

def check_zip(archive, label):
    """Refuse zip bombs before anything is decompressed."""
    infos = [i for i in archive.infolist() if not i.is_dir()]
    if len(infos) > MAX_ZIP_FILES:
        raise ReadError(f"Tệp nén {label} chứa {len(infos)} tệp, vượt giới hạn {MAX_ZIP_FILES} tệp một lần tải lên.")
    total = sum(i.file_size for i in infos)
    if total > MAX_ZIP_TOTAL:
        raise ReadError(
            f"Tệp nén {label} khi giải nén lên tới {total // (1024 * 1024)} MB, vượt giới hạn "
            f"{MAX_ZIP_TOTAL // (1024 * 1024)} MB (nghi là “bom nén”); không giải nén."
        )
    for info in infos:
        if info.compress_size and info.file_size / info.compress_size > MAX_ZIP_RATIO and info.file_size > 1024 * 1024:
            raise ReadError(f"Tệp nén {label} có tỷ lệ nén bất thường (nghi là “bom nén”); không giải nén.")
    return infos


def expand(name, data):
    """Yield (name, bytes or ReadError) for an upload: a .zip gives its members; a file
    already refused (``ReadError``) passes through."""
    if isinstance(data, ReadError) or sniff(data) != "zip":
        yield name, data
        return
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        infos = check_zip(archive, name)
    except ReadError as exc:
        yield name, exc
        return
    except (zipfile.BadZipFile, OSError):
        yield name, ReadError(f"Tệp nén {name} bị hỏng, không giải nén được.")
        return
    limit = settings.THIDUA_MAX_UPLOAD_BYTES
    for info in infos:
        member = info.filename
        base = member.rsplit("/", 1)[-1]
        if member.startswith("__MACOSX/") or base.startswith(".") or not base:
            continue
        label = f"{name} › {member}"
        if info.flag_bits & 0x1:
            yield label, ReadError("Tệp trong tệp nén được đặt mật khẩu, không giải nén được.")
            continue
        if info.file_size > limit:
            yield label, ReadError(f"Tệp lớn hơn giới hạn {limit // (1024 * 1024)} MB.")
            continue
        try:
            content = archive.read(info)
        except (zipfile.BadZipFile, OSError, RuntimeError, NotImplementedError):
            yield label, ReadError("Tệp trong tệp nén bị hỏng, không giải nén được.")
            continue
        if sniff(content) == "zip":
            yield label, ReadError("Tệp nén nằm trong tệp nén: hãy tải lên trực tiếp từng tệp.")
            continue
        yield label, content


# ------------------------------------------------------------------ .docx

def _cell_text(cell):
    return " ".join(p.text.strip() for p in cell.paragraphs if p.text.strip())


def _table_lines(table):
    lines = []
    for row in table.rows:
        cells = []
        for cell in row.cells:
            text = _cell_text(cell)
            for inner in cell.tables:
                text += " " + " ".join(_table_lines(inner))
            if text and (not cells or cells[-1] != text):
                cells.append(text)
        if cells:
            lines.append(" | ".join(cells) if len(cells) > 1 else cells[0])
    return lines


def _block_lines(container):
    """Paragraphs and tables of a body or header, in document order."""
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    lines = []
    if hasattr(container, "_body"):  # the Document: its body holds the blocks
        element, container = container.element.body, container._body
    else:
        element = container._element
    for child in element.iterchildren():
        tag = child.tag.rsplit("}", 1)[-1]
        if tag == "p":
            lines.append(Paragraph(child, container).text)
        elif tag == "tbl":
            table = Table(child, container)
            rows = _table_lines(table)
            # layout tables (Nghị định 30 header issuer | motto, recipients | signature): each column as lines
            if len(table.columns) == 2 and (len(table.rows) == 1 or any("CỘNG HÒA" in r.upper() for r in rows)):
                for row in table.rows:
                    for cell in row.cells:
                        lines.extend(p.text for p in cell.paragraphs)
            else:
                lines.extend(rows)
    return lines


def read_docx(data, label):
    from docx import Document
    from docx.opc.exceptions import PackageNotFoundError

    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            check_zip(archive, label)
        document = Document(io.BytesIO(data))
        lines = []
        seen = set()
        for section in document.sections:
            for part in (section.header, section.first_page_header):
                try:
                    header_lines = _block_lines(part)
                except (AttributeError, ValueError):
                    continue
                key = "\n".join(header_lines)
                if key.strip() and key not in seen:
                    seen.add(key)
                    lines.extend(header_lines)
        lines.extend(_block_lines(document))
    except ReadError:
        raise
    except (zipfile.BadZipFile, PackageNotFoundError, KeyError, ValueError, AttributeError, TypeError) as exc:
        raise ReadError("Tệp Word (.docx) bị hỏng hoặc không đúng định dạng, không đọc được.") from exc
    except Exception as exc:  # lxml's XMLSyntaxError and friends: a broken file, never a crash
        raise ReadError("Tệp Word (.docx) bị hỏng hoặc không đúng định dạng, không đọc được.") from exc
    return ReadResult("\n".join(lines), "docx")


# ------------------------------------------------------------------ OCR

def _tesseract(image_path):
    if not shutil.which("tesseract"):
        raise ReadError("Máy chủ chưa cài Tesseract OCR nên không đọc được bản quét.")
    try:
        result = subprocess.run(
            ["tesseract", str(image_path), "stdout", "-l", "vie", "--psm", "4"],
            capture_output=True, timeout=OCR_TIMEOUT, check=False,
            # one thread: OpenMP's spinning threads make Tesseract 5× slower on a busy server
            env={**os.environ, "OMP_THREAD_LIMIT": "1"},
        )
    except subprocess.TimeoutExpired as exc:
        raise ReadError("Đọc bản quét quá lâu (quá thời gian cho phép), hãy gửi bản rõ hơn.") from exc
    if result.returncode != 0:
        raise ReadError("Không đọc được ảnh quét (ảnh hỏng hoặc định dạng không hỗ trợ).")
    return result.stdout.decode("utf-8", "replace")


def read_image(data, label):
    from PIL import Image, UnidentifiedImageError

    try:
        with Image.open(io.BytesIO(data)) as image:
            width, height = image.size
            if width * height > MAX_IMAGE_PIXELS:
                raise ReadError(f"Ảnh quá lớn ({width}×{height} điểm ảnh), hãy quét ở độ phân giải 200–300 dpi.")
            image.load()
            frame = image.convert("L")
            with tempfile.TemporaryDirectory(prefix="thidua-ocr-") as tmp:
                path = Path(tmp) / "page.png"
                frame.save(path)
                text = _tesseract(path)
    except ReadError:
        raise
    except Image.DecompressionBombError as exc:  # Pillow refuses to open it at all
        raise ReadError("Ảnh quá lớn (quá nhiều điểm ảnh), hãy quét ở độ phân giải 200–300 dpi.") from exc
    except (UnidentifiedImageError, OSError, ValueError) as exc:
        raise ReadError("Ảnh bị hỏng hoặc không phải định dạng ảnh hỗ trợ (PNG, JPEG, TIFF).") from exc
    if len("".join(text.split())) < 30:
        raise ReadError("Ảnh không có chữ đọc được (ảnh trắng, quá mờ hoặc không phải văn bản).")
    return ReadResult(text, "scan", 1)


def _ocr_pdf(data, pages):
    if not shutil.which("pdftoppm"):
        raise ReadError("Máy chủ chưa cài poppler (pdftoppm) nên không đọc được PDF bản quét.")
    count = min(pages, MAX_OCR_PAGES)
    texts = []
    with tempfile.TemporaryDirectory(prefix="thidua-ocr-") as tmp:
        source = Path(tmp) / "in.pdf"
        source.write_bytes(data)
        try:
            subprocess.run(
                ["pdftoppm", "-r", "200", "-gray", "-png", "-f", "1", "-l", str(count), str(source), str(Path(tmp) / "p")],
                capture_output=True, timeout=OCR_TIMEOUT * 2, check=True,
            )
        except (subprocess.TimeoutExpired, subprocess.CalledProcessError) as exc:
            raise ReadError("Không chuyển được PDF bản quét thành ảnh để đọc.") from exc
        for image in sorted(Path(tmp).glob("p*.png")):
            texts.append(_tesseract(image))
    return "\n".join(texts)


# ------------------------------------------------------------------ .pdf

def read_pdf(data, label):
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted:
            try:
                if not reader.decrypt(""):
                    raise ReadError("Tệp PDF được đặt mật khẩu, không mở được; hãy gửi bản không đặt mật khẩu.")
            except NotImplementedError as exc:
                raise ReadError("Tệp PDF được mã hóa, không mở được; hãy gửi bản không đặt mật khẩu.") from exc
        pages = len(reader.pages)
        if pages == 0:
            raise ReadError("Tệp PDF không có trang nào.")
        if pages > MAX_PDF_PAGES:
            raise ReadError(
                f"Tệp PDF có {pages} trang, vượt giới hạn {MAX_PDF_PAGES} trang của một kế hoạch; "
                "hãy tách riêng bản kế hoạch để gửi."
            )
        text = "\n".join(page.extract_text() or "" for page in reader.pages)
    except ReadError:
        raise
    except (PdfReadError, ValueError, KeyError, TypeError, AttributeError, OSError) as exc:
        raise ReadError("Tệp PDF bị hỏng, không đọc được.") from exc
    except Exception as exc:  # pypdf raises assorted errors on broken files
        raise ReadError("Tệp PDF bị hỏng, không đọc được.") from exc
    if len("".join(text.split())) >= MIN_TEXT_PER_PAGE * pages * 0.5:
        return ReadResult(text, "pdf", pages)
    text = _ocr_pdf(data, pages)
    if len("".join(text.split())) < 30:
        raise ReadError("PDF là bản quét nhưng không có chữ đọc được (trang trắng hoặc quá mờ).")
    return ReadResult(text, "scan", pages)


# ------------------------------------------------------------------ entry point

def precheck(data):
    """The checks that cost nothing (empty, too large): run in the request, before storing."""
    if not data:
        raise ReadError("Tệp rỗng (0 byte).")
    limit = settings.THIDUA_MAX_UPLOAD_BYTES
    if len(data) > limit:
        raise ReadError(f"Tệp lớn hơn giới hạn {limit // (1024 * 1024)} MB.")


def read(name, data):
    """The text of one received file, or ``ReadError`` with the Vietnamese reason."""
    precheck(data)
    kind = sniff(data)
    if kind == "docx":
        return read_docx(data, name)
    if kind == "pdf":
        return read_pdf(data, name)
    if kind in ("png", "jpeg", "tiff"):
        return read_image(data, name)
    if kind == "text":
        text = _decode_text(data)
        if not text.strip():
            raise ReadError("Tệp văn bản không có nội dung.")
        return ReadResult(text, "text")
    if kind == "ole":
        raise ReadError(
            "Tệp Word được đặt mật khẩu hoặc là định dạng .doc cũ: không đọc được. "
            "Hãy gửi bản .docx không đặt mật khẩu hoặc bản PDF."
        )
    if kind in ("corrupt_zip",):
        raise ReadError("Tệp bị hỏng (tệp nén/Word không giải nén được), không đọc được.")
    if kind == "office_other":
        raise ReadError("Tệp Office không phải văn bản Word (.docx); hãy gửi kế hoạch dạng .docx hoặc PDF.")
    if kind == "zip":
        raise ReadError("Tệp nén nằm trong tệp nén: hãy tải lên trực tiếp từng tệp.")
    raise ReadError("Không nhận dạng được loại tệp; chỉ nhận .docx, .pdf, ảnh quét (.png, .jpg) và .txt.")
