"""Build the labelled corpus of plans written in the styles units use (run once; the files
are committed): ``.venv/bin/python -m tests.ingest.corpus.build [file …]`` (needs Django
settings; with file names only those documents are written, the answer key always in full).

Each plan is written from its parameters, and the expected answer (``expected.json``) is the
same parameters, so the answer key is what the document says, never what the extractor
happens to read. The four seeds (001–004, shipped with the app in thidua/ingest/data/seeds for the demo) are
labelled by hand in ``seeds_expected.json``.
"""
import io
import json
import os
import subprocess
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent

STD_AGENDA = [
    ("opening", "Tuyên bố lý do, giới thiệu đại biểu"),
    ("summary_report", "Báo cáo tổng kết phong trào thi đua và công tác khen thưởng giai đoạn 2020 - 2025, phương hướng, nhiệm vụ giai đoạn 2025 - 2030"),
    ("presentations", "Báo cáo tham luận của các điển hình tiên tiến ({n} tham luận)"),
    ("exchange", "Tổ chức giao lưu với các điển hình tiên tiến"),
    ("honouring", "Biểu dương, tôn vinh, khen thưởng các điển hình tiên tiến"),
    ("launch", "Phát động phong trào thi đua giai đoạn 2025 - 2030"),
    ("response", "Phát biểu hưởng ứng phát động phong trào thi đua"),
    ("higher_delegates", "Thông qua danh sách đại biểu đi dự Đại hội thi đua cấp trên"),
    ("closing", "Tổng kết và bế mạc Hội nghị"),
]

