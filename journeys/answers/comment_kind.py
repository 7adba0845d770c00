"""Is a question about what customers say, and of which kind? Decided once, before evidence is gathered.

The service asks this before retrieval (journeys/answers/service.py), so that a question about comments gets
its comment pool searched with the rest of the evidence and the composers never search again; the composers
read the decision from `Evidence` (journeys/answers/context.py).
"""

from __future__ import annotations

from journeys.answers.understand import Understanding
from journeys.answers.vocabulary import stems
from journeys.voice import kinds

# Map questions ("how do customers feel at X", "which touchpoints..."): the map's answer, not comment themes.
MAP_ASKS = frozenset({"emotion", "owner", "goal", "sequence", "touchpoints", "overview", "kpi"})


def question_terms(u: Understanding) -> set[str]:
    """Stems that may not name a theme alone: the place's own name and the question's topic words."""
    names = " ".join(e.name for e in (u.touchpoint, u.stage, u.journey) if e)
    return set(stems(names)) | set(u.topic)


def question_kind(u: Understanding, embedder) -> tuple[str | None, frozenset[str]]:  # type: ignore[no-untyped-def]
    """The kind of a question about comments (journeys.voice.kinds), or None for other questions (counts, KPI
    figures and map questions keep their own composers); and the topic words that only say the kind
    ("detractors", "positive": which comments, not what about). Reads `u`, changes nothing."""
    if u.count_mentions:
        return None, frozenset()
    subject = tuple(u.topic) + tuple(sorted(question_terms(u) - set(u.topic)))  # topic and place names
    kind = kinds.comment_kind(u.question, embedder, subject)
    if (u.metrics or u.score_type) and kind not in (kinds.DETRACTORS, kinds.PROMOTERS, kinds.PRIORITY):
        return None, frozenset()
    if MAP_ASKS & u.intents and not (kind == kinds.PRIORITY and "priority" in u.intents):
        return None, frozenset()
    if kind in (kinds.COMPLAINTS, kinds.THEMES) and "pain" in u.intents:
        return None, frozenset()  # the routing table's pain route: the map's pain points, then these themes
    if kind is None and u.topic and {"comments", "pain", "emerging"} & u.intents:
        kind = kinds.COMPLAINTS if "pain" in u.intents else kinds.THEMES  # a topic, asked about loosely
    if kind is None:
        return None, frozenset()
    return kind, frozenset(kinds.kind_words(u.question, embedder, u.topic, kind))
