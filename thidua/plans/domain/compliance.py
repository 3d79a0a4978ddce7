"""The compliance checker: a unit's plan (``PlanFacts``) against the parent plan's rules
(``CampaignRules``) gives ``Finding``s. Plain Python — no request, no template, no ORM —
so the UI, the API, ``manage.py check_plans`` and the import of received documents (text
without diacritics included) all call the same ``check``.

Every message is Vietnamese and cites the rule and the value, e.g. "Ngày tổ chức 28/8/2025
sau thời hạn 25/8/2025 theo Kế hoạch của UBND thành phố".

Dates the plan states as "trước ngày X" are stored as X, the way the city's deadlines are.
"""
import re

from thidua.common.findings import Finding, Severity, sort_findings
from thidua.common.plan_text import core_unit_name, name_key, parse_period
from thidua.common.text import fold, short_date

ERROR, WARNING, INFO = Severity.ERROR, Severity.WARNING, Severity.INFO

# Every code this checker can produce (``agenda_item_missing`` is followed by ":<key>").
CODES = {
    "conference_date_missing": "Chưa có ngày tổ chức cụ thể",
    "conference_after_deadline": "Ngày tổ chức sau thời hạn",
    "weekday_mismatch": "Thứ ghi kèm không khớp ngày",
    "time_range_invalid": "Giờ kết thúc không sau giờ bắt đầu",
    "session_too_long": "Hội nghị dài hơn quy định",
    "delegates_count_missing": "Chưa nêu số lượng đại biểu",
    "delegates_over_limit": "Số đại biểu vượt mức tối đa",
    "delegates_groups_exceed_total": "Tổng các nhóm đại biểu vượt tổng số",
    "exemplar_share_low": "Tỷ lệ đại biểu điển hình thấp",
    "agenda_missing": "Chưa có chương trình hội nghị",
    "agenda_item_missing": "Thiếu mục chương trình bắt buộc",
    "agenda_order": "Thứ tự chương trình khác quy định",
    "agenda_time_invalid": "Mục chương trình có giờ không hợp lệ",
    "agenda_overlap": "Các mục chương trình chồng giờ",
    "agenda_exceeds_session": "Chương trình vượt thời gian hội nghị",
    "name_missing": "Chưa có tên hội nghị",
    "name_nonstandard": "Tên hội nghị không theo mẫu",
    "period_mismatch": "Giai đoạn ghi kèm hội nghị không thống nhất",
    "plan_after_deadline": "Kế hoạch gửi sau thời hạn",
    "report_deadline_late": "Hạn báo cáo kết quả muộn hơn quy định",
    "nomination_deadline_after_conference": "Hạn đề xuất khen thưởng sau ngày hội nghị",
    "nomination_deadline_late": "Hạn đề xuất khen thưởng muộn hơn quy định",
    "task_due_after_conference": "Nhiệm vụ chuẩn bị có hạn sau ngày hội nghị",
}

_WEEKDAY_WORDS = {"hai": 0, "2": 0, "ba": 1, "3": 1, "tu": 2, "4": 2, "nam": 3, "5": 3, "sau": 4, "6": 4, "bay": 5, "7": 5}
WEEKDAY_NAMES = ["thứ Hai", "thứ Ba", "thứ Tư", "thứ Năm", "thứ Sáu", "thứ Bảy", "Chủ nhật"]


def parse_weekday(text):
    """0 = Monday … 6 = Sunday from "thứ Năm", "Thu 5", "T5", "chủ nhật", "CN"; else ``None``."""
    folded = fold(text or "").replace(".", " ")
    if not folded:
        return None
    if re.search(r"\bchu nhat\b|\bcn\b", folded):
        return 6
    match = re.search(r"\bthu\s*(hai|ba|tu|nam|sau|bay|[2-7])\b", folded) or re.search(r"\bt([2-7])\b", folded)
    return _WEEKDAY_WORDS[match.group(1)] if match else None


def _name_regex(pattern, rules):
    text = pattern.replace("{start}", str(rules.direction_start_year)).replace("{end}", str(rules.direction_end_year))
    text = text.replace("{unit}", " qqunitqq ").replace("{ordinal}", " qqordqq ")
    regex = re.escape(name_key(text)).replace(r"\ ", " ").replace(" ", r"\s+")
    regex = regex.replace("qqunitqq", r"(?P<unit>.+?)").replace("qqordqq", r"(?P<ordinal>[ivxlcdm]+|\d+)")
    return re.compile(regex)


