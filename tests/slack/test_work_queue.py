"""Acknowledged work that waits for a listener thread keeps its lease, so a live replica's backlog is not taken
over by another replica (which, three takeovers on, would give it up with a "Sorry")."""

from __future__ import annotations

import time
from concurrent.futures import ThreadPoolExecutor
from datetime import timedelta
from pathlib import Path
from types import SimpleNamespace

from bot.slack.work import Work
from journeys.leases import LeaseStore
from journeys.store.db import Database
from journeys.store.models import WorkLease


class Context(dict):
    bot_user_id = "UBOT"


def test_work_queued_behind_busy_listeners_is_renewed_not_taken_over(tmp_path: Path) -> None:
    db = Database(f"sqlite:///{tmp_path / 'work.db'}")
    db.migrate()
    lease_seconds = 1.0  # renewed every third of it; shorter ones thrash on a loaded 2-core machine
    busy = Work(LeaseStore(db, lease_seconds), timedelta(minutes=15))  # the replica that acknowledged
    other = Work(LeaseStore(db, lease_seconds), timedelta(minutes=15))  # a second, idle replica
    done: list[str] = []

    @busy.handler("q")
    def answer(lease) -> None:  # type: ignore[no-untyped-def]
        time.sleep(1.5 * lease_seconds)  # each answer outlasts a lease: the next ones wait in the queue meanwhile
        with busy.reply(lease):
            done.append(lease.key)

    other.handler("q")(lambda lease: done.append(f"taken over: {lease.key}"))
    listeners = ThreadPoolExecutor(1)  # one listener thread: the second and third wait for it
    middleware = busy.middleware(lambda body, _bot: (body["key"], "q", {}))
    for n in range(3):
        request = SimpleNamespace(body={"key": f"msg:C1:{n}"}, context=Context())
        middleware(request, lambda r=request: listeners.submit(busy.perform, r.context["lease"]))

    takeovers = 0
    deadline = time.monotonic() + 20
    while len(done) < 3 and time.monotonic() < deadline:
        takeovers += other.resume_expired()
        time.sleep(0.05)
    listeners.shutdown(wait=True)
    busy.stop()
    assert takeovers == 0 and done == ["msg:C1:0", "msg:C1:1", "msg:C1:2"]
    with db.session() as session:
        assert [row.attempts for row in session.query(WorkLease).order_by(WorkLease.key)] == [1, 1, 1]
    assert not busy._held  # nothing left renewing once the work is done
