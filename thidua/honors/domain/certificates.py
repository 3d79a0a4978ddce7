"""Positions of the variable text on a Giấy khen (A4 landscape, 297 × 210 mm)."""

# field -> (x mm from left, y mm from top, width mm, font size pt, align)
DEFAULT_POSITIONS = {
    "issuer": (20, 18, 120, 13, "center"),
    "recipient": (20, 92, 257, 26, "center"),
    "position": (20, 108, 257, 14, "center"),
    "achievement": (40, 120, 217, 15, "center"),
    "decision": (20, 170, 120, 12, "left"),
    "register": (20, 177, 120, 12, "left"),
    "place_date": (157, 138, 120, 13, "center"),
    "signer": (157, 146, 120, 14, "center"),
}
FIELD_LABELS = {
    "issuer": "Cơ quan cấp",
    "recipient": "Người, tập thể được khen",
    "position": "Chức vụ, đơn vị",
    "achievement": "Thành tích",
    "decision": "Số quyết định",
    "register": "Số sổ vàng",
    "place_date": "Địa danh, ngày tháng",
    "signer": "Người ký",
}
