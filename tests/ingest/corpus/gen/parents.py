"""Parent plans: a province's plan for its units. Their label ``rules`` is the draft
campaign reading them must give (the keys of ``import_campaign``'s file, plus
``issuer_name`` and ``levels``: for a level the plan treats differently, the keys whose
value differs there — a deadline replaces the one with the same key); ``contradictions`` lists
the rules the plan states twice with different values (the draft leaves them empty for
the Board to decide). ``RULES`` are the rules of the plans without contradictions: child
plans of those provinces are checked against them."""
from datetime import date as D

from .model import Doc, Header, Heading, Item, Para, Sign, Table, Title, long_date

STD_KEYWORDS = {
    "opening": ["tuyen bo ly do", "gioi thieu dai bieu"],
    "summary_report": ["bao cao tong ket"],
    "presentations": ["tham luan"],
    "exchange": ["giao luu"],
    "honouring": ["khen thuong", "ton vinh", "bieu duong"],
    "launch": ["phat dong"],
    "response": ["huong ung"],
    "higher_delegates": ["dai bieu di du", "doan dai bieu"],
    "closing": ["be mac"],
}


def _agenda(items):
    return [{"key": k, "title": t, "required": r, "keywords": STD_KEYWORDS[k]} for k, t, r in items]


def _parent(split, file, styles, **label):
    doc = Doc(split, file, "parent_plan", list(styles))
    doc.label = {"unit": None, "level": "province", "province": None, "number": None, "issued": None, "signer": None,
                 "rules": None, "contradictions": [], "recognition": None}
    doc.label.update(label)
    return doc


# ----------------------------------------------------------------------------- Ninh Bình (tune)

NB_AGENDA = [
    ("opening", "Tuyên bố lý do, giới thiệu đại biểu", True),
    ("summary_report", "Báo cáo tổng kết phong trào thi đua yêu nước giai đoạn 2020 - 2025, phương hướng, nhiệm vụ giai đoạn 2025 - 2030", True),
    ("presentations", "Báo cáo tham luận của các điển hình tiên tiến", True),
    ("exchange", "Giao lưu với các điển hình tiên tiến (nếu có điều kiện)", False),
    ("honouring", "Khen thưởng các tập thể, cá nhân có thành tích xuất sắc", True),
    ("launch", "Phát động phong trào thi đua giai đoạn 2025 - 2030", True),
    ("higher_delegates", "Thông qua danh sách đại biểu dự Hội nghị, Đại hội cấp trên", True),
    ("closing", "Bế mạc", True),
]

