"""Ready before serving: the store, the index and the model are opened, and one answer produced, first.

The first questions after a start used to race each other into lazily opened parts (the Chroma client, the
model), losing answers. `warm_up` opens them all on one thread, under a lock, before the server accepts a
request; `Readiness` backs `/readyz` (an answer can be produced now) and `/healthz` (alive: process,
database, index). `/healthz` also says whether Slack's Web API answered lately, without failing on it: a
Slack outage is no reason for an orchestrator to restart the bot.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from typing import Any

from sqlalchemy import text

log = logging.getLogger("journey.slack")
PROBE_QUESTION = "warm up"
_lock = threading.Lock()


def warm_up(services: Any) -> float:
    """Open everything an answer needs, then answer once; returns the seconds it took. Raises on failure."""
    started = time.perf_counter()
    with _lock:
        if callable(getattr(services, "warm_up", None)):
            services.warm_up()  # the core's own (thread-safe) opening, where it has one
        else:
            index = getattr(services, "index", None)
            if index is not None:
                _ = index.vectors  # the Chroma client
                _ = index.embedder.model  # the embedding model
            _ = getattr(services, "answerer", None)
        services.answer(PROBE_QUESTION)
    return time.perf_counter() - started


class SlackReachability:
    """Whether Slack's Web API answers: one `probe()` (e.g. `api.test`) at most every `every` seconds."""

    def __init__(self, probe: Callable[[], object], every: float = 60.0) -> None:
        self.probe, self.every = probe, every
        self._checked_at: float | None = None
        self._status = "not checked"
        self._lock = threading.Lock()

    def status(self) -> str:
        with self._lock:
            if self._checked_at is None or time.monotonic() - self._checked_at >= self.every:
                try:
                    self.probe()
                    self._status = "reachable"
                except Exception as exc:  # noqa: BLE001 - reported, never raised: Slack is not our liveness
                    self._status = f"unreachable ({type(exc).__name__})"
                self._checked_at = time.monotonic()
            return self._status


class Readiness:
    """Starting -> ready -> stopping, plus live checks of the database and the index."""

    def __init__(self, services: Any, slack: SlackReachability | None = None) -> None:
        self.services = services
        self.slack = slack
        self.state = "starting"

    def alive(self) -> tuple[bool, str]:
        try:
            db = getattr(self.services, "db", None)
            if db is not None:
                with db.engine.connect() as connection:
                    connection.execute(text("SELECT 1"))
            index = getattr(self.services, "index", None)
            if index is not None and self.state == "ready":
                index.count()
        except Exception as exc:  # noqa: BLE001 - reported as not alive, in one word
            return False, f"unhealthy: {type(exc).__name__}" + self._slack_line()
        return True, "ok" + self._slack_line()

    def _slack_line(self) -> str:
        return f"\nslack: {self.slack.status()}" if self.slack is not None else ""

    def ready(self) -> tuple[bool, str]:
        if self.state != "ready":
            return False, self.state
        alive, why = self.alive()
        return (True, "ready") if alive else (False, why.partition("\n")[0])
