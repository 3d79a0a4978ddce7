"""Plans of the ``tune`` split (the extractor may be tuned on these)."""
from datetime import date as D

from .common import budget, closing, finish, plan, propaganda, purpose, task
from .model import (
    Header,
    Heading,
    Item,
    Para,
    Raw,
    Sign,
    Table,
    Title,
    dmy,
    fuzzy,
    iso,
    long_date,
)

HP = "Hải Phòng"
HP_BASIS = "Quyết định số 3194/QĐ-UBND ngày 08/8/2025 của Chủ tịch Ủy ban nhân dân thành phố Hải Phòng"


def t01():
    """A commune's typed plan: "*" and "+" bullets, "8h", delegates by group (share to compute)."""
    unit, day, issued = "xã Hồng Phong", D(2025, 8, 22), D(2025, 8, 9)
    name = "Hội nghị tuyên dương điển hình tiên tiến xã Hồng Phong Lần thứ I (2025 - 2030)"
    d = plan("tune", "t01_xa_hong_phong.txt",
             ["commune", "txt", "name_tuyen_bieu_duong", "bullets_varied", "time_forms", "delegates_breakdown", "agenda_ceremony"],
             unit=unit, level="commune", province="thành phố Hải Phòng", campaign="hp-2025-3194")
    d.label.update(number="47/KH-UBND", issued=iso(issued), conference_name=name, conference_date=iso(day), start_time="08:00",
                   delegates=150, delegates_exemplars=105, delegates_guests=45, exemplar_share=0.7,
                   nomination_deadline="2025-08-18", report_deadline="2025-08-29", signer="Phạm Văn Thắng",
                   period_in_name=[2025, 2030])
    d.extra.update(weekday_text="thứ Sáu", sessions=1)
    d.add(
        Header("ỦY BAN NHÂN DÂN", "XÃ HỒNG PHONG", d.ev("number", "Số: 47/KH-UBND"), d.ev("issued", f"Hồng Phong, {long_date(issued)}")),
        Title(["KẾ HOẠCH", "Tổ chức " + d.ev("conference_name", name)]),
        Para(f"Căn cứ {HP_BASIS} ban hành Kế hoạch tổ chức Hội nghị điển hình tiên tiến cấp xã, các cơ quan, đơn vị thuộc thành phố tiến tới Đại hội Thi đua yêu nước thành phố Hải Phòng lần thứ I (2025 - 2030); Ủy ban nhân dân xã Hồng Phong xây dựng Kế hoạch như sau:"),
        Heading("I. MỤC ĐÍCH, YÊU CẦU"),
        *purpose("a", "xã Hồng Phong"),
        Heading("II. THỜI GIAN, ĐỊA ĐIỂM"),
        Item("*", "Thời gian: " + d.ev("conference_date", f"01 buổi, sáng thứ Sáu, ngày {dmy(day)}") + ", khai mạc lúc " + d.ev("start_time", "8h") + "."),
        Item("*", "Địa điểm: Hội trường Trung tâm Văn hóa - Thể thao xã Hồng Phong."),
        Heading("III. THÀNH PHẦN, SỐ LƯỢNG ĐẠI BIỂU"),
        Para(d.ev("delegates", "Tổng số 150 đại biểu, trong đó:")),
        Item("+", d.ev("delegates_exemplars", "105 đại biểu là tập thể, cá nhân điển hình tiên tiến") + " tiêu biểu trong các lĩnh vực, do các thôn, cơ quan, đơn vị bình xét, giới thiệu;"),
        Item("+", d.ev("delegates_guests", "45 đại biểu khách mời, lãnh đạo") + ": đại diện Ban Thi đua - Khen thưởng thành phố; Thường trực Đảng ủy, HĐND, UBND, Ủy ban MTTQ Việt Nam xã; trưởng các ban, ngành, đoàn thể."),
        Heading("IV. CHƯƠNG TRÌNH HỘI NGHỊ"),
        Item("*", d.agenda(None, "Văn nghệ chào mừng", role="ceremony") + ";"),
        Item("*", d.agenda(None, "Chào cờ", role="ceremony") + ";"),
        Item("*", d.agenda("opening", "Tuyên bố lý do, giới thiệu đại biểu") + ";"),
        Item("*", d.agenda("summary_report", "Báo cáo tổng kết phong trào thi đua yêu nước, công tác khen thưởng giai đoạn 2020 - 2025 và phương hướng, nhiệm vụ giai đoạn 2025 - 2030") + ";"),
        Item("*", d.agenda("presentations", "Tham luận của các điển hình tiên tiến (04 tham luận: nông nghiệp, giáo dục, doanh nghiệp, thôn văn hóa)") + ";"),
        Item("*", d.agenda("exchange", "Giao lưu giữa lãnh đạo xã với các điển hình tiên tiến") + ";"),
        Item("*", d.agenda("honouring", "Công bố quyết định và trao Giấy khen cho các tập thể, cá nhân điển hình tiên tiến") + ";"),
        Item("*", d.agenda("launch", "Chủ tịch UBND xã phát động phong trào thi đua giai đoạn 2025 - 2030") + ";"),
        Item("*", d.agenda("response", "Đại diện Đoàn Thanh niên phát biểu hưởng ứng") + ";"),
        Item("*", d.agenda("higher_delegates", "Thông qua danh sách đại biểu dự Đại hội Thi đua yêu nước thành phố") + ";"),
        Item("*", d.agenda("closing", "Bế mạc Hội nghị") + "."),
        Heading("V. TỔ CHỨC THỰC HIỆN"),
        Heading("1. Phòng Văn hóa - Xã hội"),
    )
    a = "Phòng Văn hóa - Xã hội"
    d.add(
        Item("+", task(d, a, "Tham mưu báo cáo tổng kết, kịch bản điều hành Hội nghị, dự trù kinh phí.")),
        Item("+", task(d, a, d.ev("nomination_deadline", "Tổng hợp danh sách đề xuất khen thưởng của các thôn, cơ quan, đơn vị gửi về trước ngày 18/8/2025") + ", trình Hội đồng Thi đua - Khen thưởng xã xét duyệt.", D(2025, 8, 18))),
        Item("+", task(d, a, d.ev("report_deadline", "Báo cáo kết quả tổ chức Hội nghị về Ban Thi đua - Khen thưởng thành phố trước ngày 29/8/2025") + ".", D(2025, 8, 29))),
        Heading("2. Văn phòng HĐND và UBND xã"),
    )
    b = "Văn phòng HĐND và UBND xã"
    d.add(
        Item("+", task(d, b, "Phát hành giấy mời, bố trí hội trường, âm thanh, ánh sáng; đón tiếp đại biểu.")),
        Heading("3. Trung tâm Văn hóa - Thể thao xã"),
    )
    c = "Trung tâm Văn hóa - Thể thao xã"
    d.add(
        Item("+", task(d, c, "Dàn dựng chương trình văn nghệ chào mừng; trang trí khánh tiết, hoàn thành trước ngày 21/8/2025.", D(2025, 8, 21))),
        Heading("VI. KINH PHÍ"),
        *budget("a", "xã"),
        closing("a", "UBND xã Hồng Phong", ""),
        Sign(["Ban TĐ-KT thành phố;", "TT Đảng ủy, HĐND xã;", "CT, các PCT UBND xã;", "Lưu: VT."], "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH",
             d.ev("signer", "Phạm Văn Thắng")),
    )
    return finish(d)


