"""Nomination lists: a sub-unit's Tờ trình with its attached "danh sách đề nghị khen
thưởng". The label holds every row as the list states it (``rows``); a list whose columns
cannot be found has ``columns_found: false`` and ``rows: null`` (the reader must say so,
never guess), with the people it names in ``people_named``."""
from datetime import date as D

from .model import Doc, Header, Heading, Para, Sign, Table, Title, long_date

ROW_FIELDS = ("no", "subject", "name", "position", "unit", "award", "achievement")


def _doc(split, file, styles, **label):
    doc = Doc(split, file, "nomination_list", list(styles))
    doc.label = {"unit": None, "level": "sub_unit", "province": None, "parent_unit": None, "number": None, "issued": None,
                 "signer": None, "columns_found": True, "columns": None, "rows": None, "people_named": None, "recognition": None}
    doc.label.update(label)
    return doc


def _rows(collectives, individuals, start=1):
    """Label rows: collectives first, then individuals, numbered from ``start`` in each section or across."""
    out = []
    for subject, items in (("collective", collectives), ("individual", individuals)):
        for item in items:
            out.append({"no": len(out) + start, "subject": subject, **item})
    return out


def t07():
    """A primary school's Tờ trình (.docx) with its list as a Word table, collectives and individuals in sections."""
    issued = D(2025, 8, 12)
    collectives = [
        {"name": "Tổ chuyên môn khối 4", "position": None, "unit": "Trường Tiểu học Hồng Phong", "award": "Giấy khen của Chủ tịch UBND xã",
         "achievement": "Tập thể lao động tiên tiến 5 năm liền (2020 - 2025); 100% học sinh hoàn thành chương trình lớp học"},
        {"name": "Liên đội Trường Tiểu học Hồng Phong", "position": None, "unit": "Trường Tiểu học Hồng Phong", "award": "Giấy khen của Chủ tịch UBND xã",
         "achievement": "Liên đội vững mạnh xuất sắc cấp thành phố năm học 2023 - 2024, 2024 - 2025"},
    ]
    individuals = [
        {"name": "Nguyễn Thị Thanh Hà", "position": "Hiệu trưởng", "unit": "Trường Tiểu học Hồng Phong", "award": "Giấy khen của Chủ tịch UBND xã",
         "achievement": "Hoàn thành xuất sắc nhiệm vụ 3 năm liền; chỉ đạo nhà trường đạt chuẩn quốc gia mức độ 2"},
        {"name": "Lê Văn Đức", "position": "Giáo viên", "unit": "Trường Tiểu học Hồng Phong", "award": "Giấy khen của Chủ tịch UBND xã",
         "achievement": "Chiến sĩ thi đua cơ sở năm 2023, 2024; sáng kiến “Dạy học STEM lớp 5” được công nhận cấp thành phố"},
        {"name": "Phạm Thị Hồng", "position": "Giáo viên", "unit": "Trường Tiểu học Hồng Phong", "award": "Giấy khen của Chủ tịch UBND xã",
         "achievement": "Giáo viên dạy giỏi cấp thành phố năm học 2022 - 2023"},
        {"name": "Vũ Minh Quân", "position": "Nhân viên thư viện", "unit": "Trường Tiểu học Hồng Phong", "award": "Giấy khen của Chủ tịch UBND xã",
         "achievement": "Thư viện đạt chuẩn xuất sắc; phong trào “Đọc sách cùng con”"},
        {"name": "Trần Ngọc Ánh", "position": "Học sinh lớp 5A", "unit": "Trường Tiểu học Hồng Phong", "award": "Giấy khen của Chủ tịch UBND xã",
         "achievement": "Huy chương Vàng Hội khỏe Phù Đổng cấp thành phố năm 2025"},
    ]
    rows = _rows(collectives, individuals)
    d = _doc("tune", "t07_th_hong_phong_nomination.docx", ["nomination_list", "docx", "docx_table"],
             unit="Trường Tiểu học Hồng Phong", province="thành phố Hải Phòng", parent_unit="xã Hồng Phong", number="15/TTr-THHP",
             issued=issued.isoformat(), signer="Nguyễn Thị Thanh Hà",
             columns=["STT", "Họ và tên", "Chức vụ", "Đơn vị", "Hình thức khen thưởng", "Thành tích"], rows=rows,
             recognition={"status": "nomination_list", "accept_without_confirmation": False, "message_keywords": ["danh sách", "7"]})
    table = [["I. TẬP THỂ"]]
    for r in rows[:2]:
        table.append([str(r["no"]), r["name"], "", r["unit"], r["award"], r["achievement"]])
    table.append(["II. CÁ NHÂN"])
    for r in rows[2:]:
        table.append([str(r["no"]), r["name"], r["position"], r["unit"], r["award"], r["achievement"]])
    d.add(
        Header("UBND XÃ HỒNG PHONG", "TRƯỜNG TIỂU HỌC HỒNG PHONG", d.ev("number", "Số: 15/TTr-THHP"), d.ev("issued", f"Hồng Phong, {long_date(issued)}")),
        Title(["TỜ TRÌNH", "Về việc đề nghị khen thưởng các tập thể, cá nhân điển hình tiên tiến giai đoạn 2020 - 2025"]),
        Para("Kính gửi: " + d.ev("parent_unit", "Ủy ban nhân dân xã Hồng Phong") + "."),
        Para("Thực hiện Kế hoạch số 47/KH-UBND ngày 09/8/2025 của UBND xã Hồng Phong về tổ chức Hội nghị tuyên dương điển hình tiên tiến; căn cứ kết quả bình xét của Hội đồng Thi đua - Khen thưởng nhà trường ngày 11/8/2025,"),
        Para("Trường Tiểu học Hồng Phong kính đề nghị Chủ tịch UBND xã xem xét, tặng Giấy khen cho 02 tập thể và 05 cá nhân (có danh sách kèm theo)."),
        Sign(["Như trên;", "Lưu: VT."], "", "HIỆU TRƯỞNG", d.ev("signer", "Nguyễn Thị Thanh Hà")),
        Title(["DANH SÁCH ĐỀ NGHỊ KHEN THƯỞNG", "(Kèm theo Tờ trình số 15/TTr-THHP ngày 12/8/2025 của Trường Tiểu học Hồng Phong)"]),
        Table(["STT", "Họ và tên", "Chức vụ", "Đơn vị", "Hình thức khen thưởng", "Thành tích"], table, widths=[12, 32, 22, 30, 28, 41], size=11),
    )
    return d


