"""The four unit plans of shared/seeds/001–004 as structured data.

``SEED_PLANS`` is what ``thidua/plans/demo.py`` stores; ``seed_facts(code)`` gives the same
plan as ``PlanFacts`` without a database. ``EXPECTED_SEED_FINDINGS`` is the answer key: the
exact finding codes the checker must give for each seed against the city plan (Quyết định
3194/QĐ-UBND) — the deviations DOMAIN.md describes and nothing else. The ingest engineer
reads the same seeds from text and compares with this key.

Seed 002 is an OCR scan without diacritics: its values are transcribed here with the
diacritics restored (the Vietnamese the document obviously means).
"""
from datetime import date, time

from thidua.common.plan_text import periods_attached_to_conference
from thidua.plans.domain.facts import AgendaFact, AwardCategoryFact, PlanFacts, TaskFact

EXPECTED_SEED_FINDINGS = {
    # afternoon 28/8/2025, after the 25/8 deadline; no exchange (giao lưu); the plan and a
    # slogan call the conference "giai đoạn 2020 - 2025" while its name says (2025-2030)
    "xa-ke-sat": {"conference_after_deadline", "agenda_item_missing:exchange", "period_mismatch"},
    # banner "HỘI NGHỊ ĐIỂN HÌNH TIÊN TIẾN GIAI ĐOẠN 2025-2030"; no exchange; delegates "toàn thể" (no count).
    # Thursday 21/8/2025 is a Thursday and the plan is dated 12/8: no finding for those.
    "so-ngoai-vu": {"name_nonstandard", "agenda_item_missing:exchange", "delegates_count_missing"},
    # "hoàn thành trước ngày 25/8/2025", no fixed date; everything else follows the city plan
    "phuong-an-hai": {"conference_date_missing"},
    # "trước ngày 25/8/2025", no fixed date; no count of delegates; the 8-row timed table has
    # no exchange and no approval of the delegates to the higher congress
    "so-khcn": {
        "conference_date_missing",
        "delegates_count_missing",
        "agenda_item_missing:exchange",
        "agenda_item_missing:higher_delegates",
    },
}

SOURCE = "shared/seeds/"

_KE_SAT_PURPOSE = """1. Đánh giá kết quả thực hiện mục tiêu, nhiệm vụ của các phong trào thi đua yêu nước và công tác khen thưởng giai đoạn 2020 - 2025; đề ra mục tiêu, phương hướng nhiệm vụ đẩy mạnh phong trào thi đua yêu nước và nâng cao hiệu quả thực hiện công tác khen thưởng, góp phần thực hiện các nhiệm vụ chính trị, phát triển kinh tế - xã hội trong giai đoạn 2025 - 2030.
2. Biểu dương thành tích và tôn vinh các tập thể, cá nhân Anh hùng, Chiến sĩ thi đua, các gương điển hình tiên tiến, tiêu biểu trong các cấp, các ngành, các lĩnh vực trên địa bàn trong thực hiện các phong trào thi đua; từ đó khơi dậy và phát huy sức mạnh của khối đại đoàn kết toàn dân tộc, tạo động lực thực hiện thắng lợi các nhiệm vụ của địa phương, cơ quan, đơn vị và của thành phố.
3. Thông qua Hội nghị, đưa ra các bài học kinh nghiệm về tổ chức phong trào thi đua và công tác khen thưởng; về xây dựng và nhân rộng các điển hình tiên tiến, chỉ ra những tồn tại, hạn chế cần khắc phục để tiếp tục đổi mới công tác thi đua, khen thưởng đạt hiệu quả cao trong thời gian tới.
4. Tổ chức Hội nghị cấp xã bảo đảm trang trọng, thiết thực, tiết kiệm, tránh phô trương, hình thức, lãng phí."""

_AN_HAI_PURPOSE = """1. Đánh giá kết quả các phong trào thi đua yêu nước từ sau Hội nghị điển hình tiên tiến các cấp đến nay; chỉ ra những tồn tại, hạn chế cần khắc phục; rút ra bài học kinh nghiệm về tổ chức phong trào thi đua và công tác khen thưởng; về xây dựng và nhân rộng các điển hình tiên tiến và đề ra phương hướng, nhiệm vụ đẩy mạnh phong trào thi đua, nâng cao hiệu quả thực hiện công tác khen thưởng trong giai đoạn 2025 - 2030.
2. Biểu dương thành tích và tôn vinh các tập thể, cá nhân Anh hùng, Chiến sĩ thi đua, các gương điển hình tiên tiến, tiêu biểu trong các ngành, các cấp, các lĩnh vực trên địa bàn phường trong thực hiện các phong trào thi đua.
3. Thông qua Hội nghị, đưa ra các bài học kinh nghiệm về tổ chức phong trào thi đua và công tác khen thưởng; về xây dựng và nhân rộng các điển hình tiên tiến.
4. Việc tổ chức Hội nghị tuyên dương điển hình tiên tiến bảo đảm trang trọng, thiết thực, tiết kiệm, tránh phô trương, hình thức, lãng phí."""

