"""One home for what a KPI series is and whether it is on target. Answers, cards and summaries all call this.

A series is one metric measured at one place: (journey, stage, touchpoint, extra properties such as a
segment), its snapshots oldest first. On target means at or past the target in the metric's own direction.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from journeys.documents import kpi_document
from journeys.store.db import keeps_store_values, store_cached
from journeys.store.models import Journey, Kpi, Stage, Touchpoint


def on_target(value: float, target: float | None, higher_is_better: bool) -> bool | None:
    """True on or past the target, False short of it, None without a target."""
    if target is None:
        return None
    return value >= target if higher_is_better else value <= target


def status_word(value: float, target: float | None, higher_is_better: bool) -> str:
    ok = on_target(value, target, higher_is_better)
    return "no target" if ok is None else "on target" if ok else "off target"


def gap(value: float, target: float | None, higher_is_better: bool) -> float:
    """How far short of target (0 when on target or without one), in the metric's units."""
    if target is None or on_target(value, target, higher_is_better):
        return 0.0
    return abs(target - value)


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
    journey_id: str | None = None
    journey: str | None = None  # the journey's display name
    stage: str | None = None  # the stage's display name
    touchpoint: str | None = None  # the touchpoint's display name
    position: int = 999  # the stage's place in its journey, for ordering
    points: list[KpiPoint] = field(default_factory=list)

    @property
    def latest(self) -> KpiPoint:
        return self.points[-1]

    @property
    def unit(self) -> str:
        return self.points[-1].row.unit or "" if self.points else ""

    @property
    def higher_is_better(self) -> bool:
        return self.points[-1].row.higher_is_better if self.points else True

    @property
    def target(self) -> float | None:
        return self.points[-1].row.target if self.points else None

    @property
    def status(self) -> str:
        return status_word(self.latest.value, self.target, self.higher_is_better) if self.points else "no target"

    @property
    def on_target(self) -> bool | None:
        return on_target(self.latest.value, self.target, self.higher_is_better) if self.points else None

    def within(self, start: date | None, end: date | None) -> list[KpiPoint]:
        return [p for p in self.points if (start is None or p.date >= start) and (end is None or p.date <= end)]

    def before(self, day: date) -> KpiPoint | None:
        earlier = [p for p in self.points if p.date < day]
        return earlier[-1] if earlier else None


def load_series(session: Session, slug: str | None = None, *where) -> list[MetricSeries]:  # type: ignore[no-untyped-def]
    """Every series (of one metric, or of all), one per place it is measured, oldest point first, in journey
    and stage order. Read once per store generation on the answer path (db.store_cached): a question reads them
    more than once, and most questions read them."""
    key = ("kpi series", slug, tuple(_clause_key(clause) for clause in where))
    if slug is not None and not where and keeps_store_values(session):
        # one metric's series are those of the one read of every series, in the same order (the same rows
        # grouped the same way): one read a generation for all the metrics questions ask about
        return list(store_cached(session, key, lambda: sorted(
            (s for s in load_series(session) if s.slug == slug), key=_order(slug))))
    return list(store_cached(session, key, lambda: _read_series(session, slug, *where)))


def _order(slug: str | None):  # type: ignore[no-untyped-def]
    """How a read's series are listed: by metric when it holds all of them, then journey, stage order,
    stage-wide before touchpoints, place."""
    return lambda s: (s.slug if slug is None else "", s.journey or "", s.position, s.touchpoint is not None, s.where)


def _clause_key(clause) -> tuple:  # type: ignore[no-untyped-def,type-arg]
    """A SQL condition as a cache key: its text and bound values."""
    compiled = clause.compile()
    return str(compiled), tuple(sorted(compiled.params.items()))


def _read_series(session: Session, slug: str | None, *where) -> list[MetricSeries]:  # type: ignore[no-untyped-def]
    journeys = {j.id: j.name for j in session.scalars(select(Journey))}
    stages = {s.id: (s.name, s.position) for s in session.scalars(select(Stage))}
    touchpoints = {t.id: t.name for t in session.scalars(select(Touchpoint))}
    query = select(Kpi).where(*where)
    if slug is not None:
        query = query.where(Kpi.metric_slug == slug)
    groups: dict[tuple, MetricSeries] = {}
    for row in session.scalars(query.order_by(Kpi.date, Kpi.id)):
        key = (row.metric_slug, row.journey_id or row.journey, row.stage_id or row.stage,
               row.touchpoint_id or row.touchpoint, tuple(sorted((row.properties or {}).items())))
        series = groups.get(key)
        if series is None:
            stage, position = stages.get(row.stage_id or "", (row.stage, 999))
            touchpoint = touchpoints.get(row.touchpoint_id or "") or row.touchpoint
            where_name = touchpoint or stage or ""
            extra = ", ".join(f"{v}" for _, v in key[4])
            series = groups[key] = MetricSeries(
                row.metric, row.metric_slug, f"{where_name} ({extra})" if extra else where_name, row.stage_id,
                row.touchpoint_id, row.journey_id, journeys.get(row.journey_id or "") or row.journey, stage,
                touchpoint, position)
        series.points.append(KpiPoint(row))
    return sorted(groups.values(), key=_order(slug))
