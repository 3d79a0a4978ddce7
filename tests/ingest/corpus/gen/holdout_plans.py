"""Plans of the ``holdout`` split: the same phenomena as ``tune`` written in other words,
other layouts and other orders. Never tune an extractor on these."""
from datetime import date as D

from .common import budget, closing, finish, plan, propaganda, purpose, task
from .model import Header, Heading, Item, Para, Raw, Sign, Table, Title, fuzzy, iso, long_date

HP_BASIS = "Kế hoạch ban hành kèm theo Quyết định số 3194/QĐ-UBND ngày 08/8/2025 của UBND thành phố Hải Phòng"


def h01():
    """A ward's .docx, numbered headings, "•" and "+" bullets, "07 giờ 30 phút", 98 of 140 exemplars."""
    unit, day, issued = "phường Lê Lợi", D(2025, 8, 19), D(2025, 8, 6)
    name = "Hội nghị tuyên dương điển hình tiên tiến phường Lê Lợi Lần thứ I (2025 - 2030)"
    d = plan("holdout", "h01_phuong_le_loi.docx", ["commune", "docx", "bullets_varied", "time_forms", "delegates_breakdown", "name_tuyen_bieu_duong"],
             unit=unit, level="commune", province="thành phố Hải Phòng", campaign="hp-2025-3194")
    d.label.update(number="87/KH-UBND", issued=iso(issued), conference_name=name, conference_date=iso(day), start_time="07:30",
                   delegates=140, delegates_exemplars=98, delegates_guests=42, exemplar_share=0.7, nomination_deadline="2025-08-14",
                   report_deadline="2025-08-30", signer="Bùi Thanh Hương", period_in_name=[2025, 2030])
    d.extra.update(weekday_text="thứ Ba", sessions=1)
    d.add(
        Header("ỦY BAN NHÂN DÂN", "PHƯỜNG LÊ LỢI", d.ev("number", "Số: 87/KH-UBND"), d.ev("issued", f"Lê Lợi, {long_date(issued)}")),
        Title(["KẾ HOẠCH", "Tổ chức Hội nghị tuyên dương điển hình tiên tiến", "phường Lê Lợi Lần thứ I (2025 - 2030)"]),
        Para("Căn cứ " + HP_BASIS + " và tình hình thực tế của địa phương, UBND phường Lê Lợi xây dựng Kế hoạch như sau:"),
        Heading("1. MỤC ĐÍCH"),
        Para("Nhìn lại chặng đường 5 năm thi đua của các phường Lê Lợi, Máy Chai, Vạn Mỹ (trước sắp xếp) và phường Lê Lợi (sau sắp xếp); tôn vinh những tấm gương tiêu biểu; phát động phong trào thi đua giai đoạn mới."),
        Heading("2. YÊU CẦU"),
        Para("Chuẩn bị chu đáo, an toàn, tiết kiệm; lựa chọn điển hình đúng tiêu chuẩn, có tính đại diện các lĩnh vực, các khu dân cư."),
        Heading("3. TÊN GỌI, THỜI GIAN VÀ ĐỊA ĐIỂM"),
        Item("•", "Tên gọi: " + d.ev("conference_name", name) + "."),
        Item("•", "Thời gian: " + d.ev("start_time", "07 giờ 30 phút") + ", " + d.ev("conference_date", "ngày 19 tháng 8 năm 2025 (thứ Ba)") + "."),
        Item("•", "Địa điểm: Hội trường Trung tâm Văn hóa phường (số 2 phố Lạch Tray)."),
        Heading("4. ĐẠI BIỂU"),
        Para(d.ev("delegates", "Số lượng đại biểu dự kiến: 140 người") + ", gồm " + d.ev("delegates_exemplars", "98 đại biểu là điển hình tiên tiến")
             + " và " + d.ev("delegates_guests", "42 đại biểu khách mời, lãnh đạo") + ":"),
        Item("+", "Khách mời: lãnh đạo Ban Thi đua - Khen thưởng thành phố, Đảng ủy, HĐND, UBND, Ủy ban MTTQ Việt Nam phường;", level=1),
        Item("+", "Điển hình tiên tiến: do các tổ dân phố, trường học, trạm y tế, doanh nghiệp bình xét từ cơ sở.", level=1),
        Heading("5. NỘI DUNG CHƯƠNG TRÌNH"),
    )
    for key, text in (
        ("opening", "Khai mạc: tuyên bố lý do, giới thiệu đại biểu dự Hội nghị"),
        ("summary_report", "Báo cáo đánh giá 5 năm phong trào thi đua yêu nước và công tác khen thưởng (2020 - 2025), định hướng 2025 - 2030"),
        ("presentations", "Trình bày 03 tham luận của tập thể, cá nhân tiêu biểu"),
        ("exchange", "Giao lưu, chia sẻ kinh nghiệm giữa các điển hình"),
        ("honouring", "Công bố quyết định khen thưởng; trao Giấy khen của Chủ tịch UBND phường"),
        ("launch", "Phát động thi đua giai đoạn mới 2025 - 2030"),
        ("response", "Đại diện Hội Cựu chiến binh hưởng ứng phong trào"),
        ("higher_delegates", "Biểu quyết thông qua danh sách đại biểu dự Đại hội Thi đua yêu nước thành phố lần thứ I"),
        ("closing", "Kết luận, bế mạc"),
    ):
        d.add(Item("•", d.agenda(key, text) + "."))
    d.add(Heading("6. PHÂN CÔNG NHIỆM VỤ"))
    for assignee, bullets in (
        ("Phòng Văn hóa - Xã hội phường", [
            ("Xây dựng báo cáo tổng kết, kịch bản chương trình.", None),
            ("Nhận hồ sơ đề nghị khen thưởng " + d.ev("nomination_deadline", "trước 17 giờ ngày 14/8/2025") + ".", D(2025, 8, 14)),
            ("Tổng hợp, " + d.ev("report_deadline", "gửi báo cáo kết quả về Ban Thi đua - Khen thưởng thành phố chậm nhất ngày 30/8/2025") + ".", D(2025, 8, 30)),
        ]),
        ("Văn phòng HĐND và UBND phường", [("Giấy mời, hội trường, âm thanh, nước uống, đón tiếp đại biểu.", None)]),
        ("Các tổ dân phố", [("Bình xét, giới thiệu điển hình; cử đại biểu dự Hội nghị đúng thành phần.", None)]),
    ):
        d.add(Item("•", assignee + ":"))
        for text, due in bullets:
            d.add(Item("+", task(d, assignee, text, due), level=1))
    d.add(
        closing("c", extra="Kế hoạch này thay cho giấy mời đối với các tổ dân phố."),
        Sign(["Ban TĐ-KT thành phố (b/c);", "TT Đảng ủy phường;", "Các tổ dân phố;", "Lưu: VT."], "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH",
             d.ev("signer", "Bùi Thanh Hương")),
    )
    return finish(d)