def t02():
    """A ward's .docx with a timed agenda table mixed with ceremony (flowers, a film)."""
    unit, day, issued = "phường Đông Hải", D(2025, 8, 21), D(2025, 8, 12)
    name = "Hội nghị tuyên dương điển hình tiên tiến phường Đông Hải Lần thứ I (2025 - 2030)"
    d = plan("tune", "t02_phuong_dong_hai.docx",
             ["commune", "docx", "docx_table", "agenda_ceremony", "name_tuyen_bieu_duong", "time_forms"],
             unit=unit, level="commune", province="thành phố Hải Phòng", campaign="hp-2025-3194")
    d.label.update(number="112/KH-UBND", issued=iso(issued), conference_name=name, conference_date=iso(day), start_time="07:30",
                   end_time="11:00", delegates=140, exemplar_share=0.7, signer="Đặng Thu Trang", period_in_name=[2025, 2030])
    d.extra.update(weekday_text="thứ Năm", sessions=1)
    rows, agenda = [], [
        ("07h30 - 07h45", None, "Đón tiếp đại biểu; chiếu phóng sự “Đông Hải - 5 năm một chặng đường”", "Văn phòng HĐND và UBND", "ceremony"),
        ("07h45 - 08h00", None, "Lễ dâng hoa tại Tượng đài Chủ tịch Hồ Chí Minh", "Lãnh đạo phường", "ceremony"),
        ("08h00 - 08h10", "opening", "Chào cờ; tuyên bố lý do, giới thiệu đại biểu", "Chánh Văn phòng", None),
        ("08h10 - 08h40", "summary_report", "Báo cáo tổng kết 5 năm phong trào thi đua, khen thưởng (2020 - 2025); phương hướng 2025 - 2030", "Phó Chủ tịch UBND phường", None),
        ("08h40 - 09h20", "presentations", "Tham luận của 03 điển hình tiên tiến", "Các điển hình", None),
        ("09h20 - 09h45", "exchange", "Giao lưu với các điển hình tiên tiến", "MC và khách mời", None),
        ("09h45 - 10h15", "honouring", "Biểu dương, khen thưởng các tập thể, cá nhân điển hình tiên tiến", "Lãnh đạo phường", None),
        ("10h15 - 10h30", "launch", "Phát động phong trào thi đua giai đoạn 2025 - 2030", "Chủ tịch UBND phường", None),
        ("10h30 - 10h40", "response", "Hưởng ứng phong trào thi đua", "Đại diện Hội Liên hiệp Phụ nữ", None),
        ("10h40 - 10h50", "higher_delegates", "Thông qua danh sách đại biểu dự Đại hội Thi đua yêu nước thành phố lần thứ I", "Chánh Văn phòng", None),
        ("10h50 - 11h00", "closing", "Kết luận, bế mạc Hội nghị", "Bí thư Đảng ủy phường", None),
    ]
    for i, (span, key, text, who, role) in enumerate(agenda, start=1):
        start, end = (x.strip().replace("h", ":") for x in span.split("-"))
        rows.append([str(i), span, d.agenda(key, text, start, end, role), who])
    d.add(
        Header("ĐẢNG ỦY - HĐND - UBND", "PHƯỜNG ĐÔNG HẢI", d.ev("number", "Số: 112/KH-UBND"), d.ev("issued", f"Đông Hải, {long_date(issued)}")),
        Title(["KẾ HOẠCH", "Tổ chức Hội nghị tuyên dương điển hình tiên tiến phường Đông Hải", "Lần thứ I (2025 - 2030)"]),
        Para(f"Thực hiện {HP_BASIS}, Ủy ban nhân dân phường Đông Hải xây dựng Kế hoạch tổ chức Hội nghị, cụ thể như sau:"),
        Heading("I. MỤC ĐÍCH, YÊU CẦU"),
        *purpose("b", "phường"),
        Heading("II. TÊN GỌI, THỜI GIAN, ĐỊA ĐIỂM"),
        Para("1. Tên gọi: " + d.ev("conference_name", name) + "."),
        Para("2. Thời gian: " + d.ev("conference_date", f"{long_date(day)} (thứ Năm)") + ", từ " + d.ev("start_time", "07h30") + " đến 11h00."),
        Para("3. Địa điểm: Hội trường UBND phường Đông Hải (tầng 3)."),
        Heading("III. THÀNH PHẦN ĐẠI BIỂU"),
        Para(d.ev("delegates", "Dự kiến 140 đại biểu") + ", gồm: khách mời cấp thành phố; lãnh đạo Đảng ủy, HĐND, UBND, Ủy ban MTTQ Việt Nam phường; "
             "trưởng các tổ dân phố; các tập thể, cá nhân điển hình tiên tiến (" + d.ev("exemplar_share", "chiếm khoảng 70%") + " tổng số đại biểu)."),
        Heading("IV. CHƯƠNG TRÌNH HỘI NGHỊ"),
        Table(["STT", "Thời gian", "Nội dung", "Thực hiện"], rows, widths=[12, 30, 80, 43]),
        Heading("V. TỔ CHỨC THỰC HIỆN"),
    )
    for assignee, text in (
        ("Văn phòng HĐND và UBND phường", "Chủ trì chuẩn bị hội trường, giấy mời, tài liệu; điều hành chương trình."),
        ("Phòng Văn hóa - Xã hội", "Xây dựng báo cáo tổng kết; tổng hợp hồ sơ khen thưởng; phối hợp dựng phóng sự."),
        ("Công an phường", "Bảo đảm an ninh trật tự, an toàn giao thông khu vực Hội nghị."),
    ):
        d.add(Item("-", f"{assignee}: " + task(d, assignee, text)))
    d.add(
        closing("d", extra=" đúng tiến độ"),
        Sign(["Ban Thi đua - Khen thưởng thành phố", "Thường trực Đảng ủy phường", "Lưu: VT, VHXH"], "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH",
             d.ev("signer", "Đặng Thu Trang")),
    )
    return finish(d)


def t03():
    """A department's text PDF whose headings run on, named "Hội nghị điển hình tiên tiến",
    timed "14-15h30", and the launch before the exchange."""
    unit, day, issued = "Sở Giáo dục và Đào tạo", D(2025, 8, 20), D(2025, 8, 11)
    name = "Hội nghị điển hình tiên tiến ngành Giáo dục và Đào tạo giai đoạn 2025 - 2030"
    d = plan("tune", "t03_so_gddt_runon.pdf",
             ["department", "text_pdf", "run_on_headings", "name_dien_hinh", "time_forms", "agenda_reordered"],
             unit=unit, level="department", province="thành phố Hải Phòng", campaign="hp-2025-3194")
    d.label.update(number="1520/KH-SGDĐT", issued=iso(issued), conference_name=name, conference_date=iso(day), start_time="14:00",
                   end_time="15:30", delegates=120, exemplar_share=0.7, nomination_deadline="2025-08-14", signer="Lê Minh Tuấn",
                   period_in_name=[2025, 2030])
    d.extra.update(weekday_text="thứ Tư", sessions=1)
    d.add(
        Header("UBND THÀNH PHỐ HẢI PHÒNG", "SỞ GIÁO DỤC VÀ ĐÀO TẠO", d.ev("number", "Số: 1520/KH-SGDĐT"), d.ev("issued", f"Hải Phòng, {long_date(issued)}")),
        Title(["KẾ HOẠCH", "Tổ chức " + d.ev("conference_name", name)]),
        Para("Căn cứ Quyết định số 3194/QĐ-UBND ngày 08/8/2025 của UBND thành phố; căn cứ tình hình thực tế, Sở Giáo dục và Đào tạo ban hành Kế hoạch tổ chức Hội nghị như sau: "
             "I. MỤC ĐÍCH, YÊU CẦU 1. Đánh giá kết quả phong trào thi đua “Đổi mới, sáng tạo trong dạy và học” giai đoạn 2020 - 2025; biểu dương các tập thể, cá nhân tiêu biểu của ngành."),
        Para("2. Hội nghị tổ chức nghiêm túc, tiết kiệm; thời gian gọn trong một buổi chiều. II. THỜI GIAN, ĐỊA ĐIỂM, THÀNH PHẦN 1. Thời gian: "
             + d.ev("conference_date", "chiều thứ Tư, ngày 20/8/2025") + ", " + d.ev("start_time", "14-15h30") + ". 2. Địa điểm: Hội trường A, Sở Giáo dục và Đào tạo."),
        Para("3. Thành phần: " + d.ev("delegates", "120 đại biểu") + " (cán bộ quản lý, giáo viên, nhân viên, học sinh tiêu biểu "
             + d.ev("exemplar_share", "khoảng 70%") + "; khách mời và lãnh đạo khoảng 30%)."),
        Para("III. CHƯƠNG TRÌNH HỘI NGHỊ 1. " + d.agenda("opening", "Tuyên bố lý do, giới thiệu đại biểu") + ". 2. "
             + d.agenda("summary_report", "Báo cáo tổng kết phong trào thi đua và công tác khen thưởng ngành giai đoạn 2020 - 2025") + "."),
        Item("3.", d.agenda("presentations", "Tham luận của 02 trường học và 01 nhà giáo tiêu biểu") + "."),
        Item("4.", d.agenda("honouring", "Tôn vinh, khen thưởng các tập thể, cá nhân điển hình tiên tiến") + "."),
        Item("5.", d.agenda("launch", "Giám đốc Sở phát động phong trào thi đua giai đoạn 2025 - 2030") + "."),
        Item("6.", d.agenda("response", "Đại diện giáo viên trẻ hưởng ứng") + "."),
        Item("7.", d.agenda("exchange", "Giao lưu với các điển hình tiên tiến") + "."),
        Item("8.", d.agenda("higher_delegates", "Thông qua danh sách đại biểu dự Đại hội Thi đua yêu nước thành phố") + "."),
        Item("9.", d.agenda("closing", "Kết luận và bế mạc") + "."),
        Para("IV. TỔ CHỨC THỰC HIỆN 1. Văn phòng Sở: " + task(d, "Văn phòng Sở", "chuẩn bị hội trường, khánh tiết, giấy mời; xây dựng dự toán kinh phí") + "."),
        Para("2. Các phòng, đơn vị trực thuộc: " + task(d, "Các phòng, đơn vị trực thuộc",
             d.ev("nomination_deadline", "gửi hồ sơ đề nghị khen thưởng về Văn phòng Sở trước ngày 14/8/2025"), D(2025, 8, 14)) + "."),
        closing("b"),
        Sign(["UBND thành phố (để b/c);", "Ban TĐ-KT thành phố;", "Các phòng, đơn vị;", "Lưu: VT, VP."], "KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC",
             d.ev("signer", "Lê Minh Tuấn")),
    )
    return finish(d)