def t08():
    """A commune police's Tờ trình and list on one scanned page (PNG)."""
    issued = D(2025, 8, 13)
    individuals = [
        {"name": "Đỗ Văn Hùng", "position": "Trung tá, Trưởng Công an xã", "unit": "Công an xã An Tiến", "award": "Giấy khen",
         "achievement": "Chỉ đạo triệt phá 03 đường dây ma túy"},
        {"name": "Nguyễn Đức Long", "position": "Thiếu tá, Phó Trưởng Công an xã", "unit": "Công an xã An Tiến", "award": "Giấy khen",
         "achievement": "Làm sạch 12.000 dữ liệu dân cư"},
        {"name": "Hoàng Thị Yến", "position": "Đại úy, cán bộ", "unit": "Công an xã An Tiến", "award": "Giấy khen",
         "achievement": "Mô hình “Camera an ninh” ở 8 thôn"},
        {"name": "Lương Văn Tài", "position": "Tổ trưởng Tổ bảo vệ ANTT", "unit": "Thôn Đông", "award": "Giấy khen",
         "achievement": "Bắt giữ 02 đối tượng trộm cắp"},
    ]
    rows = _rows([], individuals)
    d = _doc("tune", "t08_ca_an_tien_nomination_scan.png", ["nomination_list", "scan_png"],
             unit="Công an xã An Tiến", province="thành phố Hải Phòng", parent_unit="xã An Tiến", number="27/TTr-CAX",
             issued=issued.isoformat(), signer="Đỗ Văn Hùng",
             columns=["STT", "Họ tên", "Cấp bậc, chức vụ", "Đơn vị", "Hình thức", "Thành tích tiêu biểu"], rows=rows,
             recognition={"status": "nomination_list", "accept_without_confirmation": False, "message_keywords": ["danh sách", "4"]})
    d.scan = {"seed": 8, "dpi": 200, "skew": 0.6, "blur": 0.5, "noise": 0.0015, "size": "11pt"}
    d.add(
        Header("CÔNG AN THÀNH PHỐ HẢI PHÒNG", "CÔNG AN XÃ AN TIẾN", d.ev("number", "Số: 27/TTr-CAX"), d.ev("issued", f"An Tiến, {long_date(issued)}")),
        Title(["TỜ TRÌNH", "Đề nghị khen thưởng điển hình tiên tiến trong phong trào Toàn dân bảo vệ an ninh Tổ quốc"]),
        Para("Kính gửi: " + d.ev("parent_unit", "Chủ tịch UBND xã An Tiến") + ". Công an xã đề nghị tặng Giấy khen cho 04 cá nhân có thành tích xuất sắc giai đoạn 2020 - 2025, danh sách như sau:"),
        Table(["STT", "Họ tên", "Cấp bậc, chức vụ", "Đơn vị", "Hình thức", "Thành tích tiêu biểu"],
              [[str(r["no"]), r["name"], r["position"], r["unit"], r["award"], r["achievement"]] for r in rows], widths=[8, 26, 34, 24, 15, 43], size=10),
        Sign(["Như trên;", "Lưu."], "", "TRƯỞNG CÔNG AN XÃ", d.ev("signer", "Đỗ Văn Hùng")),
    )
    return d


