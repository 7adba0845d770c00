"""The light trigger in `journey serve`: every JOURNEY_SCHEDULER_SECONDS it posts what is due.

Exactly-once comes from the database (claim rows with leases), not from this loop, so any number of
replicas may run it. Each tick: if the data changed since the last tick (another process ingested or logged
something), detect alerts; post alerts not posted yet; post the summaries whose run is due.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from datetime import datetime
from typing import Any

from journeys.subscriptions import utcnow

log = logging.getLogger("journey.summary")


class Scheduler:
    def __init__(self, core: Any, poster: Any, interval: float = 30.0,
                 clock: Callable[[], datetime] = utcnow) -> None:
        self.core, self.poster, self.interval, self.clock = core, poster, interval, clock
        self._seen: tuple | None = None
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None

    def _fingerprint(self) -> tuple:
        s = self.core.status()
        return (s.comments, s.kpis, s.feedback, s.touchpoints, s.comments_to)

    def tick(self, now: datetime | None = None) -> dict[str, int]:
        now = now or self.clock()
        done = {"alerts_detected": 0, "alerts_posted": 0, "summaries_posted": 0}
        seen = self._fingerprint()
        if seen != self._seen:
            done["alerts_detected"] = len(self.core.detect_alerts(today=now.date()))
            self._seen = seen
        done["alerts_posted"] = self.poster.post_pending_alerts(now)
        done["summaries_posted"] = self.poster.run_due(now)
        return done

    def _loop(self) -> None:
        while not self._stop.is_set():
            try:
                self.tick()
            except Exception:  # noqa: BLE001 - a bad tick is logged; the next one tries again
                log.exception("scheduler tick failed")
            self._stop.wait(self.interval)

    def start(self) -> Scheduler:
        self._thread = threading.Thread(target=self._loop, name="journey-scheduler", daemon=True)
        self._thread.start()
        return self

    def stop(self) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join(timeout=10)


def start_scheduler(settings: Any, core: Any, client: Any) -> Scheduler | None:
    """A running scheduler posting with `client`, when the core is the real one (tests pass lighter fakes)."""
    if not hasattr(core, "detect_alerts"):
        return None
    from bot.slack.summary_post import SummaryPoster

    return Scheduler(core, SummaryPoster(client, core), settings.scheduler_seconds).start()