def t04():
    """A provincial congress plan in the manner of Gia Lai's 29/KH-UBND: run-on headings,
    "cuối tháng 9, đầu tháng 10 năm 2025", 400 delegates of whom 280 exemplars."""
    unit, issued = "tỉnh Gia Lai", D(2025, 8, 4)
    name = "Đại hội Thi đua yêu nước tỉnh Gia Lai lần thứ I (2025-2030)"
    when = "cuối tháng 9, đầu tháng 10 năm 2025"
    d = plan("tune", "t04_gia_lai_congress.docx",
             ["province", "congress", "docx", "run_on_headings", "fuzzy_date", "delegates_breakdown"],
             kind="congress_plan", unit=unit, level="province", province="tỉnh Gia Lai")
    d.label.update(number="142/KH-UBND", issued=iso(issued), conference_name=name,
                   conference_date=fuzzy(D(2025, 9, 20), D(2025, 10, 10), when), start_time=None,
                   delegates=400, delegates_exemplars=280, delegates_guests=120, exemplar_share=0.7,
                   report_deadline=None, signer="Nguyễn Tuấn Thanh", period_in_name=[2025, 2030])
    d.add(
        Header("ỦY BAN NHÂN DÂN", "TỈNH GIA LAI", d.ev("number", "Số: 142/KH-UBND"), d.ev("issued", f"Gia Lai, {long_date(issued)}")),
        Title(["KẾ HOẠCH", "Tổ chức " + d.ev("conference_name", name)]),
        Para("Thực hiện Hướng dẫn số 4758/HD-BNV ngày 05/7/2025 của Bộ Nội vụ về tổ chức Đại hội Thi đua yêu nước các cấp, các ngành tiến tới Đại hội Thi đua yêu nước toàn quốc lần thứ XI; "
             "trên cơ sở sắp xếp đơn vị hành chính, Ủy ban nhân dân tỉnh ban hành Kế hoạch tổ chức Đại hội Thi đua yêu nước tỉnh Gia Lai lần thứ I (2025-2030), như sau:"),
        Heading("I. MỤC ĐÍCH, YÊU CẦU"),
        Para("1. Đánh giá toàn diện kết quả phong trào thi đua yêu nước và công tác khen thưởng giai đoạn 2020-2025 của tỉnh Gia Lai và tỉnh Bình Định (trước sắp xếp); xác định mục tiêu, nhiệm vụ giai đoạn 2025-2030."),
        Para("2. Tôn vinh các tập thể, cá nhân Anh hùng, Chiến sĩ thi đua, điển hình tiên tiến; lựa chọn đoàn đại biểu dự Đại hội Thi đua yêu nước toàn quốc lần thứ XI."),
        Heading("II. THỜI GIAN VÀ NỘI DUNG, CHƯƠNG TRÌNH ĐẠI HỘI 1. Thời gian, địa điểm"),
        Item("-", "Thời gian: Dự kiến " + d.ev("conference_date", when) + " (thời gian cụ thể Ban Tổ chức sẽ thông báo sau)."),
        Item("-", "Địa điểm: Hội trường 2/9, thành phố Pleiku (dự kiến)."),
        Heading("2. Chương trình Đại hội"),
        Item("-", d.agenda(None, "Chương trình nghệ thuật chào mừng", role="ceremony") + "."),
        Item("-", d.agenda("opening", "Tuyên bố lý do, giới thiệu đại biểu") + "."),
        Item("-", d.agenda(None, "Diễn văn khai mạc Đại hội", role="speech") + "."),
        Item("-", d.agenda("summary_report", "Báo cáo tổng kết phong trào thi đua yêu nước và công tác khen thưởng giai đoạn 2020-2025, phương hướng, nhiệm vụ giai đoạn 2025-2030") + "."),
        Item("-", d.agenda(None, "Chiếu phim tài liệu về phong trào thi đua yêu nước của tỉnh", role="ceremony") + "."),
        Item("-", d.agenda("presentations", "Báo cáo tham luận của các tập thể, cá nhân điển hình tiên tiến") + "."),
        Item("-", d.agenda(None, "Phát biểu chỉ đạo của lãnh đạo Trung ương", role="speech") + "."),
        Item("-", d.agenda("honouring", "Khen thưởng các tập thể, cá nhân có thành tích xuất sắc") + "."),
        Item("-", d.agenda("higher_delegates", "Thông qua danh sách đoàn đại biểu dự Đại hội Thi đua yêu nước toàn quốc lần thứ XI") + "."),
        Item("-", d.agenda("launch", "Phát động phong trào thi đua yêu nước giai đoạn 2025-2030") + "."),
        Item("-", d.agenda("closing", "Bế mạc Đại hội") + "."),
        Heading("III. THÀNH PHẦN, SỐ LƯỢNG ĐẠI BIỂU 1. Số lượng"),
        Para(d.ev("delegates", "Tổng số đại biểu dự Đại hội là 400 đại biểu") + ", trong đó: " + d.ev("delegates_guests", "120 khách mời")
             + " và " + d.ev("delegates_exemplars", "280 điển hình tiên tiến") + "."),
        Heading("2. Cơ cấu"),
        Para("Đại biểu điển hình tiên tiến được lựa chọn từ các phong trào thi đua, bảo đảm cơ cấu: người trực tiếp lao động, sản xuất, công tác chiếm tỷ lệ phù hợp; nữ; đồng bào dân tộc thiểu số; các thành phần kinh tế."),
        Heading("IV. TỔ CHỨC THỰC HIỆN"),
    )
    for assignee, text in (
        ("Sở Nội vụ", "Là cơ quan thường trực, tham mưu thành lập Ban Tổ chức Đại hội và các tiểu ban; tổng hợp danh sách đại biểu."),
        ("Sở Văn hóa, Thể thao và Du lịch", "Chủ trì chương trình nghệ thuật, trang trí khánh tiết, tuyên truyền cổ động trực quan."),
        ("Sở Tài chính", "Thẩm định, bố trí kinh phí tổ chức Đại hội."),
        ("Báo và Phát thanh, Truyền hình Gia Lai", "Xây dựng phim tài liệu; tuyên truyền trước, trong và sau Đại hội."),
    ):
        d.add(Heading(assignee), Para(task(d, assignee, text)))
    d.add(
        closing("b"),
        Sign(["Bộ Nội vụ (b/c);", "Ban Thi đua - Khen thưởng Trung ương;", "TT Tỉnh ủy, TT HĐND tỉnh;", "Các sở, ban, ngành;", "Lưu: VT, NC."],
             "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", d.ev("signer", "Nguyễn Tuấn Thanh")),
    )
    return finish(d)


def t05():
    """A department plan read by OCR without diacritics, with garbled words and an illegible number."""
    unit, day, issued = "Sở Tài chính", D(2025, 8, 19), D(2025, 8, 8)
    name = "Hội nghị tuyên dương điển hình tiên tiến ngành Tài chính Lần thứ I (2025 - 2030)"
    d = plan("tune", "t05_so_tai_chinh_ocr.txt", ["department", "ocr_text", "txt", "typos"],
             unit=unit, level="department", province="thành phố Hải Phòng", campaign="hp-2025-3194")
    d.label.update(number=None, illegible=["number"], issued=iso(issued), conference_name=name, conference_date=iso(day),
                   start_time="14:30", delegates=110, exemplar_share=0.7, nomination_deadline="2025-08-13",
                   report_deadline="2025-08-28", signer="Hoàng Đức Mạnh", period_in_name=[2025, 2030])
    d.extra.update(weekday_text="thứ Ba", sessions=1)
    d.header_layout = "side"
    d.ocr = {"seed": 5, "keep": 0.15, "confuse": 0.1,
             "garble": {"KẾ HOẠCH": "KE ROACH", "người": "ngirdi", "Số: 53/KH-HĐTĐKT": "So: ^3 /KH-HDTDKT", "Hội nghị": "Hoi ngh1"}}
    d.add(
        Header("UBND THÀNH PHỐ HẢI PHÒNG", "HỘI ĐỒNG THI ĐUA - KHEN THƯỞNG SỞ TÀI CHÍNH", "Số: 53/KH-HĐTĐKT", d.ev("issued", f"Hải Phòng, {long_date(issued)}")),
        Title(["KẾ HOẠCH", "Tổ chức " + d.ev("conference_name", name), "tiên tiến Đại hội Thi đua yêu nước thành phố Hải Phòng lần thứ I"]),
        Para("Căn cứ Quyết định số 3194/QĐ-UBND ngày 08/8/2025 của UBND thành phố; Hội đồng Thi đua - Khen thưởng Sở Tài chính xây dựng Kế hoạch như sau:"),
        Heading("I. MỤC ĐÍCH, YÊU CẦU"),
        *purpose("d", "Sở"),
        Heading("II. THỜI GIAN, ĐỊA ĐIỂM, THÀNH PHẦN"),
        Item("1.", "Thời gian: " + d.ev("conference_date", "ngày 19/8/2025 (thứ Ba)") + ", bắt đầu từ " + d.ev("start_time", "14h30") + "."),
        Item("2.", "Địa điểm: Phòng họp tầng 5, Sở Tài chính."),
        Item("3.", "Thành phần: " + d.ev("delegates", "110 đại biểu") + ", trong đó "
             + d.ev("exemplar_share", "đại biểu điển hình tiên tiến khoảng 70%") + "."),
        Heading("III. CHƯƠNG TRÌNH"),
        Item("-", d.agenda("opening", "Tuyên bố lý do, giới thiệu đại biểu") + "."),
        Item("-", d.agenda("summary_report", "Báo cáo tổng kết công tác thi đua, khen thưởng giai đoạn 2020 - 2025") + "."),
        Item("-", d.agenda("presentations", "Báo cáo tham luận của các điển hình tiên tiến") + "."),
        Item("-", d.agenda("exchange", "Giao lưu điển hình tiên tiến") + "."),
        Item("-", d.agenda("honouring", "Khen thưởng các tập thể, cá nhân tiêu biểu") + "."),
        Item("-", d.agenda("launch", "Phát động phong trào thi đua giai đoạn 2025 - 2030") + "."),
        Item("-", d.agenda("response", "Phát biểu hưởng ứng") + "."),
        Item("-", d.agenda("higher_delegates", "Thông qua danh sách đại biểu đi dự Đại hội cấp trên") + "."),
        Item("-", d.agenda("closing", "Bế mạc") + "."),
        Heading("IV. TỔ CHỨC THỰC HIỆN"),
        Para("1. Văn phòng Sở: " + task(d, "Văn phòng Sở", "chuẩn bị các điều kiện tổ chức Hội nghị; " + d.ev("report_deadline", "báo cáo kết quả về Ban Thi đua - Khen thưởng thành phố trước ngày 28/8/2025"), D(2025, 8, 28)) + "."),
        Para("2. Các phòng, đơn vị: " + task(d, "Các phòng, đơn vị", d.ev("nomination_deadline", "gửi danh sách đề nghị khen thưởng trước ngày 13/8/2025"), D(2025, 8, 13))
             + "; lựa chọn người trực tiếp công tác tham dự."),
        Sign(["Ban TĐKT thành phố;", "Lưu: VT."], "TM. HỘI ĐỒNG", "CHỦ TỊCH", d.ev("signer", "Hoàng Đức Mạnh")),
    )
    return finish(d)


