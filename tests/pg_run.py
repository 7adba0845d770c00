"""`JOURNEY_TEST_DATABASE=postgres`: the whole suite on PostgreSQL, in one fresh database per run.

The run's database is created at start (CREATE DATABASE) and dropped at the end; each store (each data dir)
gets its own schema inside it, so tests stay as isolated as their SQLite files. In-process stores pick it up
through `Settings.resolved_database_url`; tests that start a `journey` process pass `database_env(env)`.
"""

from __future__ import annotations

import hashlib
import os
import uuid
from pathlib import Path

from sqlalchemy import Engine, create_engine, text

SERVER = os.environ.get("JOURNEY_TEST_POSTGRES_SERVER", "postgresql+psycopg://postgres@127.0.0.1:5432")
ENABLED = os.environ.get("JOURNEY_TEST_DATABASE", "sqlite").lower() in {"postgres", "postgresql"}


class Run:
    """The run's database: created once, one schema per data dir, dropped at the end."""

    def __init__(self) -> None:
        self.name = f"journey_test_{os.getpid()}_{uuid.uuid4().hex[:6]}"
        self.url = f"{SERVER}/{self.name}"
        self.unavailable: str | None = None
        self._schemas: set[str] = set()
        self._engine: Engine | None = None

    def create(self) -> None:
        try:
            admin = create_engine(f"{SERVER}/postgres", isolation_level="AUTOCOMMIT",
                                  connect_args={"connect_timeout": 3})
            with admin.connect() as connection:
                connection.execute(text(f'CREATE DATABASE "{self.name}"'))
            admin.dispose()
        except Exception as exc:  # noqa: BLE001 - any failure to reach the server means: skip, and say why
            self.unavailable = f"JOURNEY_TEST_DATABASE=postgres but no PostgreSQL at {SERVER}: " \
                               f"{str(exc).strip().splitlines()[0]}"
            return
        self._engine = create_engine(self.url, isolation_level="AUTOCOMMIT", pool_size=2)

    def drop(self) -> None:
        if self._engine is None:
            return
        self._engine.dispose()
        admin = create_engine(f"{SERVER}/postgres", isolation_level="AUTOCOMMIT")
        with admin.connect() as connection:
            connection.execute(text(f'DROP DATABASE IF EXISTS "{self.name}" WITH (FORCE)'))
        admin.dispose()

    def url_for(self, data_dir: Path) -> str:
        """The URL of the schema standing for this data dir (created on first use)."""
        schema = "s_" + hashlib.sha1(str(Path(data_dir).resolve()).encode()).hexdigest()[:16]
        if schema not in self._schemas and self._engine is not None:
            with self._engine.connect() as connection:
                connection.execute(text(f"CREATE SCHEMA IF NOT EXISTS {schema}"))
            self._schemas.add(schema)
        return f"{self.url}?options=-csearch_path%3D{schema}"


RUN = Run() if ENABLED else None


def database_env(env: dict[str, str]) -> dict[str, str]:
    """A subprocess environment pointed at the data dir's schema when the run is on PostgreSQL."""
    if RUN is None or "JOURNEY_DATABASE_URL" in env or "JOURNEY_DATA_DIR" not in env:
        return env
    return {**env, "JOURNEY_DATABASE_URL": RUN.url_for(Path(env["JOURNEY_DATA_DIR"]))}


def same_database(data_dir: Path) -> dict[str, str]:
    """Settings for a copy of a data dir that should read the original's database (its schema, on PostgreSQL)."""
    return {"database_url": RUN.url_for(data_dir)} if RUN is not None else {}


def install() -> None:
    """Point every store that names no database at the run's PostgreSQL database."""
    from journeys.settings import Settings

    original = Settings.resolved_database_url.fget

    def resolved(self: Settings) -> str:
        if self.database_url or RUN is None:
            return original(self)
        return RUN.url_for(self.data_dir)

    Settings.resolved_database_url = property(resolved)  # type: ignore[method-assign,assignment]
