"""What the knowledge base holds, read from SQL only (safe while another process serves)."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field

from sqlalchemy import func, select

from journeys.store.db import Database
from journeys.store.models import (
    AlertSubscription,
    Comment,
    Feedback,
    Journey,
    Kpi,
    Source,
    Stage,
    Subscription,
    Touchpoint,
    Vote,
)
from retrieval.tables import index_docs


@dataclass
class Status:
    journeys: int
    stages: int
    touchpoints: int
    comments: int
    kpis: int
    feedback: int
    votes: int
    subscriptions: int
    indexed: int
    logged_touchpoints: int = 0
    metrics: int = 0
    sources: int = 0
    comments_from: str | None = None
    comments_to: str | None = None
    database: str = ""
    journey_names: list[str] = field(default_factory=list)

    def to_dict(self) -> dict:
        return asdict(self)


def read_status(db: Database) -> Status:
    def count(model, *where) -> int:  # type: ignore[no-untyped-def]
        return int(session.scalar(select(func.count()).select_from(model).where(*where)) or 0)

    with db.session() as session:
        first, last = session.execute(select(func.min(Comment.date), func.max(Comment.date))).one()
        return Status(
            journeys=count(Journey), stages=count(Stage), touchpoints=count(Touchpoint), comments=count(Comment),
            kpis=count(Kpi), feedback=count(Feedback), votes=count(Vote),
            subscriptions=count(Subscription) + count(AlertSubscription),  # summaries and alerts
            indexed=int(session.scalar(select(func.count()).select_from(index_docs)) or 0),
            logged_touchpoints=count(Touchpoint, Touchpoint.origin == "logged"),
            metrics=int(session.scalar(select(func.count(func.distinct(Kpi.metric_slug)))) or 0),
            sources=count(Source),
            comments_from=first.date().isoformat() if first else None,
            comments_to=last.date().isoformat() if last else None,
            database=db.engine.url.render_as_string(hide_password=True),
            journey_names=list(session.scalars(select(Journey.name).order_by(Journey.name))),
        )