def t06():
    """A commune plan copied from the commune's web portal, dated "trong tháng 8/2025"."""
    unit, issued = "xã An Tiến", D(2025, 8, 7)
    name = "Hội nghị tuyên dương điển hình tiên tiến xã An Tiến Lần thứ I (2025 - 2030)"
    d = plan("tune", "t06_xa_an_tien_web.txt", ["commune", "web_copy", "txt", "fuzzy_date"],
             unit=unit, level="commune", province="thành phố Hải Phòng", campaign="hp-2025-3194")
    d.label.update(number="38/KH-UBND", issued=iso(issued), conference_name=name,
                   conference_date=fuzzy(D(2025, 8, 1), D(2025, 8, 31), "trong tháng 8/2025"),
                   delegates=150, exemplar_share=0.7, signer="Vũ Thị Ngọc", period_in_name=[2025, 2030])
    d.extra.update(sessions=1)
    d.add(
        Raw("CỔNG THÔNG TIN ĐIỆN TỬ XÃ AN TIẾN\nTrang chủ | Giới thiệu | Tin tức - Sự kiện | Văn bản chỉ đạo điều hành | Thủ tục hành chính | Liên hệ\n"
            "Trang chủ > Văn bản > Kế hoạch\nĐăng ngày: 08/08/2025 15:42 | Lượt xem: 214\nCỡ chữ: A- A A+   In bài   Chia sẻ"),
        Header("ỦY BAN NHÂN DÂN", "XÃ AN TIẾN", d.ev("number", "Số: 38/KH-UBND"), d.ev("issued", f"An Tiến, {long_date(issued)}")),
        Title(["KẾ HOẠCH", "Tổ chức " + d.ev("conference_name", name)]),
        Para(f"Thực hiện {HP_BASIS}, UBND xã An Tiến ban hành Kế hoạch tổ chức Hội nghị như sau:"),
        Heading("I. MỤC ĐÍCH, YÊU CẦU"),
        *purpose("b", "xã An Tiến"),
        Heading("II. NỘI DUNG"),
        Heading("1. Thời gian, địa điểm"),
        Para("Hội nghị được tổ chức " + d.ev("conference_date", "trong tháng 8/2025") + " (01 buổi), tại Hội trường UBND xã; thời gian cụ thể thông báo sau."),
        Heading("2. Thành phần, số lượng đại biểu"),
        Para(d.ev("delegates", "Tối đa 150 đại biểu") + "; " + d.ev("exemplar_share", "đại biểu điển hình tiên tiến khoảng 70%") + ", khách mời và lãnh đạo khoảng 30%."),
        Heading("3. Chương trình Hội nghị"),
    )
    for key, text in (
        ("opening", "Tuyên bố lý do, giới thiệu đại biểu"),
        ("summary_report", "Báo cáo tổng kết phong trào thi đua yêu nước giai đoạn 2020 - 2025, phương hướng giai đoạn 2025 - 2030"),
        ("presentations", "Báo cáo tham luận của các điển hình tiên tiến"),
        ("exchange", "Tổ chức giao lưu với các điển hình tiên tiến"),
        ("honouring", "Biểu dương, tôn vinh, khen thưởng các điển hình tiên tiến"),
        ("launch", "Phát động phong trào thi đua giai đoạn 2025 - 2030"),
        ("response", "Phát biểu hưởng ứng phát động phong trào thi đua"),
        ("higher_delegates", "Thông qua danh sách đại biểu đi dự Đại hội thi đua cấp trên"),
        ("closing", "Tổng kết và bế mạc"),
    ):
        d.add(Item("-", d.agenda(key, text) + "."))
    d.add(
        Heading("4. Công tác tuyên truyền"),
        *propaganda("a", "xã"),
        Heading("III. TỔ CHỨC THỰC HIỆN"),
        Para("Giao Phòng Văn hóa - Xã hội " + task(d, "Phòng Văn hóa - Xã hội", "chủ trì, phối hợp các đơn vị liên quan triển khai Kế hoạch") + "."),
        Sign(["Ban TĐ-KT thành phố;", "Lưu: VT."], "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", d.ev("signer", "Vũ Thị Ngọc")),
        Raw("Tệp đính kèm: 38-KH-UBND.pdf (245 KB)\nChia sẻ: Facebook | Zalo | Email\n\nTIN LIÊN QUAN\n"
            "- Xã An Tiến tổ chức Lễ kỷ niệm 80 năm Cách mạng Tháng Tám và Quốc khánh 2/9 (28/08/2025)\n"
            "- Hội nghị sơ kết 6 tháng đầu năm 2025 (15/07/2025)\n"
            "- Kế hoạch tổ chức Đại hội Thể dục thể thao xã An Tiến lần thứ I năm 2025 (02/08/2025)\n\n"
            "Bản quyền thuộc Ủy ban nhân dân xã An Tiến - Thành phố Hải Phòng\nĐịa chỉ: Thôn Đông, xã An Tiến | Điện thoại: 0225.3xxx.xxx\n"
            "Ghi rõ nguồn khi phát hành lại thông tin từ trang này."),
    )
    return finish(d)



def t14():
    """A province's 2014 plan for a "người tốt, việc tốt" conference: number without its
    type ("4804/2014"), date "1-3-2015", time "07 giờ 30 phút"; text PDF."""
    issued, day = D(2014, 12, 22), D(2015, 3, 1)
    name = "Hội nghị biểu dương người tốt, việc tốt tỉnh Thái Bình năm 2015"
    d = plan("tune", "t14_thai_binh_nguoi_tot_2014.pdf",
             ["province", "name_nguoi_tot", "text_pdf", "short_date_forms", "number_without_type", "time_forms"],
             unit="tỉnh Thái Bình", level="province", province="tỉnh Thái Bình")
    d.label.update(number="4804/2014", issued=iso(issued), conference_name=name, conference_date=iso(day), start_time="07:30",
                   end_time="11:00", delegates=300, delegates_exemplars=200, delegates_guests=100, exemplar_share=0.67,
                   nomination_deadline="2015-01-31", signer="Phạm Văn Xuyên")
    d.add(
        Header("ỦY BAN NHÂN DÂN", "TỈNH THÁI BÌNH", d.ev("number", "Số: 4804/2014"), d.ev("issued", f"Thái Bình, {long_date(issued)}")),
        Title(["KẾ HOẠCH", "Tổ chức " + d.ev("conference_name", name)]),
        Para("Để kịp thời biểu dương, nhân rộng những gương người tốt, việc tốt trong các tầng lớp Nhân dân, UBND tỉnh xây dựng Kế hoạch tổ chức Hội nghị như sau:"),
        Heading("1. Mục đích"),
        Para("Tôn vinh những tập thể, cá nhân có hành động đẹp, việc làm tốt trong lao động, sản xuất, học tập, bảo vệ an ninh trật tự năm 2014; qua đó lan tỏa các giá trị tốt đẹp trong cộng đồng."),
        Heading("2. Thời gian, địa điểm"),
        Para("Hội nghị tổ chức từ " + d.ev("start_time", "07 giờ 30 phút") + " đến 11 giờ 00, " + d.ev("conference_date", "ngày 1-3-2015 (Chủ nhật)")
             + " tại Nhà văn hóa Trung tâm tỉnh."),
        Heading("3. Đại biểu"),
        Para(d.ev("delegates", "Số lượng: 300 đại biểu") + ", trong đó có " + d.ev("delegates_exemplars", "200 gương người tốt, việc tốt được biểu dương")
             + "; " + d.ev("delegates_guests", "100 đại biểu khách mời") + " là lãnh đạo tỉnh, các sở, ban, ngành, đoàn thể và các huyện, thành phố."),
        Heading("4. Chương trình"),
    )
    for marker, key, text, role in (
        ("a)", None, "Chương trình văn nghệ chào mừng", "ceremony"),
        ("b)", "opening", "Tuyên bố lý do, giới thiệu đại biểu", None),
        ("c)", "summary_report", "Báo cáo kết quả phong trào “Người tốt, việc tốt” năm 2014", None),
        ("d)", None, "Chiếu phóng sự về các gương người tốt, việc tốt", "ceremony"),
        ("đ)", "exchange", "Giao lưu với một số gương người tốt, việc tốt tiêu biểu", None),
        ("e)", "honouring", "Trao Bằng khen của Chủ tịch UBND tỉnh cho các tập thể, cá nhân", None),
        ("g)", None, "Phát biểu của đồng chí Chủ tịch UBND tỉnh", "speech"),
        ("h)", "closing", "Bế mạc Hội nghị", None),
    ):
        d.add(Item(marker, d.agenda(key, text, role=role) + ";"))
    d.add(
        Heading("5. Phân công"),
        Para("- Sở Nội vụ (Ban Thi đua - Khen thưởng): " + task(d, "Sở Nội vụ (Ban Thi đua - Khen thưởng)", d.ev("nomination_deadline", "tổng hợp danh sách các gương người tốt, việc tốt do các huyện, thành phố, các sở, ngành đề nghị trước ngày 31/01/2015"), D(2015, 1, 31)) + "; trình khen thưởng."),
        Para("- Sở Văn hóa, Thể thao và Du lịch: " + task(d, "Sở Văn hóa, Thể thao và Du lịch", "chuẩn bị chương trình văn nghệ, phóng sự") + "."),
        Para("- Văn phòng UBND tỉnh: " + task(d, "Văn phòng UBND tỉnh", "chuẩn bị hội trường, giấy mời, hậu cần") + "."),
        Sign(["TT Tỉnh ủy, TT HĐND tỉnh;", "Các sở, ban, ngành;", "UBND các huyện, thành phố;", "Lưu: VT."], "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH",
             d.ev("signer", "Phạm Văn Xuyên")),
    )
    return finish(d)


