"""The journey map as data: stages in order, their touchpoints, the designed emotion curve and what customers
reported in one week, pain-point counts and KPI status. Drawn by `journeys.map_picture` and the CLI.

Pure SQL reads, no search index: cheap enough to draw on demand.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from journeys.cards import KpiStatus, latest_kpis
from journeys.errors import JourneyError, NotFoundError
from journeys.store.models import Comment, Journey, Kpi, Stage, Touchpoint
from knowledge.text import slugify

WEEK = re.compile(r"^(\d{4})-?W(\d{1,2})$", re.IGNORECASE)

# Each score type's scale, mapped linearly onto the map's emotion scale (-2..+2). NPS is preferred where a
# week holds several types, since it is the one most exports carry.
SCALES: dict[str, tuple[float, float, str]] = {
    "nps": (-100.0, 100.0, "NPS −100..+100"),
    "csat": (1.0, 5.0, "CSAT mean 1..5"),
    "ces": (1.0, 7.0, "CES mean 1..7"),
}
PREFERENCE = ("nps", "csat", "ces")


@dataclass
class MapTouchpoint:
    name: str
    channel: str | None = None
    owner: str | None = None
    logged: bool = False  # added from Slack or the CLI, not from a map file


@dataclass
class MapStage:
    id: str
    name: str
    touchpoints: list[MapTouchpoint] = field(default_factory=list)
    designed: float | None = None  # the map's emotion, -2..+2
    lived: float | None = None  # customers' scores that week, scaled onto -2..+2
    lived_raw: float | None = None  # the same on its own scale (NPS, CSAT mean, CES mean)
    lived_n: int = 0
    pain_points: int = 0
    kpis: list[KpiStatus] = field(default_factory=list)

    @property
    def on_target(self) -> int:
        return sum(1 for k in self.kpis if k.status == "on target")

    @property
    def off_target(self) -> int:
        return sum(1 for k in self.kpis if k.status == "off target")


@dataclass
class JourneyMap:
    id: str
    name: str
    stages: list[MapStage]
    week_start: date | None = None  # the week the lived curve covers
    score_type: str | None = None  # which score the lived curve uses
    others: list[str] = field(default_factory=list)  # the other journeys' names
    missing: list[str] = field(default_factory=list)  # what the picture cannot show, in words

    @property
    def week_label(self) -> str | None:
        if self.week_start is None:
            return None
        year, week, _ = self.week_start.isocalendar()
        return f"{year}-W{week:02d}"

    @property
    def scale_label(self) -> str | None:
        return SCALES[self.score_type][2] if self.score_type else None

    @property
    def touchpoint_count(self) -> int:
        return sum(len(s.touchpoints) for s in self.stages)


def parse_week(text: str) -> date:
    """`2026-W47` -> the Monday of that ISO week."""
    match = WEEK.match(text.strip())
    if not match:
        raise JourneyError(f"“{text}” is not a week; write it as YYYY-Www, e.g. 2026-W47")
    try:
        return date.fromisocalendar(int(match.group(1)), int(match.group(2)), 1)
    except ValueError:
        raise JourneyError(f"“{text}” is not a week of that year; weeks run from W01 to W52 or W53") from None


def scale_onto_emotion(score_type: str, value: float) -> float:
    low, high, _label = SCALES[score_type]
    return -2.0 + 4.0 * (value - low) / (high - low)


def build_journey_map(session: Session, journey: str | None = None, week: str | None = None) -> JourneyMap:
    """The map of one journey (by name or id; default: the one with the most touchpoints) for one week
    (default: the newest week with scored comments for it)."""
    chosen, others = _choose_journey(session, journey)
    stages = list(session.scalars(select(Stage).where(Stage.journey_id == chosen.id).order_by(Stage.position)))
    touchpoints = session.scalars(select(Touchpoint).where(Touchpoint.journey_id == chosen.id)
                                  .order_by(Touchpoint.origin != "map", Touchpoint.position, Touchpoint.name))
    by_stage: dict[str, list[MapTouchpoint]] = {s.id: [] for s in stages}
    for t in touchpoints:
        if t.stage_id in by_stage:
            by_stage[t.stage_id].append(MapTouchpoint(t.name, t.channel, t.owner, t.origin == "logged"))
    kpis: dict[str, list[KpiStatus]] = {s.id: [] for s in stages}
    for kpi, previous in latest_kpis(session, Kpi.stage_id.in_(list(kpis))):
        kpis[kpi.stage_id].append(KpiStatus(metric=kpi.metric, value=kpi.value, date=kpi.date, target=kpi.target,
                                            unit=kpi.unit, higher_is_better=kpi.higher_is_better,
                                            previous=previous))
    view = JourneyMap(id=chosen.id, name=chosen.name, others=others, stages=[
        MapStage(id=s.id, name=s.name, touchpoints=by_stage[s.id], designed=s.emotion,
                 pain_points=len(s.pain_points or []) + sum(len(t.pain_points or []) for t in touchpoints
                                                             if t.stage_id == s.id),
                 kpis=sorted(kpis[s.id], key=lambda k: k.metric))
        for s in stages])
    _add_lived_curve(session, view, week)
    if not view.touchpoint_count:
        view.missing.append("no touchpoints are mapped for this journey")
    if all(s.designed is None for s in view.stages):
        view.missing.append("the map gives no emotion per stage")
    return view


def _choose_journey(session: Session, wanted: str | None) -> tuple[Journey, list[str]]:
    journeys = list(session.scalars(select(Journey).order_by(Journey.name)))
    if not journeys:
        raise NotFoundError("there are no journey maps yet; load some with `journey ingest`")
    if wanted:
        key = slugify(wanted)
        matches = [j for j in journeys if key in (j.id, slugify(j.name))]
        matches = matches or [j for j in journeys if key in j.id or key in slugify(j.name)]
        if len(matches) != 1:
            names = ", ".join(j.name for j in journeys)
            what = "no journey" if not matches else "several journeys"
            raise NotFoundError(f"{what} match “{wanted}”; the journeys are {names}")
        chosen = matches[0]
    else:
        counts = dict(session.execute(select(Touchpoint.journey_id, func.count())
                                      .group_by(Touchpoint.journey_id)).all())
        chosen = max(journeys, key=lambda j: (counts.get(j.id, 0), j.name))
    return chosen, [j.name for j in journeys if j.id != chosen.id]


def _add_lived_curve(session: Session, view: JourneyMap, week: str | None) -> None:
    stage_ids = [s.id for s in view.stages]
    scored = (select(Comment.date, Comment.stage_id, Comment.score, Comment.score_type)
              .where(Comment.stage_id.in_(stage_ids), Comment.score.is_not(None), Comment.date.is_not(None),
                     Comment.score_type.in_(list(SCALES))))
    if week:
        monday = parse_week(week)
        dated = session.execute(select(func.min(Comment.date), func.max(Comment.date))
                                .where(Comment.stage_id.in_(stage_ids), Comment.date.is_not(None))).one()
        if dated[0] is None:
            raise NotFoundError(f"no dated comments for {view.name}, so there is no week to show; "
                                f"leave out --week to draw the map alone")
        first, last = (_week_label(d.date()) for d in dated)
        if not dated[0].date() - timedelta(days=6) <= monday <= dated[1].date():
            raise NotFoundError(f"{week} holds no comments for {view.name}; its comments run from {first} to {last}")
    else:
        newest = session.scalar(scored.with_only_columns(func.max(Comment.date)))
        if newest is None:
            view.missing.append("no scored comments, so there is no curve of what customers reported")
            return
        monday = newest.date() - timedelta(days=newest.date().weekday())
    start = datetime.combine(monday, datetime.min.time())
    rows = session.execute(scored.where(Comment.date >= start, Comment.date < start + timedelta(days=7))).all()
    view.week_start = monday
    types = {r.score_type for r in rows}
    score_type = next((t for t in PREFERENCE if t in types), None)
    if score_type is None:
        view.missing.append(f"no scored comments in {view.week_label}")
        return
    view.score_type = score_type
    for stage in view.stages:
        scores = [r.score for r in rows if r.stage_id == stage.id and r.score_type == score_type]
        if not scores:
            continue
        if score_type == "nps":
            raw = 100.0 * (sum(s >= 9 for s in scores) - sum(s <= 6 for s in scores)) / len(scores)
        else:
            raw = sum(scores) / len(scores)
        stage.lived_raw, stage.lived_n = raw, len(scores)
        stage.lived = max(-2.0, min(2.0, scale_onto_emotion(score_type, raw)))


def _week_label(day: date) -> str:
    year, week, _ = day.isocalendar()
    return f"{year}-W{week:02d}"
