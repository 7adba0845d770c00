"""Engine, sessions and migrations for the SQL store (SQLite by default, any SQLAlchemy URL)."""

from __future__ import annotations

import fcntl
import sqlite3
import time
from collections.abc import Callable, Hashable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar

from sqlalchemy import Connection, Engine, create_engine, event, text
from sqlalchemy.exc import NoSuchModuleError, OperationalError
from sqlalchemy.orm import Session, sessionmaker

from journeys.errors import SettingsError
from journeys.services import CONNECT_TIMEOUT, database_unreachable
from retrieval import generation
from retrieval.reconnect import watch

V = TypeVar("V")
MIGRATIONS = Path(__file__).with_name("migrations")
# The advisory lock every replica takes around migrations on PostgreSQL ("journey" in ASCII, a fixed bigint).
MIGRATION_LOCK = 0x6A6F75726E6579


SQLITE_BUSY_TIMEOUT = 30.0  # seconds a SQLite connection waits for another's lock


def _enter_wal(cursor: sqlite3.Cursor) -> None:
    """Switch the file to WAL, waiting out another connection that is switching it at the same moment.

    SQLite answers a concurrent journal-mode change with "database is locked" at once, without its busy
    handler, so two replicas opening a fresh file together could fail; retry until the busy timeout."""
    deadline = time.monotonic() + SQLITE_BUSY_TIMEOUT
    pause = 0.01
    while True:
        try:
            cursor.execute("PRAGMA journal_mode=WAL")
            return
        except sqlite3.OperationalError as exc:
            if "locked" not in str(exc) or time.monotonic() > deadline:
                raise
            time.sleep(pause)
            pause = min(pause * 2, 0.5)


def make_engine(url: str) -> Engine:
    """An engine tuned for several processes sharing one SQLite file (WAL, busy timeout)."""
    if url.startswith("sqlite"):
        if url.startswith("sqlite:///") and url != "sqlite:///:memory:":
            Path(url.removeprefix("sqlite:///")).parent.mkdir(parents=True, exist_ok=True)
        engine = create_engine(url, connect_args={"timeout": SQLITE_BUSY_TIMEOUT, "check_same_thread": False})

        @event.listens_for(engine, "connect")
        def _pragmas(dbapi_connection, _record) -> None:  # type: ignore[no-untyped-def]
            cursor = dbapi_connection.cursor()
            _enter_wal(cursor)
            cursor.execute("PRAGMA synchronous=NORMAL")
            cursor.execute("PRAGMA foreign_keys=ON")
            cursor.close()

        return engine
    # pre-ping: a connection that died in the pool (server restart, terminated backend) is replaced, not used;
    # connect_timeout: a server that does not answer fails in seconds instead of hanging; TCP keepalives: a
    # server gone silent mid-query (a network cut, no reset) fails the query in about a minute, not the
    # kernel's two hours (retrieval/reconnect.py retries the hot paths).
    connect_args = {"connect_timeout": CONNECT_TIMEOUT, "keepalives": 1, "keepalives_idle": 30,
                    "keepalives_interval": 10, "keepalives_count": 3} if url.startswith("postgresql") else {}
    try:
        engine = create_engine(url, pool_pre_ping=True, pool_size=10, max_overflow=20, connect_args=connect_args)
    except ModuleNotFoundError as exc:
        raise SettingsError(f"JOURNEY_DATABASE_URL: the driver {exc.name!r} is not installed") from None
    except NoSuchModuleError:  # e.g. postgres://, which SQLAlchemy does not read as PostgreSQL
        raise SettingsError(f"JOURNEY_DATABASE_URL: SQLAlchemy has no database type {url.split(':', 1)[0]!r}; "
                            "PostgreSQL is postgresql+psycopg://user@host/db") from None
    watch(engine)
    return engine


def _alembic_config(engine: Engine):  # type: ignore[no-untyped-def]
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    config.set_main_option("sqlalchemy.url", engine.url.render_as_string(hide_password=False).replace("%", "%%"))
    return config


