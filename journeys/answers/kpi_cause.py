""""mandate failure rate spiked recently - what's behind it?": a KPI's move and what customers newly say where it
is measured. The question names no place, so the KPI's own place (its one touchpoint or stage) becomes the
question's before retrieval; the answer is the KPI's figures, then what is new in the comments there."""

from __future__ import annotations

import re

from sqlalchemy import select
from sqlalchemy.orm import Session

from journeys.answers.understand import Understanding
from journeys.answers.vocabulary import Entity, Vocabulary, stems
from journeys.store.db import store_cached
from journeys.store.models import Kpi

# "why did X rise", "what's behind it", "what is driving that", "the cause", "any reason"
_CAUSE = re.compile(r"\b(why|behind (it|that|this|the)|driv(ing|es|en) (it|that|this|the)|what'?s driving|"
                    r"caus(e|ed|es|ing)|reasons?|explain\w*)\b")


def take_kpi_place(u: Understanding, vocab: Vocabulary, session: Session) -> None:
    """Read "why did <one KPI> move": the KPI's own place becomes the question's, and the words that ask for the
    cause are no topic (`u.asks_cause`). Nothing changes for any other question."""
    lowered = u.question.lower()
    if "owner" in u.intents and _WHO_KEEPS.search(lowered) and len(u.metrics) == 1 and u.location is None:
        # "which team looks after care plan signups": the owner of where that KPI is kept, not its figures
        if (place := _kept_at(u.metrics[0], vocab, session)) is not None:
            u.touchpoint, u.stage = place
            u.stage_inferred, u.metrics, u.owner = False, [], None
            u.intents.discard("kpi")
        return
    if (m := _CAUSE.search(lowered)) is None:
        return
    if not u.metrics and u.touchpoint is not None and (named := _kpi_named_as(u.touchpoint, u, vocab)):
        # "refund requests spiked - what's driving it": refund_request_count, whose words the touchpoint
        # Refund request holds; the KPI is asked about, and its own place is found below
        u.metrics, u.touchpoint, u.stage, u.stage_inferred = [named], None, None, False
        u.intents.add("kpi")
    if len(u.metrics) != 1 or u.touchpoint is not None or (u.stage is not None and not u.stage_inferred):
        return
    if (place := _kept_at(u.metrics[0], vocab, session)) is None:
        return  # the KPI is kept at several places (or in several journeys): no one place to look at
    u.touchpoint, u.stage = place
    u.stage_inferred = False
    u.asks_cause = True
    said = set(stems(m.group(0)))
    u.topic = tuple(s for s in u.topic if s not in said)


# "which team looks after X", "who owns X", "who is responsible for X"
_WHO_KEEPS = re.compile(r"\b(who|whose|which team|what team)\b")


def _kept_at(metric: str, vocab: Vocabulary, session: Session) -> tuple[Entity | None, Entity | None] | None:
    """The one touchpoint and stage a KPI is kept at, or None (kept at several places, or at none named)."""
    places = store_cached(session, ("kpi places", metric), lambda: tuple(session.execute(
        select(Kpi.touchpoint_id, Kpi.stage_id).where(Kpi.metric_slug == metric).distinct()).all()))
    if len(places) != 1:
        return None
    touchpoint_id, stage_id = places[0]
    by_id = {e.id: e for e in vocab.entities if e.id}
    touchpoint, stage = by_id.get(touchpoint_id or ""), by_id.get(stage_id or "")
    if touchpoint is None and stage is None:
        return None
    return touchpoint, stage or (by_id.get(touchpoint.stage_id or "") if touchpoint else None)


_COUNT_WORDS = {"count", "number", "volum", "total", "rate"}  # a KPI's kind words: the rest of its name says of what


def _kpi_named_as(place: Entity, u: Understanding, vocab: Vocabulary) -> str | None:
    """The one KPI whose name, less its kind word, is the place's name as typed, moving ("spiked", "rose")."""
    if not ({"emerging", "change"} & u.intents):
        return None
    typed = set(stems(u.question))
    own = set(place.stems)
    named = [slug for slug in vocab.metrics
             if (words := set(stems(slug.replace("_", " "))) - _COUNT_WORDS) and words == own and words <= typed]
    return named[0] if len(named) == 1 else None
