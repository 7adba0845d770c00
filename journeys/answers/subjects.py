"""Abstain precisely: when the question's subject (a journey, stage, year, company, person) is not in the
knowledge base, say what is missing and what the base holds instead, rather than answer a neighbouring
question. Read from the question's grammar and the base's own contents, never from lists of topics."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date

from rapidfuzz import fuzz
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from journeys.answers.format import more_text
from journeys.answers.understand import _CUES, _GENERIC_TOPIC, Understanding
from journeys.answers.vocabulary import Vocabulary, stems
from journeys.store.models import Comment, Kpi
from retrieval.tokens import STOPWORDS, stem

_FUTURE = re.compile(r"\b(next|coming|upcoming|following) (year|quarter|month|week|season)\b|\bforecast\w*\b|"
                     r"\bpredict\w*\b|\bprojected\b|\bwill (be|the)\b|\bgoing to be\b")
_PLACE_WORD = re.compile(r"\b((?:[\w'-]+\s+){0,3}?[\w'-]+)\s+(journey|stage|touchpoint)s?\b", re.I)
_SUBJECT = re.compile(r"(?:\b(?:of|for|at|from|by|about|with|on|does|do|did)\s+(?:the\s+|our\s+|their\s+|a\s+|an\s+)?"
                      r"([A-Za-z][\w&.-]*(?:\s+[A-Z][\w&.-]*)?)|\b([A-Za-z][\w&-]*)'s\b)")
_LEADING = {"the", "our", "a", "an", "this", "that", "which", "what", "each", "every", "all", "whole", "entire",
            "first", "last", "next", "same", "other", "their", "its", "my", "your", "any", "new", "current",
            "in", "of", "for", "at", "on", "by", "about", "to", "and", "or", "per", "from"}


_GENERIC = _GENERIC_TOPIC | {c for group in _CUES.values() for c in group} | {
    "custom", "overal", "end", "full", "whole", "entir", "complet", "main", "typic", "averag"}


def check_subject(u: Understanding, vocab: Vocabulary, session: Session,
                  known_terms: Callable[[list[str]], set[str]]) -> None:
    """Fill `u.missing` with a decline when the question's subject is not in the base."""
    for check in (_missing_place, _future_or_outside, _unknown_subject):
        message = check(u, vocab, session, known_terms)
        if message:
            u.missing = [message]
            return


def _names(vocab: Vocabulary, kind: str) -> list[str]:
    return list(dict.fromkeys(e.name for e in vocab.entities if e.kind == kind and e.id))


def _missing_place(u: Understanding, vocab: Vocabulary, session: Session, known_terms) -> str | None:  # type: ignore[no-untyped-def]
    """"the gift-card journey", "the onboarding stage": a named place the maps do not have."""
    for m in _PLACE_WORD.finditer(u.question):
        kind = m.group(2).lower()
        words: list[str] = []
        for w in reversed(re.findall(r"[\w'-]+", m.group(1).lower())):  # the name ends at the kind word
            if w in _LEADING or w in STOPWORDS or stem(w) in _GENERIC:
                break
            words.insert(0, w)
        if not words:
            continue
        names = _names(vocab, kind)
        if not names:
            continue
        # Meant as a name only if no place of that kind (nor any other place) carries those words.
        wanted = [stem(w) for w in words if w not in STOPWORDS]
        place = getattr(u, kind)
        if place is not None and set(wanted) & set(place.stems):
            continue
        if any(set(wanted) & set(e.stems) for e in vocab.entities) or _fuzzy_known(wanted, vocab):
            continue
        if set(wanted) & set(stems(" ".join(vocab.owners + vocab.segments))):
            continue
        if kind == "journey" or len(words) <= 3:
            shown = " ".join(re.findall(r"[\w'-]+", m.group(1))[-len(words):])
            holds = more_text(names, len(names), limit=10)
            return (f"There is no “{shown}” {kind} in the knowledge base; its {kind}s are {holds.rstrip('.')}."
                    f" Ask about one of those, or load that {kind}'s map with `journey ingest`.")
    return None