NB_RULES = {
    "code": "nb-2024-215",
    "title": "Kế hoạch tổ chức Hội nghị điển hình tiên tiến cấp xã, Đại hội Thi đua yêu nước cấp huyện tiến tới Đại hội Thi đua yêu nước tỉnh Ninh Bình lần thứ VI (2025 - 2030)",
    "level": "city",
    "issuer": "ninh-binh",
    "issuer_name": "UBND tỉnh",
    "decision_number": "215/KH-UBND",
    "decision_date": "2024-11-18",
    "decision_signer": "KT. CHỦ TỊCH — PHÓ CHỦ TỊCH Trần Song Tùng",
    "higher_level_basis": "Kế hoạch số 01/KH-HĐTĐKT ngày 20/5/2024 của Hội đồng Thi đua - Khen thưởng Trung ương; Hướng dẫn số 2823/HD-BNV ngày 21/5/2024 của Bộ Nội vụ",
    "evaluation_start_year": 2020, "evaluation_end_year": 2025, "direction_start_year": 2025, "direction_end_year": 2030,
    "conference_form": "Hội nghị điển hình tiên tiến",
    "max_sessions": 1,
    "delegate_limit": 200,
    "exemplar_share": "0.75",
    "exemplar_share_tolerance": "0.05",
    "name_pattern_merged": "Hội nghị điển hình tiên tiến {unit} lần thứ {ordinal} ({start} - {end})",
    "name_pattern_unmerged": "Hội nghị điển hình tiên tiến {unit} lần thứ {ordinal} ({start} - {end})",
    "congress_name": "Đại hội Thi đua yêu nước tỉnh Ninh Bình lần thứ VI (2025 - 2030)",
    "congress_form": "01 ngày, trong quý II/2025",
    "congress_size": 500,
    "source_document": "tests/ingest/corpus/tune/t10_ninh_binh_parent.docx",
    "results_report_contents": [
        "Báo cáo tổng kết phong trào thi đua yêu nước giai đoạn 2020 - 2025",
        "Danh sách đại biểu dự Đại hội Thi đua yêu nước cấp trên kèm tóm tắt thành tích",
    ],
    "deadlines": [
        {"key": "conference", "label": "Hoàn thành Hội nghị điển hình tiên tiến cấp xã", "due_date": "2025-03-31",
         "strictly_before": False, "recipient": ""},
        {"key": "results_report", "label": "Báo cáo kết quả Hội nghị, Đại hội", "due_date": "2025-04-15",
         "strictly_before": True, "recipient": "Ban Thi đua - Khen thưởng tỉnh (Sở Nội vụ)"},
        {"key": "congress", "label": "Đại hội Thi đua yêu nước tỉnh Ninh Bình lần thứ VI", "due_date": "2025-06-30",
         "strictly_before": False, "recipient": ""},
    ],
    "agenda": _agenda(NB_AGENDA),
    "levels": {
        "district": {
            "conference_form": "Đại hội Thi đua yêu nước",
            "max_sessions": None,
            "delegate_limit": 300,
            "name_pattern_merged": "Đại hội Thi đua yêu nước {unit} lần thứ {ordinal} ({start} - {end})",
            "name_pattern_unmerged": "Đại hội Thi đua yêu nước {unit} lần thứ {ordinal} ({start} - {end})",
            "deadlines": [
                {"key": "plan_submission", "label": "Gửi kế hoạch tổ chức về Ban Thi đua - Khen thưởng tỉnh", "due_date": "2024-12-20",
                 "strictly_before": True, "recipient": "Ban Thi đua - Khen thưởng tỉnh (Sở Nội vụ)"},
                {"key": "conference", "label": "Hoàn thành Đại hội Thi đua yêu nước cấp huyện", "due_date": "2025-04-30",
                 "strictly_before": False, "recipient": ""},
            ],
        },
    },
}