def name_follows_rule(name, facts, rules):
    """True when ``name`` contains the conference name the parent plan prescribes for this
    unit (diacritics, case and punctuation ignored; "Ngành …" accepted for a "Sở …")."""
    pattern = rules.name_pattern_merged if facts.merged else rules.name_pattern_unmerged
    match = _name_regex(pattern, rules).search(name_key(name))
    if not match:
        return False
    core = core_unit_name(facts.unit_name)
    return not core or core in match.group("unit")


def _minutes(t):
    return t.hour * 60 + t.minute


def _d(day):
    return short_date(day)


def _is_results_report(task):
    text = fold(task.description)
    return "bao cao" in text and "ket qua" in text


def check(facts, rules):
    """All findings of ``facts`` against ``rules``, errors first."""
    out = []
    add = lambda code, severity, field, message: out.append(Finding(code, severity, field, message))  # noqa: E731
    source = rules.source_phrase
    conference = rules.deadline("conference")

    # --- date and time -------------------------------------------------------------
    if facts.conference_date is None:
        written = f" (kế hoạch ghi: “{facts.date_text}”)" if facts.date_text else ""
        limit = f"; hội nghị phải hoàn thành {conference.phrase} {source}" if conference else ""
        add("conference_date_missing", WARNING, "conference_date",
            f"Kế hoạch chưa ấn định ngày tổ chức hội nghị{written}{limit}.")
    elif conference and not conference.is_met_by(facts.conference_date):
        add("conference_after_deadline", ERROR, "conference_date",
            f"Ngày tổ chức {_d(facts.conference_date)} sau thời hạn {_d(conference.due)} {source} "
            f"(hội nghị phải hoàn thành {conference.phrase}).")
    if facts.conference_date and facts.weekday_text:
        stated = parse_weekday(facts.weekday_text)
        actual = facts.conference_date.weekday()
        if stated is not None and stated != actual:
            add("weekday_mismatch", ERROR, "weekday_text",
                f"Kế hoạch ghi “{facts.weekday_text}” nhưng ngày {_d(facts.conference_date)} là "
                f"{WEEKDAY_NAMES[actual]}.")
    if facts.start_time and facts.end_time and facts.end_time <= facts.start_time:
        add("time_range_invalid", ERROR, "end_time",
            f"Giờ kết thúc {facts.end_time:%H:%M} không sau giờ bắt đầu {facts.start_time:%H:%M}.")
    allowed_sessions = rules.max_sessions
    if facts.sessions is not None and facts.sessions > allowed_sessions:
        add("session_too_long", WARNING, "sessions",
            f"Hội nghị dự kiến {facts.sessions:g} buổi, quá {allowed_sessions:02d} buổi {source}.")
    elif facts.start_time and facts.end_time and facts.end_time > facts.start_time:
        length = _minutes(facts.end_time) - _minutes(facts.start_time)
        if length > rules.session_max_minutes * allowed_sessions:
            add("session_too_long", WARNING, "end_time",
                f"Hội nghị kéo dài {length // 60} giờ {length % 60:02d} phút ({facts.start_time:%H:%M}–"
                f"{facts.end_time:%H:%M}), quá {allowed_sessions:02d} buổi (tối đa {rules.session_max_minutes} phút) {source}.")

    # --- delegates -----------------------------------------------------------------
    total = facts.delegates_total
    if total is None:
        add("delegates_count_missing", WARNING, "delegates_total",
            f"Kế hoạch chưa nêu số lượng đại biểu; {source} tối đa {rules.delegate_limit} đại biểu, "
            f"khoảng {rules.exemplar_share:.0%} là điển hình tiên tiến.")
    elif total > rules.delegate_limit:
        add("delegates_over_limit", ERROR, "delegates_total",
            f"Số đại biểu {total} vượt mức tối đa {rules.delegate_limit} đại biểu {source}.")
    groups = [g for g in (facts.delegates_exemplars, facts.delegates_guests, facts.delegates_leaders) if g is not None]
    if total is not None and groups and sum(groups) > total:
        add("delegates_groups_exceed_total", ERROR, "delegates_total",
            f"Tổng các nhóm đại biểu ({sum(groups)}) lớn hơn tổng số đại biểu ({total}).")
    share = facts.exemplar_share
    if share is None and facts.delegates_exemplars is not None and total:
        share = facts.delegates_exemplars / total
    if share is not None and share < rules.exemplar_share - rules.exemplar_share_tolerance - 1e-9:
        add("exemplar_share_low", WARNING, "delegates_exemplars",
            f"Đại biểu điển hình tiên tiến chiếm {share:.0%}, thấp hơn mức khoảng {rules.exemplar_share:.0%} {source}.")

    # --- agenda --------------------------------------------------------------------
    titles = {a.key: a.title for a in rules.agenda}
    keys = facts.agenda_keys
    if not facts.agenda:
        add("agenda_missing", ERROR, "agenda",
            f"Kế hoạch chưa có chương trình hội nghị; {source} chương trình gồm {len(rules.agenda)} nội dung.")
    else:
        for rule in rules.agenda:
            if rule.key not in keys:
                add(f"agenda_item_missing:{rule.key}", ERROR if rule.required else INFO, f"agenda:{rule.key}",
                    f"Chương trình thiếu mục {rule.order} “{rule.title}” {source}.")
        order = {a.key: a.order for a in rules.agenda}
        ranks = [order[k] for k in keys if k in order]
        if ranks != sorted(ranks):
            add("agenda_order", WARNING, "agenda",
                "Thứ tự các mục chương trình khác thứ tự " + source + ": "
                + "; ".join(titles[k] for k in keys if k in titles) + ".")
        _check_timed_agenda(facts, rules, add)

    # --- name and period -----------------------------------------------------------
    named = [(f, getattr(facts, f)) for f in ("conference_name", "banner_text") if getattr(facts, f).strip()]
    standard = rules.standard_conference_name(facts.unit_name or "…", merged=facts.merged,
                                              ordinal="I" if facts.merged else "…")
    if not named:
        add("name_missing", WARNING, "conference_name", f"Kế hoạch chưa nêu tên hội nghị; tên theo mẫu: “{standard}”.")
    for field, name in named:
        if not name_follows_rule(name, facts, rules):
            shown = " ".join(name.split())
            add("name_nonstandard", WARNING, field,
                f"Tên hội nghị “{shown}” không theo mẫu “{standard}” {source}.")
    direction = (rules.direction_start_year, rules.direction_end_year)
    for text in facts.period_texts:
        period = parse_period(text)
        if period and period != direction:
            add("period_mismatch", WARNING, "period_texts",
                f"Kế hoạch gắn hội nghị với giai đoạn {period[0]} - {period[1]}, trong khi tên hội nghị {source} "
                f"gắn với giai đoạn {direction[0]} - {direction[1]} (giai đoạn đánh giá "
                f"{rules.evaluation_start_year} - {rules.evaluation_end_year} chỉ dùng cho nội dung tổng kết).")
            break

    # --- deadlines -----------------------------------------------------------------
    plan_rule = rules.deadline("plan_submission")
    sent = facts.submitted_on or facts.issued_on
    if plan_rule and sent and not plan_rule.is_met_by(sent):
        what = "gửi" if facts.submitted_on else "ban hành"
        add("plan_after_deadline", ERROR, "submitted_on" if facts.submitted_on else "issued_on",
            f"Kế hoạch {what} ngày {_d(sent)}, sau thời hạn {_d(plan_rule.due)} {source} "
            f"(gửi kế hoạch {plan_rule.phrase}).")
    report_rule = rules.deadline("results_report")
    if report_rule and facts.report_deadline and facts.report_deadline > report_rule.due:
        add("report_deadline_late", ERROR, "report_deadline",
            f"Hạn báo cáo kết quả {_d(facts.report_deadline)} muộn hơn thời hạn {_d(report_rule.due)} {source} "
            f"(báo cáo {report_rule.phrase}).")
    nomination = facts.nomination_deadline
    if nomination:
        if facts.conference_date and nomination > facts.conference_date:
            add("nomination_deadline_after_conference", ERROR, "nomination_deadline",
                f"Hạn gửi đề xuất khen thưởng {_d(nomination)} sau ngày tổ chức hội nghị "
                f"{_d(facts.conference_date)}: không kịp xét khen thưởng để trao tại hội nghị.")
        elif facts.conference_date is None and conference and nomination >= conference.due:
            add("nomination_deadline_after_conference", ERROR, "nomination_deadline",
                f"Hạn gửi đề xuất khen thưởng {_d(nomination)} không trước thời hạn tổ chức hội nghị "
                f"{_d(conference.due)} {source}.")
        nomination_rule = rules.deadline("nomination")
        if nomination_rule and nomination > nomination_rule.due:
            add("nomination_deadline_late", ERROR, "nomination_deadline",
                f"Hạn gửi đề xuất khen thưởng {_d(nomination)} muộn hơn thời hạn {_d(nomination_rule.due)} {source}.")
    limit_day = facts.conference_date
    for index, task in enumerate(facts.tasks, start=1):
        if task.due is None or _is_results_report(task):
            continue
        if limit_day and task.due > limit_day:
            add("task_due_after_conference", WARNING, f"tasks:{index}",
                f"Nhiệm vụ “{_clip(task.description)}” ({task.assignee}) có hạn {_d(task.due)}, "
                f"sau ngày tổ chức hội nghị {_d(limit_day)}.")
        elif limit_day is None and conference and task.due >= conference.due:
            add("task_due_after_conference", WARNING, f"tasks:{index}",
                f"Nhiệm vụ “{_clip(task.description)}” ({task.assignee}) có hạn {_d(task.due)}, "
                f"không trước thời hạn tổ chức hội nghị {_d(conference.due)} {source}.")
    return sort_findings(out)