_NGOAI_VU_PURPOSE = """1. Đánh giá kết quả các phong trào thi đua yêu nước giai đoạn 2020-2025; chỉ ra những tồn tại, hạn chế cần khắc phục; đề ra phương hướng, nhiệm vụ đẩy mạnh phong trào thi đua và nâng cao hiệu quả thực hiện công tác khen thưởng trong giai đoạn 2025-2030.
2. Biểu dương thành tích các phong trào thi đua yêu nước và tôn vinh tập thể, Chiến sĩ thi đua, các gương điển hình tiên tiến, tiêu biểu, các sáng kiến, kinh nghiệm, mô hình mới, cách làm hay từ các phong trào thi đua để học tập và nhân rộng của CBCC tại Sở.
3. Lựa chọn các tập thể, cá nhân tiêu biểu tham dự Hội nghị điển hình tiên tiến, Đại hội Thi đua yêu nước cấp trên (nếu có).
4. Tổ chức Hội nghị điển hình tiên tiến đảm bảo thiết thực, tiết kiệm, tránh phô trương, hình thức."""

_KHCN_PURPOSE = """1. Mục đích: Đánh giá kết quả thực hiện mục tiêu, nhiệm vụ của các phong trào thi đua yêu nước và công tác khen thưởng giai đoạn 2020 - 2025; đề ra mục tiêu, phương hướng nhiệm vụ giai đoạn 2025 - 2030. Biểu dương thành tích và tôn vinh các tập thể, cá nhân, Chiến sĩ thi đua, các gương điển hình tiên tiến, tiêu biểu trong ngành Khoa học và Công nghệ.
2. Yêu cầu: Tổ chức Hội nghị bảo đảm trang trọng, thiết thực, tiết kiệm, tránh phô trương, hình thức, lãng phí; nội dung, chương trình đảm bảo đúng tinh thần chỉ đạo của thành phố; đảm bảo tiến độ, chất lượng các khâu chuẩn bị, phân công rõ trách nhiệm từng đơn vị, cá nhân."""

_KHCN_CRITERIA = """1. Đối với tập thể:
- Trong giai đoạn 2020-2025, hằng năm được đánh giá hoàn thành tốt nhiệm vụ trở lên, trong đó ít nhất 02 năm hoàn thành xuất sắc nhiệm vụ.
- Tham gia phong trào thi đua thường xuyên, thiết thực, hiệu quả.
- Nội bộ đoàn kết, chấp hành tốt chủ trương của Đảng, chính sách, pháp luật của Nhà nước.
2. Đối với cá nhân:
- Gương mẫu chấp hành tốt chủ trương của Đảng, chính sách, pháp luật của Nhà nước. Có tinh thần tự lực, tự cường, đoàn kết, tương trợ, tích cực tham gia phong trào thi đua.
- Trong giai đoạn 2020-2025, được đánh giá, xếp loại hoàn thành tốt nhiệm vụ trở lên, trong đó ít nhất 02 năm hoàn thành xuất sắc nhiệm vụ; có 02 sáng kiến được công nhận và áp dụng có hiệu quả trong phạm vi cơ sở hoặc 02 đề tài, đề án, công trình khoa học và công nghệ đã được nghiệm thu và áp dụng hiệu quả trong phạm vi cơ sở, hoặc 01 sáng kiến hoặc 01 đề tài, đề án, công trình khoa học và công nghệ được công nhận, nghiệm thu và áp dụng hiệu quả trong phạm vi thành phố.
3. Hồ sơ đề nghị khen thưởng: tờ trình đề nghị khen thưởng; biên bản họp kèm danh sách đề nghị khen thưởng; báo cáo thành tích theo Mẫu 08, Nghị định số 152/2025/NĐ-CP kèm tóm tắt trích ngang thành tích (khoảng ½ trang A4); các tài liệu minh chứng liên quan."""


def _agenda(*rows):
    """rows: (content, key or "", start "HH:MM" or "", end or "", presenter)."""
    out = []
    for row in rows:
        content, key, start, end, presenter = (list(row) + ["", "", "", ""])[:5]
        out.append({
            "content": content,
            "key": key,
            "start_time": time.fromisoformat(start) if start else None,
            "end_time": time.fromisoformat(end) if end else None,
            "presenter": presenter,
        })
    return out