def t15():
    """A department's plan scanned to an image-only PDF (two pages), "•" bullets; the
    response to the launch is missing."""
    unit, day, issued = "Sở Công Thương", D(2025, 8, 22), D(2025, 8, 12)
    name = "Hội nghị tuyên dương điển hình tiên tiến ngành Công Thương Lần thứ I (2025 - 2030)"
    d = plan("tune", "t15_so_cong_thuong_scan.pdf", ["department", "scan_pdf", "bullets_varied", "name_tuyen_bieu_duong"],
             unit=unit, level="department", province="thành phố Hải Phòng", campaign="hp-2025-3194")
    d.label.update(number="205/KH-SCT", issued=iso(issued), conference_name=name, conference_date=iso(day), start_time="08:00",
                   delegates=120, exemplar_share=0.7, nomination_deadline="2025-08-15", report_deadline="2025-08-30",
                   signer="Trần Quang Vinh", period_in_name=[2025, 2030])
    d.extra.update(weekday_text="thứ Sáu", sessions=1)
    d.scan = {"seed": 15, "dpi": 200, "skew": 0.7, "blur": 0.5, "noise": 0.0015, "size": "12pt"}
    d.add(
        Header("UBND THÀNH PHỐ HẢI PHÒNG", "SỞ CÔNG THƯƠNG", d.ev("number", "Số: 205/KH-SCT"), d.ev("issued", f"Hải Phòng, {long_date(issued)}")),
        Title(["KẾ HOẠCH", "Tổ chức " + d.ev("conference_name", name)]),
        Para(f"Căn cứ {HP_BASIS}, Sở Công Thương xây dựng Kế hoạch tổ chức Hội nghị như sau:"),
        Heading("I. MỤC ĐÍCH, YÊU CẦU"),
        *purpose("c", "Sở Công Thương"),
        Heading("II. THỜI GIAN, ĐỊA ĐIỂM, THÀNH PHẦN"),
        Item("•", "Thời gian: " + d.ev("start_time", "08 giờ 00") + ", " + d.ev("conference_date", "thứ Sáu, ngày 22/8/2025") + "."),
        Item("•", "Địa điểm: Hội trường tầng 2, Sở Công Thương, số 5 đường Lý Tự Trọng."),
        Item("•", "Số lượng: " + d.ev("delegates", "không quá 120 đại biểu") + "; " + d.ev("exemplar_share", "điển hình tiên tiến chiếm khoảng 70%") + "."),
        Heading("III. CHƯƠNG TRÌNH HỘI NGHỊ"),
    )
    for key, text in (
        ("opening", "Tuyên bố lý do, giới thiệu đại biểu"),
        ("summary_report", "Báo cáo tổng kết phong trào thi đua yêu nước ngành Công Thương giai đoạn 2020 - 2025"),
        ("presentations", "Tham luận của 03 doanh nghiệp, đơn vị tiêu biểu"),
        ("exchange", "Giao lưu với các điển hình tiên tiến"),
        ("honouring", "Trao khen thưởng cho các tập thể, cá nhân"),
        ("launch", "Phát động phong trào thi đua giai đoạn 2025 - 2030"),
        ("higher_delegates", "Thông qua danh sách đại biểu dự Đại hội Thi đua yêu nước thành phố"),
        ("closing", "Bế mạc Hội nghị"),
    ):
        d.add(Item("•", d.agenda(key, text) + "."))
    d.add(
        Heading("IV. TỔ CHỨC THỰC HIỆN"),
        Heading("1. Văn phòng Sở"),
        Item("•", task(d, "Văn phòng Sở", "Chuẩn bị nội dung, tài liệu, hội trường, khánh tiết.")),
        Item("•", task(d, "Văn phòng Sở", d.ev("report_deadline", "Báo cáo kết quả về Ban Thi đua - Khen thưởng thành phố trước ngày 30/8/2025") + ".", D(2025, 8, 30))),
        Heading("2. Các phòng, đơn vị thuộc Sở"),
        Item("•", task(d, "Các phòng, đơn vị thuộc Sở", d.ev("nomination_deadline", "Gửi hồ sơ đề nghị khen thưởng về Văn phòng Sở trước ngày 15/8/2025") + ".", D(2025, 8, 15))),
        closing("c", extra=""),
        Sign(["Ban TĐ-KT thành phố;", "Lãnh đạo Sở;", "Lưu: VT, VP."], "", "GIÁM ĐỐC", d.ev("signer", "Trần Quang Vinh")),
    )
    return finish(d)


def t16():
    """A short commune plan on one scanned page (PNG): "biểu dương" in the name."""
    unit, day, issued = "xã Tân Lập", D(2025, 8, 23), D(2025, 8, 13)
    name = "Hội nghị biểu dương điển hình tiên tiến xã Tân Lập lần thứ I (2025-2030)"
    d = plan("tune", "t16_xa_tan_lap_scan.png", ["commune", "scan_png", "name_tuyen_bieu_duong"],
             unit=unit, level="commune", province="thành phố Hải Phòng", campaign="hp-2025-3194")
    d.label.update(number="29/KH-UBND", issued=iso(issued), conference_name=name, conference_date=iso(day), start_time="07:30",
                   delegates=130, signer="Nguyễn Hữu Lộc", period_in_name=[2025, 2030])
    d.extra.update(weekday_text="thứ Bảy", sessions=1)
    d.scan = {"seed": 16, "dpi": 200, "skew": -0.9, "blur": 0.7, "noise": 0.002, "size": "11pt", "shadow": True}
    d.add(
        Header("ỦY BAN NHÂN DÂN", "XÃ TÂN LẬP", d.ev("number", "Số: 29/KH-UBND"), d.ev("issued", f"Tân Lập, {long_date(issued)}")),
        Title(["KẾ HOẠCH", "Tổ chức " + d.ev("conference_name", name)]),
        Para("Thực hiện Quyết định số 3194/QĐ-UBND ngày 08/8/2025 của UBND thành phố, UBND xã Tân Lập xây dựng Kế hoạch như sau:"),
        Para("1. Thời gian: " + d.ev("start_time", "7h30") + ", " + d.ev("conference_date", "ngày 23/8/2025 (thứ Bảy)") + ". Địa điểm: Hội trường UBND xã."),
        Para("2. Đại biểu: " + d.ev("delegates", "130 đại biểu") + " (khách mời, lãnh đạo; tập thể, cá nhân điển hình tiên tiến)."),
        Para("3. Chương trình: " + "; ".join([
            d.agenda("opening", "Tuyên bố lý do, giới thiệu đại biểu"),
            d.agenda("summary_report", "Báo cáo tổng kết phong trào thi đua giai đoạn 2020 - 2025"),
            d.agenda("presentations", "Tham luận"),
            d.agenda("exchange", "Giao lưu điển hình"),
            d.agenda("honouring", "Trao Giấy khen"),
            d.agenda("launch", "Phát động thi đua giai đoạn 2025 - 2030"),
            d.agenda("response", "Hưởng ứng"),
            d.agenda("higher_delegates", "Thông qua danh sách đại biểu dự Đại hội cấp trên"),
            d.agenda("closing", "Bế mạc"),
        ]) + "."),
        Para("4. Phân công: " + task(d, "Văn phòng HĐND và UBND xã", "Văn phòng HĐND và UBND xã chuẩn bị các điều kiện tổ chức") + "; "
             + task(d, "Phòng Văn hóa - Xã hội", "Phòng Văn hóa - Xã hội xây dựng báo cáo, tổng hợp khen thưởng") + "."),
        Sign(["Ban TĐ-KT thành phố;", "Lưu: VT."], "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", d.ev("signer", "Nguyễn Hữu Lộc")),
    )
    return finish(d)


def t17():
    """A Ninh Bình commune's plan copied from a PDF (broken lines), "a)" bullets, checked
    against the province's rules (t10): delegates by group, 78% exemplars."""
    unit, day, issued = "xã Gia Vân", D(2025, 3, 14), D(2025, 1, 6)
    name = "Hội nghị điển hình tiên tiến xã Gia Vân lần thứ V (2025 - 2030)"
    d = plan("tune", "t17_xa_gia_van.txt", ["commune", "txt", "name_dien_hinh", "bullets_varied", "delegates_breakdown"],
             unit=unit, level="commune", province="tỉnh Ninh Bình", campaign="nb-2024-215", merged=False)
    d.label.update(number="04/KH-UBND", issued=iso(issued), conference_name=name, conference_date=iso(day), start_time="08:00",
                   delegates=180, delegates_exemplars=140, delegates_guests=40, exemplar_share=0.78,
                   nomination_deadline="2025-02-28", report_deadline="2025-04-10", signer="Đinh Công Hoan", period_in_name=[2025, 2030])
    d.extra.update(weekday_text="thứ Sáu", sessions=1)
    d.wrap = 78
    d.add(
        Header("ỦY BAN NHÂN DÂN", "XÃ GIA VÂN", d.ev("number", "Số: 04/KH-UBND"), d.ev("issued", f"Gia Vân, {long_date(issued)}")),
        Title(["KẾ HOẠCH", "Tổ chức " + d.ev("conference_name", name)]),
        Para("Thực hiện Kế hoạch số 215/KH-UBND ngày 18/11/2024 của UBND tỉnh Ninh Bình và Kế hoạch của UBND huyện Gia Viễn, UBND xã Gia Vân xây dựng Kế hoạch tổ chức Hội nghị điển hình tiên tiến như sau:"),
        Heading("I. MỤC ĐÍCH, YÊU CẦU"),
        *purpose("a", "xã Gia Vân"),
        Heading("II. NỘI DUNG"),
        Para("1. Thời gian, địa điểm"),
        Item("a)", "Thời gian: khai mạc lúc " + d.ev("start_time", "8 giờ") + " " + d.ev("conference_date", "ngày 14/3/2025 (thứ Sáu)") + "."),
        Item("b)", "Địa điểm: Hội trường Nhà văn hóa xã Gia Vân."),
        Para("2. Số lượng, thành phần đại biểu: " + d.ev("delegates", "180 đại biểu") + ", gồm " + d.ev("delegates_exemplars", "140 đại biểu điển hình tiên tiến")
             + " và " + d.ev("delegates_guests", "40 đại biểu khách mời") + "."),
        Para("3. Chương trình Hội nghị"),
    )
    for marker, key, text in (
        ("a)", "opening", "Tuyên bố lý do, giới thiệu đại biểu"),
        ("b)", "summary_report", "Báo cáo tổng kết phong trào thi đua yêu nước xã Gia Vân giai đoạn 2020 - 2025, phương hướng, nhiệm vụ giai đoạn 2025 - 2030"),
        ("c)", "presentations", "Tham luận của các điển hình tiên tiến"),
        ("d)", "honouring", "Khen thưởng các tập thể, cá nhân có thành tích xuất sắc"),
        ("đ)", "launch", "Phát động phong trào thi đua giai đoạn 2025 - 2030"),
        ("e)", "higher_delegates", "Thông qua danh sách đại biểu dự Đại hội Thi đua yêu nước huyện"),
        ("g)", "closing", "Bế mạc"),
    ):
        d.add(Item(marker, d.agenda(key, text) + ";"))
    d.add(
        Heading("III. TỔ CHỨC THỰC HIỆN"),
        Para("1. Công chức Văn hóa - Xã hội: " + task(d, "Công chức Văn hóa - Xã hội", "tham mưu báo cáo tổng kết, kịch bản Hội nghị") + "; "
             + task(d, "Công chức Văn hóa - Xã hội", d.ev("report_deadline", "báo cáo kết quả về UBND huyện và Ban Thi đua - Khen thưởng tỉnh chậm nhất ngày 10/4/2025"), D(2025, 4, 10)) + "."),
        Para("2. Các thôn, cơ quan, đơn vị trên địa bàn: " + task(d, "Các thôn, cơ quan, đơn vị trên địa bàn", d.ev("nomination_deadline", "gửi danh sách đề nghị khen thưởng về UBND xã trước ngày 28/02/2025"), D(2025, 2, 28)) + "."),
        closing("a", "UBND xã Gia Vân", "điển hình tiên tiến "),
        Sign(["UBND huyện Gia Viễn;", "TT Đảng ủy, HĐND xã;", "Lưu: VP."], "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", d.ev("signer", "Đinh Công Hoan")),
    )
    return finish(d)


