"""Positions of the variable text on a Giấy khen (A4 landscape, 297 × 210 mm): the defaults
(kept with the model whose field they fill) and each field's Vietnamese name."""
from thidua.honors.models.decision import DEFAULT_POSITIONS  # noqa: F401  (the defaults, read from here)

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
