"""Leases on Slack work (journeys/leases.py), on real SQLite and PostgreSQL: one taker wins, an expired undone
lease is taken over once, a done one never again, renewing keeps it, rows go after a day."""

from __future__ import annotations

import threading
from datetime import timedelta
from pathlib import Path

import pytest

from journeys.leases import LeaseStore
from journeys.store.db import Database
from journeys.store.models import WorkLease
from tests.test_postgres import postgres_url  # noqa: F401 - the fixture


def store_at(url: str, seconds: float = 60.0) -> LeaseStore:
    db = Database(url)
    db.migrate()
    return LeaseStore(db, seconds)


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def database_url(request, tmp_path: Path) -> str:  # type: ignore[no-untyped-def]
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'leases.db'}"
    return request.getfixturevalue("postgres_url")


def age(store: LeaseStore, key: str, **delta: float) -> None:
    """Move a lease's clock back, as if its worker had died that long ago."""
    with store.db.session() as session:
        row = session.get(WorkLease, key)
        assert row is not None
        row.lease_until -= timedelta(**delta)
        row.taken_at -= timedelta(**delta)


def test_one_taker_wins_and_a_done_lease_is_never_redone(database_url: str) -> None:
    one, other = store_at(database_url), store_at(database_url)  # two replicas on one database
    lease = one.take("msg:C1:1.1", "msg", {"text": "q"})
    assert lease is not None and not lease.resumed
    assert other.take("msg:C1:1.1", "msg", {"text": "q"}) is None  # held
    assert one.renew(lease)
    assert one.finish(lease, "1700.1")
    age(one, lease.key, minutes=5)
    assert other.take("msg:C1:1.1", "msg", {"text": "q"}) is None  # done: a retry is ignored
    assert other.expired(timedelta(minutes=15)) == []
    row = one.get(lease.key)
    assert row is not None and row.reply_ts == "1700.1" and row.payload is None  # the text went with it


def test_an_expired_undone_lease_is_taken_over_once_and_the_old_worker_loses_it(database_url: str) -> None:
    dead, replicas = store_at(database_url), [store_at(database_url) for _ in range(4)]
    lease = dead.take("cmd:trig1", "command:/journey", {"text": "ask q"})
    assert lease is not None
    age(dead, lease.key, seconds=120)
    assert [r for r in replicas[0].expired(timedelta(minutes=15))] == ["cmd:trig1"]
    won = []
    threads = [threading.Thread(target=lambda r=r: won.append(r.take_over("cmd:trig1"))) for r in replicas]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    taken = [lease for lease in won if lease is not None]
    assert len(taken) == 1 and taken[0].resumed and taken[0].payload == {"text": "ask q"}
    assert not dead.renew(lease) and not dead.finish(lease)  # the stalled worker may not reply now


def test_old_undone_work_is_not_resumed_and_is_pruned_after_a_day(database_url: str) -> None:
    store = store_at(database_url)
    assert store.take("msg:C1:2.2", "msg", {"text": "old"}) is not None
    age(store, "msg:C1:2.2", hours=2)
    assert store.expired(timedelta(minutes=15)) == []  # minutes, not hours: too late to answer
    assert store.prune() == 0
    age(store, "msg:C1:2.2", hours=23)
    assert store.prune() == 1 and store.get("msg:C1:2.2") is None


def test_a_released_lease_comes_back_after_its_delay(database_url: str) -> None:
    store = store_at(database_url, seconds=60)
    lease = store.take("act:trig2", "action:vote_up", {})
    assert lease is not None
    store.release(lease, retry_in=0)
    again = store.take("act:trig2", "action:vote_up", {})
    assert again is not None and again.attempts == 2
