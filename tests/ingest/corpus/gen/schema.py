"""The label schema of the v2 corpus (tune/ and holdout/ ``labels.json``), checked in plain
Python: ``errors(name, label)`` lists what is wrong with one label. README.md describes
every field; ``STYLES`` is the vocabulary of the ``styles`` list (each split covers all)."""
import re

KINDS = ("plan", "congress_plan", "parent_plan", "nomination_list", "not_a_plan")
FORMATS = {"txt": ".txt", "docx": ".docx", "pdf": ".pdf", "pdf_scan": ".pdf", "png": ".png"}
LEVELS = ("commune", "district", "department", "province", "sub_unit")
AGENDA_KEYS = ("opening", "summary_report", "presentations", "exchange", "honouring", "launch", "response",
               "higher_delegates", "closing")
AGENDA_ROLES = (None, "ceremony", "speech", "resolution", "other")
ROW_SUBJECTS = ("individual", "collective", "household")
STATUSES = ("parent_plan", "nomination_list", "nomination_list_unreadable", "not_plan")

STYLES = {
    # who wrote it, and what kind of document it is
    "commune": "plan of a commune, ward or special zone (xã, phường, đặc khu)",
    "district": "plan of a district (huyện, before July 2025)",
    "department": "plan of a department, board or agency (sở, ban, ngành)",
    "province": "a province's own conference plan",
    "congress": "a congress plan: Đại hội Thi đua yêu nước … lần thứ …",
    "parent_plan": "a province's plan for its units, to be read as rules",
    "contradictory_limits": "a parent plan stating one rule twice with different values",
    "nomination_list": "a sub-unit's Tờ trình with its danh sách đề nghị khen thưởng",
    "nomination_no_columns": "a nomination list whose columns cannot be found",
    "not_a_plan": "not a conference plan at all",
    "news_report": "a news report about a conference that took place",
    "unrelated_event": "a plan for another kind of event",
    # how the conference is named
    "name_tuyen_bieu_duong": "“Hội nghị tuyên dương / biểu dương điển hình tiên tiến …”",
    "name_dien_hinh": "“Hội nghị điển hình tiên tiến …”",
    "name_nguoi_tot": "“Hội nghị biểu dương người tốt, việc tốt …”",
    # how the text is laid out and worded
    "run_on_headings": "headings run together with sub-headings and text on one line",
    "bullets_varied": "bullets “*”, “+”, “a)”, “•” instead of “-”",
    "agenda_ceremony": "agenda mixed with ceremony (music, flag salute, flowers, incense, a film)",
    "agenda_reordered": "agenda items in another order than the parent plan's",
    "time_forms": "times as 8h, 7-9h, 14-15h30, 14h-16h, 07 giờ 30 phút, Chiều ngày 28/8",
    "fuzzy_date": "a date that is not fixed: cuối tháng 9, đầu tháng 10; quý I/2025; trong tháng 8/2025",
    "short_date_forms": "dates as 15.7, 1-3-2015, ngày 3-9, 20.8 (with or without the year)",
    "delegates_breakdown": "delegates by group (the exemplar share must be computed)",
    "direct_worker_share": "a share of direct workers, which is not the exemplar share",
    "period_mismatch": "a period in the body (2021–2025) different from the name's (2025 – 2030)",
    "number_without_type": "the plan number without its document type (4804/2014, 19/UBND)",
    "typos": "typing errors (“tiên tiến Đại hội” for “tiến tới Đại hội”, missing diacritics)",
    # the file
    "txt": "plain text",
    "docx": "Word .docx",
    "docx_table": "a Word table (agenda, timetable, limits or a nomination list)",
    "text_pdf": "PDF with a text layer",
    "web_copy": "copied from a web page, with the site's menus, “Chia sẻ”, related news and footer",
    "ocr_text": "OCR output without diacritics, with garbled words",
    "scan_png": "a scanned page as .png (Liberation Serif, skew, blur, speckles)",
    "scan_pdf": "a scan as an image-only .pdf",
}

# the style every format must carry
FORMAT_STYLE = {"txt": "txt", "docx": "docx", "pdf": "text_pdf", "pdf_scan": "scan_pdf", "png": "scan_png"}

ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
HHMM = re.compile(r"^\d{2}:\d{2}$")

PLAN_KEYS = {
    "kind", "split", "format", "styles", "evidence", "unit", "level", "province", "number", "issued", "conference_name",
    "conference_date", "start_time", "end_time", "delegates", "delegates_exemplars", "delegates_guests", "exemplar_share",
    "direct_worker_share", "nomination_deadline", "report_deadline", "signer", "agenda", "agenda_items", "tasks",
    "period_in_name", "period_in_body", "campaign", "merged", "findings", "illegible",
}
PARENT_KEYS = {"kind", "split", "format", "styles", "evidence", "unit", "level", "province", "number", "issued", "signer",
               "rules", "contradictions", "recognition"}