def h02():
    """A commune's plan in "PHẦN" sections; the agenda interleaves incense, a film, music and a welcome speech."""
    unit, day, issued = "xã Quang Trung", D(2025, 8, 24), D(2025, 8, 11)
    name = "Hội nghị tuyên dương điển hình tiên tiến xã Quang Trung Lần thứ I (2025 - 2030)"
    d = plan("holdout", "h02_xa_quang_trung.txt", ["commune", "txt", "agenda_ceremony", "time_forms"],
             unit=unit, level="commune", province="thành phố Hải Phòng", campaign="hp-2025-3194")
    d.label.update(number="73/KH-UBND", issued=iso(issued), conference_name=name, conference_date=iso(day), start_time="07:30",
                   end_time="10:30", delegates=150, signer="Đoàn Văn Kiên", period_in_name=[2025, 2030])
    d.extra.update(weekday_text="Chủ nhật", sessions=1)
    d.add(
        Header("ĐẢNG ỦY - HĐND - UBND", "XÃ QUANG TRUNG", d.ev("number", "Số: 73/KH-UBND"), d.ev("issued", f"Quang Trung, {long_date(issued)}")),
        Title(["KẾ HOẠCH", "Tổ chức " + d.ev("conference_name", name)]),
        Heading("PHẦN I. MỤC ĐÍCH, YÊU CẦU"),
        *purpose("c", "xã Quang Trung"),
        Heading("PHẦN II. THỜI GIAN, ĐỊA ĐIỂM, ĐẠI BIỂU"),
        Para("Hội nghị diễn ra " + d.ev("start_time", "từ 7h30 đến 10h30") + " " + d.ev("conference_date", "ngày 24/8/2025 (Chủ nhật)")
             + " tại Hội trường Nhà văn hóa xã; " + d.ev("delegates", "dự kiến 150 đại biểu") + " gồm khách mời, lãnh đạo và các điển hình tiên tiến."),
        Heading("PHẦN III. CHƯƠNG TRÌNH"),
    )
    for row in (
        (None, "7h00 - 7h20: Dâng hương tại Đài tưởng niệm liệt sĩ xã", "ceremony", "07:00", "07:20"),
        (None, "7h30: Chương trình văn nghệ chào mừng", "ceremony", "07:30", None),
        ("opening", "Chào cờ, tuyên bố lý do, giới thiệu đại biểu", None),
        (None, "Trình chiếu phóng sự “Quang Trung - những dấu ấn 2020 - 2025”", "ceremony"),
        (None, "Phát biểu chào mừng của Bí thư Đảng ủy xã", "speech"),
        ("summary_report", "Phó Chủ tịch UBND xã trình bày báo cáo tổng kết phong trào thi đua, khen thưởng giai đoạn 2020 - 2025", None),
        ("presentations", "Phát biểu tham luận (03 điển hình)", None),
        ("exchange", "Chương trình giao lưu, tọa đàm với các điển hình", None),
        ("honouring", "Trao tặng Giấy khen cho 20 tập thể, 45 cá nhân", None),
        ("launch", "Chủ tịch UBND xã phát động thi đua", None),
        ("response", "Hưởng ứng phát động thi đua", None),
        ("higher_delegates", "Giới thiệu và biểu quyết danh sách đại biểu dự Đại hội Thi đua yêu nước thành phố", None),
        ("closing", "10h30: Bế mạc", None, "10:30", None),
    ):
        key, text, role, *times = row
        d.add(Item("-", d.agenda(key, text, *(times or [None, None]), role=role) + ";"))
    d.add(
        Heading("PHẦN IV. TỔ CHỨC THỰC HIỆN"),
        Para("Văn phòng HĐND và UBND xã: " + task(d, "Văn phòng HĐND và UBND xã", "điều hành chung, chuẩn bị hội trường, giấy mời") + "."),
        Para("Trung tâm Văn hóa - Thông tin xã: " + task(d, "Trung tâm Văn hóa - Thông tin xã", "dàn dựng văn nghệ, phóng sự, tuyên truyền trên loa truyền thanh") + "."),
        Para("Ủy ban MTTQ Việt Nam xã: " + task(d, "Ủy ban MTTQ Việt Nam xã", "phối hợp lựa chọn điển hình trong Nhân dân") + "."),
        *budget("b", "xã"),
        Sign(["Ban TĐ-KT thành phố;", "Thường trực Đảng ủy xã;", "Lưu: VT."], "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", d.ev("signer", "Đoàn Văn Kiên")),
    )
    return finish(d)


def h03():
    """A department's text PDF: headings run on with their content, the honouring before
    the presentations, "14h-16h", named "Hội nghị điển hình tiên tiến"."""
    unit, day, issued = "Sở Tư pháp", D(2025, 8, 21), D(2025, 8, 7)
    name = "Hội nghị điển hình tiên tiến Sở Tư pháp lần thứ I (2025 - 2030)"
    d = plan("holdout", "h03_so_tu_phap_runon.pdf",
             ["department", "text_pdf", "run_on_headings", "agenda_reordered", "name_dien_hinh", "time_forms"],
             unit=unit, level="department", province="thành phố Hải Phòng", campaign="hp-2025-3194")
    d.label.update(number="96/KH-STP", issued=iso(issued), conference_name=name, conference_date=iso(day), start_time="14:00",
                   end_time="16:00", delegates=80, exemplar_share=0.7, report_deadline="2025-08-28", signer="Ngô Thị Bích",
                   period_in_name=[2025, 2030])
    d.extra.update(weekday_text="thứ Năm", sessions=1)
    d.add(
        Header("UBND THÀNH PHỐ HẢI PHÒNG", "SỞ TƯ PHÁP", d.ev("number", "Số: 96/KH-STP"), d.ev("issued", f"Hải Phòng, {long_date(issued)}")),
        Title(["KẾ HOẠCH", "Tổ chức " + d.ev("conference_name", name)]),
        Para("I. CĂN CỨ, MỤC ĐÍCH Căn cứ " + HP_BASIS + "; Sở Tư pháp tổ chức Hội nghị để tổng kết phong trào thi đua giai đoạn 2020 - 2025 và phát động thi đua giai đoạn 2025 - 2030."),
        Para("II. THỜI GIAN, ĐỊA ĐIỂM, THÀNH PHẦN 1. Thời gian: " + d.ev("start_time", "14h-16h") + " " + d.ev("conference_date", "thứ Năm, 21/8/2025")
             + " 2. Địa điểm: Phòng họp tầng 4 3. Thành phần: " + d.ev("delegates", "80 đại biểu") + ", " + d.ev("exemplar_share", "trong đó điển hình tiên tiến khoảng 70%") + "."),
        Para("III. CHƯƠNG TRÌNH 1) " + d.agenda("opening", "Tuyên bố lý do, giới thiệu đại biểu") + "; 2) "
             + d.agenda("summary_report", "Báo cáo tổng kết 5 năm công tác thi đua, khen thưởng của Sở") + "; 3) "
             + d.agenda("honouring", "Công bố quyết định và trao tặng Bằng khen, Giấy khen") + "; 4) "
             + d.agenda("presentations", "Tham luận của Phòng Công chứng số 1 và Trung tâm Trợ giúp pháp lý") + "; 5) "
             + d.agenda("exchange", "Giao lưu với điển hình") + "; 6) "
             + d.agenda("launch", "Phát động phong trào thi đua 2025 - 2030") + "; 7) "
             + d.agenda("response", "Hưởng ứng của Chi đoàn Sở") + "; 8) "
             + d.agenda("higher_delegates", "Thông qua danh sách đại biểu đi dự Đại hội Thi đua yêu nước thành phố") + "; 9) "
             + d.agenda("closing", "Bế mạc") + "."),
        Para("IV. TỔ CHỨC THỰC HIỆN Văn phòng Sở " + task(d, "Văn phòng Sở", "chủ trì; " + d.ev("report_deadline", "báo cáo kết quả về Ban Thi đua - Khen thưởng thành phố trước ngày 28/8/2025"), D(2025, 8, 28))
             + "; các phòng, đơn vị " + task(d, "Các phòng, đơn vị", "phối hợp thực hiện") + "./."),
        Sign(["Ban TĐ-KT thành phố;", "Lưu: VT."], "", "GIÁM ĐỐC", d.ev("signer", "Ngô Thị Bích")),
    )
    return finish(d)


