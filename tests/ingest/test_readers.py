"""Bad input: each gets its own Vietnamese message; nothing crashes."""
import io
import zipfile

import pytest
from PIL import Image

from tests.ingest.corpus import path as corpus_path
from thidua.documents.interfaces.pdf import compile_typst
from thidua.ingest.domain import readers
from thidua.ingest.domain.campaign_file import rules_from_file
from thidua.ingest.domain.intake import NOT_A_PLAN, read_one
from thidua.ingest.domain.readers import ReadError, expand, read, sniff


def _zip(members, compression=zipfile.ZIP_DEFLATED):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression) as archive:
        for name, data in members:
            archive.writestr(name, data)
    return buffer.getvalue()


def _message(data, name="tep"):
    with pytest.raises(ReadError) as exc:
        read(name, data)
    return str(exc.value)


def test_empty_file():
    assert _message(b"") == "Tệp rỗng (0 byte)."


def test_corrupt_docx():
    data = corpus_path("005_tan_minh_header_table.docx").read_bytes()
    broken = _zip([("word/document.xml", b"<w:document><not-closed"), ("[Content_Types].xml", b"<Types/>")])
    assert sniff(data) == "docx" and sniff(broken) == "docx"
    assert "Tệp Word (.docx) bị hỏng" in _message(broken)
    assert "bị hỏng" in _message(data[: len(data) // 2])  # truncated download


def test_password_protected_docx_is_an_ole_container():
    # Word saves an encrypted .docx as an OLE compound file
    data = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 1000
    assert "đặt mật khẩu" in _message(data, "ke-hoach.docx")


def test_zip_bomb_is_refused_before_decompressing():
    bomb = _zip([(f"f{i}.txt", b"\0" * (60 * 1024 * 1024)) for i in range(4)])
    assert len(bomb) < 2 * 1024 * 1024
    [(name, result)] = list(expand("ho-so.zip", bomb))
    assert isinstance(result, ReadError) and "bom nén" in str(result)


def test_zip_with_too_many_files(monkeypatch):
    monkeypatch.setattr(readers, "MAX_ZIP_FILES", 3)
    [(name, result)] = list(expand("nhieu.zip", _zip([(f"{i}.txt", b"x") for i in range(5)])))
    assert "vượt giới hạn 3 tệp" in str(result)


def test_pdf_with_200_pages():
    pdf = compile_typst("#set page(paper: \"a6\")\n" + "\n#pagebreak()\n".join(f"Trang {i}" for i in range(200)))
    message = _message(pdf, "200-trang.pdf")
    assert "200 trang" in message and "vượt giới hạn" in message


def test_image_with_no_text():
    buffer = io.BytesIO()
    Image.new("L", (800, 600), color=255).save(buffer, "PNG")
    assert "không có chữ" in _message(buffer.getvalue(), "trang.png")


def test_image_too_large_says_so_not_corrupt():
    for side in (9000, 20000):  # over our limit; over Pillow's own decompression-bomb limit
        buffer = io.BytesIO()
        Image.new("1", (side, side)).save(buffer, "PNG")
        assert _message(buffer.getvalue(), "quet.png").startswith("Ảnh quá lớn")


def test_password_protected_pdf():
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter(clone_from=PdfReader(corpus_path("006_thanh_dong_text.pdf")))
    writer.encrypt("mat-khau", algorithm="RC4-128")
    buffer = io.BytesIO()
    writer.write(buffer)
    assert "đặt mật khẩu" in _message(buffer.getvalue(), "ke-hoach.pdf")
    # only an owner password (printing/copying restricted): it opens, so it is read
    writer = PdfWriter(clone_from=PdfReader(corpus_path("006_thanh_dong_text.pdf")))
    writer.encrypt("", "chu-so-huu", algorithm="RC4-128")
    buffer = io.BytesIO()
    writer.write(buffer)
    result = read("ke-hoach.pdf", buffer.getvalue())
    assert result.kind == "pdf" and "52/KH-UBND" in result.text


def test_unknown_binary():
    assert "Không nhận dạng được loại tệp" in _message(bytes(range(256)) * 10, "x.bin")


def test_type_decided_by_content_not_extension():
    text = corpus_path("003_an_hai.txt").read_bytes()
    assert read("ke-hoach.pdf", text).kind == "text"


def test_not_a_plan_has_its_own_message():
    result = read_one("bien-ban.txt", "Biên bản họp chi bộ tháng 8. Kết nạp đảng viên mới.".encode(), rules_from_file())
    assert result["status"] == "not_plan" and result["error"] == NOT_A_PLAN


def test_a_zip_batch_goes_through_around_bad_members():
    good = corpus_path("001_ke_sat.txt").read_bytes()
    archive = _zip([("001.txt", good), ("rong.txt", b""), ("__MACOSX/._001.txt", b"junk"), ("long.zip", _zip([("a.txt", b"a")]))])
    rules = rules_from_file()
    results = [read_one(name, data, rules) for name, data in expand("dot.zip", archive)]
    by_name = {r["filename"]: r for r in results}
    assert set(by_name) == {"dot.zip › 001.txt", "dot.zip › rong.txt", "dot.zip › long.zip"}
    assert by_name["dot.zip › 001.txt"]["status"] == "read"
    assert by_name["dot.zip › rong.txt"]["error"] == "Tệp rỗng (0 byte)."
    assert "Tệp nén nằm trong tệp nén" in by_name["dot.zip › long.zip"]["error"]


def test_docx_reads_header_table_and_body_tables():
    result = read("x.docx", corpus_path("009_so_xay_dung_timed_table.docx").read_bytes())
    assert "Số: 112/KH-SXD" in result.text.splitlines()
    assert any(line.startswith("1 | 08h00 - 08h15 | Tuyên bố lý do") for line in result.text.splitlines())