def t10():
    """Ninh Bình's plan for its communes and districts: limits per level in a sentence and
    in a table, "hoàn thành trong quý I/2025", deadlines, names each level must use."""
    issued = D(2024, 11, 18)
    d = _parent("tune", "t10_ninh_binh_parent.docx", ["parent_plan", "docx", "docx_table"],
                unit="tỉnh Ninh Bình", province="tỉnh Ninh Bình", number="215/KH-UBND", issued=issued.isoformat(),
                signer="Trần Song Tùng", rules=NB_RULES,
                recognition={"status": "parent_plan", "accept_without_confirmation": False,
                             "message_keywords": ["kế hoạch cấp trên", "dự thảo", "xác nhận"]})
    d.add(
        Header("ỦY BAN NHÂN DÂN", "TỈNH NINH BÌNH", d.ev("number", "Số: 215/KH-UBND"), d.ev("issued", f"Ninh Bình, {long_date(issued)}")),
        Title(["KẾ HOẠCH", "Tổ chức Hội nghị điển hình tiên tiến cấp xã, Đại hội Thi đua yêu nước cấp huyện",
               "tiến tới " + d.ev("rules.congress_name", "Đại hội Thi đua yêu nước tỉnh Ninh Bình lần thứ VI (2025 - 2030)")]),
        Para("Thực hiện Kế hoạch số 01/KH-HĐTĐKT ngày 20/5/2024 của Hội đồng Thi đua - Khen thưởng Trung ương và Hướng dẫn số 2823/HD-BNV ngày 21/5/2024 của Bộ Nội vụ, "
             "Ủy ban nhân dân tỉnh ban hành Kế hoạch tổ chức Hội nghị điển hình tiên tiến, Đại hội Thi đua yêu nước các cấp như sau:"),
        Heading("I. MỤC ĐÍCH, YÊU CẦU"),
        Para("Tổng kết " + d.ev("rules.evaluation", "phong trào thi đua yêu nước giai đoạn 2020 - 2025") + "; xác định phương hướng, nhiệm vụ "
             + d.ev("rules.direction", "giai đoạn 2025 - 2030") + "; tôn vinh các điển hình tiên tiến; việc tổ chức bảo đảm thiết thực, hiệu quả, tiết kiệm."),
        Heading("II. HÌNH THỨC, THỜI GIAN, SỐ LƯỢNG ĐẠI BIỂU"),
        Para("1. Cấp xã: tổ chức " + d.ev("rules.conference_form", "Hội nghị điển hình tiên tiến") + " trong " + d.ev("rules.max_sessions", "01 buổi")
             + ", " + d.ev("rules.deadlines.conference", "hoàn thành trong quý I/2025") + "; tên gọi thống nhất: "
             + d.ev("rules.name_pattern_unmerged", "“Hội nghị điển hình tiên tiến xã (phường, thị trấn)… lần thứ… (2025 - 2030)”") + "."),
        Para("2. Cấp huyện: tổ chức " + d.ev("rules.levels.district.name_pattern_unmerged", "“Đại hội Thi đua yêu nước huyện (thành phố)… lần thứ… (2025 - 2030)”")
             + ", " + d.ev("rules.levels.district.deadlines.conference", "hoàn thành chậm nhất ngày 30/4/2025") + "."),
        Para("3. Cấp tỉnh: " + d.ev("rules.congress_form", "Đại hội Thi đua yêu nước tỉnh tổ chức trong 01 ngày, trong quý II/2025") + "."),
        Para("4. Số lượng đại biểu: " + d.ev("rules.delegate_limit", "cấp xã không quá 200 đại biểu, cấp huyện 300, cấp tỉnh 500")
             + "; " + d.ev("rules.exemplar_share", "đại biểu là điển hình tiên tiến chiếm khoảng 75%") + ", còn lại là khách mời, lãnh đạo."),
        Table(["Cấp", "Hình thức", "Thời gian hoàn thành", "Số đại biểu tối đa"], [
            ["Cấp xã", "Hội nghị điển hình tiên tiến", "Trong quý I/2025", "200"],
            ["Cấp huyện", "Đại hội Thi đua yêu nước", "Chậm nhất 30/4/2025", "300"],
            ["Cấp tỉnh", "Đại hội Thi đua yêu nước tỉnh lần thứ VI", "Quý II/2025", "500"],
        ], widths=[25, 60, 45, 35]),
        Heading("III. NỘI DUNG, CHƯƠNG TRÌNH"),
        Para(d.ev("rules.agenda", "Chương trình Hội nghị, Đại hội các cấp gồm các nội dung chính:")),
        *[Item("-", text + ("." if i == len(NB_AGENDA) else ";")) for i, (_, text, _) in enumerate(NB_AGENDA, start=1)],
        Heading("IV. TỔ CHỨC THỰC HIỆN"),
        Para("1. UBND các huyện, thành phố: chỉ đạo cấp xã tổ chức Hội nghị; xây dựng kế hoạch tổ chức Đại hội cấp huyện; "
             + d.ev("rules.levels.district.deadlines.plan_submission", "gửi Kế hoạch về Ban Thi đua - Khen thưởng tỉnh (Sở Nội vụ) trước ngày 20/12/2024") + "."),
        Para("2. Sau Hội nghị, Đại hội, " + d.ev("rules.deadlines.results_report", "báo cáo kết quả về Ban Thi đua - Khen thưởng tỉnh trước ngày 15/4/2025")
             + ", gồm: " + d.ev("rules.results_report_contents", "báo cáo tổng kết phong trào thi đua yêu nước giai đoạn 2020 - 2025; danh sách đại biểu dự Đại hội Thi đua yêu nước cấp trên kèm tóm tắt thành tích") + "."),
        Para("3. Sở Nội vụ (Ban Thi đua - Khen thưởng tỉnh): theo dõi, hướng dẫn, tổng hợp; tham mưu tổ chức Đại hội cấp tỉnh."),
        Sign(["Bộ Nội vụ;", "Ban TĐKT Trung ương;", "TT Tỉnh ủy, HĐND tỉnh;", "UBND các huyện, thành phố;", "Lưu: VT, NC."], "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH",
             d.ev("signer", "Trần Song Tùng")),
    )
    return d


