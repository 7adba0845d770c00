"""Exact figures from SQL: KPI series (latest, change, target, trend) and NPS/CSAT/CES derived from survey
scores, always with n."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from journeys.answers.periods import Period
from journeys.answers.vocabulary import Entity
from journeys.documents import kpi_document
from journeys.store.models import Comment, Kpi, Stage, Touchpoint
from knowledge.text import slugify


@dataclass
class KpiPoint:
    row: Kpi

    @property
    def value(self) -> float:
        return self.row.value

    @property
    def date(self) -> date:
        return self.row.date

    @property
    def doc_text(self) -> str:
        return kpi_document(self.row).text


@dataclass
class MetricSeries:
    metric: str
    slug: str
    where: str  # display name of where it is measured ("" for journey level)
    stage_id: str | None
    touchpoint_id: str | None
    points: list[KpiPoint] = field(default_factory=list)

    @property
    def unit(self) -> str:
        return self.points[-1].row.unit or "" if self.points else ""

    @property
    def higher_is_better(self) -> bool:
        return self.points[-1].row.higher_is_better if self.points else True

    @property
    def target(self) -> float | None:
        return self.points[-1].row.target if self.points else None

    def within(self, period: Period | None) -> list[KpiPoint]:
        if period is None:
            return self.points
        return [p for p in self.points if period.start <= p.date <= period.end]

    def before(self, day: date) -> KpiPoint | None:
        earlier = [p for p in self.points if p.date < day]
        return earlier[-1] if earlier else None


def load_series(session: Session, slug: str) -> list[MetricSeries]:
    """All series of one metric, one per place it is measured, oldest point first."""
    names = _place_names(session)
    groups: dict[tuple, MetricSeries] = {}
    rows = session.scalars(select(Kpi).where(Kpi.metric_slug == slug).order_by(Kpi.date))
    for row in rows:
        key = (row.journey_id or row.journey, row.stage_id or row.stage, row.touchpoint_id or row.touchpoint,
               tuple(sorted((row.properties or {}).items())))
        series = groups.get(key)
        if series is None:
            where = (names.get(row.touchpoint_id or "") or row.touchpoint or names.get(row.stage_id or "")
                     or row.stage or "")
            extra = ", ".join(f"{v}" for _, v in key[3])
            series = groups[key] = MetricSeries(row.metric, slug, f"{where} ({extra})" if extra else where,
                                                row.stage_id, row.touchpoint_id)
        series.points.append(KpiPoint(row))
    return list(groups.values())


def _place_names(session: Session) -> dict[str, str]:
    names = {s.id: s.name for s in session.scalars(select(Stage))}
    names.update({t.id: t.name for t in session.scalars(select(Touchpoint))})
    return names


def pick_series(series: list[MetricSeries], stage: Entity | None, touchpoint: Entity | None) -> list[MetricSeries]:
    """The series measured where the question points; else the journey- or stage-level ones; else all."""
    def at(s: MetricSeries, entity: Entity | None, attr: str) -> bool:
        if entity is None:
            return False
        value = getattr(s, attr)
        return value == entity.id if entity.id else slugify(s.where) == slugify(entity.name)

    for entity, attr in ((touchpoint, "touchpoint_id"), (stage, "stage_id")):
        exact = [s for s in series if at(s, entity, attr)]
        if exact:
            return exact
    return sorted(series, key=lambda s: (s.touchpoint_id is not None, s.where))


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
            return (f"NPS{place}{span}: {self.value:+.0f} from {self.n} survey scores "
                    f"({self.promoters} promoters 9-10, {self.passives} passives 7-8, "
                    f"{self.detractors} detractors 0-6).")
        if self.score_type == "csat":
            return (f"CSAT{place}{span}: {self.value:.0f}% satisfied (4-5 of 5), mean {self.mean:.2f}, "
                    f"from {self.n} survey scores.")
        return f"{self.score_type.upper()}{place}{span}: mean {self.mean:.2f} from {self.n} survey scores."


def derived_scores(session: Session, score_type: str, stage: Entity | None, touchpoint: Entity | None,
                   period: Period | None) -> ScoreStats | None:
    """NPS = % promoters (9-10) - % detractors (0-6); CSAT = % of 4-5; CES = mean. None without scores."""
    query = select(Comment.score, Comment.date).where(Comment.score_type == score_type, Comment.score.is_not(None))
    where = ""
    for entity, id_column, raw_column in ((touchpoint, Comment.touchpoint_id, Comment.touchpoint),
                                          (stage, Comment.stage_id, Comment.stage)):
        if entity is not None:
            query = query.where(id_column == entity.id if entity.id
                                else func.lower(raw_column) == entity.name.lower())
            where = entity.name
            break
    if period:
        query = query.where(Comment.date >= datetime.combine(period.start, datetime.min.time()),
                            Comment.date < datetime.combine(period.end + timedelta(days=1), datetime.min.time()))
    rows = session.execute(query).all()
    if not rows:
        return None
    scores = [r.score for r in rows]
    dates = [r.date.date() for r in rows if r.date]
    n = len(scores)
    stats = ScoreStats(score_type, n, 0.0, sum(scores) / n, where=where, period=period,
                       first=min(dates) if dates else None, last=max(dates) if dates else None)
    if score_type == "nps":
        stats.promoters = sum(1 for s in scores if s >= 9)
        stats.detractors = sum(1 for s in scores if s <= 6)
        stats.passives = n - stats.promoters - stats.detractors
        stats.value = 100.0 * (stats.promoters - stats.detractors) / n
    elif score_type == "csat":
        stats.value = 100.0 * sum(1 for s in scores if s >= 4) / n
    else:
        stats.value = stats.mean
    return stats