SEED_PLANS = {
    "xa-ke-sat": {
        "seed": SOURCE + "001",
        "unit_name": "xã Kẻ Sặt",
        "unit_kind": "xa",
        "merged": True,
        "plan": {
            "number": "",
            "issued_on": None,
            "title": "Tổ chức Hội nghị tuyên dương điển hình tiên tiến xã Kẻ Sặt lần thứ I (2025-2030), tiến tới "
                     "Đại hội Thi đua yêu nước thành phố Hải Phòng lần thứ I (2025 - 2030)",
            "purpose": _KE_SAT_PURPOSE,
            "conference_name": "Hội nghị tuyên dương điển hình tiên tiến xã Kẻ Sặt lần thứ I (2025-2030)",
            "conference_form": "Hội nghị tuyên dương điển hình tiên tiến",
            "conference_date": date(2025, 8, 28),
            "date_text": "½ ngày, dự kiến chiều ngày 28/8/2025",
            "weekday_text": "",
            "sessions": 1,
            "venue": "Nhà văn hóa Trung tâm xã Kẻ Sặt",
            "theme": "Đoàn kết, đổi mới, sáng tạo, thi đua xây dựng xã Kẻ Sặt giàu, đẹp, văn minh.",
            "slogans": [
                "Đảng Cộng sản Việt Nam quang vinh muôn năm!",
                "Nước Cộng hòa xã hội chủ nghĩa Việt Nam muôn năm!",
                "Sống, chiến đấu, lao động và học tập theo gương Bác Hồ vĩ đại!",
                "Thi đua là yêu nước, yêu nước thì phải thi đua!",
                "Chào mừng Hội nghị điển hình tiên tiến xã Kẻ Sặt, giai đoạn 2020 - 2025",
                "Thi đua lập thành tích chào mừng Đại hội Đảng các cấp tiến tới Đại hội Đại biểu toàn quốc!",
                "Thi đua lập thành tích chào mừng Đại hội Thi đua yêu nước thành phố lần thứ I, tiến tới Đại hội "
                "Thi đua yêu nước toàn quốc lần thứ XI năm 2025!",
                "Tất cả vì mục tiêu dân giàu, nước mạnh, dân chủ, công bằng, văn minh!",
            ],
            "banner_text": "ĐẢNG ỦY - HĐND - UBND - UB MTTQVN XÃ KẺ SẶT\nHỘI NGHỊ\nTUYÊN DƯƠNG ĐIỂN HÌNH TIÊN TIẾN XÃ KẺ SẶT\n"
                           "LẦN THỨ I (2025-2030)\nKẻ Sặt, ngày 28 tháng 8 năm 2025",
            "delegates_total": 150,
            "delegates_note": "Đại biểu thành phố: Hội đồng Thi đua - Khen thưởng thành phố; đại diện lãnh đạo Sở Nội vụ; "
                              "đại diện lãnh đạo Ban Thi đua - Khen thưởng thành phố; lãnh đạo UBMTTQ thành phố và công "
                              "chức Ban Thi đua - Khen thưởng phụ trách xã.\nĐại biểu xã: Ủy viên Ban Thường vụ Đảng ủy xã; "
                              "Ban chấp hành Đảng bộ xã; trưởng, phó các cơ quan chuyên môn, ban ngành, đoàn thể, đơn vị "
                              "sự nghiệp thuộc UBND xã; Hội đồng Thi đua - Khen thưởng xã; đại diện lãnh đạo các trường "
                              "học, trạm y tế; Bí thư Chi bộ, Trưởng thôn (29 thôn); các cơ quan, đơn vị, doanh nghiệp "
                              "tiêu biểu trên địa bàn xã; đại biểu các tôn giáo (công giáo, phật giáo); tập thể, cá nhân "
                              "điển hình tiên tiến được khen thưởng.",
            "presentations_count": 3,
            "nomination_deadline": date(2025, 8, 22),
            "report_deadline": date(2025, 8, 30),
            "budget_source": "Nguồn kinh phí tổ chức hội nghị được dự toán chi trong ngân sách nhà nước năm 2025 của xã.",
            "recipients": ["UBND thành phố;", "Ban TĐ - KT thành phố;", "TT Đảng ủy, HĐND xã;", "CT, các PCT UBND xã;",
                           "Ủy ban MTTQVN xã;", "Hội đồng Thi đua - Khen thưởng xã;", "Công an, Quân sự xã;",
                           "VP HĐND & UBND xã;", "Trung tâm Văn hóa, TT và TT xã;", "Lưu: VT, VHXH."],
            "signer_mode": "TM.",
            "signer_authority": "Ủy ban nhân dân",
            "signer_title": "Chủ tịch",
            "signer_name": "Vũ Hữu Tuấn",
        },
        "agenda": _agenda(
            ("Chương trình văn nghệ chào mừng", ""),
            ("Chào cờ", ""),
            ("Tuyên bố lý do, giới thiệu đại biểu", "opening"),
            ("Lãnh đạo xã phát biểu khai mạc Hội nghị", ""),
            ("Báo cáo tổng kết phong trào thi đua và công tác khen thưởng giai đoạn 2020 - 2025, phương hướng, nhiệm "
             "vụ công tác thi đua, khen thưởng giai đoạn 2025 - 2030", "summary_report"),
            ("Báo cáo tham luận của các điển hình tiên tiến (3 điển hình)", "presentations"),
            ("Công bố quyết định khen thưởng và trao giấy khen cho cá nhân, tập thể điển hình", "honouring"),
            ("Chủ tịch UBND xã, Chủ tịch Hội đồng Thi đua - Khen thưởng phát động phong trào Thi đua yêu nước giai "
             "đoạn 2025 - 2030", "launch", "", "", "Chủ tịch UBND xã"),
            ("Chủ tịch Ủy ban MTTQVN xã phát biểu hưởng ứng Phong trào Thi đua yêu nước giai đoạn 2025 - 2030",
             "response", "", "", "Chủ tịch Ủy ban MTTQVN xã"),
            ("Thông qua danh sách đại biểu đi dự Đại hội thi đua cấp trên", "higher_delegates"),
            ("Phát biểu bế mạc Hội nghị", "closing"),
        ),
        "award_categories": [
            {"name": "Lực lượng vũ trang (Công an xã 01, Quân sự xã 01)", "target": "individual", "min_count": 2,
             "max_count": 2, "proposing_unit": "",
             "criteria_text": "Cá nhân có thành tích tiêu biểu trong công tác được cấp trên khen thưởng."},
            {"name": "Ngành giáo dục", "target": "collective", "min_count": 3, "max_count": 3,
             "proposing_unit": "xa-ke-sat-phong-vhxh",
             "criteria_text": "Mỗi bậc học (mầm non, tiểu học, THCS) lựa chọn 01 trường có thành tích tiêu biểu; được "
                              "cấp trên tặng cờ, bằng khen."},
            {"name": "Ngành y tế", "target": "collective", "min_count": 1, "max_count": 1, "proposing_unit": "",
             "criteria_text": "01 Trạm y tế có thành tích tiêu biểu trong công tác chăm sóc sức khỏe cho nhân dân, được "
                              "ngành dọc cấp trên đánh giá, ghi nhận, biểu dương, khen thưởng."},
            {"name": "Công ty, doanh nghiệp", "target": "collective", "min_count": 3, "max_count": 5,
             "proposing_unit": "",
             "criteria_text": "Kết quả sản xuất kinh doanh tốt, nhiều đóng góp vào sự phát triển kinh tế, xã hội, tạo việc "
                              "làm cho người lao động; tích cực tham gia các phong trào thi đua tại xã."},
            {"name": "Hộ gia đình sản xuất, kinh doanh giỏi", "target": "household", "min_count": 8, "max_count": 10,
             "proposing_unit": "xa-ke-sat-mttq",
             "criteria_text": "Kết quả sản xuất kinh doanh tốt, nhiều đóng góp vào sự phát triển kinh tế, xã hội, tạo việc "
                              "làm cho người lao động; tích cực tham gia các phong trào thi đua tại xã."},
        ],
        "tasks": [
            {"assignee_unit": "xa-ke-sat-phong-vhxh", "assignee_text": "Phòng Văn hóa - Xã hội",
             "description": "Chủ trì tham mưu xây dựng Kế hoạch tổ chức, báo cáo tổng kết, nội dung, chương trình Hội "
                            "nghị; kế hoạch tuyên truyền; dự kiến phân bổ đại biểu; dự trù kinh phí, cơ sở vật chất.",
             "due_date": None},
            {"assignee_unit": "xa-ke-sat-phong-vhxh", "assignee_text": "Phòng Văn hóa - Xã hội",
             "description": "Tổng hợp, báo cáo UBND thành phố kết quả tổ chức Hội nghị tuyên dương điển hình tiên tiến.",
             "due_date": date(2025, 8, 30)},
            {"assignee_unit": "xa-ke-sat-vp-hdnd-ubnd", "assignee_text": "Văn phòng HĐND và UBND xã",
             "description": "Chuẩn bị nội dung phát biểu khai mạc, bế mạc và phát động phong trào thi đua; đón tiếp đại "
                            "biểu; phát hành giấy mời; điều hành chương trình Hội nghị.",
             "due_date": None},
            {"assignee_unit": "xa-ke-sat-ttvhtt", "assignee_text": "Trung tâm Văn hóa, Thể thao và Truyền thông xã",
             "description": "Chương trình văn nghệ chào mừng; trang trí khánh tiết, âm thanh, ánh sáng, pano, băng rôn, "
                            "khẩu hiệu; tuyên truyền trước, trong và sau Hội nghị.",
             "due_date": None},
            {"assignee_unit": "xa-ke-sat-mttq", "assignee_text": "Ủy ban Mặt trận Tổ quốc Việt Nam xã",
             "description": "Vận động đoàn viên, hội viên tham gia phong trào thi đua; rà soát, bình chọn điển hình tiên "
                            "tiến giai đoạn 2020 - 2025, lập danh sách kèm trích ngang thành tích gửi UBND xã.",
             "due_date": None},
            {"assignee_unit": "xa-ke-sat-cong-an", "assignee_text": "Công an, Ban Chỉ huy Quân sự xã",
             "description": "Đảm bảo an ninh, trật tự trong thời gian diễn ra Hội nghị; rà soát, bình chọn điển hình tiên "
                            "tiến thuộc lĩnh vực phụ trách.",
             "due_date": None},
            {"assignee_unit": "", "assignee_text": "Các cơ quan, đơn vị trên địa bàn",
             "description": "Phát động đợt thi đua đặc biệt; đề xuất biểu dương, khen thưởng các cá nhân, tập thể tiêu biểu.",
             "due_date": None},
        ],
    },
    "so-ngoai-vu": {
        "seed": SOURCE + "002",
        "unit_name": "Sở Ngoại vụ",
        "unit_kind": "department",
        "merged": False,
        "plan": {
            "number": "61/KH-NV",
            "issued_on": date(2025, 8, 12),
            "title": "Tổ chức Hội nghị điển hình tiên tiến các cấp tiến tới Đại hội Thi đua yêu nước thành phố lần thứ I "
                     "(2025-2030)",
            "purpose": _NGOAI_VU_PURPOSE,
            "conference_name": "Hội nghị điển hình tiên tiến giai đoạn 2025-2030",
            "conference_form": "Hội nghị điển hình tiên tiến (Hội nghị toàn thể CCNLĐ)",
            "conference_date": date(2025, 8, 21),
            "date_text": "½ buổi, từ 14h30 ngày 21/8/2025 (thứ Năm)",
            "weekday_text": "thứ Năm",
            "start_time": time(14, 30),
            "sessions": 0.5,
            "venue": "",
            "banner_text": "ỦY BAN NHÂN DÂN THÀNH PHỐ HẢI PHÒNG\nSỞ NGOẠI VỤ\nHỘI NGHỊ ĐIỂN HÌNH TIÊN TIẾN\n"
                           "GIAI ĐOẠN 2025-2030\nHải Phòng, ngày 21 tháng 8 năm 2025",
            "delegates_total": None,
            "delegates_note": "Lãnh đạo Sở; các tập thể và cá nhân chiến sĩ thi đua, các gương điển hình tiên tiến tiêu "
                              "biểu xuất sắc; toàn thể công chức, người lao động Sở Ngoại vụ.",
            "presentations_max": 3,
            "budget_source": "Kinh phí tổ chức Hội nghị được thực hiện theo quy định hiện hành và được trích từ nguồn "
                             "ngân sách chi cho hoạt động năm 2025 của Sở.",
            "recipients": ["Ban TĐ - KT, Sở Nội vụ (để t/d);", "GĐ, các PGĐ;", "Các phòng thuộc Sở;",
                           "BCH Đoàn Thanh niên;", "Lưu: VT."],
            "signer_mode": "",
            "signer_authority": "",
            "signer_title": "Giám đốc",
            "signer_name": "Trần Viết Tuấn",
        },
        "agenda": _agenda(
            ("Tuyên bố lý do, giới thiệu đại biểu", "opening"),
            ("Báo cáo tổng kết phong trào thi đua và công tác khen thưởng 5 năm (2020-2025), phương hướng, nhiệm vụ "
             "công tác thi đua, khen thưởng 5 năm tới (2025-2030)", "summary_report"),
            ("Báo cáo tham luận các điển hình tiên tiến", "presentations"),
            ("Biểu dương, tôn vinh, khen thưởng các điển hình tiên tiến", "honouring"),
            ("Phát động phong trào thi đua yêu nước giai đoạn 2025-2030", "launch"),
            ("Phát biểu hưởng ứng phong trào thi đua", "response"),
            ("Thông qua danh sách đại biểu đi dự Đại hội cấp trên (nếu có)", "higher_delegates"),
            ("Phát biểu chỉ đạo của cấp trên", ""),
            ("Tổng kết và bế mạc", "closing"),
        ),
        "award_categories": [],
        "tasks": [
            {"assignee_unit": "", "assignee_text": "Hội đồng Thi đua - Khen thưởng Sở",
             "description": "Theo dõi, xét duyệt hoạt động thi đua, khen thưởng các tập thể, cá nhân tiêu biểu; biểu "
                            "dương tại Hội nghị.", "due_date": None},
            {"assignee_unit": "so-ngoai-vu-van-phong", "assignee_text": "Văn phòng Sở",
             "description": "Chủ trì công tác chuẩn bị Hội nghị; thông tin, tuyên truyền; xây dựng báo cáo tổng kết và dự "
                            "thảo văn bản phát động; tổng hợp đề xuất khen thưởng; dự toán kinh phí, tài liệu, hậu cần; "
                            "dự thảo giấy mời, đón tiếp đại biểu.", "due_date": None},
            {"assignee_unit": "", "assignee_text": "Các phòng, đơn vị, các tổ chức đoàn thể trực thuộc Sở",
             "description": "Phối hợp với Văn phòng Sở; xây dựng báo cáo tham luận; đề xuất khen thưởng tập thể, cá nhân "
                            "điển hình đảm bảo các tiêu chí theo hướng dẫn.", "due_date": None},
        ],
    },
    "phuong-an-hai": {
        "seed": SOURCE + "003",
        "unit_name": "phường An Hải",
        "unit_kind": "phuong",
        "merged": True,
        "plan": {
            "number": "",
            "issued_on": None,
            "title": "Tổ chức Hội nghị điển hình tiên tiến phường An Hải tiến tới Đại hội thi đua yêu nước thành phố "
                     "Hải Phòng lần thứ I (2025 – 2030)",
            "purpose": _AN_HAI_PURPOSE,
            "conference_name": "Hội nghị tuyên dương điển hình tiên tiến phường An Hải Lần thứ I (2025 - 2030)",
            "conference_form": "Hội nghị tuyên dương điển hình tiên tiến",
            "conference_date": None,
            "date_text": "Tổ chức trong 01 buổi, hoàn thành trước ngày 25/8/2025",
            "sessions": 1,
            "venue": "",
            "banner_text": "Hội nghị tuyên dương điển hình tiên tiến phường An Hải\nLần thứ I (2025 - 2030)\n"
                           "An Hải, ngày ... tháng ... năm 2025",
            "delegates_total": 150,
            "exemplar_share": 0.70,
            "target_economic_sectors": ["state", "collective", "private", "foreign", "household"],
            "delegates_note": "Đại biểu khách mời; đại biểu lãnh đạo các cấp, các ngành; đại diện tập thể và cá nhân Anh "
                              "hùng, Chiến sĩ thi đua, các gương điển hình tiên tiến, tiêu biểu; chú trọng cá nhân trực "
                              "tiếp sản xuất, công tác, học tập, chiến đấu, đại biểu nữ, đại biểu các thành phần kinh tế "
                              "(điển hình tiên tiến khoảng 70%; khách mời và lãnh đạo khoảng 30%). Tối đa 150 đại biểu.",
            "budget_source": "Phòng Kinh tế, Hạ tầng và Đô thị phường tổng hợp kinh phí thực hiện trong dự toán chi ngân "
                             "sách địa phương năm 2025, tham mưu Ủy ban nhân dân phường cấp kinh phí theo quy định.",
            "recipients": ["Ban TĐKT thành phố;", "TTĐU, TT HĐND phường;", "CT, PCT UBND phường;",
                           "Cơ quan Ủy ban MTTQVN phường;", "Các phòng, đơn vị sự nghiệp thuộc phường;", "Lưu: VT, VHXH."],
            "signer_mode": "TM.",
            "signer_authority": "Ủy ban nhân dân",
            "signer_title": "Chủ tịch",
            "signer_name": "Lương Thế Quý",
        },
        "agenda": _agenda(
            ("Tuyên bố lý do, giới thiệu đại biểu", "opening"),
            ("Báo cáo tổng kết phong trào thi đua và công tác khen thưởng giai đoạn 2020 - 2025, phương hướng, nhiệm "
             "vụ công tác thi đua, khen thưởng giai đoạn 2025 - 2030", "summary_report"),
            ("Báo cáo tham luận của các đại biểu điển hình tiên tiến", "presentations"),
            ("Tổ chức giao lưu với các điển hình tiên tiến", "exchange"),
            ("Biểu dương, tôn vinh, khen thưởng các điển hình tiên tiến", "honouring"),
            ("Phát động phong trào thi đua giai đoạn 2025 - 2030", "launch"),
            ("Phát biểu hưởng ứng phát động phong trào thi đua", "response"),
            ("Thông qua danh sách đại biểu đi dự Đại hội thi đua cấp trên", "higher_delegates"),
            ("Tổng kết và bế mạc", "closing"),
        ),
        "award_categories": [],
        "tasks": [
            {"assignee_unit": "phuong-an-hai-phong-vhxh", "assignee_text": "Phòng Văn hóa – Xã hội phường",
             "description": "Đầu mối tham mưu, theo dõi, đôn đốc thực hiện Kế hoạch; xây dựng báo cáo tổng kết; báo cáo "
                            "UBND thành phố kết quả tổ chức Hội nghị.", "due_date": None},
            {"assignee_unit": "phuong-an-hai-vp-hdnd-ubnd", "assignee_text": "Văn phòng HĐND và UBND phường",
             "description": "Phối hợp chuẩn bị các nội dung tổ chức Hội nghị.", "due_date": None},
            {"assignee_unit": "phuong-an-hai-mttq",
             "assignee_text": "Cơ quan Ủy ban MTTQ Việt Nam và các đoàn thể chính trị - xã hội phường",
             "description": "Vận động các tầng lớp nhân dân hưởng ứng phong trào thi đua chào mừng Hội nghị.",
             "due_date": None},
            {"assignee_unit": "phuong-an-hai-tt-su-nghiep-cong", "assignee_text": "Trung tâm sự nghiệp công phường",
             "description": "Hoạt động văn hóa văn nghệ, thể dục thể thao, tuyên truyền, cổ động chào mừng Hội nghị; "
                            "chuyên trang, chuyên mục tuyên truyền.", "due_date": None},
            {"assignee_unit": "phuong-an-hai-phong-kt-ht-dt", "assignee_text": "Phòng Kinh tế, Hạ tầng và Đô thị phường",
             "description": "Tổng hợp kinh phí trong dự toán chi ngân sách địa phương năm 2025, tham mưu cấp kinh phí tổ "
                            "chức hội nghị.", "due_date": None},
        ],
    },
    "so-khcn": {
        "seed": SOURCE + "004",
        "unit_name": "Sở Khoa học và Công nghệ",
        "unit_kind": "department",
        "merged": False,
        "plan": {
            "number": "",
            "issued_on": None,
            "title": "Tổ chức Hội nghị tuyên dương điển hình tiên tiến Ngành Khoa học và Công nghệ, Lần thứ I (2025-2030)",
            "purpose": _KHCN_PURPOSE,
            "conference_name": "Hội nghị tuyên dương điển hình tiên tiến Ngành Khoa học và Công nghệ, Lần thứ I "
                               "(2025-2030)",
            "conference_form": "Hội nghị tuyên dương điển hình tiên tiến",
            "conference_date": None,
            "date_text": "dự kiến 1/2 ngày, hoàn thành trước ngày 25/8/2025",
            "start_time": time(14, 0),
            "end_time": time(16, 0),
            "sessions": 1,
            "venue": "Hội trường tầng 1, Sở Khoa học và Công nghệ",
            "banner_text": "ỦY BAN NHÂN DÂN THÀNH PHỐ HẢI PHÒNG\nSỞ KHOA HỌC VÀ CÔNG NGHỆ\nHỘI NGHỊ\n"
                           "TUYÊN DƯƠNG ĐIỂN HÌNH TIÊN TIẾN\nNGÀNH KHOA HỌC VÀ CÔNG NGHỆ, LẦN THỨ I (2025 -2030)\n"
                           "Hải Phòng, ngày      tháng 8 năm 2025",
            "delegates_total": None,
            "delegates_note": "Đại diện lãnh đạo và cán bộ theo dõi ngành KH&CN của Ban Thi đua – Khen thưởng thành phố; "
                              "BCH Đảng ủy Sở; Giám đốc, các Phó Giám đốc Sở; trưởng, phó các phòng, đơn vị trực thuộc; "
                              "trưởng các đoàn thể; đại biểu điển hình tiên tiến 2020 - 2025; tập thể, cá nhân được tặng "
                              "Bằng khen, Chiến sỹ thi đua cấp thành phố; công chức, người lao động Khối Văn phòng Sở; "
                              "đại diện một số doanh nghiệp khoa học và công nghệ.",
            "presentations_count": 3,
            "eligibility_criteria_text": _KHCN_CRITERIA,
            "nomination_deadline": date(2025, 8, 20),
            "budget_source": "Bộ phận kế toán Văn phòng Sở hướng dẫn xây dựng dự toán kinh phí tổ chức Hội nghị theo "
                             "quy định hiện hành.",
            "recipients": ["UBND TP (để b/c);", "Ban TĐ-KT TP;", "GĐ; các PGĐ Sở;", "Các phòng, đơn vị thuộc Sở;",
                           "Lưu VP; VT."],
            "signer_mode": "KT.",
            "signer_authority": "Giám đốc",
            "signer_title": "Phó Giám đốc",
            "signer_name": "Lê Văn Kiên",
        },
        "agenda": _agenda(
            ("Văn nghệ chào mừng", "", "14:00", "14:20", "Đoàn Thanh niên Sở Khoa học và Công nghệ"),
            ("Tuyên bố lý do, giới thiệu đại biểu", "opening", "14:20", "14:30", "Đ/c Chánh Văn phòng Sở"),
            ("Báo cáo tổng kết phong trào thi đua và công tác khen thưởng giai đoạn 2020-2025, phương hướng, nhiệm vụ "
             "công tác thi đua, khen thưởng giai đoạn 2025-2030", "summary_report", "14:30", "14:50",
             "Đ/c Lê Văn Kiên, Phó Giám đốc Sở"),
            ("Báo cáo tham luận của các đại biểu điển hình tiên tiến (01 tập thể, 02 cá nhân)", "presentations",
             "14:50", "15:10", "Đại diện phòng, đơn vị; cá nhân"),
            ("Biểu dương, tôn vinh, khen thưởng các tập thể, cá nhân điển hình tiên tiến: công bố Quyết định khen "
             "thưởng; trao giấy khen; tặng hoa chúc mừng", "honouring", "15:10", "15:30",
             "Đ/c Chánh Văn phòng Sở; Đ/c Giám đốc Sở; các đ/c PGĐ Sở"),
            ("Phát động phong trào thi đua giai đoạn 2025-2030", "launch", "15:30", "15:40",
             "Đ/c Lê Văn Kiên, Phó Giám đốc Sở"),
            ("Phát biểu hưởng ứng phát động phong trào thi đua", "response", "15:40", "15:50", "Đại diện 01 phòng/đơn vị"),
            ("Phát biểu chỉ đạo và bế mạc Hội nghị", "closing", "15:50", "16:00", "Đ/c Giám đốc Sở"),
        ),
        "award_categories": [
            {"name": "Tập thể điển hình tiên tiến", "target": "collective", "min_count": 0, "max_count": None,
             "proposing_unit": "", "criteria_code": "hp-skhcn-2025-collective", "criteria_text": _KHCN_CRITERIA.split("2. Đối với cá nhân:")[0]
             .replace("1. Đối với tập thể:", "").strip()},
            {"name": "Cá nhân điển hình tiên tiến", "target": "individual", "min_count": 0, "max_count": None,
             "proposing_unit": "", "criteria_code": "hp-skhcn-2025-individual", "criteria_text": _KHCN_CRITERIA.split("2. Đối với cá nhân:")[1]
             .split("3. Hồ sơ")[0].strip()},
        ],
        "tasks": [
            {"assignee_unit": "", "assignee_text": "Các phòng, đơn vị thuộc Sở",
             "description": "Họp đánh giá, báo cáo tổng kết 05 năm; lựa chọn điển hình tiên tiến để biểu dương, tôn vinh "
                            "tại Hội nghị, gửi Văn phòng Sở (đồng chí Nguyễn Thị Miền); chuẩn bị báo cáo tham luận.",
             "due_date": date(2025, 8, 20)},
            {"assignee_unit": "so-khcn-van-phong", "assignee_text": "Văn phòng Sở",
             "description": "Xây dựng Kế hoạch; tổng hợp, đề xuất danh sách và trích ngang thành tích đại biểu dự Đại hội "
                            "thi đua yêu nước thành phố; theo dõi, đôn đốc; trang trí, khánh tiết, giấy mời, Giấy khen; "
                            "dự toán kinh phí.", "due_date": None},
            {"assignee_unit": "so-khcn-tt-cntt-tt", "assignee_text": "Trung tâm Công nghệ thông tin và Truyền thông",
             "description": "Tuyên truyền về điển hình tiên tiến trước, trong và sau Hội nghị; cử phóng viên đưa tin.",
             "due_date": None},
            {"assignee_unit": "so-khcn-tt-dmst", "assignee_text": "Trung tâm Đổi mới sáng tạo và Ứng dụng KH&CN",
             "description": "Phối hợp bố trí Hội trường; chuẩn bị tiêu đề hội nghị, âm thanh, ánh sáng.", "due_date": None},
            {"assignee_unit": "so-khcn-doan-thanh-nien", "assignee_text": "Đoàn Thanh niên Sở",
             "description": "Chuẩn bị 03 tiết mục văn nghệ; phối hợp khánh tiết, đón tiếp đại biểu, phát tài liệu.",
             "due_date": None},
        ],
    },
}


