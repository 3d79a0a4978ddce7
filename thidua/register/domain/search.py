"""Search of the register in one box: people, collectives and decision numbers.

The query text is folded (no diacritics, lower case) and split into words:

- a 4-digit number between 1900 and 2100 is a year: the birth year or the achievement year;
- a 9- or 12-digit number is an identity number (matched only when the caller may see them);
- any other word with a digit ("12/QĐ-UBND", "45") is (part of) a decision number;
- the rest are words of a name, in any order, each a whole word, the start of one, or the
  word with one typo ("thnag" for "thang").

On PostgreSQL the candidates come from pg_trgm on ``name_folded`` (the GIN trigram index of
migration 0001, which creates the extension): every word ``%>`` the name, ranked by the sum
of ``word_similarity``; when that finds nothing (a typo trigrams do not forgive) any word
may match and the ranking keeps the best. On SQLite each word is a folded ``LIKE``, and when
that finds too little the distinct names of the scope are compared in Python (difflib and an
edit distance). Either way the candidates are scored here the same way: best first.
"""
import difflib
import re
from dataclasses import dataclass, field

from django.db import connection
from django.db.models import Q

from thidua.common.text import fold
from thidua.register.domain import scope
from thidua.register.models import AwardRecord, RecordStatus

YEAR_RE = re.compile(r"^(19|20)\d\d$")
IDENTITY_RE = re.compile(r"^(\d{9}|\d{12})$")
# A name word matched with any one typo must be this long (a 3-letter word: two letters swapped).
TYPO_MIN_LENGTH = 4
# Distinct names compared in Python on SQLite when LIKE finds too little.
PYTHON_SCAN_LIMIT = 50000
PG_CANDIDATES = 500


@dataclass
class Query:
    text: str
    words: list = field(default_factory=list)
    years: list = field(default_factory=list)
    decisions: list = field(default_factory=list)
    identities: list = field(default_factory=list)

    @property
    def empty(self):
        return not (self.words or self.years or self.decisions or self.identities)


@dataclass
class Hit:
    record: AwardRecord
    score: float


def parse(text, identities=True):
    query = Query(text=text or "")
    for token in re.split(r"[\s,;]+", fold(text or "")):
        token = token.strip(".()\"'")
        if not token:
            continue
        if YEAR_RE.match(token):
            query.years.append(int(token))
        elif identities and IDENTITY_RE.match(token):
            query.identities.append(token)
        elif any(ch.isdigit() for ch in token):
            query.decisions.append(token)
        else:
            query.words.extend(w for w in re.split(r"[^a-z]+", token) if w)
    return query


def osa_distance(a, b):
    """Edit distance counting a swap of two neighbouring letters as one edit."""
    if abs(len(a) - len(b)) > 2:
        return 3
    prev2, prev = None, list(range(len(b) + 1))
    for i in range(1, len(a) + 1):
        cur = [i] + [0] * len(b)
        for j in range(1, len(b) + 1):
            cost = a[i - 1] != b[j - 1]
            cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost)
            if i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                cur[j] = min(cur[j], prev2[j - 2] + 1)
        prev2, prev = prev, cur
    return prev[-1]


def _one_typo(word, name_word):
    """One edit away; a 3-letter word only by two letters swapped ("hao" for "hoa")."""
    if len(word) >= TYPO_MIN_LENGTH:
        return osa_distance(word, name_word) <= 1
    return len(word) == 3 and sorted(word) == sorted(name_word) and osa_distance(word, name_word) == 1


def word_score(word, name_words):
    """How well one query word matches a name (its folded words): 1 a whole word, 0.9 the
    start of one, 0.75 inside one, up to 0.7 with one typo; 0 no match."""
    best = 0.0
    for nw in name_words:
        if nw == word:
            return 1.0
        if nw.startswith(word):
            best = max(best, 0.9)
        elif len(word) >= 3 and word in nw:
            best = max(best, 0.75)
        elif _one_typo(word, nw):
            best = max(best, 0.7 * difflib.SequenceMatcher(None, word, nw).ratio() + 0.1)
    return best


def name_score(words, name_folded):
    """0 unless every query word matches; then the mean word score, a little more when the
    query covers the whole name and when the words come in the name's order."""
    if not words:
        return 0.0
    name_words = name_folded.split()
    scores = [word_score(w, name_words) for w in words]
    if min(scores) == 0:
        return 0.0
    score = sum(scores) / len(scores)
    score += 0.2 * min(1.0, len(words) / max(len(name_words), 1))
    positions = [next((i for i, nw in enumerate(name_words) if nw.startswith(w)), -1) for w in words]
    if -1 not in positions and positions == sorted(positions):
        score += 0.05
    return score


