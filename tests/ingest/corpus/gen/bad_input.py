"""Documents that are not a unit's conference plan: a news report about a conference that
took place, and plans for unrelated events (one of them about emulation work itself). The
label says what a correct reader recognises and the words its Vietnamese message should
contain; nothing in them may become a plan without the Board's confirmation."""
from datetime import date as D

from .model import Doc, Header, Heading, Item, Para, Raw, Sign, Title, long_date


def _doc(split, file, styles, **label):
    doc = Doc(split, file, "not_a_plan", list(styles))
    doc.label = {"unit": None, "recognised": None, "recognition": None}
    doc.label.update(label)
    return doc


def t12():
    """A news report (copied from a commune portal) about a conference that was held."""
    d = _doc("tune", "t12_tin_hoi_nghi_hong_phong.txt", ["not_a_plan", "news_report", "web_copy", "txt"],
             unit="xã Hồng Phong",
             recognised={"document_type": "news_report", "event": "Hội nghị tuyên dương điển hình tiên tiến xã Hồng Phong lần thứ I (2025 - 2030)",
                         "held_on": "2025-08-22"},
             recognition={"status": "not_plan", "accept_without_confirmation": False,
                          "message_keywords": ["không phải kế hoạch", "bản tin"]})
    d.add(
        Raw("CỔNG THÔNG TIN ĐIỆN TỬ XÃ HỒNG PHONG\nTrang chủ | Tin tức - Sự kiện | Chính quyền | Văn bản | Liên hệ\nTin tức - Sự kiện > Tin trong xã"),
        Raw("Xã Hồng Phong tổ chức Hội nghị tuyên dương điển hình tiên tiến lần thứ I (2025 - 2030)\n22/08/2025 11:20 | Lượt xem: 512 | Chia sẻ"),
        Para("Sáng ngày 22/8, UBND xã Hồng Phong long trọng tổ chức Hội nghị tuyên dương điển hình tiên tiến xã Hồng Phong lần thứ I (2025 - 2030). "
             "Tới dự có đồng chí Phó Trưởng Ban Thi đua - Khen thưởng thành phố; các đồng chí Thường trực Đảng ủy, HĐND, UBND, Ủy ban MTTQ Việt Nam xã cùng 150 đại biểu là các tập thể, cá nhân điển hình tiên tiến."),
        Para("Báo cáo tại Hội nghị cho biết, giai đoạn 2020 - 2025, phong trào thi đua yêu nước trên địa bàn xã được triển khai sâu rộng; xã đã về đích nông thôn mới nâng cao; "
             "thu nhập bình quân đầu người đạt 82 triệu đồng/năm. Nhiều mô hình hay như “Thôn không rác thải nhựa”, “Camera an ninh” được nhân rộng."),
        Para("Tại Hội nghị, đại biểu được nghe 04 tham luận và giao lưu với các điển hình tiên tiến. Dịp này, Chủ tịch UBND xã đã tặng Giấy khen cho 25 tập thể và 60 cá nhân; "
             "đồng chí Chủ tịch UBND xã phát động phong trào thi đua giai đoạn 2025 - 2030."),
        Para("Phát biểu bế mạc, đồng chí Bí thư Đảng ủy xã đề nghị các tập thể, cá nhân được biểu dương tiếp tục phát huy vai trò nêu gương, lan tỏa tinh thần thi đua trong Nhân dân."),
        Raw("Minh Anh - Đài Truyền thanh xã\nTin cùng chuyên mục:\n- Hội nghị tổng kết công tác dân số năm 2024 (12/01/2025)\n- Kế hoạch tổ chức Hội nghị tuyên dương điển hình tiên tiến xã Hồng Phong (09/08/2025)\n"
            "Bản quyền © UBND xã Hồng Phong"),
    )
    return d


