"""Exactly-once posting from the database: a unique row per (subscription, period) or (alert, channel).

The first process to insert the row holds a lease and posts; it marks the row `posted` after. A row whose
lease ran out while still `claimed` (its process died mid-post) may be taken over; a posted one never is.
Alerts are stored once per (subject, period, kind) whoever detects them first.
"""

from __future__ import annotations

import logging
from datetime import datetime, timedelta

from sqlalchemy import select, update
from sqlalchemy.exc import IntegrityError

from journeys.store.db import Database
from journeys.store.models import Alert, AlertPost, AlertSubscription, SummaryPost
from journeys.subscriptions import utcnow
from journeys.summary.model import AlertItem

LEASE = timedelta(minutes=5)
ALERT_MAX_AGE = timedelta(days=7)  # older unposted alerts are news no more
log = logging.getLogger("journey.summary")

ClaimModel = type[SummaryPost] | type[AlertPost]


def claim(db: Database, model: ClaimModel, owner: str, now: datetime | None = None, lease: timedelta = LEASE,
          **keys: object) -> int | None:
    """The claim row's id when this caller may post now; None when posted already or leased by another."""
    now = now or utcnow()
    try:
        with db.session() as session:
            row = model(**keys, status="claimed", claimed_by=owner, lease_until=now + lease)  # type: ignore[arg-type]
            session.add(row)
            session.flush()
            return int(row.id)
    except IntegrityError:
        pass
    where = [getattr(model, k) == v for k, v in keys.items()]
    with db.session() as session:
        taken = session.execute(update(model).where(*where, model.status == "claimed", model.lease_until < now)
                                .values(claimed_by=owner, lease_until=now + lease))
        if not taken.rowcount:  # type: ignore[attr-defined]
            return None
        return int(session.scalar(select(model.id).where(*where)))  # type: ignore[arg-type]


def finish(db: Database, model: ClaimModel, row_id: int, status: str = "posted", message_ts: str | None = None,
           note: str | None = None, now: datetime | None = None) -> None:
    """posted | skipped | failed: never claimed again."""
    with db.session() as session:
        session.execute(update(model).where(model.id == row_id).values(
            status=status, message_ts=message_ts, note=note, done_at=now or utcnow(), lease_until=None))


def release(db: Database, model: ClaimModel, row_id: int) -> None:
    """Give the claim back at once (a passing failure): the next tick, here or elsewhere, tries again."""
    with db.session() as session:
        session.execute(update(model).where(model.id == row_id, model.status == "claimed")
                        .values(lease_until=datetime(1970, 1, 1)))


def record_skipped(db: Database, subscription_id: int, period: str, channel_id: str, note: str) -> bool:
    """Note a run that was missed and is too old to post; True the first time."""
    try:
        with db.session() as session:
            session.add(SummaryPost(subscription_id=subscription_id, period=period, channel_id=channel_id,
                                    status="skipped", note=note, done_at=utcnow()))
    except IntegrityError:
        return False
    log.info("skipped the %s summary for %s: %s", period, channel_id, note)
    return True


def is_done(db: Database, subscription_id: int, period: str) -> bool:
    with db.session() as session:
        return session.scalar(select(SummaryPost.id).where(SummaryPost.subscription_id == subscription_id,
                                                           SummaryPost.period == period)) is not None


# --- alerts -----------------------------------------------------------------------------------------------


def record_alerts(db: Database, items: list[AlertItem], now: datetime | None = None) -> list[int]:
    """Store the alerts not seen before (one per subject, period, kind); the ids of the new ones."""
    new = []
    for item in items:
        try:
            with db.session() as session:
                row = Alert(subject=item.subject[:400], period=item.period, kind=item.kind, message=item.message,
                            detail={}, detected_at=now or utcnow())
                session.add(row)
                session.flush()
                new.append(int(row.id))
        except IntegrityError:
            continue
    return new


def pending_alert_posts(db: Database, now: datetime | None = None) -> list[tuple[Alert, str]]:
    """(alert, channel) pairs still to post: alerts detected since the channel subscribed, within a week."""
    now = now or utcnow()
    with db.session() as session:
        subs = list(session.scalars(select(AlertSubscription)))
        alerts = list(session.scalars(select(Alert).where(Alert.detected_at >= now - ALERT_MAX_AGE)
                                      .order_by(Alert.id)))
        done = {(p.alert_id, p.channel_id) for p in session.scalars(
            select(AlertPost).where(AlertPost.status != "claimed"))}
        session.expunge_all()
    return [(a, s.channel_id) for s in subs for a in alerts
            if a.detected_at >= s.created_at and (a.id, s.channel_id) not in done]