def _fuzzy_known(wanted: list[str], vocab: Vocabulary) -> bool:
    names = {s for e in vocab.entities for s in e.stems}
    return any(len(w) >= 5 and fuzz.ratio(w, n) >= 84 for w in wanted for n in names)


def _span(session: Session) -> tuple[date, date] | None:
    firsts = [session.scalar(select(func.min(Comment.date))), session.scalar(select(func.min(Kpi.date)))]
    lasts = [session.scalar(select(func.max(Comment.date))), session.scalar(select(func.max(Kpi.date)))]
    firsts = [d.date() if hasattr(d, "hour") else d for d in firsts if d is not None]
    lasts = [d.date() if hasattr(d, "hour") else d for d in lasts if d is not None]
    return (min(firsts), max(lasts)) if firsts and lasts else None


def _future_or_outside(u: Understanding, vocab: Vocabulary, session: Session, known_terms) -> str | None:  # type: ignore[no-untyped-def]
    """Next year's targets, a forecast, a year the data does not reach."""
    span = _span(session)
    if span is None:
        return None
    first, last = span
    held = f"its comments and KPI snapshots run from {first.isoformat()} to {last.isoformat()}"
    if _FUTURE.search(u.question.lower()):
        return (f"The knowledge base records what happened, not plans or forecasts: {held}. Ask about a period in "
                "that range, or the latest figures.")
    years = [int(y) for y in re.findall(r"\b(19\d\d|20\d\d)\b", u.question)]
    outside = [y for y in years if y < first.year or y > last.year]
    if outside:
        return f"The knowledge base holds nothing for {outside[0]}: {held}."
    if u.period is not None and (u.period.start > last or u.period.end < first):
        return f"The knowledge base holds nothing for {u.period.label}: {held}."
    return None


def _unknown_subject(u: Understanding, vocab: Vocabulary, session: Session, known_terms) -> str | None:  # type: ignore[no-untyped-def]
    """A company, product or person named as the subject ("Acme's NPS", "NPS for our competitors") that occurs
    nowhere in the base: the figures the base holds are about something else."""
    figure = bool(u.metrics or u.score_type)
    named = {s for e in (u.journey, u.stage, u.touchpoint) if e for s in e.stems}
    candidates: list[str] = []
    for m in _SUBJECT.finditer(u.question):
        phrase = m.group(1) or m.group(2)
        # A figure is about the words after "of/for/at"; anything else only about a proper name.
        if not (figure or m.group(2) or m.start(1) > 0 and phrase[:1].isupper()):
            continue
        for word in phrase.split():
            word = word.strip(".'")
            lowered = word.lower()
            if lowered in STOPWORDS or lowered in _LEADING or len(lowered) < 3 or lowered.isdigit():
                continue
            s = stem(lowered)
            if s in named or s in u.metrics or any(s in m_.split("_") for m_ in u.metrics):
                continue
            candidates.append(word)
    if not candidates:
        return None
    stems_ = {stem(w.lower()): w for w in candidates}
    known = known_terms(list(stems_))
    all_names = {s for e in vocab.entities for s in e.stems} | set(stems(" ".join(vocab.owners + vocab.segments)))
    unknown = [w for s, w in stems_.items() if s not in known and s not in all_names
               and not _fuzzy_known([s], vocab)]
    if not unknown:
        return None
    word = unknown[0]
    journeys = _names(vocab, "journey")
    holds = f"its journeys are {more_text(journeys, len(journeys), 10).rstrip('.')}" if journeys else (
        "it holds only survey comments and KPIs")
    instead = ", so I will not answer with figures about something else" if figure else ""
    return (f"The knowledge base does not cover “{word}”: no journey, comment or KPI mentions it{instead}. "
            f"It is about your own customers; {holds}.")