def h04():
    """A district's 2024 "người tốt, việc tốt" plan, scanned to an image-only PDF; "Chiều 21/8"."""
    unit, day, issued = "huyện An Dương", D(2024, 8, 21), D(2024, 8, 2)
    name = "Hội nghị biểu dương người tốt, việc tốt huyện An Dương năm 2024"
    d = plan("holdout", "h04_huyen_an_duong_nguoi_tot_scan.pdf", ["district", "name_nguoi_tot", "scan_pdf", "time_forms", "short_date_forms"],
             unit=unit, level="district", province="thành phố Hải Phòng")
    d.label.update(number="214/KH-UBND", issued=iso(issued), conference_name=name, conference_date=iso(day), start_time="14:30",
                   delegates=200, signer="Lê Khắc Nam")
    d.scan = {"seed": 44, "dpi": 200, "skew": 1.1, "blur": 0.6, "noise": 0.0018, "size": "12pt"}
    d.add(
        Header("ỦY BAN NHÂN DÂN", "HUYỆN AN DƯƠNG", d.ev("number", "Số: 214/KH-UBND"), d.ev("issued", f"An Dương, {long_date(issued)}")),
        Title(["KẾ HOẠCH", "Tổ chức " + d.ev("conference_name", name)]),
        Para("Thực hiện Kế hoạch của UBND thành phố về đẩy mạnh phong trào “Người tốt, việc tốt”, UBND huyện An Dương xây dựng Kế hoạch tổ chức Hội nghị biểu dương như sau:"),
        Heading("I. MỤC ĐÍCH"),
        Para("Ghi nhận, tôn vinh những tấm gương người tốt, việc tốt trong các lĩnh vực năm 2024; tuyên truyền, nhân rộng trong cộng đồng."),
        Heading("II. THỜI GIAN, ĐỊA ĐIỂM, THÀNH PHẦN"),
        Para("- Thời gian: " + d.ev("conference_date", "Chiều 21/8") + ", từ " + d.ev("start_time", "14h30") + "."),
        Para("- Địa điểm: Hội trường Huyện ủy An Dương."),
        Para("- Thành phần: " + d.ev("delegates", "200 đại biểu") + ", gồm lãnh đạo huyện, các phòng, ban, ngành, đoàn thể; Chủ tịch UBND các xã, thị trấn; các gương người tốt, việc tốt được biểu dương."),
        Heading("III. CHƯƠNG TRÌNH"),
    )
    for key, text, role in (
        ("opening", "Tuyên bố lý do, giới thiệu đại biểu", None),
        ("summary_report", "Báo cáo kết quả phong trào “Người tốt, việc tốt” năm 2024", None),
        (None, "Chiếu phóng sự về các gương người tốt, việc tốt", "ceremony"),
        ("exchange", "Giao lưu với 05 gương người tốt, việc tốt", None),
        ("honouring", "Trao Giấy khen của Chủ tịch UBND huyện cho 60 cá nhân, 15 tập thể", None),
        ("closing", "Phát biểu kết luận, bế mạc", None),
    ):
        d.add(Item("-", d.agenda(key, text, role=role) + "."))
    d.add(
        Heading("IV. TỔ CHỨC THỰC HIỆN"),
        Para("Phòng Nội vụ " + task(d, "Phòng Nội vụ", "tổng hợp danh sách, tham mưu khen thưởng") + "; Văn phòng HĐND và UBND huyện "
             + task(d, "Văn phòng HĐND và UBND huyện", "chuẩn bị hậu cần, giấy mời") + "."),
        Sign(["TT Huyện ủy, HĐND huyện;", "Lưu: VT."], "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", d.ev("signer", "Lê Khắc Nam")),
    )
    return finish(d)


def h05():
    """Another province's congress plan as a text PDF: "cuối tháng 10, đầu tháng 11 năm
    2025", 500 delegates of whom 350 exemplars, headings running into their first item."""
    unit, issued = "tỉnh Nghệ An", D(2025, 8, 14)
    name = "Đại hội Thi đua yêu nước tỉnh Nghệ An lần thứ I (2025 - 2030)"
    when = "cuối tháng 10, đầu tháng 11 năm 2025"
    d = plan("holdout", "h05_nghe_an_congress.pdf",
             ["province", "congress", "text_pdf", "fuzzy_date", "delegates_breakdown", "run_on_headings"],
             kind="congress_plan", unit=unit, level="province", province="tỉnh Nghệ An")
    d.label.update(number="611/KH-UBND", issued=iso(issued), conference_name=name,
                   conference_date=fuzzy(D(2025, 10, 20), D(2025, 11, 10), when),
                   delegates=500, delegates_exemplars=350, delegates_guests=150, exemplar_share=0.7, signer="Lê Hồng Vinh",
                   period_in_name=[2025, 2030])
    d.add(
        Header("ỦY BAN NHÂN DÂN", "TỈNH NGHỆ AN", d.ev("number", "Số: 611/KH-UBND"), d.ev("issued", f"Nghệ An, {long_date(issued)}")),
        Title(["KẾ HOẠCH", "Tổ chức " + d.ev("conference_name", name)]),
        Para("Căn cứ Luật Thi đua, khen thưởng năm 2022; Hướng dẫn số 4758/HD-BNV ngày 05/7/2025 của Bộ Nội vụ, Ủy ban nhân dân tỉnh Nghệ An xây dựng Kế hoạch tổ chức Đại hội như sau:"),
        Para("I. MỤC ĐÍCH, YÊU CẦU 1. Tổng kết phong trào thi đua yêu nước và công tác khen thưởng giai đoạn 2020 - 2025; đề ra phương hướng, nhiệm vụ giai đoạn 2025 - 2030. "
             "2. Tôn vinh các Anh hùng, Chiến sĩ thi đua, điển hình tiên tiến; chọn đoàn đại biểu dự Đại hội Thi đua yêu nước toàn quốc lần thứ XI."),
        Para("II. THỜI GIAN, ĐỊA ĐIỂM 1. Thời gian: " + d.ev("conference_date", when) + " (01 ngày). 2. Địa điểm: Trung tâm Hội nghị tỉnh, thành phố Vinh."),
        Para("III. ĐẠI BIỂU 1. Số lượng: " + d.ev("delegates", "Tổng số đại biểu triệu tập: 500 đại biểu") + ". Trong đó: "
             + d.ev("delegates_guests", "đại biểu khách mời 150") + "; " + d.ev("delegates_exemplars", "đại biểu chính thức là điển hình tiên tiến 350") + "."),
        Para("2. Tiêu chuẩn: đại biểu chính thức là tập thể, cá nhân tiêu biểu được bình chọn từ Hội nghị, Đại hội cấp cơ sở, cấp xã và các sở, ban, ngành; ưu tiên người trực tiếp lao động, sản xuất, chiến đấu."),
        Para("IV. CHƯƠNG TRÌNH ĐẠI HỘI 1. Phần nghi lễ: " + d.agenda(None, "Chương trình nghệ thuật chào mừng", role="ceremony") + "; "
             + d.agenda(None, "Chào cờ", role="ceremony") + "; " + d.agenda("opening", "Tuyên bố lý do, giới thiệu đại biểu") + "."),
        Para("2. Phần nội dung:"),
        Item("a)", d.agenda(None, "Diễn văn khai mạc của Chủ tịch UBND tỉnh", role="speech") + ";"),
        Item("b)", d.agenda("summary_report", "Báo cáo tổng kết phong trào thi đua yêu nước giai đoạn 2020 - 2025, phương hướng, nhiệm vụ giai đoạn 2025 - 2030") + ";"),
        Item("c)", d.agenda("presentations", "Các báo cáo tham luận, xen kẽ giao lưu điển hình tiên tiến") + ";"),
        Item("d)", d.agenda(None, "Phát biểu chỉ đạo của lãnh đạo Đảng, Nhà nước", role="speech") + ";"),
        Item("đ)", d.agenda("honouring", "Trao các hình thức khen thưởng") + ";"),
        Item("e)", d.agenda("launch", "Phát động phong trào thi đua yêu nước giai đoạn 2025 - 2030") + ";"),
        Item("g)", d.agenda("higher_delegates", "Thông qua danh sách đoàn đại biểu tỉnh dự Đại hội Thi đua yêu nước toàn quốc lần thứ XI") + ";"),
        Item("h)", d.agenda(None, "Thông qua Lời kêu gọi thi đua", role="resolution") + ";"),
        Item("i)", d.agenda("closing", "Bế mạc") + "."),
        Para("V. TỔ CHỨC THỰC HIỆN 1. Sở Nội vụ: " + task(d, "Sở Nội vụ", "thường trực Ban Tổ chức; tổng hợp, thẩm định đại biểu") + "."),
        Para("2. Sở Văn hóa, Thể thao và Du lịch: " + task(d, "Sở Văn hóa, Thể thao và Du lịch", "chương trình nghệ thuật, triển lãm ảnh") + "."),
        Para("3. Các sở, ban, ngành, UBND các xã, phường: " + task(d, "Các sở, ban, ngành, UBND các xã, phường", "giới thiệu đại biểu theo phân bổ") + "."),
        Sign(["Bộ Nội vụ;", "Ban TĐKT Trung ương;", "TT Tỉnh ủy, HĐND tỉnh;", "Lưu: VT."], "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", d.ev("signer", "Lê Hồng Vinh")),
    )
    return finish(d)