def t11():
    """Hà Nam's plan, copied as text, that gives two limits for a commune's conference and
    two deadlines for holding it."""
    issued = D(2024, 12, 2)
    d = _parent("tune", "t11_ha_nam_parent_conflict.txt", ["parent_plan", "contradictory_limits", "txt"],
                unit="tỉnh Hà Nam", province="tỉnh Hà Nam", number="3310/KH-UBND", issued=issued.isoformat(), signer="Lê Thị Thủy")
    rules = {
        "code": "hnam-2024-3310",
        "title": "Kế hoạch tổ chức Hội nghị điển hình tiên tiến các cấp tiến tới Đại hội Thi đua yêu nước tỉnh Hà Nam lần thứ VI",
        "level": "city", "issuer": "ha-nam", "issuer_name": "UBND tỉnh", "decision_number": "3310/KH-UBND", "decision_date": "2024-12-02",
        "evaluation_start_year": 2020, "evaluation_end_year": 2025, "direction_start_year": 2025, "direction_end_year": 2030,
        "conference_form": "Hội nghị điển hình tiên tiến", "max_sessions": 1,
        "delegate_limit": None,
        "exemplar_share": "0.70", "exemplar_share_tolerance": "0.05",
        "name_pattern_merged": "Hội nghị điển hình tiên tiến {unit} lần thứ {ordinal} ({start} - {end})",
        "name_pattern_unmerged": "Hội nghị điển hình tiên tiến {unit} lần thứ {ordinal} ({start} - {end})",
        "congress_name": "Đại hội Thi đua yêu nước tỉnh Hà Nam lần thứ VI",
        "deadlines": [
            {"key": "plan_submission", "label": "Gửi kế hoạch về Sở Nội vụ", "due_date": "2024-12-25", "strictly_before": True,
             "recipient": "Sở Nội vụ (Ban Thi đua - Khen thưởng)"},
            {"key": "conference", "label": "Hoàn thành Hội nghị cấp xã", "due_date": None, "strictly_before": True, "recipient": ""},
            {"key": "results_report", "label": "Báo cáo kết quả", "due_date": "2025-05-10", "strictly_before": True,
             "recipient": "Sở Nội vụ (Ban Thi đua - Khen thưởng)"},
        ],
        "agenda": _agenda([
            ("opening", "Tuyên bố lý do, giới thiệu đại biểu", True),
            ("summary_report", "Báo cáo tổng kết phong trào thi đua yêu nước 5 năm", True),
            ("presentations", "Tham luận của điển hình tiên tiến", True),
            ("honouring", "Khen thưởng", True),
            ("launch", "Phát động thi đua", True),
            ("closing", "Bế mạc", True),
        ]),
        "levels": {"district": {"delegate_limit": 250, "deadlines": [
            {"key": "conference", "label": "Hoàn thành Hội nghị cấp huyện", "due_date": "2025-05-31", "strictly_before": False, "recipient": ""}]}},
    }
    d.label["rules"] = rules
    d.label["contradictions"] = [
        {"rule": "delegate_limit", "values": [150, 200],
         "evidence": ["Hội nghị cấp xã quy mô không quá 150 đại biểu", "Cấp xã, phường, thị trấn: tối đa 200 đại biểu"]},
        {"rule": "deadlines.conference", "values": [{"due_date": "2025-03-31", "strictly_before": True},
                                                    {"due_date": "2025-04-30", "strictly_before": False}],
         "evidence": ["hoàn thành trước ngày 31/3/2025", "Hội nghị điển hình tiên tiến cấp xã tổ chức trong tháng 4/2025"]},
    ]
    d.label["recognition"] = {"status": "parent_plan", "accept_without_confirmation": False,
                              "message_keywords": ["mâu thuẫn", "cấp xã", "150", "200"]}
    d.wrap = 82
    d.add(
        Header("ỦY BAN NHÂN DÂN", "TỈNH HÀ NAM", d.ev("number", "Số: 3310/KH-UBND"), d.ev("issued", f"Hà Nam, {long_date(issued)}")),
        Title(["KẾ HOẠCH", "Tổ chức Hội nghị điển hình tiên tiến các cấp tiến tới Đại hội Thi đua yêu nước tỉnh Hà Nam lần thứ VI"]),
        Heading("I. MỤC ĐÍCH, YÊU CẦU"),
        Para("Đánh giá kết quả phong trào thi đua yêu nước giai đoạn 2020 - 2025, đề ra phương hướng giai đoạn 2025 - 2030; lựa chọn điển hình tiên tiến tiêu biểu để tuyên truyền, nhân rộng."),
        Heading("II. HÌNH THỨC, QUY MÔ, THỜI GIAN"),
        Item("1.", "Cấp xã, phường, thị trấn: tổ chức Hội nghị điển hình tiên tiến trong 01 buổi; " + "Hội nghị cấp xã quy mô không quá 150 đại biểu"
             + ", " + d.ev("rules.exemplar_share", "trong đó đại biểu điển hình tiên tiến khoảng 70%") + "; " + "hoàn thành trước ngày 31/3/2025" + "."),
        Item("2.", "Cấp huyện, thị xã, thành phố: tổ chức Hội nghị điển hình tiên tiến " + d.ev("rules.levels.district.delegate_limit", "không quá 250 đại biểu") + ", " + d.ev("rules.levels.district.deadlines.conference", "hoàn thành trong tháng 5/2025") + "."),
        Item("3.", "Tên gọi: “Hội nghị điển hình tiên tiến xã (huyện)… lần thứ… (2025 - 2030)”."),
        Heading("III. CHƯƠNG TRÌNH"),
        Para("Tuyên bố lý do, giới thiệu đại biểu; Báo cáo tổng kết phong trào thi đua yêu nước 5 năm; Tham luận của điển hình tiên tiến; Khen thưởng; Phát động thi đua; Bế mạc."),
        Heading("IV. TỔ CHỨC THỰC HIỆN"),
        Para("1. UBND các huyện, thị xã, thành phố " + d.ev("rules.deadlines.plan_submission", "gửi kế hoạch về Sở Nội vụ (Ban Thi đua - Khen thưởng) trước ngày 25/12/2024")
             + "; chỉ đạo " + "Hội nghị điển hình tiên tiến cấp xã tổ chức trong tháng 4/2025" + " để kịp lựa chọn đại biểu dự Hội nghị cấp huyện."),
        Para("2. " + d.ev("rules.deadlines.results_report", "Báo cáo kết quả về Sở Nội vụ trước ngày 10/5/2025") + "."),
        Heading("V. PHÂN BỔ SỐ LƯỢNG ĐẠI BIỂU"),
        Item("-", "Cấp xã, phường, thị trấn: tối đa 200 đại biểu;"),
        Item("-", "Cấp huyện, thị xã, thành phố: tối đa 250 đại biểu."),
        Sign(["Sở Nội vụ;", "UBND các huyện, thị xã, thành phố;", "Lưu: VT."], "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", d.ev("signer", "Lê Thị Thủy")),
    )
    return d


