"""Stored rows -> the documents the search indexes hold (one per journey, stage, touchpoint, comment, ...)."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from sqlalchemy import select
from sqlalchemy.orm import Session

from journeys.store.models import Comment, Feedback, Journey, Kpi, Stage, Touchpoint
from knowledge.text import slugify
from retrieval.documents import IndexDocument


def _lines(label: str, items: Iterable[str]) -> str:
    items = list(items)
    return f"{label}: " + "; ".join(items) + "." if items else ""


def _join(*parts: str | None) -> str:
    return " ".join(p.strip() for p in parts if p and p.strip())


def journey_document(journey: Journey, stages: list[Stage]) -> IndexDocument:
    text = _join(
        f"{journey.name} journey.",
        f"Persona: {journey.persona}." if journey.persona else None,
        f"Owner: {journey.owner}." if journey.owner else None,
        journey.description,
        _lines("Stages", (s.name for s in sorted(stages, key=lambda s: s.position))),
    )
    return IndexDocument(id=f"journey:{journey.id}", kind="journey", ref_id=journey.id, title=journey.name,
                         text=text, journey_id=journey.id,
                         date=journey.updated.isoformat() if journey.updated else None)


def stage_document(stage: Stage, journey: Journey, touchpoints: list[Touchpoint]) -> IndexDocument:
    text = _join(
        f"{stage.name} stage of the {journey.name} journey.",
        f"Goal: {stage.goal}." if stage.goal else None,
        _lines("Touchpoints", (t.name for t in touchpoints)),
        _lines("Pain points", stage.pain_points),
        _lines("Opportunities", stage.opportunities),
    )
    return IndexDocument(id=f"stage:{stage.id}", kind="stage", ref_id=stage.id, title=stage.name, text=text,
                         journey_id=journey.id, stage_id=stage.id,
                         date=journey.updated.isoformat() if journey.updated else None)


def touchpoint_document(touchpoint: Touchpoint, stage_name: str, journey: Journey | None) -> IndexDocument:
    text = _join(
        f"{touchpoint.name}: a touchpoint of the {stage_name} stage"
        + (f" ({journey.name} journey)." if journey else "."),
        f"Channel: {touchpoint.channel}." if touchpoint.channel else None,
        f"Owner: {touchpoint.owner}." if touchpoint.owner else None,
        touchpoint.description,
        _lines("Pain points", touchpoint.pain_points),
        _lines("Opportunities", touchpoint.opportunities),
        _lines("Metrics", touchpoint.metrics),
    )
    when = touchpoint.logged_at.date().isoformat() if touchpoint.logged_at else (
        journey.updated.isoformat() if journey and journey.updated else None)
    return IndexDocument(id=f"touchpoint:{touchpoint.id}", kind="touchpoint", ref_id=touchpoint.id,
                         title=touchpoint.name, text=text, journey_id=touchpoint.journey_id,
                         stage_id=touchpoint.stage_id, touchpoint_id=touchpoint.id, date=when)


def unresolved(name: str | None) -> str | None:
    """Index key for a stage or touchpoint that only a comment or KPI file names (no map knows it)."""
    return f"~{slugify(name)}" if name else None


def comment_document(comment: Comment) -> IndexDocument | None:
    if not comment.text.strip():
        return None  # a score-only response: counted in NPS, nothing to search
    where = comment.touchpoint or comment.stage or comment.journey
    title = f"Comment on {where}" if where else "Comment"
    return IndexDocument(id=f"comment:{comment.id}", kind="comment", ref_id=comment.id, title=title,
                         text=comment.text, journey_id=comment.journey_id,
                         stage_id=comment.stage_id or unresolved(comment.stage),
                         touchpoint_id=comment.touchpoint_id or unresolved(comment.touchpoint),
                         date=comment.date.date().isoformat() if comment.date else None, score=comment.score)


def kpi_document(kpi: Kpi) -> IndexDocument:
    where = kpi.touchpoint or kpi.stage or kpi.journey
    unit = kpi.unit or ""
    value = f"{kpi.value:g}{unit if unit == '%' else (' ' + unit if unit else '')}"
    text = _join(
        f"{kpi.metric.replace('_', ' ')} was {value} in the week of {kpi.date.isoformat()}"
        + (f" at {where}." if where else "."),
        f"Target {kpi.target:g}{unit if unit == '%' else ''}." if kpi.target is not None else None,
    )
    return IndexDocument(id=f"kpi:{kpi.id}", kind="kpi", ref_id=kpi.id, title=kpi.metric, text=text,
                         journey_id=kpi.journey_id, stage_id=kpi.stage_id or unresolved(kpi.stage),
                         touchpoint_id=kpi.touchpoint_id or unresolved(kpi.touchpoint),
                         date=kpi.date.isoformat(), score=kpi.value)


def feedback_document(item: Feedback) -> IndexDocument:
    where = item.where_text
    return IndexDocument(id=f"feedback:{item.id}", kind="feedback", ref_id=str(item.id),
                         title=f"Feedback on {where}" if where else "Feedback", text=item.text,
                         journey_id=item.journey_id, stage_id=item.stage_id, touchpoint_id=item.touchpoint_id,
                         date=item.created_at.date().isoformat(), score=item.score)


def map_documents(session: Session, journey_ids: Iterable[str] | None = None) -> Iterator[IndexDocument]:
    """Journey, stage and touchpoint documents (all journeys when journey_ids is None)."""
    query = select(Journey)
    if journey_ids is not None:
        query = query.where(Journey.id.in_(list(journey_ids)))
    for journey in session.scalars(query):
        stages = list(session.scalars(select(Stage).where(Stage.journey_id == journey.id)))
        touchpoints = list(session.scalars(select(Touchpoint).where(Touchpoint.journey_id == journey.id)
                                           .order_by(Touchpoint.position)))
        yield journey_document(journey, stages)
        names = {s.id: s.name for s in stages}
        for stage in stages:
            yield stage_document(stage, journey, [t for t in touchpoints if t.stage_id == stage.id])
        for touchpoint in touchpoints:
            yield touchpoint_document(touchpoint, names.get(touchpoint.stage_id, touchpoint.stage_id), journey)


def all_documents(session: Session) -> Iterator[IndexDocument]:
    yield from map_documents(session)
    for comment in session.scalars(select(Comment)).yield_per(5000):
        doc = comment_document(comment)
        if doc:
            yield doc
    for kpi in session.scalars(select(Kpi)):
        yield kpi_document(kpi)
    for item in session.scalars(select(Feedback)):
        yield feedback_document(item)