def h06():
    """A commune plan read by OCR without diacritics, side-by-side header, with typos."""
    unit, day, issued = "xã Bình Minh", D(2025, 8, 22), D(2025, 8, 12)
    name = "Hội nghị tuyên dương điển hình tiên tiến xã Bình Minh Lần thứ I (2025 - 2030)"
    d = plan("holdout", "h06_xa_binh_minh_ocr.txt", ["commune", "ocr_text", "txt", "typos", "delegates_breakdown"],
             unit=unit, level="commune", province="thành phố Hải Phòng", campaign="hp-2025-3194")
    d.label.update(number="44/KH-UBND", issued=iso(issued), conference_name=name, conference_date=iso(day), start_time="08:00",
                   delegates=120, delegates_exemplars=84, exemplar_share=0.7, nomination_deadline="2025-08-18", signer="Mai Xuân Trường",
                   period_in_name=[2025, 2030])
    d.extra.update(weekday_text="thứ Sáu", sessions=1)
    d.header_layout = "side"
    d.ocr = {"seed": 66, "keep": 0.2, "confuse": 0.07,
             "garble": {"KẾ HOẠCH": "KE HOA CH", "người": "nguòi", "Số: 44/KH-UBND": "S6: 44/KH-UBND", "Độc lập": "Déc lap"}}
    d.add(
        Header("ỦY BAN NHÂN DÂN", "XÃ BÌNH MINH", d.ev("number", "Số: 44/KH-UBND"), d.ev("issued", f"Bình Minh, {long_date(issued)}")),
        Title(["KẾ HOẠCH", "Tổ chức " + d.ev("conference_name", name), "tiến tơi Đai hội Thi đua yêu nước thành phố Hải Phòng"]),
        Para("Thực hiện Quyết định số 3194/QĐ-UBND ngày 08/8/2025 cua UBND thành phố, UBND xã Bình Minh xây dựng Kế hoạch như sau:"),
        Heading("I. MỤC ĐÍCH, YÊU CẦU"),
        Para("Tổng kết phong trào thi đua giai đoan 2020 - 2025; biểu dương những nguời tốt, việc tốt, điển hình tiên tiến trên các lĩnh vực."),
        Heading("II. THỜI GIAN, ĐỊA ĐIỂM"),
        Para("Thời gian: " + d.ev("start_time", "8h00") + " " + d.ev("conference_date", "ngày 22/8/2025 (thứ Sáu)") + ". Địa điểm: Hội trường UBND xã."),
        Heading("III. ĐẠI BIỂU"),
        Para(d.ev("delegates", "Tổng số 120 đại biểu") + ", trong đó " + d.ev("delegates_exemplars", "điển hình tiên tiến 84 đại biểu") + ", còn lại là khách mời, lãnh đạo."),
        Heading("IV. CHƯƠNG TRÌNH"),
    )
    for i, (key, text) in enumerate((
        ("opening", "Tuyên bố lý do, giới thiệu đại biểu"),
        ("summary_report", "Báo cáo tổng kết phong trào thi đua, khen thương 5 năm"),
        ("presentations", "Tham luận"),
        ("exchange", "Giao lưu điển hình tiên tiến"),
        ("honouring", "Khen thưởng điển hình tiên tiến"),
        ("launch", "Phát động phong trào thi đua 2025 - 2030"),
        ("response", "Hưởng ứng"),
        ("higher_delegates", "Thông qua danh sách đại biểu dự Đại hội thi đua cấp trên"),
        ("closing", "Bế mạc"),
    ), start=1):
        d.add(Item(f"{i}.", d.agenda(key, text) + "."))
    d.add(
        Heading("V. TỔ CHỨC THỰC HIỆN"),
        Para("Phòng Văn hóa - Xã hội " + task(d, "Phòng Văn hóa - Xã hội", d.ev("nomination_deadline", "nhận danh sách đề nghị khen thưởng truóc ngày 18/8/2025"), D(2025, 8, 18)) + "."),
        Sign(["Ban TĐ-KT thành phố;", "Lưu: VT."], "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", d.ev("signer", "Mai Xuân Trường")),
    )
    return finish(d)