# ----------------------------------------------------------------------------- Lâm Đồng (holdout)

LD_AGENDA = [
    ("opening", "Tuyên bố lý do và giới thiệu thành phần tham dự", True),
    ("summary_report", "Báo cáo tổng kết phong trào thi đua yêu nước, công tác khen thưởng giai đoạn 2020 - 2025 và phương hướng giai đoạn 2025 - 2030", True),
    ("presentations", "Trình bày tham luận, báo cáo điển hình", True),
    ("honouring", "Tôn vinh, trao khen thưởng", True),
    ("launch", "Phát động phong trào thi đua giai đoạn 2025 - 2030", True),
    ("response", "Hưởng ứng phát động thi đua", True),
    ("higher_delegates", "Giới thiệu đại biểu đi dự Đại hội Thi đua yêu nước tỉnh", True),
    ("closing", "Bế mạc", True),
]

LD_RULES = {
    "code": "ld-2025-86",
    "title": "Kế hoạch tổ chức Hội nghị biểu dương điển hình tiên tiến cấp xã, các sở, ban, ngành tiến tới Đại hội Thi đua yêu nước tỉnh Lâm Đồng lần thứ I (2025 - 2030)",
    "level": "city",
    "issuer": "lam-dong",
    "issuer_name": "UBND tỉnh",
    "decision_number": "86/KH-UBND",
    "decision_date": "2025-07-25",
    "decision_signer": "KT. CHỦ TỊCH — PHÓ CHỦ TỊCH Hồ Văn Mười",
    "evaluation_start_year": 2020, "evaluation_end_year": 2025, "direction_start_year": 2025, "direction_end_year": 2030,
    "conference_form": "Hội nghị biểu dương điển hình tiên tiến",
    "max_sessions": 1,
    "delegate_limit": 180,
    "exemplar_share": "0.65",
    "exemplar_share_tolerance": "0",
    "name_pattern_merged": "Hội nghị biểu dương điển hình tiên tiến {unit} lần thứ I ({start} - {end})",
    "name_pattern_unmerged": "Hội nghị biểu dương điển hình tiên tiến {unit} lần thứ {ordinal} ({start} - {end})",
    "congress_name": "Đại hội Thi đua yêu nước tỉnh Lâm Đồng lần thứ I (2025 - 2030)",
    "congress_form": "01 ngày, trong tháng 10/2025",
    "congress_size": 450,
    "source_document": "tests/ingest/corpus/holdout/h11_lam_dong_parent.pdf",
    "results_report_contents": [
        "Báo cáo tổng kết phong trào thi đua yêu nước giai đoạn 2020 - 2025",
        "Danh sách, tóm tắt thành tích đại biểu dự Đại hội Thi đua yêu nước tỉnh",
        "Hình ảnh Hội nghị",
    ],
    "deadlines": [
        {"key": "plan_submission", "label": "Gửi kế hoạch về Ban Thi đua - Khen thưởng tỉnh", "due_date": "2025-08-10",
         "strictly_before": True, "recipient": "Ban Thi đua - Khen thưởng (Sở Nội vụ)"},
        {"key": "conference", "label": "Hoàn thành Hội nghị biểu dương điển hình tiên tiến", "due_date": "2025-08-31",
         "strictly_before": True, "recipient": ""},
        {"key": "results_report", "label": "Báo cáo kết quả Hội nghị", "due_date": "2025-09-10",
         "strictly_before": True, "recipient": "Ban Thi đua - Khen thưởng (Sở Nội vụ)"},
        {"key": "congress_delegates", "label": "Gửi danh sách đại biểu dự Đại hội tỉnh", "due_date": "2025-09-10",
         "strictly_before": True, "recipient": "Ban Thi đua - Khen thưởng (Sở Nội vụ)"},
    ],
    "agenda": _agenda(LD_AGENDA),
    "levels": {"department": {
        "delegate_limit": 120,
        "name_pattern_merged": "Hội nghị biểu dương điển hình tiên tiến {unit} lần thứ I ({start} - {end})",
        "name_pattern_unmerged": "Hội nghị biểu dương điển hình tiên tiến {unit} lần thứ {ordinal} ({start} - {end})",
    }},
}


