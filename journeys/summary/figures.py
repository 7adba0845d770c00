"""Scorecard figures for one window: KPI series and survey-derived scores (NPS, CSAT, CES, with n)."""

from __future__ import annotations

import statistics
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from journeys.answers.metrics import derived_scores
from journeys.answers.periods import Period
from journeys.answers.vocabulary import Entity
from journeys.store.models import Comment, Stage, Touchpoint
from journeys.summary.model import Figure, Window
from journeys.summary.sources import SeriesView, on_target
from journeys.summary.windows import history_periods, trailing_periods

SCORE_NAMES = {"nps": "NPS", "csat": "CSAT", "ces": "CES"}  # survey scales with a derived score


def status_of(value: float | None, target: float | None, higher_is_better: bool, near: float) -> str:
    """on | near (short of target by at most `near` of its size) | off | none (no value or no target)."""
    if value is None or target is None:
        return "none"
    if on_target(value, target, higher_is_better):
        return "on"
    return "near" if abs(value - target) <= near * max(abs(target), 1.0) else "off"


def _spread(values: Sequence[float]) -> tuple[float | None, float | None]:
    if not values:
        return None, None
    return statistics.fmean(values), statistics.stdev(values) if len(values) >= 2 else None


def _last_in(points: Sequence[tuple[date, float]], start: date, end: date) -> float | None:
    inside = [v for d, v in points if start <= d <= end]
    return inside[-1] if inside else None


def kpi_figure(series: SeriesView, window: Window, near: float) -> Figure:
    """A KPI's value in a period is its last snapshot dated in it."""
    value = _last_in(series.points, window.start, window.end)
    previous = _last_in(series.points, window.previous_start, window.previous_end)
    trailing = [v for s, e in trailing_periods(window) if (v := _last_in(series.points, s, e)) is not None]
    mean, sd = _spread(trailing)
    history = [(s, v) for s, e in history_periods(window) if (v := _last_in(series.points, s, e)) is not None]
    return Figure(metric=series.metric, where=series.where, stage=series.stage, source="kpi", value=value,
                  position=series.position,
                  previous=previous, trailing=mean, trailing_sd=sd, trailing_values=trailing,
                  target=series.target, higher_is_better=series.higher_is_better, unit=series.unit,
                  status=status_of(value, series.target, series.higher_is_better, near),
                  previous_status=status_of(previous, series.target, series.higher_is_better, near),
                  history=history, slug=series.slug)


@dataclass(frozen=True)
class Place:
    """Where survey responses were given: a touchpoint or stage (mapped or as the file named it)."""

    entity: Entity | None
    stage: str | None
    position: int = 999

    @property
    def name(self) -> str:
        return self.entity.name if self.entity else ""


def survey_places(session: Session, journey_key: str | None, since: date, until: date, by_touchpoint: bool
                  ) -> dict[str, list[Place]]:
    """score type -> the places with scored responses in the span, for one journey (None: unmapped data).

    A mapped journey's scores are by stage (its KPIs cover the touchpoints); unmapped data's by touchpoint."""
    touchpoints = {t.id: t.name for t in session.scalars(select(Touchpoint))}
    stage_rows = list(session.scalars(select(Stage)))
    stages = {s.id: s.name for s in stage_rows}
    positions = {s.id: s.position for s in stage_rows}
    query = (select(Comment.score_type, Comment.touchpoint_id, Comment.touchpoint, Comment.stage_id, Comment.stage)
             .where(Comment.score.is_not(None), Comment.score_type.in_(list(SCORE_NAMES)),
                    Comment.date >= datetime.combine(since, datetime.min.time()),
                    Comment.date < datetime.combine(until + timedelta(days=1), datetime.min.time()))
             .distinct())
    query = query.where(_journey_clause(journey_key))
    places: dict[str, dict[tuple, Place]] = {}
    for score_type, tp_id, tp, st_id, st in session.execute(query):
        stage = stages.get(st_id or "", st)
        if (tp_id or tp) and by_touchpoint:  # real exports: touchpoints but no map, so no stages
            entity = Entity("touchpoint", touchpoints.get(tp_id or "", tp or ""), tp_id)
        elif st_id or st:
            entity = Entity("stage", stage or "", st_id)
        else:
            entity = None
        key = (entity.kind, entity.id or entity.name.lower()) if entity else ("", "")
        places.setdefault(score_type, {}).setdefault(key, Place(entity, stage, positions.get(st_id or "", 999)))
    return {t: sorted(p.values(), key=lambda p: p.name.lower()) for t, p in places.items()}


def _journey_clause(journey_key: str | None):  # type: ignore[no-untyped-def]
    if journey_key is None:
        return Comment.journey_id.is_(None) & Comment.journey.is_(None)
    return (Comment.journey_id == journey_key) | (Comment.journey_id.is_(None) & (Comment.journey == journey_key))


def survey_figure(session: Session, score_type: str, place: Place, window: Window) -> Figure:
    """NPS / CSAT / CES at a place from the responses dated in each period (the shared score rule)."""
    def score(start: date, end: date):  # type: ignore[no-untyped-def]
        entity = place.entity
        return derived_scores(session, score_type, entity if entity and entity.kind == "stage" else None,
                              entity if entity and entity.kind == "touchpoint" else None,
                              Period(start, end, f"{start} to {end}"))

    now = score(window.start, window.end)
    before = score(window.previous_start, window.previous_end)
    trailing_stats = [s for a, b in trailing_periods(window) if (s := score(a, b)) is not None]
    pooled = score(window.trailing_start, window.start - timedelta(days=1))
    _mean, sd = _spread([s.value for s in trailing_stats])
    history = [(a, s.value) for a, b in history_periods(window) if (s := score(a, b)) is not None]
    counts = {"promoters": now.promoters, "passives": now.passives, "detractors": now.detractors} \
        if now is not None and score_type == "nps" else {}
    return Figure(metric=SCORE_NAMES[score_type], where=place.name, stage=place.stage, source="survey",
                  position=place.position,
                  value=now.value if now else None, previous=before.value if before else None,
                  trailing=pooled.value if pooled else None, trailing_sd=sd,
                  trailing_values=[s.value for s in trailing_stats], n=now.n if now else 0,
                  n_previous=before.n if before else 0, n_trailing=pooled.n if pooled else 0,
                  higher_is_better=score_type != "ces", unit="" if score_type != "csat" else "%",
                  counts=counts, history=history, slug=score_type)