def h07():
    """A department plan copied from its web portal with a comment box, "Chia sẻ bài viết" and a footer."""
    unit, day, issued = "Sở Văn hóa và Thể thao", D(2025, 8, 20), D(2025, 8, 8)
    name = "Hội nghị tuyên dương điển hình tiên tiến ngành Văn hóa và Thể thao Lần thứ I (2025 - 2030)"
    d = plan("holdout", "h07_so_vhtt_web.txt", ["department", "web_copy", "txt"],
             unit=unit, level="department", province="thành phố Hải Phòng", campaign="hp-2025-3194")
    d.label.update(number="1204/KH-SVHTT", issued=iso(issued), conference_name=name, conference_date=iso(day), start_time="14:00",
                   delegates=120, exemplar_share=0.7, nomination_deadline="2025-08-13", signer="Trần Thị Hoàng Mai", period_in_name=[2025, 2030])
    d.extra.update(sessions=1)
    d.add(
        Raw("Sở Văn hóa và Thể thao thành phố Hải Phòng\nTìm kiếm...\nTRANG CHỦ  GIỚI THIỆU  TIN TỨC  VĂN HÓA  THỂ THAO  GIA ĐÌNH  VĂN BẢN  LIÊN HỆ\n"
            "Thứ Sáu, 08/08/2025 - 16:05\nKế hoạch tổ chức Hội nghị tuyên dương điển hình tiên tiến ngành Văn hóa và Thể thao\n(Cập nhật lúc 16:05 08/08/2025) - Chia sẻ bài viết:"),
        Header("UBND THÀNH PHỐ HẢI PHÒNG", "SỞ VĂN HÓA VÀ THỂ THAO", d.ev("number", "Số: 1204/KH-SVHTT"), d.ev("issued", f"Hải Phòng, {long_date(issued)}")),
        Title(["KẾ HOẠCH", "Tổ chức " + d.ev("conference_name", name)]),
        Para("Thực hiện " + HP_BASIS + ", Sở Văn hóa và Thể thao ban hành Kế hoạch:"),
        Heading("1. Mục đích, yêu cầu"),
        *purpose("d", "ngành"),
        Heading("2. Thời gian, địa điểm"),
        Para(d.ev("start_time", "14 giờ") + " " + d.ev("conference_date", "ngày 20/8/2025") + " tại Nhà hát Thành phố, số 1 Quang Trung."),
        Heading("3. Đại biểu"),
        Para(d.ev("delegates", "120 đại biểu") + ": nghệ sĩ, vận động viên, huấn luyện viên, viên chức, người lao động tiêu biểu (" + d.ev("exemplar_share", "khoảng 70%") + "); khách mời, lãnh đạo."),
        Heading("4. Chương trình"),
    )
    for key, text, role in (
        (None, "Biểu diễn nghệ thuật chào mừng của Nhà hát Múa rối", "ceremony"),
        ("opening", "Tuyên bố lý do, giới thiệu đại biểu", None),
        ("summary_report", "Báo cáo tổng kết phong trào thi đua, khen thưởng ngành giai đoạn 2020 - 2025", None),
        ("presentations", "Tham luận của vận động viên đạt huy chương quốc tế, nghệ sĩ ưu tú", None),
        ("exchange", "Giao lưu với các điển hình", None),
        ("honouring", "Khen thưởng các tập thể, cá nhân", None),
        ("launch", "Phát động thi đua giai đoạn 2025 - 2030", None),
        ("response", "Hưởng ứng", None),
        ("higher_delegates", "Thông qua danh sách đại biểu dự Đại hội Thi đua yêu nước thành phố", None),
        ("closing", "Bế mạc", None),
    ):
        d.add(Item("-", d.agenda(key, text, role=role) + ";"))
    d.add(
        Heading("5. Tổ chức thực hiện"),
        Para("Các phòng, đơn vị " + task(d, "Các phòng, đơn vị", d.ev("nomination_deadline", "gửi hồ sơ đề nghị khen thưởng về Văn phòng Sở trước ngày 13/8/2025"), D(2025, 8, 13)) + "; Văn phòng Sở "
             + task(d, "Văn phòng Sở", "tổng hợp, chuẩn bị Hội nghị") + "."),
        Sign(["Ban TĐ-KT thành phố;", "Lưu: VT, VP."], "", "GIÁM ĐỐC", d.ev("signer", "Trần Thị Hoàng Mai")),
        Raw("Tải về: KH-1204.pdf\nCác tin khác\n  Hội thi Tuyên truyền lưu động toàn quốc năm 2025 (05/08/2025)\n  Khai mạc Giải Bóng chuyền các đội mạnh thành phố (01/08/2025)\n"
            "Ý kiến bạn đọc\nHọ và tên: ______  Email: ______  Nội dung: ______  [Gửi]\n"
            "CƠ QUAN CHỦ QUẢN: SỞ VĂN HÓA VÀ THỂ THAO THÀNH PHỐ HẢI PHÒNG\nGiấy phép số 12/GP-TTĐT. Chịu trách nhiệm chính: Giám đốc Sở\nĐang truy cập: 37 | Tổng lượt truy cập: 1.204.556"),
    )
    return finish(d)



def h15():
    """A province's own conference (.docx) with its timetable as a table; named "Hội nghị điển hình tiên tiến"."""
    unit, day, issued = "tỉnh Hưng Yên", D(2025, 5, 20), D(2025, 4, 25)
    name = "Hội nghị điển hình tiên tiến tỉnh Hưng Yên giai đoạn 2020 - 2025"
    d = plan("holdout", "h15_hung_yen_timetable.docx", ["province", "docx", "docx_table", "name_dien_hinh"],
             unit=unit, level="province", province="tỉnh Hưng Yên")
    d.label.update(number="58/KH-UBND", issued=iso(issued), conference_name=name, conference_date=iso(day), start_time="08:00",
                   end_time="11:30", delegates=350, exemplar_share=0.7, nomination_deadline="2025-05-05", signer="Nguyễn Lê Huy",
                   period_in_name=[2020, 2025])
    rows = []
    for span, key, text, who, role in (
        ("8h00 - 8h15", None, "Văn nghệ chào mừng; chào cờ", "Nhà hát Chèo tỉnh", "ceremony"),
        ("8h15 - 8h25", "opening", "Tuyên bố lý do, giới thiệu đại biểu", "Chánh Văn phòng UBND tỉnh", None),
        ("8h25 - 8h40", None, "Khai mạc Hội nghị", "Chủ tịch UBND tỉnh", "speech"),
        ("8h40 - 9h10", "summary_report", "Báo cáo tổng kết phong trào thi đua yêu nước tỉnh Hưng Yên giai đoạn 2020 - 2025", "Giám đốc Sở Nội vụ", None),
        ("9h10 - 10h00", "presentations", "05 tham luận của các điển hình tiên tiến", "Các điển hình", None),
        ("10h00 - 10h40", "honouring", "Trao Huân chương, Bằng khen của Thủ tướng Chính phủ và Bằng khen của UBND tỉnh", "Lãnh đạo tỉnh", None),
        ("10h40 - 11h00", "launch", "Phát động phong trào thi đua giai đoạn 2025 - 2030", "Chủ tịch UBND tỉnh", None),
        ("11h00 - 11h20", "higher_delegates", "Thông qua danh sách đại biểu dự Đại hội Thi đua yêu nước toàn quốc", "Ban Tổ chức", None),
        ("11h20 - 11h30", "closing", "Bế mạc", "Phó Chủ tịch UBND tỉnh", None),
    ):
        start, end = (x.strip().replace("h", ":").rjust(5, "0") for x in span.split("-"))
        rows.append([span, d.agenda(key, text, start, end, role), who])
    d.add(
        Header("ỦY BAN NHÂN DÂN", "TỈNH HƯNG YÊN", d.ev("number", "Số: 58/KH-UBND"), d.ev("issued", f"Hưng Yên, {long_date(issued)}")),
        Title(["KẾ HOẠCH", "Tổ chức " + d.ev("conference_name", name)]),
        Heading("A. MỤC ĐÍCH, YÊU CẦU"),
        *purpose("b", "tỉnh"),
        Heading("B. NỘI DUNG"),
        Heading("I. Thời gian, địa điểm, đại biểu"),
        Para("Hội nghị được tổ chức vào " + d.ev("conference_date", "ngày 20 tháng 5 năm 2025") + " (thứ Ba), từ " + d.ev("start_time", "8h00") + " đến 11h30, tại Trung tâm Hội nghị tỉnh. "
             + d.ev("delegates", "Số lượng: 350 đại biểu") + "; " + d.ev("exemplar_share", "điển hình tiên tiến khoảng 70%") + "."),
        Heading("II. Chương trình"),
        Table(["Thời gian", "Nội dung", "Người thực hiện"], rows, widths=[28, 92, 45]),
        Heading("III. Hoạt động tuyên truyền"),
        *propaganda("b", "tỉnh"),
        Heading("C. TỔ CHỨC THỰC HIỆN"),
        Para("1. Sở Nội vụ: " + task(d, "Sở Nội vụ", d.ev("nomination_deadline", "tổng hợp đề nghị khen thưởng của các sở, ngành, huyện, thành phố trước ngày 05/5/2025"), D(2025, 5, 5)) + "."),
        Para("2. Văn phòng UBND tỉnh: " + task(d, "Văn phòng UBND tỉnh", "chuẩn bị hội trường, giấy mời, lễ tân") + "."),
        Para("3. Sở Văn hóa, Thể thao và Du lịch: " + task(d, "Sở Văn hóa, Thể thao và Du lịch", "chương trình nghệ thuật, trang trí") + "."),
        Sign(["TT Tỉnh ủy, HĐND tỉnh;", "Các sở, ban, ngành;", "Lưu: VT."], "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", d.ev("signer", "Nguyễn Lê Huy")),
    )
    return finish(d)


