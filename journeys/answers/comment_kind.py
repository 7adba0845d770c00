"""Is a question about what customers say, and of which kind? Decided once, before evidence is gathered.

The service asks this before retrieval (journeys/answers/service.py), so that a question about comments gets
its comment pool searched with the rest of the evidence and the composers never search again; the composers
read the decision from `Evidence` (journeys/answers/context.py).
"""

from __future__ import annotations

import re
from collections.abc import Collection
from dataclasses import dataclass

from journeys.answers.asks import FROM_SCORES
from journeys.answers.cues import CUES
from journeys.answers.understand import Understanding
from journeys.answers.vocabulary import stems
from journeys.voice import kinds

# Map questions ("how do customers feel at X", "which touchpoints..."): the map's answer, not comment themes.
# Not "kpi": a KPI question names its metric or score (checked first); its cue words alone ("latest", "rate",
# "number") say nothing of the kind, and the examples of other questions (kinds.OTHER) catch a figure asked for.
MAP_ASKS = frozenset({"emotion", "owner", "goal", "sequence", "touchpoints", "overview"})


def question_terms(u: Understanding) -> set[str]:
    """Stems that may not name a theme alone: the place's own name, the base's own product name ("what do
    customers love about <product>" asks what they love, of the whole product) and the question's topic words."""
    names = " ".join(e.name for e in (u.touchpoint, u.stage, u.journey) if e)
    return set(stems(names)) | set(u.house) | set(u.topic)


def as_us(u: Understanding) -> str:
    """The question with the base's own product or organisation name read as "us": "what do customers love
    about <product>" asks what they love about us, of the whole product (a name the embedder never saw would
    otherwise drown the kind, and "it" would read as one thing to say something about)."""
    out = u.question
    for stem in u.house:
        out = re.sub(rf"\b{re.escape(stem)}\w*\b", "us", out, flags=re.IGNORECASE)
    return out


def _subject(u: Understanding) -> tuple[str, ...]:
    """The words masked for the kind's reading: the topic, then the places'."""
    return tuple(u.topic) + tuple(sorted(question_terms(u) - set(u.topic) - set(u.house)))


def kind_readings(u: Understanding) -> list[str]:
    """The texts `question_kind` always embeds (its readings), for the service to embed in one run with the
    question's others."""
    return kinds.readings(as_us(u), _subject(u))


def kind_word_readings(u: Understanding) -> list[str]:
    """The topic-masked texts `kinds.kind_words` embeds once `question_kind` found a comment kind."""
    return kinds.word_readings(u.question, u.topic)


@dataclass(frozen=True)
class VoiceKind:
    kind: str | None  # the comment composer that answers (None: not a question about comments)
    words: frozenset[str] = frozenset()  # topic words that only say the kind ("detractors", "positive")
    nearest: str | None = None  # the comment kind the question is most like, however near (see cue_routes_off)


def reads_kind(u: Understanding, route_kinds: Collection[str] | None = None) -> bool:
    """Does `question_kind` need the question's kind by meaning (its readings embedded)? Not for a count, nor
    for a map question that asks for no priority (it is no question about comments, whatever its kind), unless
    a cue-word route among `route_kinds` (None: any route) is there for the kind's `nearest` to drop."""
    if u.count_mentions:
        return False
    cued = route_kinds is None or bool(CUE_ROUTES.keys() & set(route_kinds))
    return cued or not (MAP_ASKS & u.intents) or "priority" in u.intents


def question_kind(u: Understanding, embedder, route_kinds: Collection[str] | None = None) -> VoiceKind:  # type: ignore[no-untyped-def]
    """The kind of a question about comments (journeys.voice.kinds), or None for other questions (counts, KPI
    figures and map questions keep their own composers); and the topic words that only say the kind
    ("detractors", "positive": which comments, not what about). `route_kinds`: the routes the question may
    take (see `reads_kind`). Reads `u`, changes nothing."""
    if not reads_kind(u, route_kinds):
        return VoiceKind(None)
    best = kinds.scores(as_us(u), embedder, _subject(u))
    nearest = kinds.nearest_comment_kind(best)
    kind = kinds.kind_of(best)
    # not "avg csat score", nor "csat from comments" (a score worked out from them is asked, not what they say)
    by_score = (kind in (kinds.DETRACTORS, kinds.PROMOTERS) and u.aggregate is None
                and not FROM_SCORES.search(u.question.lower()))
    if (u.metrics or u.score_type) and not (by_score or kind == kinds.PRIORITY and u.aggregate is None):
        # (a KPI's lowest or average is a figure, whatever "fix" in its name is near)
        return VoiceKind(None, nearest=nearest)
    if MAP_ASKS & u.intents and not (kind == kinds.PRIORITY and "priority" in u.intents):
        return VoiceKind(None, nearest=nearest)
    if kind in (kinds.COMPLAINTS, kinds.THEMES) and "pain" in u.intents:
        # the routing table's pain route: the map's pain points, then these same complaint themes
        return VoiceKind(None, nearest=nearest)
    if (kind in (kinds.EMERGING, kinds.TREND) and "pain" in u.intents and u.period is None
            and not ({"emerging", "change"} & u.intents)):
        # a time kind by meaning, but not one word of time or change ("what is going wrong with X"): a pain
        # question, for the pain route
        return VoiceKind(None, nearest=nearest)
    if kind == kinds.THEMES and len({"complaints", "praise"} & u.intents) == 1:
        # the broad kind by meaning, and a word that says which comments ("moan", "love"): those comments
        kind = kinds.COMPLAINTS if "complaints" in u.intents else kinds.PRAISE
    if kind is None and nearest == kinds.PRIORITY and "opportunities" in u.intents:
        kind = kinds.PRIORITY  # asks for ideas and is most like "what to fix first", however faintly: the ranking
    if kind is None and u.topic and {"comments", "pain", "emerging"} & u.intents:
        kind = kinds.COMPLAINTS if "pain" in u.intents else kinds.THEMES  # a topic, asked about loosely
    if kind is None:
        return VoiceKind(None, nearest=nearest)
    return VoiceKind(kind, frozenset(kinds.kind_words(u.question, embedder, u.topic, kind)), nearest)


# Routes the routing table picks on a cue word (routes.py) and the comment kind they stand for: a route whose
# kind is not what the question is most like is dropped ("late flights" is a topic, not "latest").
CUE_ROUTES = {"emerging": kinds.EMERGING}


def cue_routes_off(voice: VoiceKind, question: str = "") -> set[str]:
    """The cue-word routes this question's meaning contradicts; not a route two of whose cue words are typed
    (`plainly_asked`)."""
    if voice.nearest is None:
        return set()
    plain = plainly_asked(question)
    return {route for route, kind in CUE_ROUTES.items() if kind != voice.nearest and route not in plain}


def plainly_asked(question: str) -> set[str]:
    """Cue-word routes two of whose cue words the question types ("anything new in aftersales feedback
    recently": new and recent say it plainly, whatever the question is most like)."""
    typed = set(stems(question))
    return {route for route in CUE_ROUTES if len(typed & set(CUES[route])) >= 2}


def with_plain_kind(voice: VoiceKind, question: str) -> VoiceKind:
    """The broad kind by meaning (themes) gives way to a kind the question's words plainly ask for."""
    plain = [CUE_ROUTES[route] for route in plainly_asked(question)]
    if voice.kind == kinds.THEMES and plain:
        return VoiceKind(plain[0], voice.words, voice.nearest)
    return voice
