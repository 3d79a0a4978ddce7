"""The campaign's rules as plain, immutable Python values.

Checkers (plans, delegates, ingest) take a ``CampaignRules`` rather than the model, so
they run without a database and the same rules serve the UI, the API and the commands.
``rules_for(campaign)`` builds them from a campaign; the values are the campaign's data,
and a rule a caller leaves out takes the ``Campaign`` model's own default (there is no
second copy of 150 delegates, 70 % or the name patterns here).
"""
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

from thidua.campaigns.models import Campaign


@dataclass(frozen=True)
class DeadlineRule:
    key: str
    label: str
    due: date
    strictly_before: bool = True
    recipient: str = ""

    def is_met_by(self, day):
        if day is None:
            return False
        return day < self.due if self.strictly_before else day <= self.due

    @property
    def phrase(self):
        """How the plan words it: "trước ngày 25/8/2025"."""
        word = "trước ngày" if self.strictly_before else "chậm nhất ngày"
        return f"{word} {self.due.day}/{self.due.month}/{self.due.year}"


@dataclass(frozen=True)
class AgendaRule:
    key: str
    order: int
    title: str
    required: bool = True
    keywords: tuple = ()


def campaign_default(name):
    """The ``Campaign`` model's default for the field ``name`` (a float for a decimal)."""
    value = Campaign._meta.get_field(name).get_default()
    return float(value) if isinstance(value, Decimal) else value


def _from_campaign(name):
    return field(default_factory=lambda: campaign_default(name))


@dataclass(frozen=True)
class CampaignRules:
    code: str
    title: str
    issuer_name: str = ""
    decision_number: str = ""
    decision_date: date | None = None
    evaluation_start_year: int = _from_campaign("evaluation_start_year")
    evaluation_end_year: int = _from_campaign("evaluation_end_year")
    direction_start_year: int = _from_campaign("direction_start_year")
    direction_end_year: int = _from_campaign("direction_end_year")
    conference_form: str = _from_campaign("conference_form")
    max_sessions: int = _from_campaign("max_sessions")
    session_max_minutes: int = _from_campaign("session_max_minutes")
    delegate_limit: int = _from_campaign("delegate_limit")
    exemplar_share: float = _from_campaign("exemplar_share")
    exemplar_share_tolerance: float = _from_campaign("exemplar_share_tolerance")
    name_pattern_merged: str = _from_campaign("name_pattern_merged")
    name_pattern_unmerged: str = _from_campaign("name_pattern_unmerged")
    deadlines: dict = field(default_factory=dict)  # key -> DeadlineRule
    agenda: tuple = ()  # AgendaRule, in order
    report_outline: tuple = ()

    @property
    def source_phrase(self):
        """How findings cite the rule's source: "theo Kế hoạch của UBND thành phố"."""
        return f"theo Kế hoạch của {self.issuer_name}" if self.issuer_name else "theo Kế hoạch cấp trên"

    def deadline(self, key):
        return self.deadlines.get(key)

    def standard_conference_name(self, unit_name, merged=True, ordinal="I"):
        pattern = self.name_pattern_merged if merged else self.name_pattern_unmerged
        return pattern.format(
            unit=unit_name, ordinal=ordinal, start=self.direction_start_year, end=self.direction_end_year
        )

    def agenda_keys(self):
        return [a.key for a in self.agenda]


def short_issuer_name(unit):
    """"UBND thành phố" for the city, else the unit's own name."""
    if unit is None:
        return ""
    if unit.kind == "city":
        return "UBND thành phố"
    return str(unit)


def rules_for(campaign):
    """Build the immutable rules of ``campaign`` (deadlines and agenda prefetched or not; an
    unsaved campaign has none). Build them once per request and pass them down."""
    stored = campaign.pk is not None
    return CampaignRules(
        code=campaign.code,
        title=campaign.title,
        issuer_name=short_issuer_name(campaign.issuer if campaign.issuer_id else None),
        decision_number=campaign.decision_number,
        decision_date=campaign.decision_date,
        evaluation_start_year=campaign.evaluation_start_year,
        evaluation_end_year=campaign.evaluation_end_year,
        direction_start_year=campaign.direction_start_year,
        direction_end_year=campaign.direction_end_year,
        conference_form=campaign.conference_form,
        max_sessions=campaign.max_sessions,
        session_max_minutes=campaign.session_max_minutes,
        delegate_limit=campaign.delegate_limit,
        exemplar_share=float(campaign.exemplar_share),
        exemplar_share_tolerance=float(campaign.exemplar_share_tolerance),
        name_pattern_merged=campaign.name_pattern_merged,
        name_pattern_unmerged=campaign.name_pattern_unmerged,
        deadlines={
            d.key: DeadlineRule(d.key, d.label, d.due_date, d.strictly_before, d.recipient)
            for d in (campaign.deadlines.all() if stored else ())
        },
        agenda=tuple(
            AgendaRule(a.key, a.order, a.title, a.required, tuple(a.keywords or ()))
            for a in sorted(campaign.agenda_rules.all() if stored else (), key=lambda a: a.order)
        ),
        report_outline=tuple(campaign.report_outline or ()),
    )