def h11():
    """Lâm Đồng's 2025 plan for communes and departments, as a text PDF: limits per level in
    one sentence, the congress's size, deadlines for the plan and the report."""
    issued = D(2025, 7, 25)
    d = _parent("holdout", "h11_lam_dong_parent.pdf", ["parent_plan", "text_pdf"],
                unit="tỉnh Lâm Đồng", province="tỉnh Lâm Đồng", number="86/KH-UBND", issued=issued.isoformat(), signer="Hồ Văn Mười",
                rules=LD_RULES,
                recognition={"status": "parent_plan", "accept_without_confirmation": False,
                             "message_keywords": ["kế hoạch cấp trên", "dự thảo", "xác nhận"]})
    d.add(
        Header("ỦY BAN NHÂN DÂN", "TỈNH LÂM ĐỒNG", d.ev("number", "Số: 86/KH-UBND"), d.ev("issued", f"Lâm Đồng, {long_date(issued)}")),
        Title(["KẾ HOẠCH", "Tổ chức Hội nghị biểu dương điển hình tiên tiến cấp xã, các sở, ban, ngành",
               "tiến tới " + d.ev("rules.congress_name", "Đại hội Thi đua yêu nước tỉnh Lâm Đồng lần thứ I (2025 - 2030)")]),
        Para("Sau khi sắp xếp đơn vị hành chính, để tổng kết phong trào thi đua yêu nước của tỉnh Lâm Đồng, tỉnh Đắk Nông và tỉnh Bình Thuận (cũ), Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau:"),
        Heading("I. YÊU CẦU"),
        Para("Đánh giá " + d.ev("rules.evaluation", "kết quả phong trào thi đua yêu nước giai đoạn 2020 - 2025") + ", đề ra phương hướng "
             + d.ev("rules.direction", "giai đoạn 2025 - 2030") + "; bảo đảm thiết thực, tránh hình thức."),
        Heading("II. HÌNH THỨC VÀ QUY MÔ"),
        Para("Các xã, phường, đặc khu và các sở, ban, ngành tổ chức " + d.ev("rules.conference_form", "Hội nghị biểu dương điển hình tiên tiến") + " trong "
             + d.ev("rules.max_sessions", "một buổi") + ". Quy mô: " + d.ev("rules.delegate_limit", "cấp xã không quá 180 đại biểu") + "; " + d.ev("rules.levels.department.delegate_limit", "sở, ban, ngành không quá 120 đại biểu")
             + "; " + d.ev("rules.exemplar_share", "đại biểu là điển hình tiên tiến không dưới 65%") + ". "
             + d.ev("rules.congress_size", "Đại hội Thi đua yêu nước tỉnh dự kiến 450 đại biểu") + ", " + d.ev("rules.congress_form", "tổ chức trong 01 ngày, trong tháng 10/2025") + "."),
        Para("Tên gọi: " + d.ev("rules.name_pattern_merged", "“Hội nghị biểu dương điển hình tiên tiến xã (phường, đặc khu)… lần thứ I (2025 - 2030)”")
             + "; đối với sở, ban, ngành: " + d.ev("rules.levels.department.name_pattern_unmerged", "“Hội nghị biểu dương điển hình tiên tiến Sở (ngành)… lần thứ… (2025 - 2030)”") + "."),
        Heading("III. THỜI GIAN"),
        Item("-", "Hội nghị tổ chức trong tháng 8/2025, " + d.ev("rules.deadlines.conference", "hoàn thành trước ngày 31/8/2025") + "."),
        Item("-", d.ev("rules.deadlines.plan_submission", "Kế hoạch tổ chức gửi về Ban Thi đua - Khen thưởng (Sở Nội vụ) trước ngày 10/8/2025") + "."),
        Item("-", d.ev("rules.deadlines.results_report", "Báo cáo kết quả gửi trước ngày 10/9/2025") + ", kèm theo: "
             + d.ev("rules.results_report_contents", "báo cáo tổng kết phong trào thi đua yêu nước giai đoạn 2020 - 2025; danh sách, tóm tắt thành tích đại biểu dự Đại hội Thi đua yêu nước tỉnh; hình ảnh Hội nghị")
             + " (" + d.ev("rules.deadlines.congress_delegates", "danh sách đại biểu dự Đại hội tỉnh gửi cùng thời hạn") + ")."),
        Heading("IV. CHƯƠNG TRÌNH KHUNG"),
        Para(d.ev("rules.agenda", "Chương trình Hội nghị gồm:") + " " + "; ".join(f"({i}) {t}" for i, (_, t, _) in enumerate(LD_AGENDA, start=1)) + "."),
        Sign(["Bộ Nội vụ;", "TT Tỉnh ủy;", "Các sở, ban, ngành;", "UBND các xã, phường, đặc khu;", "Lưu: VT."], "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH",
             d.ev("signer", "Hồ Văn Mười")),
    )
    return d