def h16():
    """A commune plan on one scanned page: "người trực tiếp lao động, sản xuất chiếm 70%" (not the exemplar share)."""
    unit, day, issued = "xã Tiên Hưng", D(2025, 8, 19), D(2025, 8, 8)
    name = "Hội nghị tuyên dương điển hình tiên tiến xã Tiên Hưng Lần thứ I (2025 - 2030)"
    d = plan("holdout", "h16_xa_tien_hung_scan.png", ["commune", "scan_png", "direct_worker_share"],
             unit=unit, level="commune", province="thành phố Hải Phòng", campaign="hp-2025-3194")
    d.label.update(number="40/KH-UBND", issued=iso(issued), conference_name=name, conference_date=iso(day), start_time="08:00",
                   delegates=120, exemplar_share=None, direct_worker_share=0.7, signer="Phan Văn Quý", period_in_name=[2025, 2030])
    d.extra.update(weekday_text="thứ Ba", sessions=1)
    d.scan = {"seed": 161, "dpi": 200, "skew": 0.5, "blur": 0.9, "noise": 0.0025, "size": "11pt"}
    d.add(
        Header("ỦY BAN NHÂN DÂN", "XÃ TIÊN HƯNG", d.ev("number", "Số: 40/KH-UBND"), d.ev("issued", f"Tiên Hưng, {long_date(issued)}")),
        Title(["KẾ HOẠCH", "Tổ chức " + d.ev("conference_name", name)]),
        Para("Căn cứ " + HP_BASIS + ", UBND xã Tiên Hưng xây dựng Kế hoạch như sau:"),
        Para("1. Thời gian, địa điểm: " + d.ev("start_time", "8 giờ") + " " + d.ev("conference_date", "ngày 19/8/2025 (thứ Ba)") + ", tại Hội trường UBND xã."),
        Para("2. Đại biểu: " + d.ev("delegates", "Tổng số 120 đại biểu") + ", trong đó " + d.ev("direct_worker_share", "người trực tiếp lao động, sản xuất chiếm 70%")
             + "; đại biểu nữ không dưới 30%."),
        Para("3. Chương trình: " + ", ".join([
            d.agenda("opening", "tuyên bố lý do, giới thiệu đại biểu"),
            d.agenda("summary_report", "báo cáo tổng kết phong trào thi đua 2020 - 2025"),
            d.agenda("presentations", "tham luận điển hình"),
            d.agenda("exchange", "giao lưu"),
            d.agenda("honouring", "khen thưởng các tập thể, cá nhân"),
            d.agenda("launch", "phát động thi đua 2025 - 2030"),
            d.agenda("response", "hưởng ứng"),
            d.agenda("higher_delegates", "thông qua danh sách đại biểu dự Đại hội Thi đua yêu nước thành phố"),
            d.agenda("closing", "bế mạc"),
        ]) + "."),
        Para("4. Tổ chức thực hiện: " + task(d, "Văn phòng HĐND và UBND xã", "Văn phòng HĐND và UBND xã chủ trì, phối hợp các ban, ngành, đoàn thể xã thực hiện") + "."),
        Sign(["Ban TĐ-KT thành phố;", "Lưu: VT."], "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", d.ev("signer", "Phan Văn Quý")),
    )
    return finish(d)


def h17():
    """A commune plan numbered "Số: 19/UBND" (no document type), dated "ngày 20.8" (no year)."""
    unit, day, issued = "xã Kiến Hưng", D(2025, 8, 20), D(2025, 8, 9)
    name = "Hội nghị tuyên dương điển hình tiên tiến xã Kiến Hưng Lần thứ I (2025 - 2030)"
    d = plan("holdout", "h17_xa_kien_hung_short_dates.txt", ["commune", "txt", "short_date_forms", "number_without_type"],
             unit=unit, level="commune", province="thành phố Hải Phòng", campaign="hp-2025-3194")
    d.label.update(number="19/UBND", issued=iso(issued), conference_name=name, conference_date=iso(day), start_time="14:00",
                   delegates=145, exemplar_share=0.7, nomination_deadline="2025-08-15", report_deadline="2025-08-27", signer="Hà Minh Khôi",
                   period_in_name=[2025, 2030])
    d.extra.update(sessions=1)
    d.add(
        Header("UBND XÃ KIẾN HƯNG", "", d.ev("number", "Số: 19/UBND"), d.ev("issued", f"Kiến Hưng, {long_date(issued)}")),
        Title(["KẾ HOẠCH", d.ev("conference_name", name)]),
        Para("UBND xã Kiến Hưng xây dựng Kế hoạch tổ chức Hội nghị theo " + HP_BASIS + ", cụ thể:"),
        Para("- Hội nghị tổ chức vào chiều " + d.ev("conference_date", "ngày 20.8") + ", bắt đầu " + d.ev("start_time", "14h") + ", tại Hội trường xã."),
        Para("- Đại biểu: " + d.ev("delegates", "145 đại biểu") + " (" + d.ev("exemplar_share", "điển hình tiên tiến khoảng 70%") + ")."),
        Para("- " + d.ev("nomination_deadline", "Hạn gửi hồ sơ khen thưởng: 15.8") + "; " + d.ev("report_deadline", "hạn báo cáo kết quả về Ban Thi đua - Khen thưởng thành phố: 27.8") + "."),
        Para("Chương trình:"),
    )
    for i, (key, text) in enumerate((
        ("opening", "Tuyên bố lý do, giới thiệu đại biểu"),
        ("summary_report", "Báo cáo tổng kết phong trào thi đua 2020 - 2025, phương hướng 2025 - 2030"),
        ("presentations", "Tham luận"),
        ("exchange", "Giao lưu điển hình"),
        ("honouring", "Tôn vinh, khen thưởng"),
        ("launch", "Phát động thi đua"),
        ("response", "Hưởng ứng"),
        ("higher_delegates", "Thông qua danh sách đại biểu dự Đại hội cấp trên"),
        ("closing", "Bế mạc"),
    ), start=1):
        d.add(Item(f"{i})", d.agenda(key, text)))
    d.add(
        Para("Phân công: " + task(d, "Văn phòng UBND xã", "Văn phòng UBND xã chuẩn bị hội trường, giấy mời") + "; "
             + task(d, "Công chức Văn hóa - Xã hội", "công chức Văn hóa - Xã hội tổng hợp hồ sơ khen thưởng") + "."),
        Sign([], "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", d.ev("signer", "Hà Minh Khôi")),
    )
    # the deadlines the tasks do not carry are stated in their own line; the task list has none
    return finish(d)


