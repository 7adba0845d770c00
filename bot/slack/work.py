"""Slack work under leases (journeys/leases.py): at least once, replied to exactly once.

A global bolt middleware takes the lease before the ack, with a key taken from the request itself, so a
crash after the ack cannot lose the work and a retry or replay of it does nothing. The listener then runs
the kind's handler, which is also what resumes the work after a crash: handlers read only `lease.payload`.
While a handler runs its lease is renewed; `reply()` checks it is still held, posts, and marks it done with
the reply's ts at once. That short step is the one place a duplicate can arise; `finished` records when each
lease was marked done, so bench/faults.py can measure it against when Slack received the reply.
"""

from __future__ import annotations

import contextlib
import logging
import threading
import time
from collections import deque
from collections.abc import Callable, Iterator
from concurrent.futures import Executor
from dataclasses import dataclass
from datetime import timedelta
from typing import Any

from slack_bolt import BoltRequest, BoltResponse
from slack_sdk.errors import SlackApiError

from bot.logs import request_scope
from bot.slack.client import RETRIED_STATUSES, ResponseUrlError
from journeys.leases import Lease, LeaseStore

log = logging.getLogger("journey.slack.work")
Handler = Callable[..., None]
MAX_ATTEMPTS = 3  # a question that keeps failing (or killing its worker) is given up after this many tries
PRUNE_EVERY = 3600.0


class LeaseLost(Exception):
    """Another worker took the lease over (ours expired while we were stalled): it replies, not us."""


class PostFailed(Exception):
    """Posting the reply failed after the client's retries (bot/slack/client.py)."""

    def __init__(self, error: Exception) -> None:
        super().__init__(str(error))
        self.error = error


class TryLater(Exception):
    """Give the lease back undone (it was said why): the work is taken up again after `retry_in`."""


def transient(error: Exception) -> bool:
    """A failure that may pass (rate limits, Slack's 5xx, the network), as opposed to e.g. `not_in_channel`."""
    if isinstance(error, SlackApiError):
        status = getattr(error.response, "status_code", 200)
        return status in RETRIED_STATUSES
    return isinstance(error, ResponseUrlError | OSError | TimeoutError)


@dataclass
class Reply:
    ts: str | None = None


