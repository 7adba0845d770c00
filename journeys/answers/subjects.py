"""Abstain precisely: when the question's subject (a journey, stage, year, company, person) is not in the
knowledge base, say what is missing and what the base holds instead, rather than answer a neighbouring
question. Read from the question's grammar and the base's own contents; the one list (outside_cx.OUTSIDE_CX) names
business areas no customer-journey base covers unless its own maps or KPIs use the words."""

from __future__ import annotations

import re
from datetime import date
from typing import Protocol

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from journeys.answers.compose_general import store_holdings
from journeys.answers.cues import GENERIC_TOPIC, PEOPLE_TOPIC
from journeys.answers.format import more_text
from journeys.answers.outside_cx import money, others_figure, outside_cx, team_size
from journeys.answers.periods import asks_latest, is_time_word
from journeys.answers.short_forms import english_words
from journeys.answers.spelling import clips, typed_in
from journeys.answers.subject_words import CUE_STEMS, FILLERS, GENERIC, LEADING
from journeys.answers.understand import Understanding
from journeys.answers.unknown_metric import unknown_metric
from journeys.answers.unknown_topic import unknown_topic
from journeys.answers.vocabulary import Vocabulary, content_stems, stems
from journeys.store.db import store_cached
from journeys.store.models import Comment, Kpi
from retrieval.tokens import STOPWORDS, stem


class Keywords(Protocol):
    """What the check reads from the keyword index (retrieval.keyword_index.KeywordIndex)."""

    def known_terms(self, terms: list[str], kinds: tuple[str, ...] | None = None) -> set[str]: ...

    def containing_all(self, terms: list[str], kinds: tuple[str, ...] | None = None, limit: int = 100_000
                       ) -> list[str]: ...


_FUTURE = re.compile(r"\b(next|coming|upcoming|following) (year|quarter|month|week|season)\b|\bforecast\w*\b|"
                     r"\bpredict\w*\b|\bprojected\b|\bwill (be|the)\b|\bgoing to be\b")
# "waiting to hear when their specs will be ready": a future inside a clause that says what happens, not asked
_FUTURE_IN_CLAUSE = re.compile(r"\b(?:when|whether|if|until|once|that)\s+(?:[\w'-]+\s+){1,4}$")


def _asks_future(lowered: str) -> bool:
    return any(not (m.group(0).startswith("will") and _FUTURE_IN_CLAUSE.search(lowered[:m.start()]))
               for m in _FUTURE.finditer(lowered))


_PLACE_WORD = re.compile(r"\b((?:[\w'-]+\s+){0,3}?[\w'-]+)\s+(journey|stage|touchpoint)s?\b", re.I)
_SUBJECT = re.compile(r"(?:\b(of|for|at|from|by|about|with|on|does|do|did|vs\.?|versus|than|against)\s+"
                      r"(?:the\s+|our\s+|their\s+|a\s+|an\s+)?"
                      r"([A-Za-z][\w&.-]*(?:\s+[A-Z][\w&.-]*)?)|\b((?:[A-Z][\w&-]*\s+)*[A-Za-z][\w&-]*)'s\b)")