PLANS = [
    {
        "file": "005_tan_minh_header_table.docx", "style": "docx",
        "unit": "xã Tân Minh", "issuer_parent": "ỦY BAN NHÂN DÂN", "issuer": "XÃ TÂN MINH", "symbol": "45/KH-UBND",
        "place": "Tân Minh", "issued": "2025-08-10", "when": "Thời gian: 01 buổi, sáng ngày 20/8/2025, bắt đầu từ 8 giờ 00.",
        "conference_date": "2025-08-20", "start_time": "08:00", "venue": "Hội trường Trung tâm chính trị xã Tân Minh",
        "delegates_text": "Số lượng: dự kiến 160 đại biểu (đại biểu điển hình tiên tiến khoảng 70%; đại biểu khách mời và lãnh đạo khoảng 30%).",
        "delegates": 160, "exemplar_share": 0.7, "presentations": 3, "skip": [],
        "nomination": ("Các đơn vị gửi danh sách đề xuất khen thưởng tập thể, cá nhân điển hình tiên tiến về UBND xã (qua Phòng Văn hóa - Xã hội) trước ngày 15/8/2025.", "2025-08-15"),
        "report": ("Tổng hợp, báo cáo UBND thành phố (qua Ban Thi đua - Khen thưởng thành phố) kết quả tổ chức Hội nghị trước ngày 28/8/2025.", "2025-08-28"),
        "signer": ("TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Nguyễn Văn Hòa"), "signer_name": "Nguyễn Văn Hòa",
        "findings": ["delegates_over_limit"],
    },
    {
        "file": "006_thanh_dong_text.pdf", "style": "pdf",
        "unit": "phường Thành Đông", "issuer_parent": "ỦY BAN NHÂN DÂN", "issuer": "PHƯỜNG THÀNH ĐÔNG", "symbol": "52/KH-UBND",
        "place": "Thành Đông", "issued": "2025-08-11", "when": "Thời gian: 14h00 ngày 22/8/2025 (thứ Sáu), trong 01 buổi.",
        "conference_date": "2025-08-22", "start_time": "14:00", "venue": "Hội trường UBND phường Thành Đông",
        "delegates_text": "Tổng số 120 đại biểu, gồm: đại biểu điển hình tiên tiến: 84 đại biểu; khách mời: 20 đại biểu; lãnh đạo: 16 đại biểu.",
        "delegates": 120, "exemplar_share": 0.7, "presentations": 4, "skip": [],
        "nomination": ("Các đơn vị, đoàn thể lựa chọn, đề xuất biểu dương điển hình tiên tiến gửi về Phòng Văn hóa - Xã hội chậm nhất ngày 18/8/2025.", "2025-08-18"),
        "report": None,
        "signer": ("TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Trần Thị Mai"), "signer_name": "Trần Thị Mai",
        "findings": [],
    },
    {
        "file": "007_vinh_bao_scan.png", "style": "scan",
        "unit": "xã Vĩnh Bảo", "issuer_parent": "ỦY BAN NHÂN DÂN", "issuer": "XÃ VĨNH BẢO", "symbol": "30/KH-UBND",
        "place": "Vĩnh Bảo", "issued": "2025-08-12", "when": "Thời gian: 01 buổi, sáng ngày 23/8/2025 (thứ Bảy), từ 7h30.",
        "conference_date": "2025-08-23", "start_time": "07:30", "venue": "Nhà văn hóa xã Vĩnh Bảo",
        "delegates_text": "Số lượng: dự kiến 140 đại biểu.",
        "delegates": 140, "exemplar_share": None, "presentations": 3, "skip": ["exchange"],
        "nomination": None, "report": None, "short": True,
        "signer": ("TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Phạm Quang Huy"), "signer_name": "Phạm Quang Huy",
        "findings": ["agenda_item_missing:exchange"],
    },
    {
        "file": "008_so_y_te_no_diacritics.txt", "style": "ascii",
        "unit": "Sở Y tế", "issuer_parent": "UBND THÀNH PHỐ HẢI PHÒNG", "issuer": "SỞ Y TẾ", "symbol": "75/KH-SYT",
        "place": "Hải Phòng", "issued": "2025-08-13", "when": "Thời gian: 14 giờ 00 ngày 21/8/2025 (thứ Năm), 1/2 ngày.",
        "conference_date": "2025-08-21", "start_time": "14:00", "venue": "Hội trường tầng 3, Sở Y tế",
        "name": "Hội nghị tuyên dương điển hình tiên tiến ngành Y tế Lần thứ I (2025 - 2030)",
        "delegates_text": "Số lượng: tối đa 100 đại biểu, trong đó đại biểu điển hình tiên tiến khoảng 70%.",
        "delegates": 100, "exemplar_share": 0.7, "presentations": 3, "skip": [],
        "nomination": ("Các phòng, đơn vị trực thuộc gửi danh sách đề nghị khen thưởng về Văn phòng Sở trước ngày 18/8/2025.", "2025-08-18"),
        "report": ("Văn phòng Sở tổng hợp, báo cáo kết quả về Ban Thi đua - Khen thưởng thành phố trước ngày 29/8/2025.", "2025-08-29"),
        "signer": ("KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "Nguyễn Thị Lan"), "signer_name": "Nguyễn Thị Lan",
        "findings": [],
    },
    {
        "file": "009_so_xay_dung_timed_table.docx", "style": "docx_table",
        "unit": "Sở Xây dựng", "issuer_parent": "UBND THÀNH PHỐ HẢI PHÒNG", "issuer": "SỞ XÂY DỰNG", "symbol": "112/KH-SXD",
        "place": "Hải Phòng", "issued": "2025-08-08", "when": "Thời gian: ngày 19 tháng 8 năm 2025 (thứ Ba), từ 08h00 đến 11h00.",
        "conference_date": "2025-08-19", "start_time": "08:00", "venue": "Hội trường tầng 2, Sở Xây dựng",
        "name": "Hội nghị tuyên dương điển hình tiên tiến ngành Xây dựng Lần thứ I (2025 - 2030)",
        "delegates_text": "Số lượng: dự kiến 90 đại biểu.",
        "delegates": 90, "exemplar_share": None, "presentations": 2, "skip": ["higher_delegates"],
        "times": ["08h00", "08h15", "08h45", "09h15", "09h40", "10h10", "10h25", "10h40", "11h00"],
        "nomination": None, "report": None,
        "signer": ("", "GIÁM ĐỐC", "Đỗ Mạnh Cường"), "signer_name": "Đỗ Mạnh Cường",
        "findings": ["agenda_item_missing:higher_delegates"],
    },
    {
        "file": "010_vinh_am_full_day.txt", "style": "txt",
        "unit": "xã Vĩnh Am", "issuer_parent": "ỦY BAN NHÂN DÂN", "issuer": "XÃ VĨNH AM", "symbol": "27/KH-UBND",
        "place": "Vĩnh Am", "issued": "2025-08-09", "when": "Thời gian: cả ngày 21/8/2025 (sáng từ 7h30, chiều từ 13h30).",
        "conference_date": "2025-08-21", "start_time": "07:30", "venue": "Hội trường UBND xã Vĩnh Am",
        "delegates_text": "Số lượng: tối đa 150 đại biểu.", "delegates": 150, "exemplar_share": None, "presentations": 5, "skip": [],
        "nomination": None, "report": None,
        "signer": ("TM. ỦY BAN NHÂN DÂN", "PHÓ CHỦ TỊCH", "Lê Văn Thành"), "signer_name": "Lê Văn Thành",
        "findings": ["session_too_long"],
    },
    {
        "file": "011_vinh_hoa_no_date.txt", "style": "txt",
        "unit": "xã Vĩnh Hòa", "issuer_parent": "ỦY BAN NHÂN DÂN", "issuer": "XÃ VĨNH HÒA", "symbol": "33/KH-UBND",
        "place": "Vĩnh Hòa", "issued": "2025-08-12", "when": "Thời gian: dự kiến trong tháng 8 năm 2025, thời gian cụ thể sẽ thông báo sau.",
        "conference_date": None, "start_time": None, "venue": "Hội trường UBND xã Vĩnh Hòa",
        "delegates_text": "Thành phần: đại diện các tập thể, cá nhân điển hình tiên tiến; lãnh đạo các ban, ngành, đoàn thể xã.",
        "delegates": None, "exemplar_share": None, "presentations": None, "skip": [],
        "nomination": None, "report": None,
        "signer": ("TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Hoàng Minh Đức"), "signer_name": "Hoàng Minh Đức",
        "findings": ["conference_date_missing", "delegates_count_missing"],
    },
    {
        "file": "012_so_nnmt_compliant.docx", "style": "docx",
        "unit": "Sở Nông nghiệp và Môi trường", "issuer_parent": "UBND THÀNH PHỐ HẢI PHÒNG", "issuer": "SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG",
        "symbol": "88/KH-SNNMT", "place": "Hải Phòng", "issued": "2025-08-11",
        "when": "Thời gian: 01 buổi, chiều ngày 20/8/2025 (thứ Tư), bắt đầu từ 14h00.",
        "conference_date": "2025-08-20", "start_time": "14:00", "venue": "Hội trường Sở Nông nghiệp và Môi trường",
        "name": "Hội nghị tuyên dương điển hình tiên tiến ngành Nông nghiệp và Môi trường Lần thứ I (2025 - 2030)",
        "delegates_text": "Số lượng: tối đa 150 đại biểu (đại biểu điển hình tiên tiến khoảng 70%; khách mời và lãnh đạo khoảng 30%).",
        "delegates": 150, "exemplar_share": 0.7, "presentations": 3, "skip": [],
        "nomination": ("Các phòng, đơn vị lựa chọn, đề xuất khen thưởng các điển hình tiên tiến gửi về Văn phòng Sở trước ngày 16/8/2025.", "2025-08-16"),
        "report": ("Văn phòng Sở báo cáo kết quả tổ chức Hội nghị về Hội đồng Thi đua - Khen thưởng thành phố trước ngày 29/8/2025.", "2025-08-29"),
        "signer": ("KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "Vũ Đình Khoa"), "signer_name": "Vũ Đình Khoa",
        "findings": [],
    },
    {
        "file": "013_vinh_hai_numbered.txt", "style": "numbered",
        "unit": "xã Vĩnh Hải", "issuer_parent": "ỦY BAN NHÂN DÂN", "issuer": "XÃ VĨNH HẢI", "symbol": "41/KH-UBND",
        "place": "Vĩnh Hải", "issued": "2025-08-11", "when": "Thời gian: ngày 22 tháng 8 năm 2025 (thứ Năm), bắt đầu lúc 8 giờ 30.",
        "conference_date": "2025-08-22", "start_time": "08:30", "venue": "Nhà văn hóa thôn Đông, xã Vĩnh Hải",
        "delegates_text": "Tổng số đại biểu: 150 đại biểu, trong đó đại biểu điển hình tiên tiến khoảng 60%, khách mời và lãnh đạo khoảng 40%.",
        "delegates": 150, "exemplar_share": 0.6, "presentations": 3, "skip": [],
        "nomination": None, "report": None,
        "signer": ("TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Bùi Thị Hằng"), "signer_name": "Bùi Thị Hằng",
        "findings": ["weekday_mismatch", "exemplar_share_low"],
    },
    {
        "file": "014_tien_minh_line_breaks.txt", "style": "broken",
        "unit": "xã Tiên Minh", "issuer_parent": "ỦY BAN NHÂN DÂN", "issuer": "XÃ TIÊN MINH", "symbol": "19/KH-UBND",
        "place": "Tiên Minh", "issued": "2025-08-12", "when": "Thời gian: ½ ngày, chiều ngày 20/8 (thứ Tư), từ 14h00’.",
        "conference_date": "2025-08-20", "start_time": "14:00", "venue": "Hội trường UBND xã Tiên Minh",
        "delegates_text": "Số lượng: dự kiến 130 đại biểu.", "delegates": 130, "exemplar_share": None, "presentations": 2, "skip": [],
        "nomination": ("Danh sách tập thể, cá nhân đề xuất biểu dương, khen thưởng gửi về UBND xã trước ngày 16/8/2025.", "2025-08-16"),
        "report": ("Phòng Văn hóa - Xã hội tổng hợp, báo cáo UBND thành phố kết quả tổ chức Hội nghị trước ngày 05/9/2025.", "2025-09-05"),
        "signer": ("TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Ngô Văn Bình"), "signer_name": "Ngô Văn Bình",
        "findings": ["report_deadline_late"],
    },
    {
        "file": "015_an_lao_tasks.docx", "style": "docx",
        "unit": "xã An Lão", "issuer_parent": "ỦY BAN NHÂN DÂN", "issuer": "XÃ AN LÃO", "symbol": "38/KH-UBND",
        "place": "An Lão", "issued": "2025-08-11", "when": "Thời gian: 01 buổi, sáng ngày 21/8/2025 (thứ Năm), bắt đầu từ 8 giờ 00.",
        "conference_date": "2025-08-21", "start_time": "08:00", "venue": "Hội trường UBND xã An Lão",
        "delegates_text": "Số lượng: tối đa 150 đại biểu (đại biểu điển hình tiên tiến khoảng 70%; khách mời và lãnh đạo khoảng 30%).",
        "delegates": 150, "exemplar_share": 0.7, "presentations": 3, "skip": [],
        "nomination": (None, "2025-08-15"), "report": (None, "2025-08-29"),
        # "Phân công nhiệm vụ": (assignee, numbered?, [(bullet, due)]); the decoration is due
        # the day after the conference (task_due_after_conference); the results report after
        # it is expected (the checker tolerates it)
        "tasks_heading": "IV. PHÂN CÔNG NHIỆM VỤ",
        "tasks": [
            ("Phòng Văn hóa - Xã hội", True, [
                ("Chủ trì tham mưu xây dựng báo cáo tổng kết, chương trình Hội nghị; dự trù kinh phí.", None),
                ("Tổng hợp danh sách đề xuất khen thưởng tập thể, cá nhân điển hình tiên tiến do các đơn vị gửi trước ngày 15/8/2025.", "2025-08-15"),
                ("Tổng hợp, báo cáo UBND thành phố (qua Ban Thi đua - Khen thưởng thành phố) kết quả tổ chức Hội nghị trước ngày 29/8/2025.", "2025-08-29"),
            ]),
            ("Văn phòng HĐND và UBND xã", False, [
                ("Phát hành giấy mời đại biểu trong ngày 14/8/2025.", "2025-08-14"),
                ("Đón tiếp đại biểu, điều hành chương trình Hội nghị.", None),
            ]),
            ("Trung tâm Văn hóa, Thể thao và Truyền thông xã", True, [
                ("Trang trí khánh tiết, pano, băng rôn, khẩu hiệu tại Hội trường, hoàn thành trước ngày 22/8/2025.", "2025-08-22"),
                ("Tuyên truyền trước, trong và sau Hội nghị.", None),
            ]),
        ],
        "signer": ("TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Đinh Văn Phúc"), "signer_name": "Đinh Văn Phúc",
        "findings": ["task_due_after_conference"],
    },
]


def _date_vi(iso):
    y, m, d = (int(x) for x in iso.split("-"))
    return f"ngày {d:02d} tháng {m:02d} năm {y}" if d < 10 or m < 3 else f"ngày {d} tháng {m} năm {y}"


def conference_name(p):
    if p.get("name"):
        return p["name"]
    return f"Hội nghị tuyên dương điển hình tiên tiến {p['unit']} Lần thứ I (2025 - 2030)"


def agenda_rows(p):
    rows = []
    for key, text in STD_AGENDA:
        if key in p["skip"]:
            continue
        rows.append((key, text.format(n=p["presentations"] or "các")))
    return rows


def body(p):
    """The plan as paragraphs (after the header): list of (text, kind) with kind in
    title/heading/para/bullet/agenda."""
    name = conference_name(p)
    out = [
        ("KẾ HOẠCH", "title"),
        (f"Tổ chức {name}, tiến tới Đại hội Thi đua yêu nước thành phố Hải Phòng lần thứ I (2025 - 2030)", "title2"),
        (f"Thực hiện Quyết định số 3194/QĐ-UBND ngày 08/8/2025 của Ủy ban nhân dân thành phố Hải Phòng, {p['unit'][:1].upper() + p['unit'][1:]} ban hành Kế hoạch tổ chức Hội nghị điển hình tiên tiến như sau:", "para"),
        ("I. MỤC ĐÍCH, YÊU CẦU", "heading"),
        ("Đánh giá kết quả các phong trào thi đua yêu nước giai đoạn 2020 - 2025; biểu dương, tôn vinh các tập thể, cá nhân điển hình tiên tiến; tổ chức Hội nghị trang trọng, thiết thực, tiết kiệm.", "para"),
        ("II. THỜI GIAN, ĐỊA ĐIỂM, THÀNH PHẦN", "heading"),
        (p["when"], "bullet"),
        (f"Địa điểm: {p['venue']}.", "bullet"),
        (p["delegates_text"], "bullet"),
        ("III. CHƯƠNG TRÌNH HỘI NGHỊ", "heading"),
    ]
    if p["style"] == "docx_table":
        out.append(("TABLE", "agenda_table"))
    else:
        for i, (_, text) in enumerate(agenda_rows(p), start=1):
            out.append((f"{i}. {text}." if p["style"] == "numbered" else text + ";", "agenda"))
    out.append((p.get("tasks_heading", "IV. TỔ CHỨC THỰC HIỆN"), "heading"))
    out.append((f"Tên gọi: {name}", "para"))
    if p.get("nomination") and p["nomination"][0]:
        out.append((p["nomination"][0], "bullet"))
    if p.get("report") and p["report"][0]:
        out.append((p["report"][0], "bullet"))
    number = 0
    for assignee, numbered, bullets in p.get("tasks", []):
        number += numbered
        out.append((f"{number}. {assignee}" if numbered else assignee, "assignee"))
        out.extend((text, "bullet") for text, _ in bullets)
    out.append(("Trên đây là Kế hoạch tổ chức Hội nghị, đề nghị các cơ quan, đơn vị nghiêm túc triển khai thực hiện./.", "para"))
    return out


def header_lines(p):
    return [
        p["issuer_parent"], p["issuer"], f"Số: {p['symbol']}",
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
        f"{p['place']}, {_date_vi(p['issued'])}",
    ]


def signature_lines(p):
    mode, title, name = p["signer"]
    return ["Nơi nhận:", "- Ban Thi đua - Khen thưởng thành phố;", "- Lưu: VT."] + [x for x in (mode, title) if x] + ["(đã ký)", name]


def as_text(p, ascii_only=False, broken=False):
    lines = header_lines(p)
    for text, kind in body(p):
        if kind == "agenda" and p["style"] != "numbered":
            text = ("+ " if broken else "- ") + text
        elif kind == "bullet":
            text = "- " + text
        lines.append(text)
    lines += signature_lines(p)
    if broken:  # break long lines mid-sentence, as copied from a PDF
        out = []
        for line in lines:
            while len(line) > 70:
                cut = line.rfind(" ", 0, 70)
                out.append(line[:cut])
                line = line[cut + 1:]
            out.append(line)
        lines = out
    text = "\n".join(lines) + "\n"
    if ascii_only:
        from unidecode import unidecode

        text = unidecode(text)
    return text


def as_docx(p):
    from tests.ingest.corpus.gen import legacy_docx as d

    doc = d.new_document()
    d.header(doc, p["issuer_parent"], p["issuer"], p["symbol"], f"{p['place']}, {_date_vi(p['issued'])}")
    for text, kind in body(p):
        if kind == "agenda_table":
            times = p["times"]
            rows = [(str(i), f"{times[i - 1]} - {times[i]}", text, "Lãnh đạo Sở")
                    for i, (_, text) in enumerate(agenda_rows(p), start=1)]
            d.table(doc, ["STT", "Thời gian", "Nội dung", "Thực hiện"], rows)
        elif kind in ("title", "title2"):
            d.paragraph(doc, text, bold=kind == "title", align="center", indent_first=False)
        elif kind == "assignee":  # bold, as offices set who-does-what headings
            d.paragraph(doc, text, bold=True)
        else:
            d.paragraph(doc, ("- " if kind in ("bullet", "agenda") else "") + text)
    mode, title, name = p["signer"]
    d.signature(doc, recipients=["Ban Thi đua - Khen thưởng thành phố", "Lưu: VT"], mode=mode.split(" ")[0] if mode else "",
                authority=mode.split(" ", 1)[1] if mode else "", title_line=title, name=name)
    return d.to_bytes(doc)


def as_pdf(p, size="12pt"):
    from thidua.documents.interfaces.pdf import compile_typst, esc

    parts = [f'#set page(paper: "a4", margin: 1.6cm)\n#set text(font: "Liberation Serif", size: {size}, lang: "vi")\n#set par(justify: true)\n']
    for line in as_text(p).splitlines():
        parts.append(esc(line) + "\n\n")
    return compile_typst("".join(parts))


def as_scan(p):
    from PIL import Image

    pdf = as_pdf(p, size="11pt")
    with tempfile.TemporaryDirectory() as tmp:
        (Path(tmp) / "in.pdf").write_bytes(pdf)
        subprocess.run(["pdftoppm", "-r", "200", "-gray", "-png", "-f", "1", "-l", "1", str(Path(tmp) / "in.pdf"), str(Path(tmp) / "p")], check=True)
        image = Image.open(next(Path(tmp).glob("p*.png"))).convert("1")
        buffer = io.BytesIO()
        image.save(buffer, "PNG", optimize=True)
        return buffer.getvalue()


def expected_tasks(p):
    """One task per assignee for its undated bullets, one per dated bullet (its deadline)."""
    out = []
    for assignee, _, bullets in p.get("tasks", []):
        undated = False
        for _, due in bullets:
            if due or not undated:
                out.append({"assignee": assignee, "due": due})
                undated = undated or not due
    return out


def expected(p):
    return {
        "unit": p["unit"],
        "number": p["symbol"],
        "issued": p["issued"],
        "conference_name": conference_name(p),
        "conference_date": p["conference_date"],
        "start_time": p["start_time"],
        "delegates": p["delegates"],
        "exemplar_share": p["exemplar_share"],
        "nomination_deadline": p["nomination"][1] if p.get("nomination") else None,
        "report_deadline": p["report"][1] if p.get("report") else None,
        "signer": p["signer_name"],
        "agenda": [k for k, _ in agenda_rows(p)] if p["delegates_text"] else [k for k, _ in agenda_rows(p)],
        "tasks": expected_tasks(p),
        "findings": sorted(p["findings"]),
    }


def main(only=()):
    """Write every document (or only the files named) and the whole answer key."""
    answers = {}
    for p in PLANS:
        answers[p["file"]] = expected(p)
        if only and p["file"] not in only:
            continue
        style = p["style"]
        if style in ("docx", "docx_table"):
            data = as_docx(p)
        elif style == "pdf":
            data = as_pdf(p)
        elif style == "scan":
            data = as_scan(p)
        elif style == "ascii":
            data = as_text(p, ascii_only=True).encode()
        elif style == "broken":
            data = as_text(p, broken=True).encode()
        else:
            data = as_text(p).encode()
        (HERE / p["file"]).write_bytes(data)
    (HERE / "expected.json").write_text(json.dumps(answers, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "thidua.settings")
    import django

    django.setup()
    import sys

    main(sys.argv[1:])
