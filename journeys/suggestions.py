"""Questions worth asking, drawn from what the knowledge base holds (for the assistant panel's prompts)."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from journeys.answers.format import metric_label
from journeys.cards import latest_kpis
from journeys.store.models import Comment, Journey, Kpi, Stage, Touchpoint


@dataclass(frozen=True)
class Suggestion:
    title: str  # the short label on the button
    message: str  # the question sent when it is clicked


def _off_target_gap(kpi: Kpi) -> float:
    """How far a KPI misses its target, relative to the target (0 when on target or without one)."""
    if kpi.target is None or kpi.target == 0:
        return 0.0
    gap = (kpi.target - kpi.value) if kpi.higher_is_better else (kpi.value - kpi.target)
    return max(gap, 0.0) / abs(kpi.target)


def suggested_questions(session: Session, limit: int = 4) -> list[Suggestion]:
    """Up to `limit` questions about the painful stage, the KPI furthest off target, the most discussed
    touchpoint and the main journey; [] for an empty knowledge base."""
    found: list[Suggestion] = []
    stages = list(session.scalars(select(Stage)))
    if stages:
        stage = max(stages, key=lambda s: (len(s.pain_points or []), -s.position))
        found.append(Suggestion(f"Pain points in {stage.name}",
                                f"What are the main pain points in the {stage.name} stage?"))
    kpis = [kpi for kpi, _previous in latest_kpis(session)]
    worst = max(kpis, key=_off_target_gap, default=None)
    if worst is not None:
        label = metric_label(worst.metric)
        if _off_target_gap(worst) > 0:
            found.append(Suggestion(f"Why is {label} off target?", f"Why is {label} off target?"))
        else:
            found.append(Suggestion(f"How is {label} trending?", f"How has {label} changed recently?"))
    discussed = session.execute(
        select(Touchpoint.name, func.count(Comment.id)).join(Comment, Comment.touchpoint_id == Touchpoint.id)
        .group_by(Touchpoint.id, Touchpoint.name).order_by(func.count(Comment.id).desc()).limit(1)
    ).first()
    if discussed is not None:
        found.append(Suggestion(f"What customers say about {discussed[0]}",
                                f"What do customers say about {discussed[0]}?"))
    journey = session.execute(
        select(Journey.name).join(Stage, Stage.journey_id == Journey.id).group_by(Journey.id, Journey.name)
        .order_by(func.count(Stage.id).desc(), Journey.name).limit(1)
    ).scalar()
    if journey:
        found.append(Suggestion(f"{journey} at a glance",
                                f"How is the {journey} journey doing overall?"))
    return found[:limit]