def t18():
    """A Ninh Bình district's congress plan (.docx) "trong quý I/2025", 300 delegates."""
    unit, issued = "huyện Kim Sơn", D(2024, 12, 16)
    name = "Đại hội Thi đua yêu nước huyện Kim Sơn lần thứ V (2025 - 2030)"
    d = plan("tune", "t18_huyen_kim_son_congress.docx", ["district", "congress", "docx", "fuzzy_date"], kind="congress_plan",
             unit=unit, level="district", province="tỉnh Ninh Bình", campaign="nb-2024-215", merged=False)
    d.label.update(number="189/KH-UBND", issued=iso(issued), conference_name=name,
                   conference_date=fuzzy(D(2025, 1, 1), D(2025, 3, 31), "trong quý I/2025"),
                   delegates=300, exemplar_share=0.75, report_deadline="2025-04-15", signer="Tống Quang Thìn", period_in_name=[2025, 2030])
    d.extra.update(sessions=2)
    d.add(
        Header("ỦY BAN NHÂN DÂN", "HUYỆN KIM SƠN", d.ev("number", "Số: 189/KH-UBND"), d.ev("issued", f"Kim Sơn, {long_date(issued)}")),
        Title(["KẾ HOẠCH", "Tổ chức " + d.ev("conference_name", name)]),
        Para("Thực hiện Kế hoạch số 215/KH-UBND ngày 18/11/2024 của Ủy ban nhân dân tỉnh Ninh Bình, Ủy ban nhân dân huyện Kim Sơn xây dựng Kế hoạch tổ chức Đại hội như sau:"),
        Heading("I. MỤC ĐÍCH, YÊU CẦU"),
        *purpose("b", "huyện Kim Sơn"),
        Heading("II. THỜI GIAN, ĐỊA ĐIỂM"),
        Para("Đại hội tổ chức " + d.ev("conference_date", "trong quý I/2025") + " (01 ngày), tại Hội trường Trung tâm Văn hóa huyện; thời gian cụ thể Ban Tổ chức thông báo sau."),
        Heading("III. ĐẠI BIỂU"),
        Para("Tổng số " + d.ev("delegates", "300 đại biểu") + "; " + d.ev("exemplar_share", "đại biểu điển hình tiên tiến chiếm khoảng 75%") + ", được lựa chọn từ Hội nghị điển hình tiên tiến cấp xã và các cơ quan, đơn vị."),
        Heading("IV. CHƯƠNG TRÌNH ĐẠI HỘI"),
        Heading("Phiên thứ nhất (buổi sáng)"),
        Item("-", d.agenda(None, "Chào cờ", role="ceremony")),
        Item("-", d.agenda("opening", "Tuyên bố lý do, giới thiệu đại biểu")),
        Item("-", d.agenda(None, "Bầu Đoàn Chủ tịch, Đoàn Thư ký Đại hội", role="other")),
        Item("-", d.agenda("summary_report", "Báo cáo tổng kết phong trào thi đua yêu nước huyện giai đoạn 2020 - 2025, phương hướng giai đoạn 2025 - 2030")),
        Item("-", d.agenda("presentations", "Tham luận của các điển hình tiên tiến")),
        Heading("Phiên thứ hai (buổi chiều)"),
        Item("-", d.agenda("exchange", "Giao lưu giữa lãnh đạo huyện với các điển hình tiên tiến")),
        Item("-", d.agenda("honouring", "Khen thưởng các tập thể, cá nhân")),
        Item("-", d.agenda("launch", "Phát động phong trào thi đua yêu nước giai đoạn 2025 - 2030")),
        Item("-", d.agenda("higher_delegates", "Thông qua danh sách đại biểu dự Đại hội Thi đua yêu nước tỉnh lần thứ VI")),
        Item("-", d.agenda(None, "Thông qua Nghị quyết Đại hội", role="resolution")),
        Item("-", d.agenda("closing", "Bế mạc Đại hội")),
        Heading("V. TỔ CHỨC THỰC HIỆN"),
        Para("Phòng Nội vụ " + task(d, "Phòng Nội vụ", "là cơ quan thường trực, tham mưu thành lập Ban Tổ chức; " + d.ev("report_deadline", "báo cáo kết quả Đại hội về Ban Thi đua - Khen thưởng tỉnh trước ngày 15/4/2025"), D(2025, 4, 15)) + "."),
        Para("Phòng Văn hóa và Thông tin " + task(d, "Phòng Văn hóa và Thông tin", "tuyên truyền, trang trí khánh tiết") + "."),
        Sign(["UBND tỉnh (b/c);", "Ban TĐKT tỉnh;", "TT Huyện ủy, HĐND huyện;", "Lưu: VT."], "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", d.ev("signer", "Tống Quang Thìn")),
    )
    return finish(d)


def t19():
    """A department's 2024 plan: date "15.7" with the year elsewhere, and "70% là người
    trực tiếp lao động" (direct workers, not the exemplar share)."""
    unit, day, issued = "Sở Nông nghiệp và Phát triển nông thôn", D(2024, 7, 15), D(2024, 6, 28)
    name = "Hội nghị biểu dương điển hình tiên tiến ngành Nông nghiệp và Phát triển nông thôn năm 2024"
    d = plan("tune", "t19_so_nnptnt_ha_tinh_2024.txt",
             ["department", "txt", "short_date_forms", "direct_worker_share", "name_tuyen_bieu_duong"],
             unit=unit, level="department", province="tỉnh Hà Tĩnh")
    d.label.update(number="1876/KH-SNN", issued=iso(issued), conference_name=name, conference_date=iso(day), start_time="08:00",
                   delegates=200, exemplar_share=None, direct_worker_share=0.7, signer="Nguyễn Văn Việt")
    d.newline = "\r\n"
    d.add(
        Header("UBND TỈNH HÀ TĨNH", "SỞ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN", d.ev("number", "Số: 1876/KH-SNN"), d.ev("issued", f"Hà Tĩnh, {long_date(issued)}")),
        Title(["KẾ HOẠCH", "Tổ chức " + d.ev("conference_name", name)]),
        Heading("1. Mục đích"),
        Para("Biểu dương những tập thể, cá nhân tiêu biểu trong sản xuất nông nghiệp, xây dựng nông thôn mới năm 2024; khích lệ nông dân, hợp tác xã đổi mới, sáng tạo."),
        Heading("2. Thời gian"),
        Para("Hội nghị tổ chức vào " + d.ev("start_time", "8h00") + " " + d.ev("conference_date", "ngày 15.7") + " tại Hội trường Sở Nông nghiệp và PTNT, số 12 đường Trần Phú, thành phố Hà Tĩnh."),
        Heading("3. Đại biểu"),
        Para(d.ev("delegates", "Tổng số 200 đại biểu") + "; " + d.ev("direct_worker_share", "70% là người trực tiếp lao động, sản xuất")
             + " (nông dân, thành viên hợp tác xã, công nhân lâm trường)."),
        Heading("4. Chương trình"),
    )
    for key, text, role in (
        (None, "Văn nghệ chào mừng", "ceremony"),
        ("opening", "Tuyên bố lý do, giới thiệu đại biểu", None),
        ("summary_report", "Báo cáo kết quả phong trào thi đua ngành năm 2024", None),
        ("presentations", "Tham luận của 04 điển hình (nông dân sản xuất giỏi, hợp tác xã, doanh nghiệp, cán bộ khuyến nông)", None),
        ("honouring", "Trao Giấy khen của Giám đốc Sở và Bằng khen của Chủ tịch UBND tỉnh", None),
        (None, "Phát biểu của lãnh đạo UBND tỉnh", "speech"),
        ("closing", "Bế mạc", None),
    ):
        d.add(Item("-", d.agenda(key, text, role=role)))
    d.add(
        Heading("5. Tổ chức thực hiện"),
        Para("Văn phòng Sở " + task(d, "Văn phòng Sở", "chủ trì chuẩn bị; các phòng, đơn vị phối hợp") + ". Kinh phí từ nguồn sự nghiệp của Sở năm 2024."),
        Sign(["UBND tỉnh (b/c);", "Các phòng, đơn vị;", "Lưu: VT, VP."], "", "GIÁM ĐỐC", d.ev("signer", "Nguyễn Văn Việt")),
    )
    return finish(d)