NOMINATION_KEYS = {"kind", "split", "format", "styles", "evidence", "unit", "level", "province", "parent_unit", "number",
                   "issued", "signer", "columns_found", "columns", "rows", "people_named", "recognition"}
NOT_PLAN_KEYS = {"kind", "split", "format", "styles", "evidence", "unit", "recognised", "recognition"}
KEYS = {"plan": PLAN_KEYS, "congress_plan": PLAN_KEYS, "parent_plan": PARENT_KEYS, "nomination_list": NOMINATION_KEYS,
        "not_a_plan": NOT_PLAN_KEYS}

RULE_KEYS = {  # import_campaign's keys (SIMPLE_FIELDS + the rest), plus the corpus's extensions
    "code", "title", "level", "issuer", "decision_number", "decision_date", "decision_signer", "higher_level_basis",
    "evaluation_start_year", "evaluation_end_year", "direction_start_year", "direction_end_year", "conference_form",
    "max_sessions", "session_max_minutes", "delegate_limit", "delegate_priorities", "name_pattern_merged",
    "name_pattern_unmerged", "congress_name", "congress_form", "congress_size", "source_document", "report_outline",
    "results_report_contents", "exemplar_share", "exemplar_share_tolerance", "deadlines", "agenda",
    "issuer_name", "levels",
}
DEADLINE_KEYS = ("plan_submission", "conference", "results_report", "congress_delegates", "congress", "nomination")


def _date(value, allow_none=True):
    return (value is None and allow_none) or (isinstance(value, str) and bool(ISO_DATE.match(value)))


def _time(value):
    return value is None or (isinstance(value, str) and bool(HHMM.match(value)))


def _share(value):
    return value is None or (isinstance(value, (int, float)) and 0 <= value <= 1)


def _period(value):
    return value is None or (isinstance(value, list) and len(value) == 2 and all(isinstance(y, int) for y in value)
                             and value[0] < value[1])


def _rules_errors(rules, where="rules"):
    out = []
    if not isinstance(rules, dict):
        return [f"{where} is not an object"]
    unknown = set(rules) - RULE_KEYS
    if unknown:
        out.append(f"{where}: unknown keys {sorted(unknown)}")
    if where == "rules":
        for key in ("code", "title", "issuer", "deadlines", "agenda"):
            if key not in rules:
                out.append(f"{where}: missing {key} (import_campaign needs it)")
    for item in rules.get("deadlines", []):
        if item.get("key") not in DEADLINE_KEYS:
            out.append(f"{where}: deadline key {item.get('key')!r}")
        if not _date(item.get("due_date")):
            out.append(f"{where}: deadline {item.get('key')} due_date {item.get('due_date')!r}")
    for item in rules.get("agenda", []):
        if item.get("key") not in AGENDA_KEYS or not item.get("title"):
            out.append(f"{where}: agenda item {item!r}")
    for level, override in (rules.get("levels") or {}).items():
        if level not in LEVELS:
            out.append(f"{where}: level {level!r}")
        out.extend(_rules_errors(override, f"{where}.levels.{level}"))
    return out


def _recognition_errors(value):
    if not isinstance(value, dict):
        return ["recognition is not an object"]
    out = []
    if value.get("status") not in STATUSES:
        out.append(f"recognition.status {value.get('status')!r}")
    if value.get("accept_without_confirmation") is not False:
        out.append("recognition.accept_without_confirmation must be false")
    if not value.get("message_keywords") or not all(isinstance(k, str) for k in value["message_keywords"]):
        out.append("recognition.message_keywords must be a list of words")
    return out