def _decision_matches(tokens, number):
    folded = fold(number)
    return all(t in folded for t in tokens)


def _filtered(queryset, query, *, unit, user, year, form, level, include_revoked):
    qs = AwardRecord.objects.all() if queryset is None else queryset
    if user is not None:
        qs = scope.visible_records(user, qs)
    if unit is not None:
        qs = scope.of_unit(unit, qs)
    if not include_revoked:
        qs = qs.filter(status=RecordStatus.VALID)
    if year:
        qs = qs.filter(year=year)
    if form:
        qs = qs.filter(form__code=form) if isinstance(form, str) else qs.filter(form=form)
    if level:
        qs = qs.filter(form__level=level)
    for y in query.years:
        qs = qs.filter(Q(birth_year=y) | Q(year=y))
    for number in query.identities:
        qs = qs.filter(identity_number=number)
    for token in query.decisions:
        digits = re.match(r"\d+", token)
        qs = qs.filter(decision_number__icontains=digits.group(0) if digits else token)
    return qs


def _pg_candidates(qs, words):
    from django.contrib.postgres.search import TrigramWordSimilarity

    similarity = sum((TrigramWordSimilarity(w, "name_folded") for w in words[1:]),
                     TrigramWordSimilarity(words[0], "name_folded"))
    ranked = qs.annotate(similarity=similarity).order_by("-similarity", "-year", "id")
    every = Q()
    for w in words:
        every &= Q(name_folded__icontains=w) | Q(name_folded__trigram_word_similar=w)
    found = list(ranked.filter(every)[:PG_CANDIDATES])
    if found:
        return found
    anyword = Q(pk__in=[])
    for w in words:
        anyword |= Q(name_folded__trigram_word_similar=w)
    return list(ranked.filter(anyword)[:PG_CANDIDATES])


def _sqlite_candidates(qs, words, limit):
    every = qs
    for w in words:
        every = every.filter(name_folded__contains=w)
    found = list(every[: max(limit * 5, PG_CANDIDATES)])
    if len(found) >= limit:
        return found
    names = set(qs.order_by().values_list("name_folded", flat=True).distinct()[:PYTHON_SCAN_LIMIT])
    close = [n for n in names if name_score(words, n) > 0]
    seen = {r.pk for r in found}
    more = qs.filter(name_folded__in=close[:2000]).exclude(pk__in=seen) if close else qs.none()
    return found + list(more[: max(limit * 5, PG_CANDIDATES)])


def search(text, *, unit=None, user=None, year=None, form=None, level=None, limit=50,
           include_revoked=False, identities=True, queryset=None):
    """The records matching ``text`` within the filters, best first, as ``Hit``s.

    ``user``: only what they see (``scope.visible_records``); ``unit``: that unit's records
    with its sub-units' and predecessor units'; ``form`` a catalogue code or form; ``level``
    a ``Level``; ``identities``: whether a 9/12-digit number may match an identity number
    (only for callers who may see them)."""
    query = parse(text, identities=identities)
    if query.empty:
        return []
    qs = _filtered(queryset, query, unit=unit, user=user, year=year, form=form, level=level,
                   include_revoked=include_revoked).select_related("form", "unit", "predecessor", "person")
    if query.words:
        if connection.vendor == "postgresql":
            candidates = _pg_candidates(qs, query.words)
        else:
            candidates = _sqlite_candidates(qs, query.words, limit)
    else:
        candidates = list(qs.order_by("-year", "name_folded", "id")[: max(limit * 5, PG_CANDIDATES)])
    hits = []
    for record in candidates:
        if query.decisions and not _decision_matches(query.decisions, record.decision_number):
            continue
        score = name_score(query.words, record.name_folded) if query.words else 1.0
        if query.words and score == 0:
            continue
        score += 0.2 * sum(1 for y in query.years if record.birth_year == y)
        score += 0.1 * sum(1 for y in query.years if record.year == y)
        hits.append(Hit(record, round(score, 4)))
    hits.sort(key=lambda h: (-h.score, -h.record.year, h.record.name_folded, h.record.pk))
    return hits[:limit]


def as_dict(hit, with_identity=False):
    r = hit.record
    data = {
        "person": r.name, "kind": r.recipient_kind, "birth_year": r.birth_year, "title": r.form.name,
        "form": r.form.code, "year": r.year, "decision": r.decision_number,
        "decision_date": r.decision_date.isoformat() if r.decision_date else None,
        "authority": r.decision_authority, "unit": r.unit.display_name,
        "unit_code": r.unit.code, "predecessor": r.predecessor.name if r.predecessor_id else None,
        "status": r.status, "record": r.pk, "person_id": r.person_id, "score": hit.score,
    }
    if with_identity:
        data["identity_number"] = r.identity_number
    return data
