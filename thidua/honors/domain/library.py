"""Built-in criteria sets, as data. Loaded into ``CriteriaSet`` rows by
``ensure_builtin_criteria`` and read directly by ``manage.py check_eligibility``.

Each set names the legal text it comes from; a new law or decree means a new set with
a new code, not an edit. Items marked ``verified: False`` could not be checked against
the official text (see docs/legal-research.md) and say so on screen.
"""
LAW_2022 = "Luật Thi đua, khen thưởng 2022 (số 06/2022/QH15, hiệu lực 01/01/2024); Nghị định 152/2025/NĐ-CP (hiệu lực 01/7/2025)"
UNVERIFIED = "(chưa đối chiếu văn bản gốc)"
SEED_004 = "Kế hoạch tổ chức Hội nghị tuyên dương điển hình tiên tiến ngành Khoa học và Công nghệ (Sở KH&CN Hải Phòng, 2025)"

REVIEW = {"type": "not_under_review", "note": "Nghị định 152/2025/NĐ-CP, Điều 4"}

BUILTIN = [
    {
        "code": "hp-skhcn-2025-collective",
        "title": "Tập thể điển hình tiên tiến ngành KH&CN giai đoạn 2020 - 2025",
        "target": "collective",
        "legal_text": SEED_004,
        "article": "Mục IV, khoản 1",
        "verified": True,
        "period": [2020, 2025],
        "rated_years": [2020, 2024],
        "approval_share": "0.5",
        "approval_verified": False,
        "note": "Năm 2025 chưa có kết quả xếp loại khi xét (tháng 8/2025) nên xét các năm 2020 - 2024.",
        "conditions": [
            {"type": "every_year", "min": "HTTNV"},
            {"type": "years_at_least", "rating": "HTXSNV", "count": 2},
            {"type": "judgement", "text": "Tham gia phong trào thi đua thường xuyên, thiết thực, hiệu quả"},
            {"type": "judgement", "text": "Nội bộ đoàn kết, chấp hành tốt chủ trương của Đảng, chính sách, pháp luật của Nhà nước"},
        ],
    },
    {
        "code": "hp-skhcn-2025-individual",
        "title": "Cá nhân điển hình tiên tiến ngành KH&CN giai đoạn 2020 - 2025",
        "target": "individual",
        "legal_text": SEED_004,
        "article": "Mục IV, khoản 2",
        "verified": True,
        "period": [2020, 2025],
        "rated_years": [2020, 2024],
        "approval_share": "0.5",
        "approval_verified": False,
        "note": "Năm 2025 chưa có kết quả xếp loại khi xét (tháng 8/2025) nên xét các năm 2020 - 2024; sáng kiến, đề tài tính cả năm 2025.",
        "conditions": [
            {"type": "judgement", "text": "Gương mẫu chấp hành tốt chủ trương của Đảng, chính sách, pháp luật của Nhà nước; tự lực, tự cường, đoàn kết, tương trợ, tích cực tham gia phong trào thi đua"},
            {"type": "every_year", "min": "HTTNV"},
            {"type": "years_at_least", "rating": "HTXSNV", "count": 2},
            {
                "type": "any_of",
                "text": "Có sáng kiến hoặc đề tài khoa học theo một trong các mức sau",
                "conditions": [
                    {"type": "achievements", "kinds": ["initiative"], "min_level": "base", "count": 2, "in_period": False},
                    {"type": "achievements", "kinds": ["project"], "min_level": "base", "count": 2, "in_period": False},
                    {"type": "achievements", "kinds": ["initiative", "project"], "min_level": "city", "count": 1, "in_period": False},
                ],
            },
        ],
    },
    {
        "code": "lao-dong-tien-tien-2022",
        "title": "Lao động tiên tiến",
        "target": "individual",
        "scope": "annual",
        "legal_text": LAW_2022,
        "article": f"Luật Thi đua, khen thưởng 2022, Điều 24 {UNVERIFIED}",
        "verified": False,
        "approval_share": "0.5",
        "approval_verified": False,
        "note": "Tiêu chuẩn theo trí nhớ của người nghiên cứu, chưa đối chiếu văn bản gốc; các quy định về thời gian công tác, ngày nghỉ do đơn vị tự đặt.",
        "conditions": [
            {"type": "every_year", "min": "HTTNV", "note": UNVERIFIED},
            {"type": "judgement", "text": "Chấp hành tốt chủ trương, chính sách của Đảng, pháp luật của Nhà nước; có tinh thần tự lực, tự cường; đoàn kết, tương trợ, tích cực tham gia phong trào thi đua"},
            REVIEW,
        ],
    },
    {
        "code": "chien-si-thi-dua-co-so-2022",
        "title": "Chiến sĩ thi đua cơ sở",
        "target": "individual",
        "scope": "annual",
        "legal_text": LAW_2022,
        "article": f"Luật Thi đua, khen thưởng 2022, Điều 23 {UNVERIFIED}",
        "verified": False,
        "approval_share": "0.7",
        "approval_verified": False,
        "max_share": "0.15",
        "note": "Ngưỡng 70% phiếu và giới hạn 15% số người đạt Lao động tiên tiến là quy định cũ (Nghị định 91/2017), chưa đối chiếu; đơn vị tự điều chỉnh.",
        "conditions": [
            {"type": "meets", "criteria": "lao-dong-tien-tien-2022"},
            {
                "type": "any_of",
                "text": "Có thêm một trong các thành tích sau trong năm",
                "note": UNVERIFIED,
                "conditions": [
                    {"type": "years_at_least", "rating": "HTXSNV", "count": 1},
                    {"type": "achievements", "kinds": ["initiative"], "min_level": "base", "count": 1},
                    {"type": "achievements", "kinds": ["project"], "min_level": "base", "count": 1},
                ],
            },
            REVIEW,
        ],
    },
    {
        "code": "tap-the-lao-dong-tien-tien-2022",
        "title": "Tập thể lao động tiên tiến",
        "target": "collective",
        "scope": "annual",
        "legal_text": LAW_2022,
        "article": f"Luật Thi đua, khen thưởng 2022, Điều 28 {UNVERIFIED}",
        "verified": False,
        "approval_share": "0.5",
        "approval_verified": False,
        "conditions": [
            {"type": "every_year", "min": "HTTNV", "note": "hoàn thành tốt nhiệm vụ và kế hoạch được giao " + UNVERIFIED},
            {"type": "judgement", "text": "Có phong trào thi đua thường xuyên, thiết thực, hiệu quả"},
            {"type": "judgement", "text": "Trên 50% cá nhân trong tập thể đạt danh hiệu Lao động tiên tiến, không có cá nhân bị kỷ luật từ cảnh cáo trở lên " + UNVERIFIED},
            {"type": "judgement", "text": "Nội bộ đoàn kết, chấp hành tốt chủ trương, chính sách của Đảng, pháp luật của Nhà nước"},
            REVIEW,
        ],
    },
    {
        "code": "giay-khen-2022",
        "title": "Giấy khen",
        "target": "any",
        "legal_text": LAW_2022,
        "article": f"Luật Thi đua, khen thưởng 2022, Điều 74 {UNVERIFIED}",
        "verified": False,
        "approval_share": "0.5",
        "approval_verified": False,
        "conditions": [
            {"type": "judgement", "text": "Có thành tích được bình xét trong phong trào thi đua, hoặc thành tích đột xuất, hoặc hoàn thành tốt nhiệm vụ, nghĩa vụ công dân " + UNVERIFIED},
            REVIEW,
        ],
    },
]

LIBRARY = {c["code"]: c for c in BUILTIN}
