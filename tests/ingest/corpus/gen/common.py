"""Builders shared by the corpus documents: a plan's label with every field, the closing
steps (agenda keys, tasks, findings), and a bank of the passages offices copy between
plans (purpose, propaganda, budget, closing sentences), each in several wordings, so that
documents differ in their wording and not only in their names."""
from datetime import date

from .model import Doc, Heading, Item, Para, expected_tasks, iso

PLAN_FIELDS = [
    "unit", "level", "province", "number", "issued", "conference_name", "conference_date", "start_time", "end_time",
    "delegates", "delegates_exemplars", "delegates_guests", "exemplar_share", "direct_worker_share",
    "nomination_deadline", "report_deadline", "signer", "agenda", "agenda_items", "tasks", "period_in_name",
    "period_in_body", "campaign", "merged", "findings", "illegible",
]


def plan(split, file, styles, *, kind="plan", **fields):
    doc = Doc(split, file, kind, list(styles))
    doc.label = {name: None for name in PLAN_FIELDS}
    doc.label.update(agenda_items=[], tasks=[], illegible=[], merged=True, period_in_body=[])
    doc.label.update(fields)
    doc.extra = {"task_rows": []}
    return doc


def task(doc, assignee, text, due=None):
    """A bullet of the "who does what" section: its text, recorded with its deadline."""
    doc.extra["task_rows"].append({"assignee": assignee, "text": text, "due": iso(due)})
    return text


def finish(doc):
    """Agenda keys, tasks and findings from what the document states."""
    from .rules import expected_findings

    label = doc.label
    if doc.kind in ("plan", "congress_plan"):
        label["agenda"] = list(dict.fromkeys(a["key"] for a in label["agenda_items"] if a["key"]))
        grouped = {}
        for row in doc.extra["task_rows"]:
            grouped.setdefault(row["assignee"], []).append(row["due"])
        label["tasks"] = expected_tasks([(a, [d and date.fromisoformat(d) for d in dues]) for a, dues in grouped.items()])
        label["findings"] = expected_findings(label, doc.extra) if label["campaign"] else None
    return doc


# ----------------------------------------------------------------------------- phrase bank


def purpose(variant, who, evaluation="2020 - 2025", direction="2025 - 2030", numbered="1."):
    """Mục đích, yêu cầu in one of several wordings (returns blocks, no heading)."""
    if variant == "a":
        return [
            Item("1.", f"Đánh giá kết quả thực hiện các phong trào thi đua yêu nước và công tác khen thưởng giai đoạn {evaluation} của {who}; rút ra bài học kinh nghiệm, đề ra phương hướng, nhiệm vụ giai đoạn {direction}."),
            Item("2.", "Biểu dương, tôn vinh các tập thể, cá nhân điển hình tiên tiến có thành tích xuất sắc trong các phong trào thi đua; tạo khí thế thi đua sôi nổi, lan tỏa trong cán bộ, đảng viên và Nhân dân."),
            Item("3.", "Việc tổ chức Hội nghị phải trang trọng, thiết thực, tiết kiệm, tránh phô trương, hình thức, lãng phí."),
        ]
    if variant == "b":
        return [
            Para(f"- Tổng kết, đánh giá khách quan, toàn diện kết quả phong trào thi đua và công tác khen thưởng {who} trong 5 năm ({evaluation}); chỉ rõ những tồn tại, hạn chế, nguyên nhân."),
            Para("- Phát hiện, lựa chọn, bồi dưỡng và nhân rộng các gương điển hình tiên tiến, nhân tố mới; lựa chọn đại biểu tiêu biểu dự Đại hội Thi đua yêu nước cấp trên."),
            Para("- Công tác chuẩn bị chu đáo, đúng tiến độ; phân công cụ thể trách nhiệm của từng cơ quan, đơn vị."),
        ]
    if variant == "c":
        return [
            Heading(f"{numbered} Mục đích"),
            Para(f"Nhằm đánh giá những kết quả đạt được trong phong trào thi đua yêu nước giai đoạn {evaluation}, qua đó khẳng định vai trò, tác dụng của công tác thi đua, khen thưởng đối với việc thực hiện nhiệm vụ chính trị của {who}; đồng thời xác định mục tiêu, giải pháp cho giai đoạn {direction}."),
            Heading(f"{numbered[0]}.2. Yêu cầu" if numbered[0].isdigit() else "Yêu cầu"),
            Para("Lựa chọn đúng những tập thể, cá nhân tiêu biểu, có sức lan tỏa, bảo đảm cơ cấu hợp lý giữa các lĩnh vực; ưu tiên người trực tiếp lao động, sản xuất, công tác, phụ nữ, đồng bào dân tộc thiểu số."),
        ]
    # "d": a single paragraph
    return [Para(f"Hội nghị nhằm tổng kết phong trào thi đua yêu nước giai đoạn {evaluation}, tôn vinh những tập thể, cá nhân tiêu biểu và phát động phong trào thi đua giai đoạn {direction}; bảo đảm thiết thực, hiệu quả, tiết kiệm.")]


def propaganda(variant, who):
    if variant == "a":
        return [
            Para(f"Đẩy mạnh công tác tuyên truyền trên hệ thống loa truyền thanh, trang thông tin điện tử và mạng xã hội của {who} về Hội nghị; treo băng rôn, khẩu hiệu tại trụ sở và các trục đường chính."),
        ]
    if variant == "b":
        return [
            Item("-", "Tuyên truyền trước, trong và sau Hội nghị về những thành tựu, những gương người tốt, việc tốt, các điển hình tiên tiến."),
            Item("-", "Xây dựng phóng sự ngắn về phong trào thi đua yêu nước để trình chiếu tại Hội nghị."),
        ]
    return [Para("Các cơ quan, đơn vị chủ động tuyên truyền, cổ động, tạo không khí thi đua sôi nổi chào mừng Hội nghị.")]


def budget(variant, who):
    if variant == "a":
        return [Para(f"Kinh phí tổ chức Hội nghị được bố trí từ nguồn ngân sách năm 2025 của {who} và các nguồn huy động hợp pháp khác (nếu có).")]
    if variant == "b":
        return [Para(f"Kinh phí thực hiện Kế hoạch được chi từ nguồn kinh phí thi đua, khen thưởng của {who}, thanh quyết toán theo quy định hiện hành.")]
    return [Para("Nguồn kinh phí: dự toán chi thường xuyên được giao; thực hiện tiết kiệm, đúng quy định.")]


def closing(variant, who="", extra=""):
    if variant == "a":
        return Para(f"Trên đây là Kế hoạch tổ chức Hội nghị {extra}của {who}; yêu cầu các cơ quan, đơn vị liên quan nghiêm túc triển khai thực hiện./.")
    if variant == "b":
        return Para("Trong quá trình triển khai, nếu có khó khăn, vướng mắc, các đơn vị phản ánh kịp thời về cơ quan thường trực để tổng hợp, báo cáo xem xét, giải quyết./.")
    if variant == "c":
        return Para(f"Đề nghị các cơ quan, đơn vị, cá nhân được phân công khẩn trương triển khai, bảo đảm Hội nghị thành công tốt đẹp. {extra}".rstrip() + "/.")
    return Para(f"Căn cứ Kế hoạch này, các bộ phận chủ động phối hợp thực hiện{extra}./.")
