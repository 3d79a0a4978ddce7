"""The catalogue of titles and forms the register starts from, from shared/legal/findings.md
(Luật Thi đua, khen thưởng 2022, Điều 8, 19–28, 71–75, 80; Nghị định 129/2025 Điều 59),
with each entry's legal basis and how sure it is (V, S, I, U). Migration 0002 enters it;
the Board edits it afterwards. ``seed`` only adds the entries it does not find by code."""

LAW = "Luật Thi đua, khen thưởng 2022"
# code, name, aliases, is_title, (individual, collective, household), level, awarded by, order,
# article, source, confirmation
CATALOGUE = [
    ("anh-hung-lao-dong", "Anh hùng Lao động", "Danh hiệu Anh hùng Lao động", True, (1, 1, 0), "nha_nuoc",
     "Chủ tịch nước", 10, "", "không có trong tài liệu đã đọc", "U"),
    ("huan-chuong-lao-dong", "Huân chương Lao động", "Huân chương Lao động hạng Nhất\nHuân chương Lao động hạng Nhì\n"
     "Huân chương Lao động hạng Ba\nHCLĐ", False, (1, 1, 0), "nha_nuoc", "Chủ tịch nước", 20, "",
     "không có trong tài liệu đã đọc", "U"),
    ("cstd-toan-quoc", "Chiến sĩ thi đua toàn quốc", "CSTĐ toàn quốc\nCSTĐTQ", True, (1, 0, 0), "trung_uong",
     "Thủ tướng Chính phủ", 30, f"{LAW}, Điều 21", "TVPL-c365", "S"),
    ("co-thi-dua-chinh-phu", "Cờ thi đua của Chính phủ", "Cờ thi đua Chính phủ", True, (0, 1, 0), "trung_uong",
     "Thủ tướng Chính phủ", 40, f"{LAW}, Điều 25", "LN-25", "S"),
    ("bang-khen-thu-tuong", "Bằng khen của Thủ tướng Chính phủ", "Bằng khen Thủ tướng\nBằng khen Thủ tướng Chính phủ\n"
     "BK TTg\nBKTTCP", False, (1, 1, 1), "trung_uong", "Thủ tướng Chính phủ", 50, f"{LAW}, Điều 73", "LD-73", "S"),
    ("cstd-bo", "Chiến sĩ thi đua bộ, ban, ngành trung ương", "CSTĐ cấp bộ\nChiến sĩ thi đua cấp bộ", True,
     (1, 0, 0), "bo", "Bộ trưởng, thủ trưởng ban, ngành trung ương", 60, f"{LAW}, Điều 22", "TVPL-c365", "S"),
    ("bang-khen-bo", "Bằng khen của bộ, ban, ngành trung ương", "Bằng khen Bộ trưởng\nBằng khen cấp bộ\n"
     "Bằng khen của Bộ trưởng", False, (1, 1, 1), "bo", "Bộ trưởng, thủ trưởng ban, ngành trung ương", 70,
     f"{LAW}, Điều 74", "LN-74, LD-74", "S"),
    ("cstd-tinh", "Chiến sĩ thi đua thành phố", "Chiến sĩ thi đua cấp tỉnh\nCSTĐ thành phố\nCSTĐ cấp tỉnh\n"
     "Chiến sĩ thi đua cấp thành phố\nChiến sĩ thi đua tỉnh", True, (1, 0, 0), "tinh", "Chủ tịch UBND thành phố", 80,
     f"{LAW}, Điều 22", "TVPL-c365", "S"),
    ("co-thi-dua-tinh", "Cờ thi đua của UBND thành phố", "Cờ thi đua thành phố\nCờ thi đua cấp tỉnh\n"
     "Cờ thi đua của Ủy ban nhân dân thành phố\nCờ thi đua UBND tỉnh", True, (0, 1, 0), "tinh",
     "Chủ tịch UBND thành phố", 90, f"{LAW}, Điều 26", "BN86, TT 15/2025/TT-BXD", "S"),
    ("bang-khen-tinh", "Bằng khen của Chủ tịch UBND thành phố", "Bằng khen thành phố\nBằng khen UBND thành phố\n"
     "Bằng khen của Chủ tịch Ủy ban nhân dân thành phố\nBằng khen cấp tỉnh\nBằng khen Chủ tịch UBND tỉnh\nBằng khen",
     False, (1, 1, 1), "tinh", "Chủ tịch UBND thành phố", 100, f"{LAW}, Điều 74", "LN-74, LD-74, BN86", "S"),
    ("ttldxs", "Tập thể lao động xuất sắc", "TTLĐXS\nĐơn vị quyết thắng\nTập thể LĐXS", True, (0, 1, 0), "tinh",
     "Chủ tịch UBND thành phố (cấp xã, sở chỉ đề nghị)", 110, f"{LAW}, Điều 27", "TTH-27, BN86", "S"),
    ("xa-tieu-bieu", "Xã, phường, đặc khu tiêu biểu", "Xã tiêu biểu\nPhường tiêu biểu\nXã, phường, thị trấn tiêu biểu",
     True, (0, 1, 0), "tinh", "chưa xác nhận", 120, f"{LAW}, Điều 20", "TVPL-2ac4", "S"),
    ("giay-khen-so", "Giấy khen của thủ trưởng sở, ban, ngành", "Giấy khen của Giám đốc Sở\nGiấy khen Giám đốc sở\n"
     "Giấy khen của Giám đốc", False, (1, 1, 1), "huyen_so",
     "Thủ trưởng cơ quan chuyên môn thuộc UBND thành phố", 130, f"{LAW}, Điều 75; Điều 80 khoản 1", "TVPL-6609, CB56",
     "S"),
    ("cstdcs", "Chiến sĩ thi đua cơ sở", "CSTĐCS\nCSTĐ cơ sở\nChiến sĩ thi đua cấp cơ sở", True, (1, 0, 0), "xa",
     "Chủ tịch UBND cấp xã (NĐ 129/2025 Điều 59); thủ trưởng cơ quan chuyên môn (Luật Điều 80 khoản 1)", 140,
     f"{LAW}, Điều 23", "TVPL-7840, TVPL-c365, TVPL-4b28, TVPL-9f0e, TVPL-1be4", "S"),
    ("ttldtt", "Tập thể lao động tiên tiến", "TTLĐTT\nĐơn vị tiên tiến\nTập thể LĐTT", True, (0, 1, 0), "xa",
     "Chủ tịch UBND cấp xã (NĐ 129/2025 Điều 59); thủ trưởng cơ quan chuyên môn (Luật Điều 80 khoản 1)", 150,
     f"{LAW}, Điều 28", "LN-28, LN-VPCP, BN86", "S"),
    ("ldtt", "Lao động tiên tiến", "LĐTT\nChiến sĩ tiên tiến\nDanh hiệu lao động tiên tiến", True, (1, 0, 0), "xa",
     "Chủ tịch UBND cấp xã (Luật Điều 80 khoản 3); thủ trưởng cơ quan chuyên môn (khoản 1)", 160,
     f"{LAW}, Điều 24", "TVPL-7840, TVPL-c365, TVPL-8032, LC-24", "S"),
    ("thon-van-hoa", "Thôn, tổ dân phố văn hóa", "Thôn văn hóa\nTổ dân phố văn hóa\nKhu dân cư văn hóa", True,
     (0, 1, 0), "xa", "Chủ tịch UBND cấp xã (NĐ 129/2025 Điều 59)", 170, f"{LAW}, Điều 20; NĐ 86/2023",
     "TVPL-2ac4, TVPL-c365, CP-86", "S"),
    ("gia-dinh-van-hoa", "Gia đình văn hóa", "GĐVH\nDanh hiệu gia đình văn hóa", True, (0, 0, 1), "xa",
     "Chủ tịch UBND cấp xã (Luật Điều 80 khoản 3)", 180, f"{LAW}, Điều 20 khoản 2; NĐ 86/2023", "TVPL-2ac4, CP-86",
     "S"),
    ("giay-khen", "Giấy khen của Chủ tịch UBND xã", "Giấy khen\nGiấy khen UBND xã\nGiấy khen của Chủ tịch UBND phường\n"
     "Giấy khen của Chủ tịch Ủy ban nhân dân xã\nGiấy khen Chủ tịch UBND xã", False, (1, 1, 1), "xa",
     "Chủ tịch UBND cấp xã (Luật Điều 80 khoản 3)", 190, f"{LAW}, Điều 75; Điều 80 khoản 3", "TVPL-6609, CB56", "S"),
]



def seed(AwardForm, codes=None):
    """Add the entries of ``CATALOGUE`` (only ``codes`` if given) missing from ``AwardForm``
    (the model, or the migration's historical model)."""
    existing = set(AwardForm.objects.values_list("code", flat=True))
    for (code, name, aliases, is_title, (ind, col, hh), level, by, order, article, source, conf) in CATALOGUE:
        if code in existing or (codes is not None and code not in codes):
            continue
        AwardForm.objects.create(
            code=code, name=name, aliases=aliases, is_title=is_title, for_individual=bool(ind),
            for_collective=bool(col), for_household=bool(hh), level=level, awarded_by=by, report_order=order,
            legal_article=article, legal_source=source, confirmation=conf)
