"""A small, exact knowledge base written straight into SQL (no embeddings), for tests of the read models."""

from __future__ import annotations

import hashlib
from datetime import date, datetime, timedelta

from journeys.store.db import Database
from journeys.store.models import Comment, Feedback, Journey, Kpi, Stage, Touchpoint

WEEKS = [date(2026, 10, 26), date(2026, 11, 2), date(2026, 11, 9)]



def _kpi_id(*parts: object) -> str:
    """Short like the ids ingest gives (kpis.id is 64 characters, which PostgreSQL enforces)."""
    return "k-" + hashlib.sha1("|".join(map(str, parts)).encode()).hexdigest()[:16]

def _stage(journey: str, name: str, position: int, pain_points: list[str] | None = None, **extra) -> Stage:
    slug = name.lower().replace(" ", "-")
    return Stage(id=f"{journey}/{slug}", journey_id=journey, slug=slug, name=name, position=position,
                 pain_points=pain_points or [], opportunities=[], content_hash="h", **extra)


def _touchpoint(stage: str, name: str, position: int, **extra) -> Touchpoint:
    slug = name.lower().replace(" ", "-")
    return Touchpoint(id=f"{stage}/{slug}", journey_id=stage.split("/")[0], stage_id=stage, slug=slug, name=name,
                      position=position, content_hash="h", pain_points=[], opportunities=[], metrics=[], **extra)


def _kpis(metric: str, values: list[float], *, journey: str | None = "online-purchase", stage: str | None = None,
          touchpoint: str | None = None, target: float | None = None, unit: str | None = "%",
          higher_is_better: bool = True) -> list[Kpi]:
    rows = []
    for day, value in zip(WEEKS[-len(values):], values, strict=True):
        rows.append(Kpi(
            id=_kpi_id(metric, stage, touchpoint, day), metric=metric, metric_slug=metric, value=value, date=day,
            journey_id=journey, stage_id=stage, touchpoint_id=touchpoint, target=target, unit=unit,
            higher_is_better=higher_is_better, properties={}, content_hash="h",
            touchpoint=touchpoint.rsplit("/", 1)[-1].title() if touchpoint else None,
        ))
    return rows


def seed(db: Database, today: date | None = None) -> None:
    """Two journeys; `Support` is a stage of both (for ambiguity); KPIs on and off target."""
    today = today or date.today()
    with db.session() as s:
        s.add_all([
            Journey(id="online-purchase", name="Online purchase", content_hash="h"),
            Journey(id="returns", name="Returns", content_hash="h"),
        ])
        s.add_all([
            _stage("online-purchase", "Awareness", 0, ["Ads show sold-out products"], emotion=1),
            _stage("online-purchase", "Decision", 1,
                   ["Delivery cost revealed only at checkout", "Promo codes rejected"], emotion=-1,
                   goal="Buy quickly at a known price"),
            _stage("online-purchase", "Support", 2, ["Long waits on the phone"]),
            _stage("returns", "Request", 0),
            _stage("returns", "Support", 1),
        ])
        s.add_all([
            _touchpoint("online-purchase/decision", "Checkout", 0, channel="web", owner="Web team"),
            _touchpoint("online-purchase/decision", "Payment", 1, channel="web", owner="Payments"),
            _touchpoint("online-purchase/decision", "Gift note", 2, origin="logged", logged_by="U7",
                        logged_at=datetime(2026, 11, 10)),
            _touchpoint("online-purchase/awareness", "Instagram ad", 0, channel="social"),
        ])
        s.add_all(_kpis("conversion_rate", [3.1, 2.9, 2.7], stage="online-purchase/decision", target=3.0))
        s.add_all(_kpis("cart_abandonment_rate", [70.0, 75.0], stage="online-purchase/decision",
                        touchpoint="online-purchase/decision/checkout", target=65.0, higher_is_better=False))
        s.add_all(_kpis("email_open_rate", [36.0], stage="online-purchase/awareness", target=35.0))
        s.add_all(_kpis("nps", [40.0, 32.0], target=40.0, unit=None))
        s.add_all([
            Comment(id="c1", text="Couldn't find the delivery costs anywhere before checkout.",
                    date=datetime(2026, 11, 3), stage_id="online-purchase/decision",
                    touchpoint_id="online-purchase/decision/checkout", score=3, score_type="nps", properties={},
                    content_hash="h"),
            Comment(id="c2", text="Payment failed twice on mobile.", date=datetime.combine(today, datetime.min.time()),
                    stage_id="online-purchase/decision", touchpoint_id="online-purchase/decision/payment", score=1,
                    score_type="nps", properties={}, content_hash="h"),
        ])
        s.add_all([
            Feedback(text="Checkout asked for my account twice", created_at=datetime.now()),
            Feedback(text="Old news", created_at=datetime.now() - timedelta(days=30)),
        ])
