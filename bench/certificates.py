"""Certificate benchmark: 1,000 Giấy khen through typst (one merged print file, and one
file per certificate), and the same certificates the way an office would otherwise make
them — a .docx per certificate converted by ``libreoffice --headless --convert-to pdf`` in
batches of at most 150 files (above ~250 arguments soffice silently stops converting; the
outputs are counted). LibreOffice runs on a sample (default 300) because it is slow.

    .venv/bin/python bench/certificates.py [--count 1000] [--lo-sample 300]

Installs libreoffice-writer-nogui with apt-get when soffice is missing (needs root).
Goal: merged file under 2 ms per certificate, at least 100× faster than batched LibreOffice.
"""
import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "thidua.settings")

import django  # noqa: E402

django.setup()

from thidua.documents.interfaces import docx as D  # noqa: E402
from thidua.documents.interfaces.pdf import page_count  # noqa: E402
from thidua.honors.interfaces.certificates import certificates_pdf  # noqa: E402

SURNAMES = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi", "Đỗ", "Hồ"]
MIDDLE = ["Thị", "Văn", "Hữu", "Ngọc", "Minh", "Thu", "Đức", "Thanh"]
GIVEN = ["Ấn", "Hường", "Dũng", "Ỷ", "Ửng", "Lụa", "Thắng", "Ánh", "Ơn", "Quỳnh", "Tuấn", "Hằng"]
BATCH = 150


def fields(i):
    name = f"{SURNAMES[i % 10]} {MIDDLE[i % 8]} {GIVEN[i % 12]}"
    return {"issuer": "UBND THÀNH PHỐ HẢI PHÒNG\nỦY BAN NHÂN DÂN XÃ KẺ SẶT", "recipient": ("Bà " if i % 2 else "Ông ") + name,
            "position": "Công an xã Kẻ Sặt", "achievement": "Đã có thành tích xuất sắc trong phong trào thi đua yêu nước giai đoạn 2020 - 2025",
            "decision": "Quyết định số: 125/QĐ-UBND", "register": f"Số sổ vàng: {i + 1}",
            "place_date": "Kẻ Sặt, ngày 27 tháng 8 năm 2025", "signer": "TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n\n\n\nPhạm Văn Dũng"}


def certificate_docx(f):
    """The office's Word certificate: A4 landscape, the same text."""
    doc = D.new_document(landscape=True)
    for line in f["issuer"].split("\n"):
        D.paragraph(doc, line, size=13, bold=True, align="left", space_after=0)
    D.paragraph(doc, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", bold=True, align="center", space_after=0)
    D.paragraph(doc, "Độc lập - Tự do - Hạnh phúc", bold=True, align="center")
    D.paragraph(doc, "GIẤY KHEN", size=40, bold=True, align="center")
    D.paragraph(doc, f["recipient"], size=24, bold=True, align="center")
    D.paragraph(doc, f["position"], size=14, align="center")
    D.paragraph(doc, f["achievement"], size=15, align="center")
    D.paragraph(doc, f"{f['decision']}    {f['register']}", size=12, align="left")
    D.paragraph(doc, f["place_date"], italic=True, align="right")
    for line in f["signer"].split("\n"):
        D.paragraph(doc, line, bold=True, align="right", space_after=0)
    return D.to_bytes(doc)


def soffice():
    found = shutil.which("soffice") or shutil.which("libreoffice")
    if found:
        return found
    print("soffice không có: cài libreoffice-writer-nogui bằng apt-get …", flush=True)
    subprocess.run(["apt-get", "install", "-y", "libreoffice-writer-nogui"], check=True, stdout=subprocess.DEVNULL)
    return shutil.which("soffice") or shutil.which("libreoffice")


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--count", type=int, default=1000)
    parser.add_argument("--lo-sample", type=int, default=300)
    args = parser.parse_args()
    items = [fields(i) for i in range(args.count)]

    certificates_pdf(items[:2])  # warm up fonts
    start = time.perf_counter()
    merged = certificates_pdf(items)
    merged_s = time.perf_counter() - start
    assert page_count(merged) == args.count

    start = time.perf_counter()
    for f in items:
        certificates_pdf([f])
    single_s = time.perf_counter() - start

    binary = soffice()
    sample = items[: args.lo_sample]
    with tempfile.TemporaryDirectory(prefix="thidua-lo-") as tmp:
        root = Path(tmp)
        docx_dir, out_dir = root / "docx", root / "pdf"
        docx_dir.mkdir()
        out_dir.mkdir()
        start = time.perf_counter()
        paths = []
        for i, f in enumerate(sample):
            path = docx_dir / f"giay-khen-{i:04d}.docx"
            path.write_bytes(certificate_docx(f))
            paths.append(str(path))
        docx_s = time.perf_counter() - start
        env = dict(os.environ, HOME=str(root))
        start = time.perf_counter()
        for k in range(0, len(paths), BATCH):
            subprocess.run([binary, "--headless", "--convert-to", "pdf", "--outdir", str(out_dir), *paths[k:k + BATCH]],
                           check=True, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        lo_s = time.perf_counter() - start
        converted = len(list(out_dir.glob("*.pdf")))

    per_merged = merged_s / args.count * 1000
    per_single = single_s / args.count * 1000
    per_lo = (docx_s + lo_s) / converted * 1000 if converted else float("nan")
    print(f"typst, một tệp gộp {args.count} trang: {merged_s:.3f} s = {per_merged:.2f} ms/giấy khen")
    print(f"typst, từng tệp: {single_s:.3f} s = {per_single:.2f} ms/giấy khen")
    print(f"LibreOffice (python-docx + soffice theo lô {BATCH}): {converted}/{len(sample)} tệp chuyển được, "
          f"{docx_s:.2f} s tạo .docx + {lo_s:.2f} s chuyển = {per_lo:.1f} ms/giấy khen")
    print(f"Tỷ lệ LibreOffice / typst gộp: {per_lo / per_merged:.0f}×; LibreOffice / typst từng tệp: {per_lo / per_single:.0f}×")
    print(f"| {args.count} | {per_merged:.2f} ms | {per_single:.2f} ms | {converted}/{len(sample)} | {per_lo:.0f} ms | "
          f"{per_lo / per_merged:.0f}× | {per_lo / per_single:.0f}× |")


if __name__ == "__main__":
    main()
