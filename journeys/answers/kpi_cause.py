""""mandate failure rate spiked recently - what's behind it?": a KPI's move and what customers newly say where it
is measured. The question names no place, so the KPI's own place (its one touchpoint or stage) becomes the
question's before retrieval; the answer is the KPI's figures, then what is new in the comments there."""

from __future__ import annotations

import re

from sqlalchemy import select
from sqlalchemy.orm import Session

from journeys.answers.understand import Understanding
from journeys.answers.vocabulary import Vocabulary, stems
from journeys.store.db import store_cached
from journeys.store.models import Kpi

# "why did X rise", "what's behind it", "what is driving that", "the cause", "any reason"
_CAUSE = re.compile(r"\b(why|behind (it|that|this|the)|driv(ing|es|en) (it|that|this|the)|what'?s driving|"
                    r"caus(e|ed|es|ing)|reasons?|explain\w*)\b")


def take_kpi_place(u: Understanding, vocab: Vocabulary, session: Session) -> None:
    """Read "why did <one KPI> move": the KPI's own place becomes the question's, and the words that ask for the
    cause are no topic (`u.asks_cause`). Nothing changes for any other question."""
    lowered = u.question.lower()
    if len(u.metrics) != 1 or u.touchpoint is not None or (u.stage is not None and not u.stage_inferred) or (
            m := _CAUSE.search(lowered)) is None:
        return
    metric = u.metrics[0]
    places = store_cached(session, ("kpi places", metric), lambda: tuple(session.execute(
        select(Kpi.touchpoint_id, Kpi.stage_id).where(Kpi.metric_slug == metric).distinct()).all()))
    if len(places) != 1:
        return  # the KPI is kept at several places (or in several journeys): no one place to look at
    touchpoint_id, stage_id = places[0]
    by_id = {e.id: e for e in vocab.entities if e.id}
    touchpoint, stage = by_id.get(touchpoint_id or ""), by_id.get(stage_id or "")
    if touchpoint is None and stage is None:
        return
    u.touchpoint = touchpoint
    u.stage, u.stage_inferred = stage or (by_id.get(touchpoint.stage_id or "") if touchpoint else None), False
    u.asks_cause = True
    said = set(stems(m.group(0)))
    u.topic = tuple(s for s in u.topic if s not in said)