def t20():
    """A commune plan with typos, "ngày 3-9" without a year, and the period 2021–2025
    written beside a conference named (2025 – 2030)."""
    unit, day, issued = "xã Phú Mỹ", D(2025, 9, 3), D(2025, 8, 14)
    name = "Hội nghị tuyên dương điển hình tiên tiến xã Phú Mỹ Lần thứ I (2025 – 2030)"
    d = plan("tune", "t20_xa_phu_my_typos.txt", ["commune", "txt", "short_date_forms", "period_mismatch", "typos"],
             unit=unit, level="commune", province="thành phố Hải Phòng", campaign="hp-2025-3194")
    d.label.update(number="51/KH-UBND", issued=iso(issued), conference_name=name, conference_date=iso(day), start_time="07:30",
                   delegates=150, exemplar_share=0.7, signer="Lương Văn Hải", period_in_name=[2025, 2030], period_in_body=[[2021, 2025]])
    d.extra.update(sessions=1)
    d.add(
        Header("ỦY BAN NHÂN DÂN", "XÃ PHÚ MỸ", d.ev("number", "Số: 51/KH-UBND"), d.ev("issued", f"Phú Mỹ, {long_date(issued)}")),
        Title(["KẾ HOẠCH", "Tổ chức " + d.ev("conference_name", name) + ",", "tiên tiến Đại hội Thi đua yêu nước thành phố Hải Phòng lần thứ I"]),
        Para("Thực hiện Quyết đinh số 3194/QĐ-UBND ngày 08/8/2025 của UBND thành phố, Ủy ban nhân dân xa Phú Mỹ xây dựng kế hoạch tổ chức "
             + d.ev("period_in_body", "Hội nghị tuyên dương điển hình tiên tiến xã Phú Mỹ giai đoạn 2021–2025") + " như sau:"),
        Heading("I. MỤC ĐÍCH YÊU CẦU"),
        Para("Đánh giá kết quả phong trào thi đua yêu nước 5 năm qua; biểu dương, khen thưởng các điễn hình tiên tiến; tổ chức tiết kiệm, hiệu quả."),
        Heading("II. THỜI GIAN, ĐỊA ĐIỂM"),
        Para("- Thời gian: " + d.ev("conference_date", "Sáng ngày 3-9") + ", lúc " + d.ev("start_time", "7h30") + " (01 buổi)."),
        Para("- Địa điễm: Hội trường UBND xã Phú Mỹ."),
        Heading("III. THÀNH PHẦN"),
        Para(d.ev("delegates", "150 đại biểu") + " (" + d.ev("exemplar_share", "điển hình tiên tiến khoảng 70%") + ")."),
        Heading("IV. CHƯƠNG TRÌNH HỘI NGHỊ"),
    )
    for key, text in (
        ("opening", "Tuyên bố lý do, giới thiệu đại biểu"),
        ("summary_report", "Báo cáo tổng kết phong trào thi đua giai đoạn 2021–2025"),
        ("presentations", "Tham luận của các điển hình tiên tiến"),
        ("exchange", "Giao lưu điển hình tiên tiến"),
        ("honouring", "Khen thưởng các tập thể, cá nhân điễn hình"),
        ("launch", "Phát động phong trào thi đua giai đoạn 2025 – 2030"),
        ("response", "Phát biểu hưởng ứng"),
        ("higher_delegates", "Thông qua danh sách đại biểu dự Đại hội thi đua cấp trên"),
        ("closing", "Bế mạc hội nghị"),
    ):
        d.add(Item("-", d.agenda(key, text) + ";"))
    d.add(
        Heading("V. TỔ CHỨC THỰC HIỆN"),
        Para("Giao Văn phòng HĐND và UBND xã " + task(d, "Văn phòng HĐND và UBND xã", "chủ trì, phối hợp với các ban, ngành tổ chức Hội nghi") + "."),
        Sign(["Ban TĐ-KT thành phố;", "Lưu VT."], "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", d.ev("signer", "Lương Văn Hải")),
    )
    return finish(d)


def t21():
    """A district's 2023 "người tốt, việc tốt" conference (.docx), "Chiều ngày 28/8"."""
    unit, day, issued = "huyện Tiên Lãng", D(2023, 8, 28), D(2023, 8, 3)
    name = "Hội nghị biểu dương người tốt, việc tốt huyện Tiên Lãng năm 2023"
    d = plan("tune", "t21_huyen_tien_lang_nguoi_tot.docx", ["district", "docx", "name_nguoi_tot", "time_forms", "short_date_forms", "delegates_breakdown"],
             unit=unit, level="district", province="thành phố Hải Phòng")
    d.label.update(number="236/KH-UBND", issued=iso(issued), conference_name=name, conference_date=iso(day), start_time="14:00",
                   delegates=250, delegates_exemplars=180, delegates_guests=70, exemplar_share=0.72, nomination_deadline="2023-08-18",
                   signer="Vũ Văn Tuấn")
    d.add(
        Header("ỦY BAN NHÂN DÂN", "HUYỆN TIÊN LÃNG", d.ev("number", "Số: 236/KH-UBND"), d.ev("issued", f"Tiên Lãng, {long_date(issued)}")),
        Title(["KẾ HOẠCH", "Tổ chức " + d.ev("conference_name", name)]),
        Para("Nhằm biểu dương, tôn vinh những gương người tốt, việc tốt trên các lĩnh vực của đời sống xã hội, UBND huyện xây dựng Kế hoạch như sau:"),
        Heading("1. Thời gian, địa điểm"),
        Para(d.ev("conference_date", "Chiều ngày 28/8") + ", bắt đầu từ " + d.ev("start_time", "14h00") + ", tại Hội trường Trung tâm Văn hóa - Thông tin và Thể thao huyện."),
        Heading("2. Thành phần"),
        Para(d.ev("delegates", "Tổng số 250 đại biểu") + ", gồm " + d.ev("delegates_exemplars", "180 gương người tốt, việc tốt") + " và "
             + d.ev("delegates_guests", "70 đại biểu khách mời") + " (lãnh đạo huyện, các phòng, ban, ngành, đoàn thể, Chủ tịch UBND các xã, thị trấn)."),
        Heading("3. Chương trình"),
    )
    for key, text, role in (
        (None, "Chào cờ", "ceremony"),
        ("opening", "Tuyên bố lý do, giới thiệu đại biểu", None),
        ("summary_report", "Báo cáo kết quả phong trào “Người tốt, việc tốt” trên địa bàn huyện", None),
        ("exchange", "Giao lưu với các gương người tốt, việc tốt", None),
        ("honouring", "Trao Giấy khen của Chủ tịch UBND huyện", None),
        (None, "Phát biểu chỉ đạo của đồng chí Bí thư Huyện ủy", "speech"),
        ("closing", "Bế mạc", None),
    ):
        d.add(Item("-", d.agenda(key, text, role=role) + "."))
    d.add(
        Heading("4. Tổ chức thực hiện"),
        Item("-", "Phòng Nội vụ: " + task(d, "Phòng Nội vụ", d.ev("nomination_deadline", "tổng hợp danh sách đề nghị biểu dương của các xã, thị trấn, cơ quan, đơn vị trước ngày 18/8/2023"), D(2023, 8, 18)) + "."),
        Item("-", "Văn phòng HĐND và UBND huyện: " + task(d, "Văn phòng HĐND và UBND huyện", "chuẩn bị hội trường, giấy mời, hậu cần") + "."),
        Sign(["TT Huyện ủy, HĐND huyện;", "Các xã, thị trấn;", "Lưu: VT."], "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", d.ev("signer", "Vũ Văn Tuấn")),
    )
    return finish(d)


def t22():
    """A commune's text PDF with "a)" and "•" bullets, a two-hour session "7-9h" and the
    launch before the exchange."""
    unit, day, issued = "xã Đông Sơn", D(2025, 8, 20), D(2025, 8, 10)
    name = "Hội nghị tuyên dương điển hình tiên tiến xã Đông Sơn Lần thứ I (2025 - 2030)"
    d = plan("tune", "t22_xa_dong_son.pdf", ["commune", "text_pdf", "bullets_varied", "agenda_reordered", "time_forms"],
             unit=unit, level="commune", province="thành phố Hải Phòng", campaign="hp-2025-3194")
    d.label.update(number="62/KH-UBND", issued=iso(issued), conference_name=name, conference_date=iso(day), start_time="07:00",
                   end_time="09:00", delegates=100, exemplar_share=0.7, nomination_deadline="2025-08-16", signer="Trịnh Văn Sơn",
                   period_in_name=[2025, 2030])
    d.extra.update(weekday_text="thứ Tư", sessions=1)
    d.add(
        Header("ỦY BAN NHÂN DÂN", "XÃ ĐÔNG SƠN", d.ev("number", "Số: 62/KH-UBND"), d.ev("issued", f"Đông Sơn, {long_date(issued)}")),
        Title(["KẾ HOẠCH", "Tổ chức " + d.ev("conference_name", name)]),
        Para(f"Thực hiện {HP_BASIS}; UBND xã Đông Sơn ban hành Kế hoạch:"),
        Heading("I. MỤC ĐÍCH, YÊU CẦU"),
        *purpose("d", "xã"),
        Heading("II. NỘI DUNG"),
        Item("a)", "Thời gian: " + d.ev("start_time", "7-9h") + " " + d.ev("conference_date", "ngày 20/8/2025 (thứ Tư)") + "."),
        Item("b)", "Địa điểm: Nhà văn hóa trung tâm xã."),
        Item("c)", "Đại biểu: " + d.ev("delegates", "100 đại biểu") + ", " + d.ev("exemplar_share", "trong đó điển hình tiên tiến khoảng 70%") + "."),
        Item("d)", "Chương trình:"),
    )
    for key, text in (
        ("opening", "Tuyên bố lý do, giới thiệu đại biểu"),
        ("summary_report", "Báo cáo tổng kết phong trào thi đua, khen thưởng 2020 - 2025"),
        ("presentations", "Tham luận điển hình (02 tham luận)"),
        ("honouring", "Biểu dương, khen thưởng"),
        ("launch", "Phát động phong trào thi đua 2025 - 2030"),
        ("response", "Hưởng ứng phát động"),
        ("exchange", "Giao lưu với các điển hình tiên tiến"),
        ("higher_delegates", "Thông qua danh sách đại biểu đi dự Đại hội thi đua cấp trên"),
        ("closing", "Bế mạc"),
    ):
        d.add(Item("•", d.agenda(key, text) + ";", level=1))
    d.add(
        Heading("III. PHÂN CÔNG"),
        Item("a)", "Văn phòng HĐND và UBND xã: " + task(d, "Văn phòng HĐND và UBND xã", "giấy mời, hội trường, khánh tiết") + "."),
        Item("b)", "Phòng Văn hóa - Xã hội: " + task(d, "Phòng Văn hóa - Xã hội", d.ev("nomination_deadline", "nhận hồ sơ đề xuất khen thưởng trước ngày 16/8/2025"), D(2025, 8, 16)) + "."),
        Sign(["Ban TĐ-KT thành phố;", "Lưu: VT."], "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", d.ev("signer", "Trịnh Văn Sơn")),
    )
    return finish(d)