def h12():
    """Tây Ninh's plan as .docx: the text and its annex table give different limits and shares."""
    issued = D(2025, 7, 30)
    d = _parent("holdout", "h12_tay_ninh_parent_conflict.docx", ["parent_plan", "contradictory_limits", "docx", "docx_table"],
                unit="tỉnh Tây Ninh", province="tỉnh Tây Ninh", number="204/KH-UBND", issued=issued.isoformat(), signer="Nguyễn Văn Quyết")
    d.label["rules"] = {
        "code": "tn-2025-204",
        "title": "Kế hoạch tổ chức Hội nghị tuyên dương điển hình tiên tiến cấp xã và cơ quan, đơn vị thuộc tỉnh năm 2025",
        "level": "city", "issuer": "tay-ninh", "issuer_name": "UBND tỉnh", "decision_number": "204/KH-UBND", "decision_date": "2025-07-30",
        "evaluation_start_year": 2020, "evaluation_end_year": 2025, "direction_start_year": 2025, "direction_end_year": 2030,
        "conference_form": "Hội nghị tuyên dương điển hình tiên tiến", "max_sessions": 1,
        "delegate_limit": None, "levels": {"department": {"delegate_limit": 100}},
        "exemplar_share": None, "exemplar_share_tolerance": None,
        "name_pattern_merged": "Hội nghị tuyên dương điển hình tiên tiến {unit} lần thứ I ({start} - {end})",
        "name_pattern_unmerged": "Hội nghị tuyên dương điển hình tiên tiến {unit} lần thứ {ordinal} ({start} - {end})",
        "congress_name": "Đại hội Thi đua yêu nước tỉnh Tây Ninh lần thứ I (2025 - 2030)",
        "deadlines": [
            {"key": "plan_submission", "label": "Gửi kế hoạch", "due_date": "2025-08-08", "strictly_before": True, "recipient": "Sở Nội vụ"},
            {"key": "conference", "label": "Hoàn thành Hội nghị", "due_date": "2025-08-31", "strictly_before": False, "recipient": ""},
            {"key": "results_report", "label": "Báo cáo kết quả", "due_date": "2025-09-05", "strictly_before": True, "recipient": "Sở Nội vụ"},
        ],
        "agenda": _agenda([
            ("opening", "Khai mạc, giới thiệu đại biểu", True),
            ("summary_report", "Báo cáo tổng kết giai đoạn 2020 - 2025", True),
            ("presentations", "Tham luận", True),
            ("exchange", "Giao lưu điển hình", True),
            ("honouring", "Khen thưởng", True),
            ("launch", "Phát động thi đua", True),
            ("closing", "Bế mạc", True),
        ]),
    }
    d.label["contradictions"] = [
        {"rule": "delegate_limit", "values": [150, 120],
         "evidence": ["cấp xã không quá 150 đại biểu", "Xã, phường | 120"]},
        {"rule": "exemplar_share", "values": ["0.70", "0.60"],
         "evidence": ["đại biểu điển hình tiên tiến khoảng 70%", "Không dưới 60%"]},
    ]
    d.label["recognition"] = {"status": "parent_plan", "accept_without_confirmation": False,
                              "message_keywords": ["mâu thuẫn", "150", "120", "70%", "60%"]}
    d.add(
        Header("ỦY BAN NHÂN DÂN", "TỈNH TÂY NINH", d.ev("number", "Số: 204/KH-UBND"), d.ev("issued", f"Tây Ninh, {long_date(issued)}")),
        Title(["KẾ HOẠCH", "Tổ chức Hội nghị tuyên dương điển hình tiên tiến cấp xã", "và cơ quan, đơn vị thuộc tỉnh năm 2025"]),
        Heading("1. Quy mô, thành phần"),
        Para("Hội nghị tổ chức trong 01 buổi, " + "cấp xã không quá 150 đại biểu" + ", "
             + d.ev("rules.levels.department.delegate_limit", "cơ quan, đơn vị thuộc tỉnh không quá 100 đại biểu") + "; "
             + "đại biểu điển hình tiên tiến khoảng 70%" + "."),
        Heading("2. Thời gian"),
        Para(d.ev("rules.deadlines.conference", "Hoàn thành chậm nhất ngày 31/8/2025") + "; " + d.ev("rules.deadlines.plan_submission", "kế hoạch gửi Sở Nội vụ trước ngày 08/8/2025")
             + "; " + d.ev("rules.deadlines.results_report", "báo cáo kết quả trước ngày 05/9/2025") + "."),
        Heading("3. Chương trình"),
        Para("Khai mạc, giới thiệu đại biểu - Báo cáo tổng kết giai đoạn 2020 - 2025 - Tham luận - Giao lưu điển hình - Khen thưởng - Phát động thi đua - Bế mạc."),
        Heading("Phụ lục: Định mức đại biểu"),
        Table(["Cấp tổ chức", "Số đại biểu tối đa", "Tỷ lệ điển hình tiên tiến"], [
            ["Xã, phường", "120", "Không dưới 60%"],
            ["Cơ quan, đơn vị thuộc tỉnh", "100", "Không dưới 60%"],
        ], widths=[60, 50, 55]),
        Sign(["Sở Nội vụ;", "Lưu: VT."], "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", d.ev("signer", "Nguyễn Văn Quyết")),
    )
    return d


RULES = {r["code"]: r for r in (NB_RULES, LD_RULES)}
PLANS = [t10, t11, h11, h12]
