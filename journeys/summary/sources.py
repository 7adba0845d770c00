"""The seam to the shared rules a summary reuses: KPI series with target status (journeys/kpis.py) and the
theme engine (journeys/voice/engine.py). Summaries never re-implement these; they call them through here.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

import numpy as np
from sqlalchemy.orm import Session

from journeys.kpis import load_series, on_target
from journeys.voice.engine import emerging_themes
from journeys.voice.model import CommentText
from journeys.voice.phrases import IdfLookup

__all__ = ["CommentText", "IdfLookup", "SeriesView", "ThemeView", "complaint_themes", "kpi_series", "on_target"]


@dataclass
class SeriesView:
    """One KPI measured at one place, its snapshots oldest first."""

    metric: str
    slug: str
    where: str
    journey_id: str | None  # the journey's id, or the name a file gave when no map has it
    journey: str | None
    stage: str | None
    target: float | None
    higher_is_better: bool
    unit: str
    position: int = 999  # the stage's place in its journey
    points: list[tuple[date, float]] = field(default_factory=list)


def kpi_series(session: Session) -> list[SeriesView]:
    """Every KPI series in the store."""
    return [SeriesView(metric=s.metric, slug=s.slug, where=s.where, journey_id=s.journey_id or s.journey,
                       journey=s.journey, stage=s.stage, target=s.target, higher_is_better=s.higher_is_better,
                       unit=s.unit, position=s.position, points=[(p.date, p.value) for p in s.points])
            for s in load_series(session)]


@dataclass
class ThemeView:
    label: str
    comments: list[CommentText]  # this period's comments like it
    before: int  # comments like it in the baseline (the trailing four weeks), by the same rule
    quotes: list[CommentText] = field(default_factory=list)

    @property
    def count(self) -> int:
        return len(self.comments)


def complaint_themes(now: Sequence[CommentText], before: Sequence[CommentText], idf: IdfLookup, embedder: Any,
                     max_items: int = 4, min_count: int = 2) -> list[ThemeView]:
    """This period's complaint themes, each with how many baseline comments are like it (the theme engine's
    own measure), largest first."""
    if not now:
        return []
    now_vectors = np.asarray(embedder.encode([c.text for c in now]), dtype=np.float32)
    before_vectors = np.asarray(embedder.encode([c.text for c in before]), dtype=np.float32) if before else None
    found = emerging_themes(list(now), list(before), embedder, recent_vectors=now_vectors,
                            baseline_vectors=before_vectors, idf=idf, max_items=max_items * 2,
                            min_count=min_count, min_ratio=0.0, min_z=-math.inf)
    views = []
    for e in found:
        # This period's comments like the theme, by the engine's own rule for both windows (Emerging.cut).
        like = [now[i] for i in np.flatnonzero(now_vectors @ e.theme.centre >= e.cut)]
        views.append(ThemeView(e.theme.label, like, e.before, list(e.theme.quotes)))
    views.sort(key=lambda v: -v.count)
    return views[:max_items]