def t09():
    """A farmers' association list whose table has no usable columns: every field in one cell."""
    issued = D(2025, 8, 14)
    people = ["Trần Văn Bình", "Nguyễn Thị Lụa", "Phạm Văn Cường"]
    d = _doc("tune", "t09_hoi_nong_dan_no_columns.docx", ["nomination_list", "nomination_no_columns", "docx"],
             unit="Hội Nông dân xã Hồng Phong", province="thành phố Hải Phòng", parent_unit="xã Hồng Phong", number="09/TTr-HND",
             issued=issued.isoformat(), signer="Ngô Văn Tám", columns_found=False, rows=None, people_named=people,
             recognition={"status": "nomination_list_unreadable", "accept_without_confirmation": False,
                          "message_keywords": ["không tìm thấy", "cột", "họ tên", "hình thức"]})
    d.add(
        Header("HỘI NÔNG DÂN XÃ HỒNG PHONG", "BAN CHẤP HÀNH", d.ev("number", "Số: 09/TTr-HND"), d.ev("issued", f"Hồng Phong, {long_date(issued)}")),
        Title(["TỜ TRÌNH", "V/v đề nghị biểu dương hội viên nông dân sản xuất, kinh doanh giỏi"]),
        Para("Kính gửi: " + d.ev("parent_unit", "UBND xã Hồng Phong") + "."),
        Para("Ban Chấp hành Hội Nông dân xã đề nghị biểu dương các hội viên tiêu biểu sau:"),
        Table(["Nội dung", "Ghi chú"], [
            ["Ông Trần Văn Bình thôn Đông - trang trại tổng hợp, doanh thu 1,2 tỷ đồng/năm, tạo việc làm cho 8 lao động - đề nghị Giấy khen", "Đã xét"],
            ["Bà Nguyễn Thị Lụa (Chi hội thôn Nam) mô hình rau an toàn VietGAP; Phạm Văn Cường, nuôi trồng thủy sản, 3 năm liền SXKD giỏi cấp thành phố", "Đề nghị"],
        ], widths=[130, 35]),
        Sign(["Như trên;", "Lưu."], "TM. BAN CHẤP HÀNH", "CHỦ TỊCH", d.ev("signer", "Ngô Văn Tám")),
    )
    return d


