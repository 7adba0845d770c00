"""The seam to the shared rules a summary reuses: KPI series with target status, and the theme engine.

Summaries never re-implement these; they call them through this module, so moving to a new home of a rule
(the KPI module, the theme engine) is one edit here.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from journeys.answers.metrics import load_series
from journeys.answers.themes import CommentText, IdfLookup, _phrases, find_themes
from journeys.store.models import Journey, Kpi, Stage

__all__ = ["CommentText", "IdfLookup", "SeriesView", "ThemeView", "kpi_series", "on_target", "themes_of",
           "mentions"]


def on_target(value: float, target: float | None, higher_is_better: bool) -> bool | None:
    """True on or past the target in the metric's direction, False short of it, None without a target."""
    if target is None:
        return None
    return value >= target if higher_is_better else value <= target


@dataclass
class SeriesView:
    """One KPI measured at one place, its snapshots oldest first."""

    metric: str
    slug: str
    where: str
    journey_id: str | None
    journey: str | None
    stage: str | None
    target: float | None
    higher_is_better: bool
    unit: str
    position: int = 999  # the stage's place in its journey
    points: list[tuple[date, float]] = field(default_factory=list)


def kpi_series(session: Session) -> list[SeriesView]:
    """Every KPI series in the store."""
    journeys = {j.id: j.name for j in session.scalars(select(Journey))}
    stage_rows = list(session.scalars(select(Stage)))
    stages = {s.id: s.name for s in stage_rows}
    positions = {s.id: s.position for s in stage_rows}
    out: list[SeriesView] = []
    for slug in session.scalars(select(Kpi.metric_slug).distinct()):
        for series in load_series(session, slug):
            last = series.points[-1].row
            out.append(SeriesView(
                metric=series.metric, slug=slug, where=series.where,
                journey_id=last.journey_id or last.journey, journey=journeys.get(last.journey_id or "", last.journey),
                stage=stages.get(last.stage_id or "", last.stage), target=series.target,
                higher_is_better=series.higher_is_better, unit=series.unit,
                position=positions.get(last.stage_id or "", 999),
                points=[(p.date, p.value) for p in series.points]))
    return out


@dataclass
class ThemeView:
    label: str
    comments: list[CommentText]
    key: tuple[str, ...] = ()  # what `mentions` matches on

    @property
    def count(self) -> int:
        return len(self.comments)


def themes_of(comments: Sequence[CommentText], idf: IdfLookup, max_themes: int = 4) -> list[ThemeView]:
    """The main themes of a pool of comments (largest first), named by the phrases customers use."""
    found = find_themes(comments, idf, max_themes=max_themes, min_count=2, first_share=0.05, later_share=0.04)
    out = []
    for theme in found:
        keys = _phrases(theme.label)[0]
        key = max(keys, key=len) if keys else ()
        out.append(ThemeView(theme.label, list(theme.comments), key))
    return out


def mentions(theme: ThemeView, comments: Sequence[CommentText]) -> int:
    """How many of `comments` use the theme's phrase (the same matching that formed the theme)."""
    if not theme.key:
        return 0
    return sum(1 for c in comments if theme.key in _phrases(c.text)[0])
