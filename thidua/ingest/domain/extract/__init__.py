"""Rules that read a received plan's text into ``PlanFacts``.

Plain rules, no model downloaded at run time. They work on the folded text (no diacritics,
lower case) and slice the original for what is shown, so the same rules read a Word file,
a PDF and an OCR'd scan whose diacritics are gone ("Hoi nghi dién hinh tién tién").

One module per part of a plan: ``lines`` (the text as lines), ``header`` (number, date,
issuing unit), ``banner`` (the conference's name), ``schedule`` (when and where),
``delegates``, ``agenda`` (the programme), ``awards``, ``deadlines``, ``tasks`` ("Tổ chức
thực hiện"), ``signer``; ``lexicon`` holds the words they look for. ``extract`` is the one
entry point.
"""
from dataclasses import dataclass, field

from thidua.common.plan_text import periods_attached_to_conference
from thidua.ingest.domain.extract import agenda, awards, banner, deadlines, delegates, header, schedule, signer, tasks
from thidua.ingest.domain.extract.lexicon import PLAN_MARKERS
from thidua.ingest.domain.extract.lines import joined, split_lines
from thidua.ingest.domain.text import find_phrase, fold_keep, tokens
from thidua.plans.domain.facts import PlanFacts

__all__ = ["Extraction", "extract"]


@dataclass
class Extraction:
    """The facts plus what the reader could not decide (for the Board's table)."""

    facts: PlanFacts
    notes: list = field(default_factory=list)
    looks_like_plan: bool = True


def extract(text, rules=None, known_units=None, default_year=None):
    """Read ``text`` (a plan as text) into an ``Extraction``.

    ``rules`` (CampaignRules) gives the agenda keywords; ``known_units`` (dicts with
    display_name, name, kind, code, pk) lets the issuer be matched to a unit.
    """
    lines = split_lines(text)
    all_text, all_folded = joined(lines)
    year = default_year or (rules.direction_start_year if rules else None)
    facts = PlanFacts()
    notes = []
    looks = sum(1 for m in PLAN_MARKERS if find_phrase(tokens(all_folded[:6000]), m) >= 0) >= 2
    if not looks:
        return Extraction(facts=facts, notes=["Văn bản không có dấu hiệu của một kế hoạch tổ chức hội nghị."], looks_like_plan=False)

    facts.number, number_index = header.find_number(lines)
    facts.issued_on = header.find_issue_date(lines, number_index)
    if facts.issued_on:
        year = year or facts.issued_on.year
    unit_name, kind, unit = header.find_unit(lines, all_text, all_folded, known_units)
    facts.unit_name, facts.unit_kind = unit_name, kind
    if unit is not None:
        facts.merged = unit.get("merged", True)
    banner_name, banner_text = banner.find_banner(lines, [unit_name.split(" ", 1)[-1]] if unit_name else [])
    facts.banner_text = banner_text
    facts.conference_name = banner_name or banner.conference_name_from_title(all_text, all_folded)
    facts.conference_form = "Hội nghị tuyên dương điển hình tiên tiến" if "tuyen duong" in fold_keep(facts.conference_name) else (
        "Hội nghị điển hình tiên tiến" if facts.conference_name else ""
    )
    when = schedule.find_schedule(lines, year)
    facts.conference_date, facts.date_text, facts.weekday_text, facts.start_time, facts.sessions, facts.end_time = when
    facts.venue = schedule.find_venue(lines)
    facts.delegates_total, groups, facts.exemplar_share = delegates.find_delegates(all_folded)
    facts.delegates_exemplars, facts.delegates_guests, facts.delegates_leaders = (
        groups["exemplars"], groups["guests"], groups["leaders"]
    )
    facts.agenda = agenda.find_agenda(lines, rules)
    timed = [a for a in facts.agenda if a.start]
    if timed:
        facts.start_time = facts.start_time or timed[0].start
        facts.end_time = facts.end_time or timed[-1].end
    facts.presentations_count, facts.presentations_max = agenda.count_presentations(facts.agenda, all_folded)
    facts.award_categories = awards.find_award_categories(lines)
    facts.nomination_deadline, facts.report_deadline = deadlines.find_deadlines(lines, year)
    facts.tasks = tasks.find_tasks(lines, year)
    facts.signer_mode, facts.signer_title, facts.signer_name = signer.find_signer(lines)
    facts.period_texts = periods_attached_to_conference([all_folded])
    if not facts.agenda:
        notes.append("Không tìm thấy chương trình hội nghị trong văn bản.")
    if not facts.unit_name:
        notes.append("Không xác định được đơn vị ban hành.")
    return Extraction(facts=facts, notes=notes, looks_like_plan=True)