def seed_facts(code):
    """The seed plan of unit ``code`` as ``PlanFacts`` (no database)."""
    seed = SEED_PLANS[code]
    plan = seed["plan"]
    texts = [plan.get("title", ""), plan.get("conference_name", ""), plan.get("banner_text", ""),
             plan.get("theme", ""), *plan.get("slogans", [])]
    return PlanFacts(
        unit_name=seed["unit_name"],
        unit_kind=seed["unit_kind"],
        merged=seed["merged"],
        number=plan.get("number", ""),
        issued_on=plan.get("issued_on"),
        conference_name=plan.get("conference_name", ""),
        conference_form=plan.get("conference_form", ""),
        conference_date=plan.get("conference_date"),
        date_text=plan.get("date_text", ""),
        weekday_text=plan.get("weekday_text", ""),
        start_time=plan.get("start_time"),
        end_time=plan.get("end_time"),
        sessions=plan.get("sessions"),
        venue=plan.get("venue", ""),
        banner_text=plan.get("banner_text", ""),
        delegates_total=plan.get("delegates_total"),
        exemplar_share=plan.get("exemplar_share"),
        agenda=[AgendaFact(a["content"], a["key"] or None, a["start_time"], a["end_time"], a["presenter"])
                for a in seed["agenda"]],
        presentations_count=plan.get("presentations_count"),
        presentations_max=plan.get("presentations_max"),
        award_categories=[AwardCategoryFact(c["name"], c["target"], c["min_count"], c["max_count"])
                          for c in seed["award_categories"]],
        nomination_deadline=plan.get("nomination_deadline"),
        report_deadline=plan.get("report_deadline"),
        tasks=[TaskFact(t["assignee_text"], t["description"], t["due_date"]) for t in seed["tasks"]],
        signer_mode=plan.get("signer_mode", ""),
        signer_title=plan.get("signer_title", ""),
        signer_name=plan.get("signer_name", ""),
        period_texts=periods_attached_to_conference(texts),
    )