class Work:
    def __init__(self, leases: LeaseStore, resume_window: timedelta, retry_in: float | None = None) -> None:
        self.leases = leases
        self.resume_window = resume_window
        self.retry_in = leases.seconds if retry_in is None else retry_in  # after a failed try, wait this long
        self.handlers: dict[str, Handler] = {}
        self.give_ups: dict[str, Handler] = {}  # kind -> tells the person that the work was given up
        self.finished: deque[tuple[str, float]] = deque(maxlen=10_000)  # (key, monotonic time marked done)
        self._held: dict[str, Lease] = {}
        self._queued: dict[str, float] = {}  # key -> when it was acknowledged or resumed, not yet started
        self._lock = threading.Lock()
        self._stop = threading.Event()
        self._resuming = threading.Event()  # set: stop resuming
        self._threads: list[threading.Thread] = []
        self._executor: Executor | None = None

    # --- registration and the middleware ---------------------------------------------------------------

    def handler(self, kind: str, give_up: Handler | None = None) -> Callable[[Handler], Handler]:
        """Register the handler doing (and redoing) `kind`; `give_up(lease)` says so after MAX_ATTEMPTS."""
        def register(function: Handler) -> Handler:
            self.handlers[kind] = function
            if give_up is not None:
                self.give_ups[kind] = give_up
            return function

        return register

    def middleware(self, found: Callable[[dict, str | None], tuple[str, str, dict] | None]):  # type: ignore[no-untyped-def]
        """A bolt middleware leasing the work `found(body, bot_user_id)` names; duplicates get an empty 200."""

        def lease_work(req: BoltRequest, next: Callable[[], None]) -> BoltResponse | None:  # noqa: A002
            work = found(req.body, req.context.bot_user_id)
            if work is None or work[1] not in self.handlers:
                next()
                return None
            key, kind, payload = work
            lease = self.leases.take(key, kind, payload)
            if lease is None:
                log.info("duplicate of %s ignored", key)
                return BoltResponse(status=200, body="")
            if lease.resumed:
                log.info("took over %s (attempt %d)", key, lease.attempts)
            req.context["lease"] = lease
            self._queue(lease)
            next()
            return None

        return lease_work

    # --- running --------------------------------------------------------------------------------------

    def perform(self, lease: Lease | None, **extra: Any) -> None:
        """Run the handler for `lease.kind`; a failure leaves the lease undone, to be tried again later."""
        if lease is None:
            return
        # The work's lines carry its key as request id, on whichever replica runs or resumes it.
        with request_scope(lease.key):
            self._perform(lease, **extra)

    def _perform(self, lease: Lease, **extra: Any) -> None:
        try:
            with self.held(lease):
                self.handlers[lease.kind](lease, **extra)
        except LeaseLost:
            log.info("%s was taken over by another worker", lease.key)
        except TryLater:
            log.info("%s given back after attempt %d; it will be tried again", lease.key, lease.attempts)
            with contextlib.suppress(Exception):
                self.leases.release(lease, retry_in=self.retry_in)
        except Exception:  # noqa: BLE001 - the handler could not even say it failed (Slack down): try later
            log.exception("%s failed on attempt %d; it will be tried again", lease.key, lease.attempts)
            with contextlib.suppress(Exception):
                self.leases.release(lease, retry_in=self.retry_in)

    @contextlib.contextmanager
    def held(self, lease: Lease) -> Iterator[Lease]:
        """Renew `lease` in the background while the block runs."""
        self._ensure_keeper()
        with self._lock:
            self._held[lease.key] = lease
            self._queued.pop(lease.key, None)
        try:
            yield lease
        finally:
            with self._lock:
                self._held.pop(lease.key, None)

    @contextlib.contextmanager
    def reply(self, lease: Lease) -> Iterator[Reply]:
        """Post the reply inside the block (setting `.ts`); the lease is marked done right after it."""
        if not self.leases.renew(lease):
            raise LeaseLost(lease.key)
        reply = Reply()
        yield reply
        self.leases.finish(lease, reply.ts)
        self.finished.append((lease.key, time.monotonic()))
        log.info("%s done (reply %s)", lease.key, reply.ts or "-")

    def finish(self, lease: Lease | None, reply_ts: str | None = None) -> None:
        """Done without a reply to record (answered in the ack, or nothing to say)."""
        if lease is not None:
            self._unqueue(lease.key)
            self.leases.finish(lease, reply_ts)

    # --- background: renewing held leases, resuming expired ones --------------------------------------

    def start(self, executor: Executor) -> Work:
        """Resume expired undone work now, then keep doing so (any live replica does) until stop()."""
        self._executor = executor
        self._ensure_keeper()
        thread = threading.Thread(target=self._resume_loop, name="slack-resume", daemon=True)
        thread.start()
        self._threads.append(thread)
        return self

    def stop_resuming(self) -> None:
        """No more takeovers (shutting down); held leases are still renewed until stop()."""
        self._resuming.set()

    def stop(self) -> None:
        self._resuming.set()
        self._stop.set()
        for thread in self._threads:
            thread.join(timeout=5)

    def _ensure_keeper(self) -> None:
        with self._lock:
            if any(t.name == "slack-lease-keeper" for t in self._threads):
                return
            thread = threading.Thread(target=self._keep_loop, name="slack-lease-keeper", daemon=True)
            self._threads.append(thread)
        thread.start()

    def _queue(self, lease: Lease) -> None:
        """Renew `lease` from now on, also while it waits for a listener thread: under a burst the work can sit
        in the executor's queue for longer than a lease, and another replica would take over (and, three
        takeovers on, give up) work this live one is about to do. Not past half the resume window, so work
        no listener ever starts still expires and is resumed."""
        self._ensure_keeper()
        with self._lock:
            self._held[lease.key] = lease
            self._queued[lease.key] = time.monotonic()

    def _unqueue(self, key: str) -> None:
        with self._lock:
            if self._queued.pop(key, None) is not None:
                self._held.pop(key, None)

    def _keep_loop(self) -> None:
        while not self._stop.wait(self.leases.seconds / 3):
            stale = time.monotonic() - self.resume_window.total_seconds() / 2
            with self._lock:
                for key in [k for k, since in self._queued.items() if since < stale]:
                    self._queued.pop(key)
                    self._held.pop(key, None)
                held = list(self._held.values())
            for lease in held:
                try:
                    if not self.leases.renew(lease):
                        self._unqueue(lease.key)
                        log.warning("lost the lease on %s", lease.key)
                except Exception:  # noqa: BLE001 - the database blinked; the next round tries again
                    log.exception("could not renew %s", lease.key)

    def _resume_loop(self) -> None:
        pruned_at = -PRUNE_EVERY
        interval = min(5.0, max(0.2, self.leases.seconds / 4))
        while True:
            try:
                self.resume_expired()
                if time.monotonic() - pruned_at >= PRUNE_EVERY:
                    pruned_at = time.monotonic()
                    if pruned := self.leases.prune():
                        log.info("pruned %d old leases", pruned)
            except Exception:  # noqa: BLE001 - keep sweeping
                log.exception("could not look for expired work")
            if self._resuming.wait(interval):
                return

    def resume_expired(self) -> int:
        """Take over and redo recent work whose worker died; returns how many were resumed."""
        resumed = 0
        for key in self.leases.expired(self.resume_window):
            if self._resuming.is_set():
                break
            lease = self.leases.take_over(key)
            if lease is None:
                continue  # another replica got there first
            if lease.kind not in self.handlers or lease.attempts > MAX_ATTEMPTS:
                log.error("giving up %s after %d attempts", key, lease.attempts - 1)
                self._run(self.give_up, lease)
                continue
            log.info("resuming %s (attempt %d)", key, lease.attempts)
            resumed += 1
            self._run(self.perform, lease)
        return resumed

    def _run(self, function: Callable[[Lease], None], lease: Lease) -> None:
        if self._executor is not None:
            self._queue(lease)
            self._executor.submit(function, lease)
        else:
            function(lease)

    def give_up(self, lease: Lease) -> None:
        """Tell the person (where the kind knows how), then mark the lease done for good."""
        with request_scope(lease.key):
            try:
                if lease.kind in self.give_ups:
                    with self.held(lease):
                        self.give_ups[lease.kind](lease)
            except Exception:  # noqa: BLE001 - nothing more can be done; the log has it
                log.exception("could not say that %s was given up", lease.key)
            finally:
                self.leases.finish(lease)