def h08():
    """A health station's Tờ trình as a text PDF; its list puts position and unit in one column."""
    issued = D(2025, 8, 14)
    individuals = [
        {"name": "Đặng Thị Mơ", "position": "Trưởng trạm", "unit": "Trạm Y tế xã Bình Minh", "award": "Chiến sĩ thi đua cơ sở",
         "achievement": "3 năm liền hoàn thành xuất sắc nhiệm vụ; sáng kiến quản lý bệnh không lây nhiễm được công nhận cấp cơ sở", "birth_year": 1978},
        {"name": "Hồ Văn Tâm", "position": "Y sĩ", "unit": "Trạm Y tế xã Bình Minh", "award": "Giấy khen của Chủ tịch UBND xã",
         "achievement": "Tiêm chủng mở rộng đạt 99%; tuyên truyền phòng chống sốt xuất huyết", "birth_year": 1985},
        {"name": "Lý Thị Hạnh", "position": "Điều dưỡng", "unit": "Trạm Y tế xã Bình Minh", "award": "Giấy khen của Chủ tịch UBND xã",
         "achievement": "Chăm sóc sức khỏe người cao tuổi tại nhà", "birth_year": 1990},
    ]
    rows = _rows([], individuals)
    d = _doc("holdout", "h08_tram_y_te_nomination.pdf", ["nomination_list", "text_pdf"],
             unit="Trạm Y tế xã Bình Minh", province="thành phố Hải Phòng", parent_unit="xã Bình Minh", number="08/TTr-TYT",
             issued=issued.isoformat(), signer="Đặng Thị Mơ",
             columns=["TT", "Họ và tên", "Năm sinh", "Chức vụ, đơn vị công tác", "Hình thức đề nghị", "Tóm tắt thành tích"], rows=rows,
             recognition={"status": "nomination_list", "accept_without_confirmation": False, "message_keywords": ["danh sách", "3"]})
    d.add(
        Header("UBND XÃ BÌNH MINH", "TRẠM Y TẾ", d.ev("number", "Số: 08/TTr-TYT"), d.ev("issued", f"Bình Minh, {long_date(issued)}")),
        Title(["TỜ TRÌNH", "Đề nghị xét tặng danh hiệu thi đua và hình thức khen thưởng"]),
        Para("Kính gửi: Hội đồng Thi đua - Khen thưởng " + d.ev("parent_unit", "xã Bình Minh") + "."),
        Para("Căn cứ Luật Thi đua, khen thưởng năm 2022 và Kế hoạch tổ chức Hội nghị tuyên dương điển hình tiên tiến của UBND xã, Trạm Y tế đề nghị xét tặng cho 03 cá nhân như danh sách dưới đây."),
        Heading("DANH SÁCH CÁ NHÂN ĐỀ NGHỊ KHEN THƯỞNG"),
        Table(["TT", "Họ và tên", "Năm sinh", "Chức vụ, đơn vị công tác", "Hình thức đề nghị", "Tóm tắt thành tích"],
              [[str(r["no"]), r["name"], str(r["birth_year"]), f"{r['position']}, {r['unit']}", r["award"], r["achievement"]] for r in rows],
              widths=[0.6, 2, 1, 2.4, 2, 3.4], size=11),
        Para("Kính đề nghị Hội đồng xem xét./."),
        Sign(["Như trên;", "Lưu: TYT."], "", "TRƯỞNG TRẠM", d.ev("signer", "Đặng Thị Mơ")),
    )
    return d