def t13():
    """A plan for an unrelated conference (disaster prevention review), with delegates, an agenda and awards."""
    issued = D(2025, 1, 6)
    d = _doc("tune", "t13_ke_hoach_phong_chong_thien_tai.docx", ["not_a_plan", "unrelated_event", "docx"],
             unit="huyện Kiến Thụy",
             recognised={"document_type": "plan", "event": "Hội nghị tổng kết công tác phòng, chống thiên tai và tìm kiếm cứu nạn năm 2024"},
             recognition={"status": "not_plan", "accept_without_confirmation": False,
                          "message_keywords": ["không phải kế hoạch", "điển hình tiên tiến"]})
    d.add(
        Header("ỦY BAN NHÂN DÂN", "HUYỆN KIẾN THỤY", "Số: 05/KH-UBND", f"Kiến Thụy, {long_date(issued)}"),
        Title(["KẾ HOẠCH", "Tổ chức Hội nghị tổng kết công tác phòng, chống thiên tai và tìm kiếm cứu nạn năm 2024, triển khai nhiệm vụ năm 2025"]),
        Heading("I. MỤC ĐÍCH, YÊU CẦU"),
        Para("Đánh giá kết quả công tác phòng, chống thiên tai, ứng phó cơn bão số 3 (Yagi) năm 2024; khen thưởng các tập thể, cá nhân có thành tích xuất sắc; triển khai nhiệm vụ năm 2025."),
        Heading("II. THỜI GIAN, ĐỊA ĐIỂM, THÀNH PHẦN"),
        Item("-", "Thời gian: 8h00 ngày 16/01/2025 (thứ Năm)."),
        Item("-", "Địa điểm: Hội trường UBND huyện."),
        Item("-", "Thành phần: 120 đại biểu gồm thành viên Ban Chỉ huy phòng, chống thiên tai và tìm kiếm cứu nạn huyện, Chủ tịch UBND các xã, thị trấn."),
        Heading("III. CHƯƠNG TRÌNH"),
        Item("-", "Tuyên bố lý do, giới thiệu đại biểu;"),
        Item("-", "Báo cáo tổng kết công tác phòng, chống thiên tai năm 2024;"),
        Item("-", "Tham luận của các xã Đại Hợp, Tân Trào;"),
        Item("-", "Khen thưởng các tập thể, cá nhân có thành tích trong ứng phó bão số 3;"),
        Item("-", "Kết luận, bế mạc."),
        Heading("IV. TỔ CHỨC THỰC HIỆN"),
        Para("Phòng Nông nghiệp và Phát triển nông thôn chủ trì chuẩn bị nội dung; Văn phòng HĐND và UBND huyện chuẩn bị hậu cần."),
        Sign(["Ban Chỉ huy PCTT&TKCN thành phố;", "Lưu: VT."], "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Đỗ Đức Hiền"),
    )
    return d


def h13():
    """A newspaper article (saved to Word) about a provincial congress that took place."""
    d = _doc("holdout", "h13_bao_dai_hoi_nghe_an.docx", ["not_a_plan", "news_report", "docx"],
             unit="tỉnh Nghệ An",
             recognised={"document_type": "news_report", "event": "Đại hội Thi đua yêu nước tỉnh Nghệ An lần thứ I (2025 - 2030)",
                         "held_on": "2025-11-04"},
             recognition={"status": "not_plan", "accept_without_confirmation": False,
                          "message_keywords": ["không phải kế hoạch", "bài báo"]})
    d.add(
        Raw("BÁO NGHỆ AN ĐIỆN TỬ - Thời sự\nThứ Ba, 04/11/2025, 17:45"),
        Title(["Nghệ An tôn vinh 350 điển hình tiên tiến tại Đại hội Thi đua yêu nước lần thứ I"]),
        Para("(Baonghean.vn) - Sáng 4/11, tại Trung tâm Hội nghị tỉnh, UBND tỉnh Nghệ An tổ chức Đại hội Thi đua yêu nước tỉnh Nghệ An lần thứ I (2025 - 2030). "
             "Đại hội có 500 đại biểu, trong đó 350 đại biểu là các điển hình tiên tiến tiêu biểu trên mọi lĩnh vực."),
        Para("Theo kế hoạch, Đại hội diễn ra trong một ngày với các nội dung: báo cáo tổng kết phong trào thi đua yêu nước giai đoạn 2020 - 2025; tham luận; trao khen thưởng; "
             "phát động phong trào thi đua giai đoạn 2025 - 2030 và thông qua danh sách đoàn đại biểu dự Đại hội Thi đua yêu nước toàn quốc lần thứ XI."),
        Para("Phát biểu chỉ đạo, đồng chí Bí thư Tỉnh ủy nhấn mạnh: mỗi cán bộ, đảng viên, mỗi người dân cần tiếp tục phát huy truyền thống quê hương Xô viết, thi đua lao động sáng tạo."),
        Para("Dịp này, 40 tập thể và 75 cá nhân được tặng Bằng khen của Thủ tướng Chính phủ và UBND tỉnh."),
        Raw("Thanh Thủy\nTừ khóa: Đại hội Thi đua yêu nước, điển hình tiên tiến, Nghệ An"),
    )
    return d


