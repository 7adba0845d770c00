"""The store generation: one number that moves on with every committed write to what answers read.

Any process's commit that wrote a knowledge table (an ingest, a forget, a logged item, an index write) adds one to
`store_generation.n` inside the same transaction, so every process sees the new number exactly when it sees the
new rows. Reading it is one single-row query, so a question can ask once whether anything changed and keep all it
derived from the store (vocabulary, date span, indexed rows) for as long as nothing did.

The bump is made by a commit hook on the engine (`watch`), not by each writer, so no write path can forget it.
Bookkeeping tables that answers never read (votes, leases, processed events, the answer log, ...) do not move it.
"""

from __future__ import annotations

import re
import threading
from collections import OrderedDict
from collections.abc import Callable, Hashable
from typing import Any, TypeVar

from sqlalchemy import Connection, Engine, event, select

from retrieval.tables import store_generation

V = TypeVar("V")

BOOKKEEPING = frozenset({"store_generation", "alembic_version", "votes", "processed_events", "answer_log",
                         "thread_focus", "work_leases", "subscriptions", "alert_subscriptions", "summary_posts",
                         "alerts", "alert_posts"})
_WRITE = re.compile(r'\s*(?:INSERT\s+(?:OR\s+\w+\s+)?INTO|UPDATE|DELETE\s+FROM|REPLACE\s+INTO)\s+"?(\w+)', re.I)
_SCHEMA = re.compile(r"\s*(CREATE|DROP|ALTER)\b", re.I)
_EXISTS = {True: "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'store_generation'",
           False: "SELECT to_regclass('store_generation') IS NOT NULL"}
_BUMP = "UPDATE store_generation SET n = n + 1 WHERE id = 1"
_WATCHED = "_store_generation_watched"


def watch(engine: Engine) -> None:
    """Install the commit hook on this engine (once). Call after migrations, when the table exists."""
    if getattr(engine, _WATCHED, False):
        return
    setattr(engine, _WATCHED, True)

    @event.listens_for(engine, "before_cursor_execute")
    def _mark(connection, cursor, statement, parameters, context, executemany) -> None:  # type: ignore[no-untyped-def]
        if statement[:1] not in ("S", "s", "P", "p"):  # the usual SELECT and PRAGMA pass at a glance
            found = _WRITE.match(statement)
            if found and found.group(1).lower() not in BOOKKEEPING:
                connection.info["store_written"] = True
            elif _SCHEMA.match(statement):
                connection.info["schema_changed"] = True  # a migration: the counter's table may come or go

    @event.listens_for(engine, "commit")
    def _bump(connection: Connection) -> None:
        # Runs just before the DBAPI commit, on the same transaction: the row lock (PostgreSQL) or write lock
        # (SQLite, held anyway) lasts only until the commit that follows.
        schema_changed = connection.info.pop("schema_changed", False)
        if connection.info.pop("store_written", False):
            cursor = connection.connection.dbapi_connection.cursor()  # type: ignore[union-attr]
            try:
                if schema_changed:
                    cursor.execute(_EXISTS[connection.dialect.name == "sqlite"])
                    if not cursor.fetchone()[0]:
                        return  # migrated below 0009 (a downgrade): no counter to move
                cursor.execute(_BUMP)
                if cursor.rowcount == 0:  # a store made without migration 0009's row (create_all in a test)
                    cursor.execute("INSERT INTO store_generation (id, n) VALUES (1, 1)")
            finally:
                cursor.close()

    @event.listens_for(engine, "rollback")
    def _forget(connection: Connection) -> None:
        if connection.invalidated:
            return  # a lost connection (retrieval/reconnect.py): reading its info would try to revalidate it
        connection.info.pop("store_written", None)
        connection.info.pop("schema_changed", None)


_READ = select(store_generation.c.n).where(store_generation.c.id == 1)  # built once: read once a question


def read(connection: Connection) -> int:
    """The current generation (0 on a store whose counter row is missing)."""
    return int(connection.execute(_READ).scalar() or 0)


class PerGeneration:
    """Values derived from the store, kept while the generation they were made at is current. `observe` (once a
    question) tells it the generation; a value made at an older one is made again. Thread-safe; bounded."""

    def __init__(self, size: int = 512) -> None:
        self.generation: int | None = None
        self._size = size
        self._items: OrderedDict[Hashable, tuple[int, Any]] = OrderedDict()
        self._lock = threading.Lock()

    def observe(self, generation: int) -> bool:
        """Record the generation just read; True when it moved on (everything kept is dropped)."""
        with self._lock:
            if generation == self.generation:
                return False
            self.generation = generation
            self._items.clear()
            return True

    def get(self, key: Hashable, make: Callable[[], V]) -> V:
        generation = self.generation
        if generation is None:  # never observed: nothing to key a value by
            return make()
        with self._lock:
            found = self._items.get(key)
            if found is not None and found[0] == generation:
                self._items.move_to_end(key)
                return found[1]  # type: ignore[no-any-return]
        value = make()
        with self._lock:
            self._items[key] = (generation, value)
            self._items.move_to_end(key)
            while len(self._items) > self._size:
                self._items.popitem(last=False)
        return value
