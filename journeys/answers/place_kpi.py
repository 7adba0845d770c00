""""card delivery days latest": a figure asked at a named place with no KPI named, or at a stage guessed from a
word of its one KPI ("how many came to events"). The map lists what a touchpoint is measured by, and the KPI
snapshots say where each KPI is kept; when exactly one KPI is kept at the place, that KPI is the figure asked
for, not the place's card."""

from __future__ import annotations

import re

from sqlalchemy import select
from sqlalchemy.orm import Session

from journeys.answers.understand import Understanding
from journeys.answers.vocabulary import content_stems, stems
from journeys.store.db import store_cached
from journeys.store.models import Kpi

_MEASURE = re.compile(r"\bhow (long|many|much|fast|slow|quick(ly)?)\b")
_FIGURE_ONLY = {"kpi", "change", "overview"}  # no voice asked for: "card delivery complaints latest" is comments


def asks_place_kpi(u: Understanding) -> bool:
    """A figure asked at a named place, no KPI, score, comparison or ranking named, no voice asked for."""
    place = u.touchpoint or u.stage  # a stage guessed from a word: only its KPI of that word (take_place_kpi)
    return not (place is None or not place.id or u.metrics or u.score_type or u.compare or u.rank is not None
                or not u.asks_figure or u.intents - _FIGURE_ONLY
                # a figure plainly asked: "has anything changed at X" may be answered by what customers say
                or not ("kpi" in u.intents or u.latest or _MEASURE.search(u.question.lower())))


def take_place_kpi(u: Understanding, session: Session) -> None:
    """The one KPI kept at the place becomes the question's (call only when `asks_place_kpi`)."""
    place = u.touchpoint or u.stage
    column = Kpi.touchpoint_id if place.kind == "touchpoint" else Kpi.stage_id
    slugs = store_cached(session, ("kpis kept at", place.kind, place.id), lambda: tuple(session.scalars(
        select(Kpi.metric_slug).where(column == place.id).distinct())))
    guessed = u.touchpoint is None and u.stage_inferred  # "how many came to events": event_attendance
    if len(slugs) == 1 and (not guessed or set(content_stems(slugs[0].replace("_", " "))) & set(stems(u.question))):
        u.metrics = [slugs[0]]
        u.intents.add("kpi")
