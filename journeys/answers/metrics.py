"""Exact figures from SQL: KPI series (latest, change, target, trend) and NPS/CSAT/CES derived from survey
scores, always with n."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from journeys.answers.periods import Period
from journeys.answers.segment_words import in_segment
from journeys.answers.vocabulary import Entity
from journeys.kpis import KpiPoint, MetricSeries, load_series
from journeys.scales import SCALES, is_detractor, is_positive
from journeys.store.db import store_cached
from journeys.store.models import Comment
from knowledge.text import slugify

__all__ = ["KpiPoint", "MetricSeries", "load_series", "pick_series", "points_in", "derived_scores", "ScoreStats",
           "score_text", "shown_score", "ranked_by", "usual_score_type"]


def points_in(series: MetricSeries, period: Period | None) -> list[KpiPoint]:
    """The series' snapshots in the period; for "the last N weeks", its last N weekly snapshots, though the
    newest is dated some days before the data's newest day (a snapshot taken on a Monday of the week before)."""
    if period is None:
        return series.points
    if period.snapshots:
        recent = series.within(period.start - timedelta(days=6), period.end)
        return recent[-period.snapshots:]
    return series.within(period.start, period.end)


def pick_series(series: list[MetricSeries], stage: Entity | None, touchpoint: Entity | None,
                journey: Entity | None = None) -> list[MetricSeries]:
    """The series measured where the question points; else the journey- or stage-level ones; else all. A
    journey the question names narrows first: the same metric in another journey is another figure."""
    if journey is not None and journey.id and any(s.journey_id == journey.id for s in series):
        series = [s for s in series if s.journey_id == journey.id]

    def at(s: MetricSeries, entity: Entity | None, attr: str) -> bool:
        if entity is None:
            return False
        value = getattr(s, attr)
        return value == entity.id if entity.id else slugify(s.where) == slugify(entity.name)

    for entity, attr in ((touchpoint, "touchpoint_id"), (stage, "stage_id")):
        exact = [s for s in series if at(s, entity, attr)]
        if exact:
            return exact
    return sorted(series, key=lambda s: (s.touchpoint is not None, s.stage is not None, s.where))


def score_text(value: float, score_type: str) -> str:
    """A score derived from survey scores, to one decimal (whole numbers bare): NPS signed, CSAT a share."""
    shown = f"{value:+.1f}" if score_type == "nps" else f"{value:.1f}" if score_type == "csat" else f"{value:.2f}"
    return shown.replace(".0", "") if shown.endswith(".0") else shown


@dataclass
class ScoreStats:
    score_type: str
    n: int
    value: float  # NPS (-100..100), CSAT % satisfied, CES mean
    mean: float
    promoters: int = 0
    passives: int = 0
    detractors: int = 0
    first: date | None = None
    last: date | None = None
    where: str = ""
    period: Period | None = None

    def describe(self) -> str:
        place = f" at {self.where}" if self.where else ""
        span = f" {self.period.label}" if self.period else (
            f" from {self.first.isoformat()} to {self.last.isoformat()}" if self.first and self.last else "")
        if self.score_type == "nps":
            return (f"NPS{place}{span}: {score_text(self.value, 'nps')} from {self.n} survey scores "
                    f"({self.promoters} promoters 9-10, {self.passives} passives 7-8, "
                    f"{self.detractors} detractors 0-6).")
        if self.score_type == "csat":
            return (f"CSAT{place}{span}: {score_text(self.value, 'csat')}% satisfied (4-5 of 5), mean {self.mean:.2f}, "
                    f"from {self.n} survey scores.")
        return f"{self.score_type.upper()}{place}{span}: mean {self.mean:.2f} from {self.n} survey scores."


def shown_score(stats: ScoreStats, by_mean: bool = False) -> str:
    """A derived score as answers write it: NPS signed, CSAT the share satisfied with its mean score, any other
    type its mean. Asked for the average ("avg csat", "by avg nps score"), the mean score comes first."""
    scale = SCALES.get(stats.score_type)
    mean = f"mean {stats.mean:.2f}" + (f" of {scale.high:g}" if scale else "")
    if stats.score_type == "nps":
        nps = score_text(stats.value, "nps")
        return f"{mean}, NPS {nps}" if by_mean else nps
    if stats.score_type == "csat":
        share = f"{score_text(stats.value, 'csat')}% satisfied"
        return f"{mean}, {share}" if by_mean else f"{share}, {mean}"
    return mean