@dataclass(frozen=True)
class Upgrade:
    before: str | None  # the revision found (None: an empty database)
    after: str | None  # the revision now (the newest one)

    @property
    def changed(self) -> bool:
        return self.before != self.after


@contextmanager
def _migration_lock(engine: Engine, connection: Connection) -> Iterator[None]:
    """One migrating process at a time, so replicas starting together are safe.

    PostgreSQL: a session-level advisory lock, held on this one connection for the whole upgrade (the others
    wait on it, then find the schema at head). SQLite: an exclusive flock on a file beside the database;
    SQLite's own file locking alone would not do, as Python's sqlite3 runs DDL outside a transaction, so two
    processes could both see an empty schema and both create it. An in-memory database has one user.
    """
    if engine.dialect.name == "postgresql":
        connection.execute(text("SELECT pg_advisory_lock(:key)"), {"key": MIGRATION_LOCK})
        connection.commit()
        try:
            yield
        finally:
            try:
                connection.rollback()
                connection.execute(text("SELECT pg_advisory_unlock(:key)"), {"key": MIGRATION_LOCK})
                connection.commit()
            except OperationalError:
                pass  # the connection is gone, and a session-level lock goes with it
        return
    database = engine.url.database
    if engine.dialect.name != "sqlite" or not database or database == ":memory:":
        yield
        return
    with open(f"{database}.migrate.lock", "ab") as handle:
        fcntl.flock(handle.fileno(), fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle.fileno(), fcntl.LOCK_UN)


def migrate(engine: Engine) -> Upgrade:
    """Bring the schema to the newest migration (a no-op when it is there already), under the migration lock.
    Raises ServiceUnreachable when the database does not answer."""
    from alembic import command
    from alembic.runtime.migration import MigrationContext
    from alembic.script import ScriptDirectory

    config = _alembic_config(engine)
    head = ScriptDirectory.from_config(config).get_current_head()
    try:
        connection = engine.connect()
    except OperationalError as exc:
        raise database_unreachable(engine.url.render_as_string(hide_password=False), exc) from None
    with connection:
        current = MigrationContext.configure(connection).get_current_revision()
        connection.commit()
        if current == head:  # the usual start: nothing to do, no lock to wait for
            return Upgrade(current, head)
        with _migration_lock(engine, connection):
            current = MigrationContext.configure(connection).get_current_revision()  # another may have done it
            connection.commit()
            if current != head:
                with connection.begin():
                    config.attributes["connection"] = connection
                    command.upgrade(config, "head")
    return Upgrade(current, head)


GENERATION_CACHE = "per_generation"  # session.info key: the answer path's PerGeneration, once it read the generation


def keeps_store_values(session: Session) -> bool:
    """Does `store_cached` keep values on this session (one from the answer path), or make them afresh?"""
    return session.info.get(GENERATION_CACHE) is not None


def store_cached(session: Session, key: Hashable, make: Callable[[], V]) -> V:
    """`make()`, kept for as long as the store generation stands when the session comes from a path that read it
    (the answer service); made afresh on any other session, which never saw the generation."""
    cache = session.info.get(GENERATION_CACHE)
    return make() if cache is None else cache.get(key, make)


class Database:
    """Owns the engine and hands out sessions."""

    def __init__(self, url: str) -> None:
        self.url = url
        self.engine = make_engine(url)
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)

    def migrate(self) -> Upgrade:
        """Migrate, then watch this engine's commits for the store generation (retrieval/generation.py),
        whose table exists from now on."""
        upgrade = migrate(self.engine)
        generation.watch(self.engine)
        return upgrade

    def generation(self) -> int:
        """The store generation now (one single-row query): it moves on with every write answers would see."""
        with self.engine.connect() as connection:
            return generation.read(connection)

    @contextmanager
    def session(self) -> Iterator[Session]:
        """A session in one transaction: committed on success, rolled back on any error."""
        with self._sessions() as session, session.begin():
            yield session

    def dispose(self) -> None:
        self.engine.dispose()