def h09():
    """A secondary school's list scanned to an image-only PDF."""
    issued = D(2025, 8, 11)
    collectives = [
        {"name": "Tổ Khoa học tự nhiên", "position": None, "unit": "Trường THCS Lê Lợi", "award": "Tập thể lao động tiên tiến",
         "achievement": "Có 05 học sinh giỏi cấp thành phố năm học 2024 - 2025"},
    ]
    individuals = [
        {"name": "Bùi Thị Ngân", "position": "Phó Hiệu trưởng", "unit": "Trường THCS Lê Lợi", "award": "Chiến sĩ thi đua cơ sở",
         "achievement": "Đề tài khoa học cấp cơ sở nghiệm thu đạt loại Tốt"},
        {"name": "Đinh Quang Minh", "position": "Giáo viên Toán", "unit": "Trường THCS Lê Lợi", "award": "Lao động tiên tiến",
         "achievement": "Bồi dưỡng đội tuyển Toán đạt 2 giải Nhì cấp thành phố"},
        {"name": "Cao Thị Lan", "position": "Tổng phụ trách Đội", "unit": "Trường THCS Lê Lợi", "award": "Giấy khen của Chủ tịch UBND phường",
         "achievement": "Liên đội xuất sắc 3 năm liền"},
        {"name": "Kiều Văn Nam", "position": "Bảo vệ", "unit": "Trường THCS Lê Lợi", "award": "Giấy khen của Chủ tịch UBND phường",
         "achievement": "Trả lại tài sản nhặt được cho học sinh, phụ huynh"},
    ]
    rows = _rows(collectives, individuals)
    d = _doc("holdout", "h09_thcs_le_loi_nomination_scan.pdf", ["nomination_list", "scan_pdf"],
             unit="Trường THCS Lê Lợi", province="thành phố Hải Phòng", parent_unit="phường Lê Lợi", number="21/TTr-THCS",
             issued=issued.isoformat(), signer="Phạm Văn Hòa",
             columns=["TT", "Họ và tên", "Chức vụ", "Đơn vị", "Danh hiệu đề nghị", "Thành tích"], rows=rows,
             recognition={"status": "nomination_list", "accept_without_confirmation": False, "message_keywords": ["danh sách", "5"]})
    d.scan = {"seed": 99, "dpi": 200, "skew": -0.8, "blur": 0.6, "noise": 0.002, "size": "11.5pt"}
    d.add(
        Header("UBND PHƯỜNG LÊ LỢI", "TRƯỜNG THCS LÊ LỢI", d.ev("number", "Số: 21/TTr-THCS"), d.ev("issued", f"Lê Lợi, {long_date(issued)}")),
        Title(["TỜ TRÌNH", "V/v đề nghị công nhận danh hiệu thi đua và khen thưởng giai đoạn 2020 - 2025"]),
        Para("Kính gửi: " + d.ev("parent_unit", "UBND phường Lê Lợi") + " (qua Phòng Văn hóa - Xã hội)."),
        Para("Trường THCS Lê Lợi trân trọng đề nghị công nhận danh hiệu và khen thưởng cho 01 tập thể, 04 cá nhân:"),
        Table(["TT", "Họ và tên", "Chức vụ", "Đơn vị", "Danh hiệu đề nghị", "Thành tích"],
              [[str(r["no"]), r["name"], r["position"] or "", r["unit"], r["award"], r["achievement"]] for r in rows],
              widths=[0.5, 1.8, 1.6, 1.6, 1.9, 3.2], size=10),
        Sign(["Như trên;", "Lưu: VT."], "", "HIỆU TRƯỞNG", d.ev("signer", "Phạm Văn Hòa")),
    )
    return d


def h10():
    """A residents' group Tờ trình (text PDF) that names people in a sentence, with no list at all."""
    issued = D(2025, 8, 13)
    people = ["Lê Thị Bích", "Đoàn Văn Khải", "Nguyễn Hữu Thọ", "Phùng Thị Mai"]
    d = _doc("holdout", "h10_to_dan_pho_no_columns.pdf", ["nomination_list", "nomination_no_columns", "text_pdf"],
             unit="Tổ dân phố số 7", province="thành phố Hải Phòng", parent_unit="phường Lê Lợi", number="03/TTr-TDP",
             issued=issued.isoformat(), signer="Đoàn Văn Khải", columns_found=False, rows=None, people_named=people,
             recognition={"status": "nomination_list_unreadable", "accept_without_confirmation": False,
                          "message_keywords": ["không tìm thấy", "cột", "danh sách"]})
    d.add(
        Header("UBND PHƯỜNG LÊ LỢI", "TỔ DÂN PHỐ SỐ 7", d.ev("number", "Số: 03/TTr-TDP"), d.ev("issued", f"Lê Lợi, {long_date(issued)}")),
        Title(["TỜ TRÌNH", "Đề nghị biểu dương gương người tốt, việc tốt"]),
        Para("Kính gửi: " + d.ev("parent_unit", "UBND phường Lê Lợi") + "."),
        Para("Qua bình xét tại hội nghị Tổ dân phố ngày 10/8/2025, Tổ dân phố số 7 đề nghị UBND phường biểu dương các ông, bà: Lê Thị Bích, Đoàn Văn Khải, "
             "Nguyễn Hữu Thọ và Phùng Thị Mai vì đã tích cực vận động Nhân dân hiến đất mở rộng ngõ 12, tham gia giữ gìn an ninh trật tự và vệ sinh môi trường khu dân cư; "
             "hình thức khen thưởng đề nghị UBND phường xem xét theo quy định."),
        Sign(["Như trên;", "Lưu."], "", "TỔ TRƯỞNG", d.ev("signer", "Đoàn Văn Khải")),
    )
    return d


PLANS = [t07, t08, t09, h08, h09, h10]
