"""A lost database connection is retried and reported, never left to hang or fail silently.

Three parts: a short connect timeout and `pool_pre_ping` on the engine (journeys/store/db.py) replace a
connection that died while idle in the pool (a server restart, `pg_terminate_backend`, a failover) before
it is used; `watch(engine)` logs a warning naming the database whenever a statement hits a dead connection;
and `retrying(what)` re-runs a hot-path operation (a search, a lease, a vote) a bounded number of times when
the connection went away under it. Each retried operation is one transaction that was rolled back, or an
insert guarded by a unique key, so running it again is safe.
"""

from __future__ import annotations

import functools
import logging
import time
from collections.abc import Callable
from typing import Any, TypeVar

from sqlalchemy import URL, Engine, event, make_url
from sqlalchemy.exc import DBAPIError, OperationalError

F = TypeVar("F", bound=Callable[..., Any])
log = logging.getLogger("journey.db")
ATTEMPTS = 3
PAUSE = 0.2  # seconds before the first retry; doubled each time


def location(url: str | URL) -> str:
    """A database URL as a person reads it: backend, user, host, port, database; no password, no options."""
    url = make_url(url)
    if url.get_backend_name() == "sqlite":
        return f"sqlite:///{url.database}" if url.database else "sqlite://"
    bare = URL.create(url.get_backend_name(), url.username, None, url.host, url.port, url.database)
    return bare.render_as_string(hide_password=False)


def watch(engine: Engine) -> None:
    """Log a warning, naming the database, each time a statement finds its connection gone."""

    @event.listens_for(engine, "handle_error")
    def _lost(context) -> None:  # type: ignore[no-untyped-def]
        if context.is_disconnect:
            first = str(context.original_exception).strip().splitlines()[:1]
            log.warning("lost the connection to the database at %s (%s); reconnecting", location(engine.url),
                        first[0] if first else type(context.original_exception).__name__)


def is_lost_connection(exc: BaseException) -> bool:
    """A connection that died under a statement, or a server that refused a new one (restarting, say).
    SQLite's own OperationalErrors (a missing table, a locked file past its busy timeout) are not retried."""
    if not isinstance(exc, DBAPIError):
        return False
    if exc.connection_invalidated:
        return True
    return isinstance(exc, OperationalError) and not type(exc.orig).__module__.startswith("sqlite3")


def retrying(what: str, attempts: int = ATTEMPTS) -> Callable[[F], F]:
    """Re-run the decorated operation when the database connection was lost; the last failure propagates."""

    def decorate(func: F) -> F:
        @functools.wraps(func)
        def wrapper(*args: Any, **kwargs: Any) -> Any:
            for attempt in range(1, attempts + 1):
                try:
                    return func(*args, **kwargs)
                except DBAPIError as exc:
                    if attempt == attempts or not is_lost_connection(exc):
                        raise
                    first = str(exc.orig).strip().splitlines()[:1]
                    log.warning("database connection lost during %s (%s); retrying (%d of %d)", what,
                                first[0] if first else type(exc.orig).__name__, attempt + 1, attempts)
                    time.sleep(PAUSE * 2 ** (attempt - 1))
            raise AssertionError("unreachable")

        return wrapper  # type: ignore[return-value]

    return decorate
