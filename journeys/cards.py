"""Read models for quick looks at the journey: a stage card, one metric across stages, the whole journey.

Pure SQL reads (no search index), so they are fast enough to render on every App Home visit.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

from rapidfuzz import fuzz, process, utils
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from journeys.errors import JourneyError, NotFoundError
from journeys.store.models import Comment, Feedback, Journey, Kpi, Stage, Touchpoint
from knowledge.text import slugify

MATCH_CUTOFF = 70  # rapidfuzz WRatio; below this a name is "not found" rather than a wild guess


class AmbiguousNameError(JourneyError):
    """A name that fits several things equally well (e.g. the same stage name in two journeys)."""


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
        if self.target is None:
            return "no target"
        ok = self.value >= self.target if self.higher_is_better else self.value <= self.target
        return "on target" if ok else "off target"

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


# --- matching names people type -------------------------------------------------------------------------


def _score(query: str, choice: str, **_kwargs: object) -> float:
    """WRatio, except that a short name may not match a long query by a partial overlap ("nps" in "unicorns")."""
    if len(query) > len(choice) + 2:
        return max(fuzz.ratio(query, choice), fuzz.token_set_ratio(query, choice))
    return fuzz.WRatio(query, choice)


def _best(query: str, choices: dict[str, str]) -> list[str]:
    """Keys whose label fits `query` best (ties included); [] when nothing fits well enough."""
    found = process.extract(query, choices, scorer=_score, processor=utils.default_process,
                            score_cutoff=MATCH_CUTOFF, limit=None)
    if not found:
        return []
    top = found[0][1]
    return [key for _label, score, key in found if score == top]


def find_stage(session: Session, name: str) -> Stage:
    """A stage by name, forgiving case, typos and `journey/stage` qualification."""
    name = name.strip()
    journeys = {j.id: j.name for j in session.scalars(select(Journey))}
    stages = list(session.scalars(select(Stage).order_by(Stage.journey_id, Stage.position)))
    if not stages:
        raise NotFoundError("there are no journey maps yet; load some with `journey ingest`")
    journey_part, _, stage_part = name.rpartition("/")
    if journey_part:
        wanted = {j_id for j_id, j_name in journeys.items()
                  if slugify(journey_part) in (j_id, slugify(j_name))}
        wanted = wanted or set(_best(journey_part, journeys))
        stages = [s for s in stages if s.journey_id in wanted] or stages
    exact = [s for s in stages if slugify(stage_part) in (s.slug, slugify(s.name))]
    by_id = {s.id: s for s in stages}
    matches = exact or [by_id[key] for key in _best(stage_part, {s.id: s.name for s in stages})]
    if len(matches) == 1:
        return matches[0]
    if not matches:
        raise NotFoundError(f"no stage matches “{name}”; the stages are {_stage_list(session)}")
    options = ", ".join(f"{s.journey_id}/{s.slug}" for s in matches)
    raise AmbiguousNameError(f"“{name}” fits several stages ({options}); name one of them as written here")


def _stage_list(session: Session) -> str:
    by_journey: dict[str, list[str]] = defaultdict(list)
    rows = session.execute(select(Journey.name, Stage.name).join(Stage, Stage.journey_id == Journey.id)
                           .order_by(Journey.name, Stage.position))
    for journey, stage in rows:
        by_journey[journey].append(stage)
    return "; ".join(f"{', '.join(stages)} ({journey})" for journey, stages in by_journey.items())


def find_metric(session: Session, name: str) -> tuple[str, str]:
    """(slug, display name) of the KPI metric that best fits `name`."""
    query = select(Kpi.metric_slug, func.min(Kpi.metric)).group_by(Kpi.metric_slug)
    metrics: dict[str, str] = dict(session.execute(query).all())  # type: ignore[arg-type]
    if not metrics:
        raise NotFoundError("there are no KPI snapshots yet; load some with `journey ingest`")
    def key(text: str) -> str:
        return slugify(text).replace("-", "_")

    exact = [slug for slug, metric in metrics.items() if key(name) in (key(slug), key(metric))]
    labels = {slug: metric.replace("_", " ") for slug, metric in metrics.items()}
    matches = exact or _best(name.replace("_", " "), labels)
    if len(matches) == 1:
        return matches[0], metrics[matches[0]]
    if not matches:
        known = ", ".join(sorted(metrics.values()))
        raise NotFoundError(f"no metric matches “{name}”; the metrics are {known}")
    raise AmbiguousNameError(f"“{name}” fits several metrics ({', '.join(metrics[m] for m in matches)})")


# --- KPI series -----------------------------------------------------------------------------------------


def latest_kpis(session: Session, *where) -> list[tuple[Kpi, float | None]]:  # type: ignore[no-untyped-def]
    """The newest row of every series (metric x journey x stage x touchpoint) and the value before it."""
    series = (Kpi.metric_slug, Kpi.journey_id, Kpi.stage_id, Kpi.touchpoint_id, Kpi.touchpoint)
    rank = func.row_number().over(partition_by=series, order_by=Kpi.date.desc()).label("rank")
    ranked = select(Kpi.id, rank).where(*where).subquery()
    rows = session.execute(select(Kpi, ranked.c.rank).join(ranked, ranked.c.id == Kpi.id)
                           .where(ranked.c.rank <= 2)).all()
    grouped: dict[tuple, dict[int, Kpi]] = defaultdict(dict)
    for kpi, position in rows:
        grouped[tuple(getattr(kpi, c.key) for c in series)][position] = kpi
    return [(pair[1], pair[2].value if 2 in pair else None) for pair in grouped.values() if 1 in pair]


def _status(kpi: Kpi, previous: float | None, touchpoints: dict[str, str]) -> KpiStatus:
    where = touchpoints.get(kpi.touchpoint_id or "", kpi.touchpoint)
    return KpiStatus(metric=kpi.metric, value=kpi.value, date=kpi.date, target=kpi.target, unit=kpi.unit,
                     higher_is_better=kpi.higher_is_better, where=where, previous=previous)


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
    names = _touchpoint_names(session)
    kpis = [_status(kpi, prev, names) for kpi, prev in latest_kpis(session, Kpi.stage_id == stage.id)]
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
    rows = session.scalars(select(Kpi).where(Kpi.metric_slug == slug).order_by(Kpi.date)).all()
    dates = sorted({r.date for r in rows})[-weeks:]
    journeys = {j.id: j.name for j in session.scalars(select(Journey))}
    stages = {s.id: (s.name, s.position) for s in session.scalars(select(Stage))}
    names = _touchpoint_names(session)
    series: dict[tuple, list[Kpi]] = defaultdict(list)
    for row in rows:
        series[(row.journey_id or row.journey, row.stage_id or row.stage,
                row.touchpoint_id or row.touchpoint)].append(row)
    overview = MetricOverview(metric=display, slug=slug, dates=dates)
    ordered: list[tuple[tuple, MetricRow]] = []
    for values in series.values():
        last = values[-1]
        latest = _status(last, values[-2].value if len(values) > 1 else None, names)
        stage_name, position = stages.get(last.stage_id or "", (last.stage, 999))
        journey = journeys.get(last.journey_id or "", last.journey)
        row = MetricRow(journey=journey, stage=stage_name, touchpoint=latest.where, latest=latest,
                        values={v.date: v.value for v in values if v.date in dates})
        ordered.append(((journey or "", position, latest.where or ""), row))
    overview.rows = [row for _key, row in sorted(ordered, key=lambda pair: pair[0])]
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