def h14():
    """A plan for a training course on emulation and commendation work: it speaks of
    "thi đua, khen thưởng" and "điển hình tiên tiến", but is not a conference plan."""
    issued = D(2025, 3, 10)
    d = _doc("holdout", "h14_ke_hoach_tap_huan_tdkt.txt", ["not_a_plan", "unrelated_event", "txt"],
             unit="Sở Nội vụ",
             recognised={"document_type": "plan", "event": "Hội nghị tập huấn nghiệp vụ công tác thi đua, khen thưởng năm 2025"},
             recognition={"status": "not_plan", "accept_without_confirmation": False,
                          "message_keywords": ["không phải kế hoạch", "tập huấn"]})
    d.add(
        Header("UBND TỈNH QUẢNG NINH", "SỞ NỘI VỤ", "Số: 412/KH-SNV", f"Quảng Ninh, {long_date(issued)}"),
        Title(["KẾ HOẠCH", "Tổ chức Hội nghị tập huấn nghiệp vụ công tác thi đua, khen thưởng năm 2025"]),
        Heading("I. MỤC ĐÍCH"),
        Para("Nâng cao năng lực cho đội ngũ cán bộ làm công tác thi đua, khen thưởng; hướng dẫn quy trình, hồ sơ khen thưởng theo Nghị định số 152/2025/NĐ-CP; "
             "kỹ năng phát hiện, bồi dưỡng, nhân rộng điển hình tiên tiến."),
        Heading("II. THỜI GIAN, ĐỊA ĐIỂM"),
        Para("02 ngày, 27 - 28/3/2025, tại Trường Chính trị tỉnh."),
        Heading("III. THÀNH PHẦN"),
        Para("250 học viên là công chức phụ trách thi đua, khen thưởng của các sở, ngành, địa phương."),
        Heading("IV. NỘI DUNG TẬP HUẤN"),
        Item("1.", "Những điểm mới của Luật Thi đua, khen thưởng năm 2022 và các văn bản hướng dẫn."),
        Item("2.", "Quy trình, thủ tục, hồ sơ đề nghị khen thưởng; thực hiện trên phần mềm quản lý thi đua, khen thưởng."),
        Item("3.", "Kỹ năng xây dựng, tổng kết và nhân rộng điển hình tiên tiến; trao đổi, giải đáp vướng mắc."),
        Heading("V. KINH PHÍ"),
        Para("Từ nguồn kinh phí đào tạo, bồi dưỡng năm 2025 của Sở Nội vụ."),
        Sign(["Các sở, ban, ngành;", "UBND các huyện, thị xã, thành phố;", "Lưu: VT, TĐKT."], "KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "Vũ Văn Diện"),
    )
    return d


PLANS = [t12, t13, h13, h14]
