"""Leases on work that must be done at least once and replied to exactly once, shared through SQL.

A lease is taken when work starts (one insert wins per key, in any process or replica) and holds what is
needed to redo the work. The worker renews it while it runs and marks it done, with the reply's ts, right
after the reply is posted. A lease that expired without being done belonged to a worker that died: anyone
may take it over and redo the work, as long as it is recent. A done lease is never redone, so a retry of an
answered question is ignored. Rows are pruned after a day, so question text is not kept longer.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import delete, select, update
from sqlalchemy.exc import IntegrityError

from journeys.events import KEY_LENGTH, utcnow
from journeys.store.db import Database
from journeys.store.models import WorkLease
from retrieval.reconnect import retrying

KEEP_FOR = timedelta(days=1)


@dataclass
class Lease:
    key: str
    kind: str
    payload: dict[str, Any]
    owner: str
    attempts: int = 1
    taken_at: datetime = field(default_factory=utcnow)

    @property
    def resumed(self) -> bool:
        """Taken over from a worker whose lease expired (a crash, most likely)."""
        return self.attempts > 1


class LeaseStore:
    def __init__(self, db: Database, seconds: float = 60.0) -> None:
        self.db = db
        self.seconds = seconds

    def _until(self, now: datetime) -> datetime:
        return now + timedelta(seconds=self.seconds)

    @retrying("taking a work lease")
    def take(self, key: str, kind: str, payload: dict[str, Any]) -> Lease | None:
        """The lease on `key`, new or taken over from an expired undone one; None while it is held or done."""
        key, owner, now = key[:KEY_LENGTH], uuid.uuid4().hex, utcnow()
        try:
            with self.db.session() as session:
                session.add(WorkLease(key=key, kind=kind, payload=payload, owner=owner, attempts=1, taken_at=now,
                                      lease_until=self._until(now)))
        except IntegrityError:
            return self.take_over(key)
        return Lease(key, kind, payload, owner, 1, now)

    @retrying("taking over a work lease")
    def take_over(self, key: str) -> Lease | None:
        """Take `key` if its lease expired before it was done (one taker wins); None otherwise."""
        owner, now = uuid.uuid4().hex, utcnow()
        with self.db.session() as session:
            taken = session.execute(
                update(WorkLease)
                .where(WorkLease.key == key, WorkLease.done_at.is_(None), WorkLease.lease_until < now)
                .values(owner=owner, lease_until=self._until(now), attempts=WorkLease.attempts + 1)
            ).rowcount  # type: ignore[attr-defined]
            if not taken:
                return None
            row = session.get(WorkLease, key)
            assert row is not None
            return Lease(row.key, row.kind, dict(row.payload or {}), owner, row.attempts, row.taken_at)

    @retrying("renewing a work lease")
    def renew(self, lease: Lease) -> bool:
        """Extend a lease still held; False if it was done or taken over meanwhile."""
        now = utcnow()
        with self.db.session() as session:
            return bool(session.execute(
                update(WorkLease)
                .where(WorkLease.key == lease.key, WorkLease.owner == lease.owner, WorkLease.done_at.is_(None))
                .values(lease_until=self._until(now))
            ).rowcount)  # type: ignore[attr-defined]

    @retrying("finishing a work lease")
    def finish(self, lease: Lease, reply_ts: str | None = None) -> bool:
        """Mark done (for good: it is never redone) and drop the payload; False if no longer ours."""
        with self.db.session() as session:
            return bool(session.execute(
                update(WorkLease)
                .where(WorkLease.key == lease.key, WorkLease.owner == lease.owner, WorkLease.done_at.is_(None))
                .values(done_at=utcnow(), reply_ts=reply_ts, payload=None)
            ).rowcount)  # type: ignore[attr-defined]

    @retrying("releasing a work lease")
    def release(self, lease: Lease, retry_in: float = 0.0) -> None:
        """Give the work up undone: anyone may take it over after `retry_in` seconds."""
        with self.db.session() as session:
            session.execute(
                update(WorkLease)
                .where(WorkLease.key == lease.key, WorkLease.owner == lease.owner, WorkLease.done_at.is_(None))
                .values(lease_until=utcnow() + timedelta(seconds=retry_in))
            )

    @retrying("listing expired work leases")
    def expired(self, max_age: timedelta, limit: int = 100) -> list[str]:
        """Keys of recent work whose lease ran out before it was done, oldest first."""
        now = utcnow()
        with self.db.session() as session:
            return list(session.scalars(
                select(WorkLease.key)
                .where(WorkLease.done_at.is_(None), WorkLease.lease_until < now, WorkLease.taken_at >= now - max_age)
                .order_by(WorkLease.taken_at).limit(limit)
            ))

    def get(self, key: str) -> WorkLease | None:
        with self.db.session() as session:
            return session.get(WorkLease, key[:KEY_LENGTH])

    def prune(self, older_than: timedelta = KEEP_FOR) -> int:
        """Delete leases (and the question text they may hold) taken more than `older_than` ago."""
        with self.db.session() as session:
            result = session.execute(delete(WorkLease).where(WorkLease.taken_at < utcnow() - older_than))
            return int(result.rowcount or 0)  # type: ignore[attr-defined]