def h18():
    """A Ninh Bình district's congress plan copied with broken lines: "trong tháng 4/2025",
    typos, and "giai đoạn 2020 – 2025" beside a congress named (2025 - 2030)."""
    unit, issued = "huyện Nho Quan", D(2024, 12, 12)
    name = "Đại hội Thi đua yêu nước huyện Nho Quan lần thứ V (2025 - 2030)"
    d = plan("holdout", "h18_huyen_nho_quan_congress.txt", ["district", "congress", "txt", "period_mismatch", "typos", "fuzzy_date"],
             kind="congress_plan", unit=unit, level="district", province="tỉnh Ninh Bình", campaign="nb-2024-215", merged=False)
    d.label.update(number="301/KH-UBND", issued=iso(issued), conference_name=name,
                   conference_date=fuzzy(D(2025, 4, 1), D(2025, 4, 30), "trong tháng 4/2025"),
                   delegates=280, exemplar_share=0.75, report_deadline="2025-05-05", signer="Bùi Văn Mạnh", period_in_name=[2025, 2030],
                   period_in_body=[[2020, 2025]])
    d.wrap = 74
    d.add(
        Header("ỦY BAN NHÂN DÂN", "HUYỆN NHO QUAN", d.ev("number", "Số: 301/KH-UBND"), d.ev("issued", f"Nho Quan, {long_date(issued)}")),
        Title(["KẾ HOẠCH", "Tổ chức " + d.ev("conference_name", name), "tiến tơi Đại hội Thi đua yêu nước tỉnh Ninh Bình lần thứ VI"]),
        Para("Thực hiên Kế hoạch số 215/KH-UBND ngày 18/11/2024 của UBND tỉnh, UBND huyện Nho Quan xây dựng Kế hoạch tổ chức "
             + d.ev("period_in_body", "Đại hội Thi đua yêu nước huyện Nho Quan giai đoạn 2020 – 2025") + " như sau:"),
        Heading("1. Mục đich"),
        Para("Đánh giá kết quả phong trào thi đua yêu nước 5 năm; biểu dương, khen thưởng các điển hinh tiên tiến; bầu chọn đại biểu dự Đại hội tỉnh."),
        Heading("2. Thời gian, địa điểm"),
        Para("Dự kiến tổ chức " + d.ev("conference_date", "trong tháng 4/2025") + ", tại Hội trường Huyện ủy Nho Quan."),
        Heading("3. Đại biểu"),
        Para(d.ev("delegates", "280 đại biểu") + ", " + d.ev("exemplar_share", "điển hình tiên tiến khoảng 75%") + "."),
        Heading("4. Chương trinh Đại hội"),
    )
    for key, text, role in (
        ("opening", "Tuyên bố lý do, giới thiêu đại biểu", None),
        ("summary_report", "Báo cáo tổng kết phong trào thi đua yêu nước giai đoạn 2020 – 2025", None),
        ("presentations", "Tham luân của điển hình tiên tiến", None),
        ("honouring", "Khen thưởng", None),
        ("launch", "Phát động thi đua giai đoạn 2025 - 2030", None),
        ("higher_delegates", "Thông qua danh sách đại biểu dự Đại hội Thi đua yêu nước tỉnh", None),
        (None, "Thông qua Nghị quyết Đại hội", "resolution"),
        ("closing", "Bế mạc", None),
    ):
        d.add(Item("+", d.agenda(key, text, role=role) + ";"))
    d.add(
        Heading("5. Tổ chức thực hiện"),
        Para("Phòng Nội vụ " + task(d, "Phòng Nội vụ", "thường trực; " + d.ev("report_deadline", "báo cáo kết quả Đại hội về Ban Thi đua - Khen thưởng tỉnh trước ngày 05/5/2025"), D(2025, 5, 5)) + "."),
        Sign(["UBND tỉnh;", "Ban TĐKT tỉnh;", "Lưu: VT."], "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", d.ev("signer", "Bùi Văn Mạnh")),
    )
    return finish(d)


def h19():
    """A 2015 plan of a province's industrial-zone board (.docx): "sáng 27-3-2015" and
    "công nhân trực tiếp sản xuất chiếm 70%" (direct workers, not exemplars)."""
    unit, day, issued = "Ban Quản lý các khu công nghiệp tỉnh Bắc Ninh", D(2015, 3, 27), D(2015, 3, 2)
    name = "Hội nghị điển hình tiên tiến các khu công nghiệp tỉnh Bắc Ninh giai đoạn 2010 - 2015"
    d = plan("holdout", "h19_bql_kcn_bac_ninh_2015.docx", ["department", "docx", "short_date_forms", "direct_worker_share", "name_dien_hinh"],
             unit=unit, level="department", province="tỉnh Bắc Ninh")
    d.label.update(number="112/KH-BQL", issued=iso(issued), conference_name=name, conference_date=iso(day), start_time="08:00",
                   delegates=250, exemplar_share=None, direct_worker_share=0.7, signer="Nguyễn Quang Huy", period_in_name=[2010, 2015])
    d.add(
        Header("UBND TỈNH BẮC NINH", "BAN QUẢN LÝ CÁC KHU CÔNG NGHIỆP", d.ev("number", "Số: 112/KH-BQL"), d.ev("issued", f"Bắc Ninh, {long_date(issued)}")),
        Title(["KẾ HOẠCH", "Tổ chức " + d.ev("conference_name", name)]),
        Para("Thực hiện Kế hoạch của UBND tỉnh về tổ chức Đại hội Thi đua yêu nước tỉnh Bắc Ninh lần thứ IV, Ban Quản lý các khu công nghiệp tỉnh Bắc Ninh tổ chức Hội nghị như sau:"),
        Heading("I. Thời gian, địa điểm"),
        Para(d.ev("conference_date", "Sáng 27-3-2015") + ", từ " + d.ev("start_time", "8 giờ 00") + "; tại Hội trường Ban Quản lý, Khu công nghiệp Quế Võ."),
        Heading("II. Đại biểu"),
        Para(d.ev("delegates", "250 đại biểu") + " là đại diện doanh nghiệp, công đoàn và người lao động, " + d.ev("direct_worker_share", "trong đó công nhân trực tiếp sản xuất chiếm 70%") + "."),
        Heading("III. Chương trình"),
    )
    for key, text, role in (
        ("opening", "Tuyên bố lý do, giới thiệu đại biểu", None),
        ("summary_report", "Báo cáo tổng kết phong trào thi đua yêu nước các khu công nghiệp giai đoạn 2010 - 2015", None),
        ("presentations", "Tham luận của 04 doanh nghiệp và 02 công nhân tiêu biểu", None),
        ("honouring", "Trao Bằng khen của UBND tỉnh và Giấy khen của Trưởng Ban", None),
        ("launch", "Phát động phong trào thi đua giai đoạn 2015 - 2020", None),
        ("higher_delegates", "Bầu đại biểu dự Đại hội Thi đua yêu nước tỉnh lần thứ IV", None),
        ("closing", "Bế mạc", None),
    ):
        d.add(Item("-", d.agenda(key, text, role=role) + "."))
    d.add(
        Heading("IV. Phân công"),
        Para("Văn phòng Ban " + task(d, "Văn phòng Ban", "chuẩn bị hội trường, tài liệu") + "; Công đoàn các khu công nghiệp " + task(d, "Công đoàn các khu công nghiệp", "lựa chọn công nhân tiêu biểu") + "."),
        Sign(["UBND tỉnh;", "Ban TĐKT tỉnh;", "Lưu: VT."], "", "TRƯỞNG BAN", d.ev("signer", "Nguyễn Quang Huy")),
    )
    return finish(d)