def _plan_errors(label):
    out = []
    for key in ("issued", "nomination_deadline", "report_deadline"):
        if not _date(label[key]):
            out.append(f"{key} {label[key]!r} is not YYYY-MM-DD")
    value = label["conference_date"]
    if isinstance(value, dict):
        if set(value) != {"from", "to", "fixed", "text"} or value["fixed"] is not False or not _date(value["from"]) \
                or not _date(value["to"], allow_none=False) or not value["text"]:
            out.append(f"conference_date range {value!r}")
        elif value["from"] and value["from"] > value["to"]:
            out.append("conference_date range ends before it starts")
    elif not _date(value):
        out.append(f"conference_date {value!r}")
    for key in ("start_time", "end_time"):
        if not _time(label[key]):
            out.append(f"{key} {label[key]!r} is not HH:MM")
    for key in ("delegates", "delegates_exemplars", "delegates_guests"):
        if label[key] is not None and (not isinstance(label[key], int) or label[key] <= 0):
            out.append(f"{key} {label[key]!r}")
    for key in ("exemplar_share", "direct_worker_share"):
        if not _share(label[key]):
            out.append(f"{key} {label[key]!r}")
    if label["delegates_exemplars"] and label["delegates"]:
        if label["exemplar_share"] is None or abs(label["exemplar_share"] - label["delegates_exemplars"] / label["delegates"]) > 0.005:
            out.append("exemplar_share is not delegates_exemplars / delegates")
    if not isinstance(label["agenda_items"], list):
        out.append("agenda_items is not a list")
    else:
        for item in label["agenda_items"]:
            if set(item) != {"key", "text", "start", "end", "role"} or item["key"] not in AGENDA_KEYS + (None,) \
                    or item["role"] not in AGENDA_ROLES or not _time(item["start"]) or not _time(item["end"]) or not item["text"]:
                out.append(f"agenda item {item!r}")
            if item["key"] is None and item["role"] is None:
                out.append(f"agenda item without key needs a role: {item['text']!r}")
        keys = list(dict.fromkeys(i["key"] for i in label["agenda_items"] if i["key"]))
        if label["agenda"] != keys:
            out.append("agenda is not the keys of agenda_items in order")
    for t in label["tasks"]:
        if set(t) != {"assignee", "due"} or not t["assignee"] or not _date(t["due"]):
            out.append(f"task {t!r}")
    if not _period(label["period_in_name"]):
        out.append(f"period_in_name {label['period_in_name']!r}")
    if not isinstance(label["period_in_body"], list) or not all(_period(p) and p for p in label["period_in_body"]):
        out.append(f"period_in_body {label['period_in_body']!r}")
    if label["campaign"] is None:
        if label["findings"] is not None:
            out.append("findings are labelled only against a campaign")
    elif not isinstance(label["findings"], list) or label["findings"] != sorted(label["findings"]):
        out.append("findings must be a sorted list of codes")
    if label["level"] not in LEVELS[:4]:
        out.append(f"level {label['level']!r}")
    for name in label["illegible"]:
        if name not in PLAN_KEYS or label.get(name) is not None:
            out.append(f"illegible field {name!r} must be a plan field labelled null")
    if label["kind"] == "congress_plan" and "congress" not in label["styles"]:
        out.append("a congress plan carries the style congress")
    return out


def _nomination_errors(label):
    out = []
    if not _date(label["issued"], allow_none=False):
        out.append("issued")
    if label["columns_found"]:
        if not label["columns"] or not label["rows"]:
            out.append("a readable list has columns and rows")
        else:
            for i, row in enumerate(label["rows"], start=1):
                if not {"no", "subject", "name", "position", "unit", "award", "achievement"} <= set(row):
                    out.append(f"row {i} lacks fields")
                elif row["no"] != i or row["subject"] not in ROW_SUBJECTS or not row["name"] or not row["award"]:
                    out.append(f"row {i} {row!r}")
    elif label["rows"] is not None or not label["people_named"]:
        out.append("a list without columns has rows null and people_named")
    return out


def errors(name, label):
    """What is wrong with the label of file ``name`` (empty when it is valid)."""
    kind = label.get("kind")
    if kind not in KINDS:
        return [f"kind {kind!r}"]
    out = []
    missing, unknown = KEYS[kind] - set(label), set(label) - KEYS[kind]
    if missing:
        out.append(f"missing keys {sorted(missing)}")
    if unknown:
        out.append(f"unknown keys {sorted(unknown)}")
    if out:
        return out
    if label["split"] not in ("tune", "holdout"):
        out.append(f"split {label['split']!r}")
    if label["format"] not in FORMATS or not name.endswith(FORMATS[label["format"]]):
        out.append(f"format {label['format']!r} does not match the file name")
    elif FORMAT_STYLE[label["format"]] not in label["styles"]:
        out.append(f"a {label['format']} file carries the style {FORMAT_STYLE[label['format']]}")
    if not label["styles"] or set(label["styles"]) - set(STYLES) or label["styles"] != sorted(set(label["styles"])):
        out.append(f"styles {label['styles']!r} (sorted, from the vocabulary)")
    if kind in ("plan", "congress_plan"):
        out.extend(_plan_errors(label))
    elif kind == "parent_plan":
        out.extend(_rules_errors(label["rules"]))
        out.extend(_recognition_errors(label["recognition"]))
        for c in label["contradictions"]:
            if set(c) != {"rule", "values", "evidence"} or len(c["values"]) < 2 or len(c["evidence"]) != len(c["values"]):
                out.append(f"contradiction {c!r}")
        if ("contradictory_limits" in label["styles"]) != bool(label["contradictions"]):
            out.append("the style contradictory_limits goes with a non-empty contradictions list")
    elif kind == "nomination_list":
        out.extend(_nomination_errors(label))
        out.extend(_recognition_errors(label["recognition"]))
        if ("nomination_no_columns" in label["styles"]) == label["columns_found"]:
            out.append("the style nomination_no_columns goes with columns_found false")
    else:
        out.extend(_recognition_errors(label["recognition"]))
        if not isinstance(label["recognised"], dict) or not label["recognised"].get("document_type"):
            out.append("recognised.document_type")
    if not isinstance(label["evidence"], dict) or not all(isinstance(v, str) and v for v in label["evidence"].values()):
        out.append("evidence is {field: quoted text}")
    return out