_NUMBER_WORDS = {"one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "both", "all"}
_JOURNEY_FOR = re.compile(r"\bjourneys?(?: maps?)? (?:for|of|about) (?:the |a |an |our )?((?:[\w'-]+\s*){1,4})", re.I)


_MAP_KINDS = ("journey", "stage", "touchpoint", "kpi")


def check_subject(u: Understanding, vocab: Vocabulary, session: Session, keywords: Keywords) -> None:
    """Fill `u.missing` with a decline when the question's subject is not in the base."""
    _drop_predicate_words(u, keywords)
    for check in (_missing_place, _journey_for, outside_cx, money, _future_or_outside, team_size, others_figure,
                  unknown_metric,
                  _unknown_subject, _unknown_segment, unknown_topic):
        message = check(u, vocab, session, keywords)
        if message:
            u.missing = [message]
            return


def _drop_predicate_words(u: Understanding, keywords: Keywords) -> None:
    """"any new complaints popping up": a participle right after the question's cue noun is its verb, not its
    subject. When the base never uses it, it leaves the topic, so that it neither makes the question look off
    topic nor steers the search."""
    if not u.topic:
        return
    words = re.findall(r"[\w'-]+", u.question.lower())
    verbs = {stem(w) for before, w in zip(words, words[1:], strict=False)
             if w.endswith("ing") and stem(before) in CUE_STEMS}
    verbs -= keywords.known_terms(sorted(verbs)) if verbs else set()
    if verbs:
        u.topic = tuple(s for s in u.topic if s not in verbs)
        u.keyword_text = " ".join(w for w in u.keyword_text.split() if stem(w.lower()) not in verbs)


def _names(vocab: Vocabulary, kind: str) -> list[str]:
    return list(dict.fromkeys(e.name for e in vocab.entities if e.kind == kind and e.id))


def _missing_place(u: Understanding, vocab: Vocabulary, session: Session, keywords: Keywords) -> str | None:
    """"the gift-card journey", "the onboarding stage": a named place the maps do not have."""
    for m in _PLACE_WORD.finditer(re.sub(r"[()\[\]]", " ", u.question)):  # "office relocation (commercial) journey"
        kind = m.group(2).lower()
        own = {s_ for e in vocab.entities if e.kind == kind for s_ in e.stems}  # "giving" of Regular monthly giving
        words: list[str] = []
        for w in reversed(re.findall(r"[\w'-]+", m.group(1).lower())):  # the name ends at the kind word
            if w in LEADING or w.isdigit() or w in _NUMBER_WORDS or any(
                    stem(part) in GENERIC and stem(part) not in own for part in w.split("-")):
                break  # "top complained-about touchpoint"
            if w not in STOPWORDS:
                words.insert(0, w)
        if not words:
            continue
        names = _names(vocab, kind)
        if not names:
            continue
        # Meant as a name only if no place of that kind (nor any other place) carries those words.
        wanted = stems(" ".join(words))  # "sign-up": sign, up
        found = {"journey": u.journey, "stage": u.stage, "touchpoint": u.touchpoint}.get(kind)
        if found is not None and all(w in found.stems or clips(w, found.stems) for w in wanted):
            continue  # the place understood, its words maybe cut short ("the corp licence renewal stage")
        known = ({s_ for e in vocab.entities for s_ in e.stems}
                 | set(stems(" ".join(vocab.owners + vocab.segments + vocab.channels)))  # "the phone touchpoints"
                 | {stem(w) for slug in vocab.metrics for w in slug.split("_")})  # "pickup" of express_pickup_share
        unexplained = [w for w in wanted if w not in known and not _fuzzy_known([w], vocab)]
        # Words all known, but from several places ("the mobile app onboarding journey": a touchpoint's words
        # and a stage's): no one place has that name, so it is a journey the base lacks.
        one_place = any(set(wanted) <= set(e.stems) for e in vocab.entities) or set(wanted) <= set(
            stems(" ".join(vocab.owners + vocab.segments)))
        if not unexplained and (kind != "journey" or len(wanted) < 2 or one_place):
            continue  # a name of that kind, or of a place of another kind ("the onboarding journey")
        if kind == "journey" or len(words) <= 3:
            shown = " ".join(re.findall(r"[\w'-]+", m.group(1))[-len(words):])
            holds = more_text(names, len(names), limit=10)
            return (f"There is no “{shown}” {kind} in the knowledge base; its {kind}s are {holds.rstrip('.')}."
                    f" Ask about one of those, or load that {kind}'s map with `journey ingest`.")
    return None


def _journey_for(u: Understanding, vocab: Vocabulary, session: Session, keywords: Keywords) -> str | None:
    """"the customer journey for bulky waste collection": the journey named after "journey for"."""
    m = _JOURNEY_FOR.search(u.question)
    journeys = _names(vocab, "journey")
    if m is None or not journeys:
        return None
    words = [w for w in re.findall(r"[\w'-]+", m.group(1).lower()) if w not in STOPWORDS and w not in LEADING]
    known = {s_ for e in vocab.entities for s_ in e.stems}
    unexplained = [w for w in words if stem(w) not in known and not _fuzzy_known([stem(w)], vocab)
                   and stem(w) not in GENERIC]
    if not unexplained:
        return None
    shown = " ".join(words)
    return (f"There is no journey for “{shown}” in the knowledge base; its journeys are "
            f"{more_text(journeys, len(journeys), 10).rstrip('.')}.")


def _fuzzy_known(wanted: list[str], vocab: Vocabulary) -> bool:
    names = {s for e in vocab.entities for s in e.stems}
    return any(typed_in(n, wanted) for n in names if n not in wanted)


def _span(session: Session) -> tuple[date, date] | None:
    return store_cached(session, "dated span", lambda: _read_span(session))


def _read_span(session: Session) -> tuple[date, date] | None:
    firsts = [session.scalar(select(func.min(Comment.date))), session.scalar(select(func.min(Kpi.date)))]
    lasts = [session.scalar(select(func.max(Comment.date))), session.scalar(select(func.max(Kpi.date)))]
    firsts = [d.date() if hasattr(d, "hour") else d for d in firsts if d is not None]
    lasts = [d.date() if hasattr(d, "hour") else d for d in lasts if d is not None]
    return (min(firsts), max(lasts)) if firsts and lasts else None


def _future_or_outside(u: Understanding, vocab: Vocabulary, session: Session, keywords: Keywords) -> str | None:
    """Next year's targets, a forecast, a year the data does not reach."""
    span = _span(session)
    if span is None:
        return None
    first, last = span
    dated = store_cached(session, "dated kinds", lambda: " and ".join(
        kind for kind, model in (("comments", Comment), ("KPI snapshots", Kpi))
        if session.scalar(select(func.count()).select_from(model))))
    held = f"its {dated} run from {first.isoformat()} to {last.isoformat()}"
    years = [int(y) for y in re.findall(r"\b(19\d\d|20\d\d)\b", u.question)]
    future = _asks_future(u.question.lower())
    ahead = future or (
        not years and u.period is not None and u.period.end < first)  # "ideas for q1": the coming Q1
    if ahead and {"priority", "opportunities"} & u.intents and not (u.metrics or u.score_type):
        u.period = None  # what to do in a coming period is answered from what the base holds now
        return None
    if future:
        return (f"The knowledge base records what happened, not plans or forecasts: {held}. Ask about a period in "
                "that range, or the latest figures.")
    outside = [y for y in years if y < first.year or y > last.year]
    if outside:
        return f"The knowledge base holds nothing for {outside[0]}: {held}."
    if u.period is not None and (u.period.start > last or u.period.end < first):
        return f"The knowledge base holds nothing for {u.period.label}: {held}."
    return None


def _unknown_subject(u: Understanding, vocab: Vocabulary, session: Session, keywords: Keywords) -> str | None:
    """A company, product or person named as the subject ("Acme's NPS", "NPS for our competitors") that occurs
    nowhere in the base: the figures the base holds are about something else."""
    if u.segments:
        return None  # "first timers vs repeat buyers": the subjects are the base's own segments
    figure = bool(u.metrics or u.score_type)
    named = {s for e in (u.journey, u.stage, u.touchpoint) if e for s in e.stems}
    candidates: list[str] = []
    for m in _SUBJECT.finditer(u.question):
        phrase = m.group(2) or m.group(3)
        # A figure is about the words after "of/for/at"; anything else only about a proper name.
        proper = bool(m.group(3)) or (m.group(2) is not None and phrase[:1].isupper()) or (
            u.question[m.end():m.end() + 2] in ("'s", "’s"))
        if not (proper or figure and m.group(1).rstrip(".") in ("of", "for", "at", "vs", "versus", "than", "against")):
            continue
        for word in re.split(r"[\s-]+", phrase):  # "in-clinic": its words, as the index reads them
            word = word.strip(".'")
            lowered = word.lower()
            if lowered in STOPWORDS or lowered in LEADING or len(lowered) < 3 or lowered.isdigit():
                continue
            s = stem(lowered)
            if s in GENERIC or _SCORE_GROUP.fullmatch(lowered) or asks_latest(lowered) or is_time_word(lowered):
                continue
            if s in named or clips(s, named) or s in u.metrics or any(s in m_.split("_") for m_ in u.metrics):
                continue
            candidates.append(word)
    owner = _figure_owner(u, named) if figure else []
    candidates += owner  # "what nps does cancer research uk get": whose figure, after its verb "does"
    lead = _leading_name(u, named, vocab)
    parts = {w: [stem(p) for p in re.split(r"[-/]+", w.lower()) if p and p not in STOPWORDS] or [stem(w.lower())]
             for w in lead}  # "in-clinic": known when its words are, as the index reads them
    lead_known = _known(session, keywords, [p for ps in parts.values() for p in ps]) if lead else set()
    lead = [w for w in lead if not set(parts[w]) <= lead_known]
    candidates += lead  # "aviva avg claim settlement time": a name before the figure, unknown anywhere
    if not candidates:
        return None
    stems_ = {stem(w.lower()): w for w in candidates}
    # A figure is always about our own customers: its subject must be in the maps or KPIs, not just in what a
    # customer wrote ("Asana's conversion rate" when a comment mentions Asana).
    known = _known(session, keywords, list(stems_), _MAP_KINDS if figure else None)
    all_names = {s for e in vocab.entities for s in e.stems} | set(stems(" ".join(vocab.owners + vocab.segments)))
    unknown = [w for s, w in stems_.items() if s not in known and s not in all_names
               and not _fuzzy_known([s], vocab)]
    if not unknown:
        return None
    # the whole name when it is the run of unknown words before the figure ("marriott bonvoy")
    word = (" ".join(lead) if lead and unknown[0] in lead else
            " ".join(owner) if unknown[0] in owner else unknown[0])
    instead = ", so I will not answer with figures about something else" if figure else ""
    journeys = _names(vocab, "journey")
    held = store_holdings(session)
    holds = f"It holds {held}" + (f"; its journeys are {more_text(journeys, len(journeys), 10).rstrip('.')}"
                                  if journeys else "")
    return f"The knowledge base does not cover “{word}”: nothing in it mentions it{instead}. {holds}."


# "what nps does <someone> get": the figure's owner, between "does" and its verb
_FIGURE_OWNER = re.compile(r"\b(?:does|do|did)\s+(?:the\s+)?((?:[\w&.'-]+\s+){1,4}?)"
                           r"(?:get|gets|got|have|has|had|score|scores|scored|achieve|achieves|hit|hits|sit|sits)\b")


def _figure_owner(u: Understanding, named: set[str]) -> list[str]:
    """The words naming whose figure is asked for ("cancer research uk" in "what nps does cancer research uk
    get"), unless they are the base's own names, a metric, or words like "we" and "customers"."""
    m = _FIGURE_OWNER.search(u.question.lower())
    if m is None:
        return []
    words = m.group(1).split()
    if any(w in STOPWORDS or stem(w) in GENERIC or stem(w) in named or stem(w) in PEOPLE_TOPIC
           or any(stem(w) in metric.split("_") for metric in u.metrics) for w in words):
        return []  # "what nps do we get", "does our checkout get", "do customers give"
    return words


def _known(session: Session, keywords: Keywords, terms: list[str], kinds: tuple[str, ...] | None = None) -> set[str]:
    """The terms the index holds (in documents of these kinds), kept while the store generation stands."""
    return store_cached(session, ("known terms", tuple(terms), kinds), lambda: keywords.known_terms(terms, kinds))


# The groups a survey score puts people in: words of the scores, never a subject the base must mention.
_SCORE_GROUP = re.compile(r"(detractors?|promoters?|passives?)")
# Who a comment question is about: the words after its auxiliary ("what do <group> complain about") or after
# "from/among" ("complaints from <group>"), up to the verb.
_GROUP = re.compile(r"\b(?:do|does|did|are|r|were|from|among)\s+", re.I)
# A figure's group follows a preposition ("nps from b2b accounts", "csat for public sector accounts").
_FIGURE_GROUP = re.compile(r"\b(?:from|among|for)\s+", re.I)
_COMMENT_INTENTS = {"complaints", "comments", "pain", "praise"}


def _unknown_segment(u: Understanding, vocab: Vocabulary, session: Session, keywords: Keywords) -> str | None:
    """"what do diamond tier members complain about" where no comment carries a diamond segment and nothing
    in the base mentions the word: a customer group the base does not have, said with the segments it has.
    Read from grammar: the group is the noun phrase before the verb (or, for a figure, after its preposition:
    "nps from b2b accounts"), and the unknown word one of its modifiers, not its head ("what do guests love"
    names no segment)."""
    figure = bool(u.metrics or u.score_type)
    if u.segment or u.segments or not vocab.segments or not (figure or _COMMENT_INTENTS & u.intents):
        return None
    named = {s_ for e in vocab.entities for s_ in e.stems} | set(stems(" ".join(vocab.owners + vocab.segments)))
    for m in (_FIGURE_GROUP if figure else _GROUP).finditer(u.question):
        group: list[str] = []
        for word in re.findall(r"[\w'+-]+", u.question[m.end():])[:6]:
            lowered = word.lower()
            s = stem(lowered)
            if lowered in STOPWORDS and not group:
                continue  # "from over 65s members": the group starts after its leading small words
            if s in CUE_STEMS or lowered.endswith("ing") or (lowered in STOPWORDS and group):
                break  # the verb ("complain", "moaning") or a preposition ends the group
            group.append(word)
        content = [w for w in group if w.lower() not in STOPWORDS and w.lower() not in LEADING]
        if figure and not _people_head(content):
            continue  # "nps for the doc upload step", "nps from the survey comments": a place or a source
        modifiers = [w for w in content[:-1]  # the last word is the group's head noun ("members")
                     if stem(w.lower()) not in GENERIC and not is_time_word(w) and stem(w.lower()) not in named
                     and not _fuzzy_known([stem(w.lower())], vocab)]
        known = keywords.known_terms([stem(w.lower()) for w in modifiers]) if modifiers else set()
        unknown = [w for w in modifiers if stem(w.lower()) not in known]
        if unknown:
            shown = " ".join(content)
            segments = more_text(sorted(vocab.segments), len(vocab.segments), limit=10).rstrip(".")
            return (f"No comment in the knowledge base is from “{shown}”: nothing in it mentions "
                    f"“{unknown[0]}”. The customer segments its comments carry are {segments}; ask about one "
                    f"of those.")
    return None


def _people_head(group: list[str]) -> bool:
    """Whether a figure's prepositional phrase ends in a plural noun for people ("b2b office accounts"), not in
    a place or a source of comments ("the upload step", "the survey comments")."""
    head = group[-1].lower() if group else ""
    return head.endswith("s") and stem(head) not in CUE_STEMS and (
        stem(head) not in GENERIC_TOPIC or stem(head) in PEOPLE_TOPIC)


def _leading_name(u: Understanding, named: set[str], vocab: Vocabulary) -> list[str]:
    """The words of a figure question before the metric's own words that may name the figure's owner ("acme
    nps?", "marriott bonvoy nps", "octopus switching nps"): no general or time word, no word or clipped form
    of the base's names. A word of general English counts only as a name's part: before one of the base's
    place words or before a word that is no English at all (so "lowest hold time" names nobody)."""
    if not (u.metrics or u.score_type):
        return []
    metric_words = {p for m in u.metrics for p in content_stems(m.replace("_", " "))} | {u.score_type or ""}
    names = {w for e in vocab.entities for w in re.findall(r"[a-z0-9]+", e.name.lower())} | {
        w for slug in vocab.metrics for w in slug.split("_")}
    place_stems = {s_ for e in vocab.entities for s_ in e.stems}
    every = re.findall(r"[A-Za-z][\w&-]*", u.question)
    lead: list[str] = []
    for word in every:
        if stem(word.lower()) in metric_words or word.lower() in metric_words:
            break  # the figure itself: what comes after it is the question's own shape
        lead.append(word)
    english = english_words()

    def general(lowered: str) -> bool:
        s = stem(lowered)
        return bool(lowered in STOPWORDS or lowered in LEADING or len(lowered) < 4 or s in GENERIC
                    or is_time_word(lowered) or _SCORE_GROUP.fullmatch(lowered) or s in FILLERS or s in named
                    or asks_latest(lowered) or s in place_stems
                    or any(n.startswith(lowered) for n in names)  # a clipped form of the base's name ("ops")
                    or "-" in lowered and all(p in STOPWORDS or stem(p) in GENERIC for p in lowered.split("-") if p))
        # (the last: "comment-based", whose every part is a general word)

    # "bright horizons nps": the two words right before the figure, both English and neither general, are a name
    pair = len(lead) >= 2 and not any(general(w.lower()) or w.lower().endswith(("est", "ly")) for w in lead[-2:])
    out: list[str] = []
    for i, word in enumerate(lead):
        lowered = word.lower()
        if general(lowered):
            continue
        if lowered in english and not (pair and i >= len(lead) - 2):
            after = every[i + 1].lower() if i + 1 < len(every) else ""
            if lowered.endswith(("est", "ly")) or not after or not (
                    stem(after) in place_stems  # "octopus switching nps": before a place of the base
                    or after not in english and after not in STOPWORDS and stem(after) not in metric_words):
                continue
        out.append(word)
    return out
