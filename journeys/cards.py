"""Read models for quick looks at the journey: a stage card, one metric across stages, the whole journey.

Pure SQL reads (no search index), so they are fast enough to render on every App Home visit.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from journeys.kpis import MetricSeries, load_series, status_word
from journeys.names import AmbiguousNameError, find_metric, find_stage
from journeys.store.models import Comment, Feedback, Journey, Kpi, Stage, Touchpoint

__all__ = ["AmbiguousNameError", "find_metric", "find_stage", "stage_card", "metric_overview", "journey_overview",
           "latest_kpis"]



@dataclass
class KpiStatus:
    """The latest value of one KPI series, against its target, with the change since the value before."""

    metric: str
    value: float
    date: date
    target: float | None = None
    unit: str | None = None
    higher_is_better: bool = True
    where: str | None = None  # the touchpoint, when the KPI is measured at one
    previous: float | None = None

    @property
    def status(self) -> str:
        return status_word(self.value, self.target, self.higher_is_better)

    @property
    def change(self) -> float | None:
        return None if self.previous is None else self.value - self.previous


@dataclass
class TouchpointLine:
    name: str
    channel: str | None = None
    owner: str | None = None
    logged: bool = False
    logged_by: str | None = None


@dataclass
class StageCard:
    journey: str
    journey_id: str
    name: str
    id: str
    goal: str | None = None
    emotion: int | None = None
    touchpoints: list[TouchpointLine] = field(default_factory=list)
    pain_points: list[str] = field(default_factory=list)
    kpis: list[KpiStatus] = field(default_factory=list)
    comments: int = 0
    average_score: float | None = None


@dataclass
class MetricRow:
    journey: str | None
    stage: str | None
    touchpoint: str | None
    latest: KpiStatus
    values: dict[date, float] = field(default_factory=dict)


@dataclass
class MetricOverview:
    metric: str
    slug: str
    dates: list[date]  # the recent snapshot dates shown, oldest first
    rows: list[MetricRow] = field(default_factory=list)


@dataclass
class StageSummary:
    name: str
    id: str
    touchpoints: int = 0
    pain_points: int = 0
    emotion: int | None = None
    kpis: list[KpiStatus] = field(default_factory=list)


@dataclass
class JourneySummary:
    id: str
    name: str
    stages: list[StageSummary] = field(default_factory=list)
    kpis: list[KpiStatus] = field(default_factory=list)  # measured for the journey as a whole


@dataclass
class JourneyOverview:
    week_start: date
    journeys: list[JourneySummary] = field(default_factory=list)
    feedback_this_week: int = 0  # logged from Slack or the CLI
    comments_this_week: int = 0  # survey comments dated this week

    @property
    def empty(self) -> bool:
        return not self.journeys


# --- matching names people type: journeys/names.py is the one home of that rule ----------------------------

# --- KPI series -----------------------------------------------------------------------------------------


def latest_kpis(session: Session, *where) -> list[tuple[Kpi, float | None]]:  # type: ignore[no-untyped-def]
    """The newest row of every series (journeys.kpis defines a series) and the value before it."""
    return [(one.latest.row, one.points[-2].value if len(one.points) > 1 else None)
            for one in load_series(session, None, *where) if one.points]


def _status(kpi: Kpi, previous: float | None, touchpoints: dict[str, str]) -> KpiStatus:
    where = touchpoints.get(kpi.touchpoint_id or "", kpi.touchpoint)
    return KpiStatus(metric=kpi.metric, value=kpi.value, date=kpi.date, target=kpi.target, unit=kpi.unit,
                     higher_is_better=kpi.higher_is_better, where=where, previous=previous)


def _series_status(series: MetricSeries) -> KpiStatus:
    latest = series.latest.row
    return KpiStatus(metric=latest.metric, value=latest.value, date=latest.date, target=latest.target,
                     unit=latest.unit, higher_is_better=latest.higher_is_better,
                     where=series.where if series.touchpoint else None,
                     previous=series.points[-2].value if len(series.points) > 1 else None)


def _order(kpis: list[KpiStatus]) -> list[KpiStatus]:
    return sorted(kpis, key=lambda k: (k.where is not None, k.where or "", k.metric))


def _touchpoint_names(session: Session) -> dict[str, str]:
    return dict(session.execute(select(Touchpoint.id, Touchpoint.name)).all())


# --- the three read models -----------------------------------------------------------------------------


def stage_card(session: Session, name: str) -> StageCard:
    """One stage: its touchpoints (logged ones too), pain points, and latest KPIs against target."""
    stage = find_stage(session, name)
    journey = session.get(Journey, stage.journey_id)
    touchpoints = session.scalars(select(Touchpoint).where(Touchpoint.stage_id == stage.id)
                                  .order_by(Touchpoint.origin != "map", Touchpoint.position, Touchpoint.name))
    kpis = [_series_status(one) for one in load_series(session, None, Kpi.stage_id == stage.id) if one.points]
    comments, average = session.execute(select(func.count(), func.avg(Comment.score))
                                        .where(Comment.stage_id == stage.id)).one()
    return StageCard(
        journey=journey.name if journey else stage.journey_id, journey_id=stage.journey_id, name=stage.name,
        id=stage.id, goal=stage.goal, emotion=stage.emotion,
        touchpoints=[TouchpointLine(t.name, t.channel, t.owner, t.origin == "logged", t.logged_by)
                     for t in touchpoints],
        pain_points=list(stage.pain_points or []), kpis=_order(kpis), comments=int(comments or 0),
        average_score=float(average) if average is not None else None,
    )


def metric_overview(session: Session, metric: str, weeks: int = 6) -> MetricOverview:
    """One metric in every place it is measured, over its most recent `weeks` snapshot dates."""
    slug, display = find_metric(session, metric)
    series = [one for one in load_series(session, slug) if one.points]
    dates = sorted({p.date for one in series for p in one.points})[-weeks:]
    overview = MetricOverview(metric=display, slug=slug, dates=dates)
    overview.rows = [MetricRow(journey=one.journey, stage=one.stage, touchpoint=one.touchpoint if one.touchpoint
                               else None, latest=_series_status(one),
                               values={p.date: p.value for p in one.points if p.date in dates})
                     for one in series]
    return overview


def week_start(today: date) -> date:
    return today - timedelta(days=today.weekday())


def journey_overview(session: Session, today: date | None = None) -> JourneyOverview:
    """Every journey's stages with their KPIs against target, and how much feedback came in this week."""
    monday = week_start(today or date.today())
    since = datetime.combine(monday, datetime.min.time())
    overview = JourneyOverview(week_start=monday)
    overview.feedback_this_week = int(session.scalar(select(func.count()).select_from(Feedback)
                                                     .where(Feedback.created_at >= since)) or 0)
    overview.comments_this_week = int(session.scalar(select(func.count()).select_from(Comment)
                                                     .where(Comment.date >= since)) or 0)
    names = _touchpoint_names(session)
    by_stage: dict[str | None, list[KpiStatus]] = defaultdict(list)
    by_journey: dict[str | None, list[KpiStatus]] = defaultdict(list)
    for kpi, previous in latest_kpis(session, Kpi.journey_id.is_not(None)):
        status = _status(kpi, previous, names)
        (by_stage[kpi.stage_id] if kpi.stage_id else by_journey[kpi.journey_id]).append(status)
    per_stage = select(Touchpoint.stage_id, func.count()).group_by(Touchpoint.stage_id)
    touchpoints: dict[str, int] = dict(session.execute(per_stage).all())  # type: ignore[arg-type]
    summaries = {j.id: JourneySummary(j.id, j.name, kpis=_order(by_journey[j.id]))
                 for j in session.scalars(select(Journey).order_by(Journey.name))}
    for stage in session.scalars(select(Stage).order_by(Stage.position)):
        if stage.journey_id in summaries:
            summaries[stage.journey_id].stages.append(StageSummary(
                name=stage.name, id=stage.id, touchpoints=int(touchpoints.get(stage.id, 0)),
                pain_points=len(stage.pain_points or []), emotion=stage.emotion,
                kpis=_order(by_stage[stage.id]),
            ))
    overview.journeys = list(summaries.values())
    return overview
