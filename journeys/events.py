"""Exactly-once delivery and conversation context for the Slack edge, kept in SQL so replicas share them.

A delivery is claimed by inserting its key into `processed_events`; the primary key makes the second
insert fail, whichever process or replica tries it, so a retried or doubled event is handled once.
"""

from __future__ import annotations

from dataclasses import asdict, fields
from datetime import UTC, datetime, timedelta

from sqlalchemy import delete, update
from sqlalchemy.exc import IntegrityError

from journeys.answers.model import Focus
from journeys.store.db import Database
from journeys.store.models import ProcessedEvent, ThreadFocus
from retrieval.reconnect import retrying

KEY_LENGTH = 200


def utcnow() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)  # naive UTC, as the other tables store it


@retrying("claiming a Slack delivery")
def claim_event(db: Database, key: str) -> bool:
    """True for the first caller with this key (go ahead), False for every later one (a duplicate)."""
    try:
        with db.session() as session:
            session.add(ProcessedEvent(key=key[:KEY_LENGTH], received_at=utcnow()))
    except IntegrityError:
        return False
    return True


def prune_events(db: Database, older_than: timedelta = timedelta(days=2)) -> int:
    """Forget claims older than Slack's retry window (minutes); returns how many rows went."""
    with db.session() as session:
        cutoff = utcnow() - older_than
        result = session.execute(delete(ProcessedEvent).where(ProcessedEvent.received_at < cutoff))
        return int(result.rowcount or 0)  # type: ignore[attr-defined]


def _focus_from(data: dict | None) -> Focus:
    """Rebuild a Focus from JSON: unknown keys dropped, lists back to tuples where the field holds a tuple."""
    values = {}
    for f in fields(Focus):
        if f.name in (data or {}):
            value = data[f.name]  # type: ignore[index]
            values[f.name] = tuple(value) if isinstance(value, list) and isinstance(f.default, tuple) else value
    return Focus(**values)


def get_thread_focus(db: Database, channel_id: str, thread_ts: str) -> Focus | None:
    """The Focus of the last answer in this thread, or None when the bot has not answered there yet."""
    with db.session() as session:
        row = session.get(ThreadFocus, (channel_id, thread_ts))
        return _focus_from(row.focus) if row is not None else None


def set_thread_focus(db: Database, channel_id: str, thread_ts: str, focus: Focus) -> None:
    """Upsert; two replicas racing on the first answer of a thread both end with a row (the last wins)."""
    values = {"focus": asdict(focus), "updated_at": utcnow()}
    key = (ThreadFocus.channel_id == channel_id, ThreadFocus.thread_ts == thread_ts)
    with db.session() as session:
        if session.execute(update(ThreadFocus).where(*key).values(**values)).rowcount:  # type: ignore[attr-defined]
            return
    try:
        with db.session() as session:
            session.add(ThreadFocus(channel_id=channel_id, thread_ts=thread_ts, **values))
    except IntegrityError:
        with db.session() as session:
            session.execute(update(ThreadFocus).where(*key).values(**values))