def ranked_by(stats: ScoreStats, by_mean: bool = False) -> float:
    """What a derived score ranks by: the mean score when the average is asked for, else the score itself."""
    return stats.mean if by_mean else stats.value


def derived_scores(session: Session, score_type: str, stage: Entity | None, touchpoint: Entity | None,
                   period: Period | None, segment: str | None = None, journey: Entity | None = None,
                   but_segment: str | None = None, survey: str | None = None) -> ScoreStats | None:
    """NPS = % promoters (9-10) - % detractors (0-6); CSAT = % of 4-5; CES = mean. None without scores. With a
    segment, only that segment's scores; with `but_segment`, everyone else's (other segments' and those with
    none); with a journey and no place, only that journey's; with a survey, only that comments file's."""
    query = select(Comment.score, Comment.date).where(Comment.score_type == score_type, Comment.score.is_not(None))
    if segment is not None:
        query = query.where(in_segment(segment))
    if but_segment is not None:
        query = query.where(or_(Comment.segment.is_(None), ~in_segment(but_segment)))
    if survey is not None:  # one comments file's scores ("the placement pulse responses")
        query = query.where(Comment.source_path == survey)
    where, place = "", None
    for entity, id_column, raw_column in ((touchpoint, Comment.touchpoint_id, Comment.touchpoint),
                                          (stage, Comment.stage_id, Comment.stage)):
        if entity is not None:
            query = query.where(id_column == entity.id if entity.id
                                else func.lower(raw_column) == entity.name.lower())
            where, place = entity.name, (id_column.key, entity.id or None, entity.name.lower())
            break
    else:
        if journey is not None and journey.id:
            query = query.where(Comment.journey_id == journey.id)
            where = journey.name
    if period:
        query = query.where(Comment.date >= datetime.combine(period.start, datetime.min.time()),
                            Comment.date < datetime.combine(period.end + timedelta(days=1), datetime.min.time()))
    # the same rows for as long as the store generation stands (a place named by its raw column scans them all)
    key = ("derived scores", score_type, segment.lower() if segment is not None else None,
           but_segment.lower() if but_segment is not None else None, place,
           journey.id if journey is not None and place is None else None, survey,
           (period.start, period.end) if period else None)
    rows = store_cached(session, key, lambda: tuple((r.score, r.date) for r in session.execute(query)))
    if not rows:
        return None
    scores = [score for score, _ in rows]
    dates = [day.date() for _, day in rows if day]
    n = len(scores)
    stats = ScoreStats(score_type, n, 0.0, sum(scores) / n, where=where, period=period,
                       first=min(dates) if dates else None, last=max(dates) if dates else None)
    if score_type == "nps":
        stats.promoters = sum(1 for s in scores if is_positive(s, "nps"))
        stats.detractors = sum(1 for s in scores if is_detractor(s))
        stats.passives = n - stats.promoters - stats.detractors
        stats.value = 100.0 * (stats.promoters - stats.detractors) / n
    elif score_type == "csat":
        stats.value = 100.0 * sum(1 for s in scores if is_positive(s, "csat")) / n
    else:
        stats.value = stats.mean
    return stats


def usual_score_type(session: Session, place: Entity | None, journey: Entity | None) -> str | None:
    """The score type most survey scores at the place (or in the journey, or in the base) are given in, for a
    question that names none: one survey may give NPS and another CSAT."""
    query = select(Comment.score_type, func.count()).where(Comment.score.is_not(None), Comment.score_type.is_not(None))
    column = {"touchpoint": Comment.touchpoint_id, "stage": Comment.stage_id}.get(place.kind) if place else None
    if column is not None and place is not None and place.id:
        query = query.where(column == place.id)
    elif journey is not None and journey.id:
        query = query.where(Comment.journey_id == journey.id)
    row = session.execute(query.group_by(Comment.score_type).order_by(func.count().desc()).limit(1)).first()
    return row[0] if row else None