def t23():
    """A district's 2020 congress plan (typed .txt): 350 delegates, 245 exemplars."""
    unit, day, issued = "huyện Vĩnh Bảo", D(2020, 6, 25), D(2020, 5, 20)
    name = "Đại hội Thi đua yêu nước huyện Vĩnh Bảo lần thứ V (2020-2025)"
    d = plan("tune", "t23_huyen_vinh_bao_congress_2020.txt", ["district", "congress", "txt", "delegates_breakdown"], kind="congress_plan",
             unit=unit, level="district", province="thành phố Hải Phòng")
    d.label.update(number="156/KH-UBND", issued=iso(issued), conference_name=name, conference_date=iso(day), start_time="07:30",
                   delegates=350, delegates_exemplars=245, delegates_guests=105, exemplar_share=0.7, report_deadline="2020-07-10",
                   signer="Nguyễn Văn Thịnh", period_in_name=[2020, 2025])
    d.add(
        Header("ỦY BAN NHÂN DÂN", "HUYỆN VĨNH BẢO", d.ev("number", "Số: 156/KH-UBND"), d.ev("issued", f"Vĩnh Bảo, {long_date(issued)}")),
        Title(["KẾ HOẠCH", "Tổ chức " + d.ev("conference_name", name)]),
        Para("Thực hiện Kế hoạch của UBND thành phố Hải Phòng về tổ chức Đại hội Thi đua yêu nước các cấp tiến tới Đại hội Thi đua yêu nước thành phố lần thứ V và Đại hội Thi đua yêu nước toàn quốc lần thứ X; UBND huyện Vĩnh Bảo xây dựng Kế hoạch như sau:"),
        Heading("I. MỤC ĐÍCH, YÊU CẦU"),
        *purpose("a", "huyện", evaluation="2015 - 2020", direction="2020 - 2025"),
        Heading("II. THỜI GIAN, ĐỊA ĐIỂM"),
        Para("Đại hội tổ chức " + d.ev("conference_date", "ngày 25/6/2020 (thứ Năm)") + ", khai mạc lúc " + d.ev("start_time", "7h30") + ", tại Trung tâm Văn hóa - Thông tin và Thể thao huyện."),
        Heading("III. THÀNH PHẦN, SỐ LƯỢNG ĐẠI BIỂU"),
        Para(d.ev("delegates", "350 đại biểu") + " (trong đó " + d.ev("delegates_exemplars", "245 đại biểu điển hình tiên tiến") + ", "
             + d.ev("delegates_guests", "105 đại biểu khách mời") + ")."),
        Heading("IV. CHƯƠNG TRÌNH ĐẠI HỘI"),
    )
    for i, (key, text, role) in enumerate((
        (None, "Văn nghệ chào mừng", "ceremony"),
        ("opening", "Tuyên bố lý do, giới thiệu đại biểu", None),
        (None, "Diễn văn khai mạc Đại hội", "speech"),
        ("summary_report", "Báo cáo tổng kết phong trào thi đua yêu nước giai đoạn 2015 - 2020, phương hướng, nhiệm vụ giai đoạn 2020 - 2025", None),
        ("presentations", "Các tham luận tại Đại hội", None),
        (None, "Phát biểu chỉ đạo của lãnh đạo thành phố", "speech"),
        ("honouring", "Khen thưởng các tập thể, cá nhân tiêu biểu", None),
        ("higher_delegates", "Thông qua danh sách đại biểu dự Đại hội Thi đua yêu nước thành phố lần thứ V", None),
        ("launch", "Phát động phong trào thi đua giai đoạn 2020 - 2025", None),
        ("closing", "Bế mạc Đại hội", None),
    ), start=1):
        d.add(Item(f"{i}.", d.agenda(key, text, role=role) + "."))
    d.add(
        Heading("V. TỔ CHỨC THỰC HIỆN"),
        Para("1. Phòng Nội vụ: " + task(d, "Phòng Nội vụ", "thường trực Ban Tổ chức Đại hội") + "; " + task(d, "Phòng Nội vụ", d.ev("report_deadline", "báo cáo kết quả về Ban Thi đua - Khen thưởng thành phố trước ngày 10/7/2020"), D(2020, 7, 10)) + "."),
        Para("2. Phòng Văn hóa và Thông tin: " + task(d, "Phòng Văn hóa và Thông tin", "tuyên truyền, trang trí, văn nghệ") + "."),
        Para("3. Phòng Tài chính - Kế hoạch: " + task(d, "Phòng Tài chính - Kế hoạch", "bố trí kinh phí") + "."),
        Sign(["Ban TĐKT thành phố;", "TT Huyện ủy, HĐND huyện;", "Lưu: VT."], "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", d.ev("signer", "Nguyễn Văn Thịnh")),
    )
    return finish(d)


def t24():
    """A department-level plan copied from its web page, with breadcrumbs, "Chia sẻ" and a footer."""
    unit, day, issued = "Ban Quản lý Khu kinh tế Hải Phòng", D(2025, 8, 21), D(2025, 8, 11)
    name = "Hội nghị tuyên dương điển hình tiên tiến Ban Quản lý Khu kinh tế Hải Phòng Lần thứ I (2025 - 2030)"
    d = plan("tune", "t24_bql_kkt_web.txt", ["department", "web_copy", "txt"],
             unit=unit, level="department", province="thành phố Hải Phòng", campaign="hp-2025-3194")
    d.label.update(number="3012/KH-BQL", issued=iso(issued), conference_name=name, conference_date=iso(day), start_time="08:30",
                   delegates=100, exemplar_share=0.7, report_deadline="2025-08-29", signer="Phạm Minh Đức", period_in_name=[2025, 2030])
    d.extra.update(weekday_text="thứ Năm", sessions=1)
    d.add(
        Raw("BAN QUẢN LÝ KHU KINH TẾ HẢI PHÒNG - HEZA\nGiới thiệu  Tin tức  Đầu tư  Thủ tục hành chính  Văn bản  Hỏi đáp  English\n"
            "Bạn đang ở: Trang chủ / Văn bản / Văn bản chỉ đạo điều hành\n11/08/2025\nKế hoạch tổ chức Hội nghị tuyên dương điển hình tiên tiến\n"
            "Tác giả: Văn phòng Ban | Chia sẻ  Tweet  In"),
        Header("UBND THÀNH PHỐ HẢI PHÒNG", "BAN QUẢN LÝ KHU KINH TẾ", d.ev("number", "Số: 3012/KH-BQL"), d.ev("issued", f"Hải Phòng, {long_date(issued)}")),
        Title(["KẾ HOẠCH", "Tổ chức " + d.ev("conference_name", name)]),
        Para(f"Thực hiện {HP_BASIS}, Ban Quản lý Khu kinh tế Hải Phòng xây dựng Kế hoạch như sau:"),
        Heading("1. Thời gian, địa điểm"),
        Para(d.ev("start_time", "8 giờ 30") + ", " + d.ev("conference_date", "thứ Năm ngày 21/8/2025") + ", tại Hội trường tầng 1, trụ sở Ban Quản lý (số 24 Cù Chính Lan)."),
        Heading("2. Đại biểu"),
        Para(d.ev("delegates", "100 đại biểu") + ": lãnh đạo Ban, đại diện doanh nghiệp, người lao động tiêu biểu trong các khu công nghiệp, khu kinh tế (" + d.ev("exemplar_share", "điển hình tiên tiến khoảng 70%") + ")."),
        Heading("3. Chương trình"),
    )
    for key, text in (
        ("opening", "Tuyên bố lý do, giới thiệu đại biểu"),
        ("summary_report", "Báo cáo tổng kết công tác thi đua, khen thưởng giai đoạn 2020 - 2025"),
        ("presentations", "Tham luận của doanh nghiệp và người lao động tiêu biểu"),
        ("exchange", "Giao lưu điển hình"),
        ("honouring", "Khen thưởng"),
        ("launch", "Phát động thi đua 2025 - 2030"),
        ("response", "Phát biểu hưởng ứng của đại diện Công đoàn các khu công nghiệp"),
        ("higher_delegates", "Thông qua danh sách đại biểu dự Đại hội Thi đua yêu nước thành phố"),
        ("closing", "Bế mạc"),
    ):
        d.add(Item("-", d.agenda(key, text) + ";"))
    d.add(
        Heading("4. Tổ chức thực hiện"),
        Para("Văn phòng Ban " + task(d, "Văn phòng Ban", "chủ trì tổ chức; " + d.ev("report_deadline", "báo cáo kết quả về Ban Thi đua - Khen thưởng thành phố trước ngày 29/8/2025"), D(2025, 8, 29)) + "."),
        Sign(["Ban TĐ-KT thành phố;", "Lưu: VT, VP."], "KT. TRƯỞNG BAN", "PHÓ TRƯỞNG BAN", d.ev("signer", "Phạm Minh Đức")),
        Raw("Số lượt xem: 98\nVăn bản khác:\n- Thông báo tuyển dụng viên chức năm 2025 (05/08/2025)\n- Kế hoạch cải cách hành chính năm 2025 (10/01/2025)\n"
            "BAN QUẢN LÝ KHU KINH TẾ HẢI PHÒNG\nĐịa chỉ: Số 24 Cù Chính Lan, Hồng Bàng, Hải Phòng. Điện thoại: (0225) 3xxx xxx\n"
            "© Bản quyền thuộc về Ban Quản lý Khu kinh tế Hải Phòng"),
    )
    return finish(d)


PLANS = [t01, t02, t03, t04, t05, t06, t14, t15, t16, t17, t18, t19, t20, t21, t22, t23, t24]
