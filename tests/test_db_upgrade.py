"""`journey db upgrade`, the migration lock, and the one line an unreachable service gets."""

from __future__ import annotations

import sqlite3
import threading
import time
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text
from typer.testing import CliRunner

from journeys.store import db as store_db
from journeys.store.db import MIGRATION_LOCK, Database
from tests.pg_scratch import scratch_schema


def _head() -> str:
    from alembic.script import ScriptDirectory

    from journeys.store.db import MIGRATIONS

    return ScriptDirectory(str(MIGRATIONS)).get_current_head() or ""


HEAD = _head()


def _head_of(db: Database) -> list[str]:
    with db.engine.connect() as connection:
        return [r[0] for r in connection.execute(text("SELECT version_num FROM alembic_version"))]


def _upgrade_together(url: str) -> tuple[list[Database], list[object]]:
    replicas = [Database(url), Database(url)]
    barrier, results = threading.Barrier(2), []

    def run(db: Database) -> None:
        barrier.wait()
        try:
            results.append(db.migrate())
        except Exception as exc:  # noqa: BLE001 - collected and asserted on below
            results.append(exc)

    threads = [threading.Thread(target=run, args=(db,)) for db in replicas]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    return replicas, results


def test_two_replicas_upgrade_a_fresh_sqlite_file_at_once(tmp_path: Path) -> None:
    replicas, results = _upgrade_together(f"sqlite:///{tmp_path / 'journey.db'}")
    assert all(not isinstance(r, Exception) for r in results), results
    assert sorted((r.before or "", r.after) for r in results) == [("", HEAD), (HEAD, HEAD)]  # type: ignore[union-attr]
    assert _head_of(replicas[0]) == [HEAD]
    for db in replicas:
        db.dispose()


class _SwitchingCursor:
    """A cursor whose journal-mode switch meets another connection's switch `busy` times, as SQLite reports it:
    "database is locked" at once, with no busy wait (seen about once in 400 fresh files opened in pairs)."""

    def __init__(self, busy: int, message: str = "database is locked") -> None:
        self.busy, self.message, self.calls = busy, message, 0

    def execute(self, sql: str) -> None:
        self.calls += 1
        if self.calls <= self.busy:
            raise sqlite3.OperationalError(self.message)


def test_a_journal_mode_switch_waits_out_another_connections_switch() -> None:
    cursor = _SwitchingCursor(busy=3)
    store_db._enter_wal(cursor)  # type: ignore[arg-type]
    assert cursor.calls == 4


def test_a_journal_mode_error_other_than_a_lock_is_raised_at_once() -> None:
    cursor = _SwitchingCursor(busy=1, message="disk I/O error")
    with pytest.raises(sqlite3.OperationalError, match="disk I/O"):
        store_db._enter_wal(cursor)  # type: ignore[arg-type]
    assert cursor.calls == 1


def test_a_lock_that_outlasts_the_busy_timeout_is_raised(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(store_db, "SQLITE_BUSY_TIMEOUT", 0.05)
    with pytest.raises(sqlite3.OperationalError, match="locked"):
        store_db._enter_wal(_SwitchingCursor(busy=10_000))  # type: ignore[arg-type]


def test_two_replicas_upgrade_a_fresh_postgres_schema_at_once() -> None:
    with scratch_schema() as url:
        replicas, results = _upgrade_together(url)
        try:
            assert all(not isinstance(r, Exception) for r in results), results
            # One found the schema empty and migrated it; the other waited on the lock and found it at head.
            assert sorted((r.before or "", r.after) for r in results) == [("", HEAD), (HEAD, HEAD)]  # type: ignore[union-attr]
            assert _head_of(replicas[0]) == [HEAD]
        finally:
            for db in replicas:
                db.dispose()


def test_a_postgres_upgrade_waits_for_the_advisory_lock() -> None:
    with scratch_schema() as url:
        holder = create_engine(url)
        db = Database(url)
        done: list[object] = []
        try:
            with holder.connect() as connection:
                connection.execute(text("SELECT pg_advisory_lock(:k)"), {"k": MIGRATION_LOCK})
                connection.commit()
                thread = threading.Thread(target=lambda: done.append(db.migrate()))
                thread.start()
                time.sleep(1.0)
                assert not done, "the upgrade ran while another process held the migration lock"
                connection.execute(text("SELECT pg_advisory_unlock(:k)"), {"k": MIGRATION_LOCK})
                connection.commit()
            thread.join(timeout=60)
            assert done and done[0].after == HEAD  # type: ignore[attr-defined]
        finally:
            db.dispose()
            holder.dispose()


@pytest.fixture
def journey(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):  # type: ignore[no-untyped-def]
    """Run `journey ...` in-process with these environment variables; returns (exit code, stdout, stderr)."""
    import bot.context
    from bot.cli import app

    monkeypatch.setenv("JOURNEY_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.chdir(tmp_path)

    def call(*args: str, **env: str) -> tuple[int, str, str]:
        for name, value in env.items():
            monkeypatch.setenv(name, value)
        bot.context.settings.cache_clear()
        bot.context.core.cache_clear()
        result = CliRunner().invoke(app, list(args))
        return result.exit_code, result.stdout, result.stderr

    yield call
    bot.context.core.cache_clear()
    bot.context.settings.cache_clear()


def test_db_upgrade_prints_the_revision_before_and_after(journey) -> None:  # type: ignore[no-untyped-def]
    code, out, _ = journey("db", "upgrade")
    assert code == 0 and "revision before: (empty database)" in out and f"revision after: {HEAD}" in out
    code, out, _ = journey("db", "upgrade")
    assert code == 0 and f"revision before: {HEAD}" in out and "already up to date" in out


def _closed_port() -> int:
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]  # closed again on leaving: nothing listens there


SLACK = {"SLACK_BOT_TOKEN": "xoxb-test", "SLACK_SIGNING_SECRET": "test-secret"}


@pytest.mark.parametrize("args", [("db", "upgrade"), ("status",), ("ask", "what hurts?"), ("ingest", "."),
                                  ("serve", "--http")])
def test_an_unreachable_database_stops_each_command_with_one_line(journey, args) -> None:  # type: ignore[no-untyped-def]
    port = _closed_port()
    url = f"postgresql+psycopg://journey:s3cret@127.0.0.1:{port}/journey"
    code, out, err = journey(*args, JOURNEY_DATABASE_URL=url, **SLACK)
    lines = [line for line in err.splitlines() if line.strip()]
    assert code != 0 and len(lines) == 1, err
    assert lines[0] == (f"error: cannot reach the database at postgresql://journey@127.0.0.1:{port}/journey "
                        "(connection refused)")
    assert "s3cret" not in out + err and "Traceback" not in out + err


@pytest.mark.parametrize("args", [("status",), ("ask", "what hurts?"), ("ingest", "."), ("serve", "--http")])
def test_an_unreachable_chroma_server_stops_each_command_with_one_line(journey, args) -> None:  # type: ignore[no-untyped-def]
    port = _closed_port()
    code, out, err = journey(*args, JOURNEY_CHROMA_URL=f"http://127.0.0.1:{port}", **SLACK)
    lines = [line for line in err.splitlines() if line.strip()]
    assert code != 0 and lines == [f"error: cannot reach the Chroma server at http://127.0.0.1:{port} "
                                   "(connection refused)"], err