def h20():
    """A Lâm Đồng commune's .docx checked against its province's rules (h11): "a)" bullets,
    a 8-11h session, the launch before the presentations."""
    unit, day, issued = "xã Lạc Dương", D(2025, 8, 26), D(2025, 8, 5)
    name = "Hội nghị biểu dương điển hình tiên tiến xã Lạc Dương lần thứ I (2025 - 2030)"
    d = plan("holdout", "h20_xa_lac_duong.docx", ["commune", "docx", "bullets_varied", "agenda_reordered", "time_forms", "name_tuyen_bieu_duong"],
             unit=unit, level="commune", province="tỉnh Lâm Đồng", campaign="ld-2025-86")
    d.label.update(number="27/KH-UBND", issued=iso(issued), conference_name=name, conference_date=iso(day), start_time="08:00",
                   end_time="11:00", delegates=170, exemplar_share=0.7, signer="Cil Ha Duyên", period_in_name=[2025, 2030])
    d.extra.update(weekday_text="thứ Ba", sessions=1)
    d.add(
        Header("ỦY BAN NHÂN DÂN", "XÃ LẠC DƯƠNG", d.ev("number", "Số: 27/KH-UBND"), d.ev("issued", f"Lạc Dương, {long_date(issued)}")),
        Title(["KẾ HOẠCH", "Tổ chức " + d.ev("conference_name", name)]),
        Para("Căn cứ Kế hoạch số 86/KH-UBND ngày 25/7/2025 của UBND tỉnh Lâm Đồng, UBND xã Lạc Dương xây dựng Kế hoạch như sau:"),
        Heading("I. MỤC ĐÍCH, YÊU CẦU"),
        *purpose("a", "xã Lạc Dương (gồm thị trấn Lạc Dương và xã Lát trước sắp xếp)"),
        Heading("II. NỘI DUNG"),
        Item("a)", "Thời gian: " + d.ev("start_time", "8-11h") + ", " + d.ev("conference_date", "thứ Ba ngày 26/8/2025") + "."),
        Item("b)", "Địa điểm: Hội trường UBND xã Lạc Dương."),
        Item("c)", "Đại biểu: " + d.ev("delegates", "170 đại biểu") + " (đồng bào dân tộc K'Ho, Chil, người lao động, học sinh…), " + d.ev("exemplar_share", "điển hình tiên tiến khoảng 70%") + "."),
        Item("d)", "Chương trình:"),
    )
    for key, text in (
        ("opening", "Tuyên bố lý do và giới thiệu thành phần tham dự"),
        ("summary_report", "Báo cáo tổng kết phong trào thi đua yêu nước 2020 - 2025, phương hướng 2025 - 2030"),
        ("launch", "Phát động phong trào thi đua giai đoạn 2025 - 2030"),
        ("response", "Hưởng ứng phát động thi đua"),
        ("presentations", "Trình bày tham luận của 03 điển hình"),
        ("honouring", "Tôn vinh, trao khen thưởng"),
        ("higher_delegates", "Giới thiệu đại biểu đi dự Đại hội Thi đua yêu nước tỉnh"),
        ("closing", "Bế mạc"),
    ):
        d.add(Item("-", d.agenda(key, text) + ";", level=1))
    d.add(
        Heading("III. TỔ CHỨC THỰC HIỆN"),
        Item("a)", "Văn phòng HĐND và UBND xã: " + task(d, "Văn phòng HĐND và UBND xã", "tham mưu tổ chức, hậu cần") + "."),
        Item("b)", "Phòng Văn hóa - Xã hội: " + task(d, "Phòng Văn hóa - Xã hội", "báo cáo tổng kết, hồ sơ khen thưởng") + "."),
        Sign(["Ban TĐ-KT tỉnh;", "Lưu: VT."], "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", d.ev("signer", "Cil Ha Duyên")),
    )
    return finish(d)


def h21():
    """A Lâm Đồng department's typed plan: "13h30-16h30", 85 of 130 exemplars — more than the
    120 its province allows a department."""
    unit, day, issued = "Sở Y tế", D(2025, 8, 27), D(2025, 8, 6)
    name = "Hội nghị biểu dương điển hình tiên tiến Sở Y tế lần thứ I (2025 - 2030)"
    d = plan("holdout", "h21_so_y_te_lam_dong.txt", ["department", "txt", "name_tuyen_bieu_duong", "delegates_breakdown", "time_forms"],
             unit=unit, level="department", province="tỉnh Lâm Đồng", campaign="ld-2025-86")
    d.label.update(number="2310/KH-SYT", issued=iso(issued), conference_name=name, conference_date=iso(day), start_time="13:30",
                   end_time="16:30", delegates=130, delegates_exemplars=85, delegates_guests=45, exemplar_share=0.65,
                   nomination_deadline="2025-08-18", report_deadline="2025-09-08", signer="Nguyễn Đức Thuận", period_in_name=[2025, 2030])
    d.extra.update(weekday_text="thứ Tư", sessions=1)
    d.add(
        Header("UBND TỈNH LÂM ĐỒNG", "SỞ Y TẾ", d.ev("number", "Số: 2310/KH-SYT"), d.ev("issued", f"Lâm Đồng, {long_date(issued)}")),
        Title(["KẾ HOẠCH", "Tổ chức " + d.ev("conference_name", name)]),
        Para("Thực hiện Kế hoạch số 86/KH-UBND ngày 25/7/2025 của UBND tỉnh, Sở Y tế xây dựng Kế hoạch như sau:"),
        Heading("Phần 1. Thời gian, địa điểm"),
        Para("- " + d.ev("start_time", "13h30-16h30") + ", " + d.ev("conference_date", "chiều thứ Tư 27/8/2025") + "."),
        Para("- Hội trường Sở Y tế, số 36 Trần Phú, phường Xuân Hương - Đà Lạt."),
        Heading("Phần 2. Đại biểu"),
        Para(d.ev("delegates", "130 đại biểu") + ": " + d.ev("delegates_exemplars", "85 điển hình tiên tiến") + " (bác sĩ, điều dưỡng, nhân viên y tế thôn bản), "
             + d.ev("delegates_guests", "45 khách mời") + "."),
        Heading("Phần 3. Chương trình"),
    )
    for key, text in (
        ("opening", "Tuyên bố lý do, giới thiệu đại biểu"),
        ("summary_report", "Báo cáo tổng kết phong trào thi đua ngành Y tế giai đoạn 2020 - 2025"),
        ("presentations", "Tham luận: Bệnh viện Đa khoa tỉnh; Trung tâm Y tế khu vực Bảo Lộc; Trạm Y tế xã Đạ Tẻh"),
        ("honouring", "Trao khen thưởng"),
        ("launch", "Phát động thi đua giai đoạn 2025 - 2030"),
        ("response", "Hưởng ứng"),
        ("higher_delegates", "Giới thiệu đại biểu đi dự Đại hội Thi đua yêu nước tỉnh"),
        ("closing", "Bế mạc"),
    ):
        d.add(Item("•", d.agenda(key, text) + "."))
    d.add(
        Heading("Phần 4. Tổ chức thực hiện"),
        Para("Văn phòng Sở: " + task(d, "Văn phòng Sở", "chuẩn bị Hội nghị") + "; " + task(d, "Văn phòng Sở", d.ev("report_deadline", "báo cáo kết quả về Ban Thi đua - Khen thưởng tỉnh trước ngày 08/9/2025"), D(2025, 9, 8)) + "."),
        Para("Các đơn vị trực thuộc: " + task(d, "Các đơn vị trực thuộc", d.ev("nomination_deadline", "gửi hồ sơ khen thưởng trước ngày 18/8/2025"), D(2025, 8, 18)) + "."),
        Sign(["UBND tỉnh;", "Ban TĐKT tỉnh;", "Lưu: VT."], "KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", d.ev("signer", "Nguyễn Đức Thuận")),
    )
    return finish(d)


PLANS = [h01, h02, h03, h04, h05, h06, h07, h15, h16, h17, h18, h19, h20, h21]