def _clip(text, size=80):
    text = " ".join((text or "").split())
    return text if len(text) <= size else text[: size - 1] + "…"


def _check_timed_agenda(facts, rules, add):
    timed = [(i, item) for i, item in enumerate(facts.agenda, start=1) if item.start is not None]
    if not timed:
        return
    previous = None
    for index, item in timed:
        if item.end is not None and item.end <= item.start:
            add("agenda_time_invalid", ERROR, f"agenda:{index}",
                f"Mục {index} “{_clip(item.content)}”: giờ kết thúc {item.end:%H:%M} không sau giờ bắt đầu "
                f"{item.start:%H:%M}.")
        if previous is not None:
            prev_index, prev = previous
            prev_end = prev.end or prev.start
            if item.start < prev_end:
                add("agenda_overlap", ERROR, f"agenda:{index}",
                    f"Mục {index} “{_clip(item.content)}” bắt đầu lúc {item.start:%H:%M}, trước khi mục {prev_index} "
                    f"“{_clip(prev.content)}” kết thúc ({prev_end:%H:%M}).")
        previous = (index, item)
    first = timed[0][1].start
    last = max((item.end or item.start) for _, item in timed)
    if facts.start_time and first < facts.start_time:
        add("agenda_exceeds_session", WARNING, "agenda",
            f"Chương trình bắt đầu lúc {first:%H:%M}, trước giờ khai mạc hội nghị {facts.start_time:%H:%M}.")
    if facts.end_time and last > facts.end_time:
        add("agenda_exceeds_session", WARNING, "agenda",
            f"Chương trình kết thúc lúc {last:%H:%M}, sau giờ kết thúc hội nghị {facts.end_time:%H:%M}.")
    span = _minutes(last) - _minutes(first)
    allowed = rules.session_max_minutes * max(1.0, float(facts.sessions or 1))
    if span > allowed:
        add("agenda_exceeds_session", WARNING, "agenda",
            f"Chương trình kéo dài {span // 60} giờ {span % 60:02d} phút ({first:%H:%M}–{last:%H:%M}), "
            f"quá thời lượng {float(facts.sessions or 1):g} buổi (tối đa {int(allowed)} phút) {rules.source_phrase}.")


def codes(findings):
    return {f.code for f in findings}


def summary(findings):
    """Counts by severity: {"error": 1, "warning": 2, "info": 0}."""
    out = {ERROR: 0, WARNING: 0, INFO: 0}
    for f in findings:
        out[f.severity] = out.get(f.severity, 0) + 1
    return out


__all__ = ["check", "codes", "summary", "CODES", "name_follows_rule", "parse_weekday"]
