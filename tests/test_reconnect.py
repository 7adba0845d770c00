"""A lost database connection while serving: the next operation reconnects, and a warning names the database."""

from __future__ import annotations

import logging
import uuid

import pytest
from sqlalchemy import create_engine, text

from journeys.answers.model import Answer
from journeys.store.db import Database
from retrieval.keyword_index import KeywordIndex
from retrieval.reconnect import retrying
from tests.pg_scratch import URL, scratch_schema


def _terminate(application_name: str) -> int:
    """Kill every server backend of connections named so (what a restart or failover does to them)."""
    admin = create_engine(URL, isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        killed = connection.execute(text("SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity "
                                         "WHERE application_name = :name"), {"name": application_name}).scalar()
    admin.dispose()
    return int(killed or 0)


@pytest.fixture
def store():  # type: ignore[no-untyped-def]
    with scratch_schema() as url:
        name = f"jt_{uuid.uuid4().hex[:8]}"
        db = Database(f"{url}&application_name={name}")
        db.migrate()
        yield db, name
        db.dispose()


def test_votes_and_searches_go_on_after_the_server_drops_the_connections(store, caplog) -> None:  # type: ignore[no-untyped-def]
    from journeys.votes import record_answer, record_vote

    db, name = store
    answer_id = record_answer(db, Answer(question="q", answer="a", sources=[], abstained=False), "C1", "1.0", "U1")
    keywords = KeywordIndex(db.engine)
    keywords.search("anything", 5)
    assert _terminate(name) >= 1
    with caplog.at_level(logging.WARNING, logger="journey.db"):
        vote_id = record_vote(db, answer_id, 1, "U1", "C1", "1.1")
        assert keywords.search("anything", 5) == []
    assert vote_id > 0
    lost = [r.getMessage() for r in caplog.records if r.name == "journey.db"]
    assert lost and "lost the connection to the database at postgresql://postgres@127.0.0.1:5432/test" in lost[0]
    with db.session() as session:
        assert session.execute(text("SELECT value FROM votes WHERE id = :i"), {"i": vote_id}).scalar() == 1


def test_an_operation_whose_connection_dies_under_it_is_retried(store, caplog) -> None:  # type: ignore[no-untyped-def]
    db, name = store
    attempts: list[int] = []

    @retrying("a test read")
    def count_votes() -> int:
        with db.engine.connect() as connection:
            attempts.append(connection.execute(text("SELECT pg_backend_pid()")).scalar_one())
            if len(attempts) == 1:
                _terminate(name)  # the connection is checked out and mid-transaction: no pre-ping can save it
            return int(connection.execute(text("SELECT count(*) FROM votes")).scalar_one())

    with caplog.at_level(logging.WARNING, logger="journey.db"):
        assert count_votes() == 0
    assert len(attempts) == 2 and attempts[0] != attempts[1]
    assert any("retrying (2 of 3)" in r.getMessage() and "a test read" in r.getMessage() for r in caplog.records)
