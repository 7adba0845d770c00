"""SQL behind the Slack edge: exactly-once claims, thread focus, answers and votes, migration 0002."""

from __future__ import annotations

import threading
from datetime import timedelta

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import inspect, select, update

from journeys.answers.model import Answer, Focus, Source
from journeys.errors import JourneyError, NotFoundError
from journeys.events import claim_event, get_thread_focus, prune_events, set_thread_focus, utcnow
from journeys.store.db import Database, _alembic_config
from journeys.store.models import AnswerLog, Base, ProcessedEvent, ThreadFocus, Vote
from journeys.votes import record_answer, record_vote


@pytest.fixture
def db(tmp_path):
    database = Database(f"sqlite:///{tmp_path / 'store.db'}")
    database.migrate()
    yield database
    database.dispose()


def test_a_key_is_claimed_once_even_by_racing_threads(db):
    results: list[bool] = []
    barrier = threading.Barrier(12)

    def claim() -> None:
        barrier.wait()
        results.append(claim_event(db, "msg:C1:1.0"))

    threads = [threading.Thread(target=claim) for _ in range(12)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert sorted(results) == [False] * 11 + [True]
    assert claim_event(db, "msg:C1:2.0") is True


def test_a_second_database_handle_sees_the_claim_like_another_replica_would(db, tmp_path):
    other = Database(db.url)
    assert claim_event(db, "evt:1") is True
    assert claim_event(other, "evt:1") is False
    other.dispose()


def test_old_claims_are_pruned(db):
    claim_event(db, "old")
    claim_event(db, "new")
    with db.session() as session:
        session.execute(update(ProcessedEvent).where(ProcessedEvent.key == "old")
                        .values(received_at=utcnow() - timedelta(days=3)))
    assert prune_events(db) == 1
    assert claim_event(db, "old") is True
    assert claim_event(db, "new") is False


def test_thread_focus_is_kept_per_thread_and_updated(db):
    assert get_thread_focus(db, "C1", "1.0") is None
    set_thread_focus(db, "C1", "1.0", Focus(stage_id="j/decision"))
    set_thread_focus(db, "C1", "2.0", Focus(metric="nps", intents=("kpi", "change")))
    assert get_thread_focus(db, "C1", "1.0") == Focus(stage_id="j/decision")
    set_thread_focus(db, "C1", "1.0", Focus(stage_id="j/retention", metric="churn_rate"))
    assert get_thread_focus(db, "C1", "1.0") == Focus(stage_id="j/retention", metric="churn_rate")
    assert get_thread_focus(db, "C1", "2.0") == Focus(metric="nps", intents=("kpi", "change"))
    with db.session() as session:
        assert len(session.scalars(select(ThreadFocus)).all()) == 2


def test_an_empty_focus_still_marks_the_thread_as_answered(db):
    set_thread_focus(db, "D1", "-", Focus())
    assert get_thread_focus(db, "D1", "-") == Focus()


def sample_answer() -> Answer:
    return Answer(question="Where do they drop off?", answer="At checkout [1].", abstained=False,
                  sources=[Source(1, "kpi", "kpi:1", "Cart abandonment", "75%", "2026-11-09", 0.8)])


def test_votes_are_stored_with_the_answer_and_changed_not_doubled(db):
    answer_id = record_answer(db, sample_answer(), "C1", "1.0", "U1")
    first = record_vote(db, answer_id, 1, "U2", "C1", "5.0")
    again = record_vote(db, answer_id, -1, "U2", "C1", "5.0", reason="  wrong stage ")
    other = record_vote(db, answer_id, 1, "U3", "C1", "5.0")
    assert first == again != other
    with db.session() as session:
        votes = {v.user_id: v for v in session.scalars(select(Vote))}
        logged = session.get(AnswerLog, answer_id)
    assert (votes["U2"].value, votes["U2"].reason) == (-1, "wrong stage")
    assert votes["U2"].question == "Where do they drop off?" and votes["U2"].answer == "At checkout [1]."
    assert votes["U2"].sources[0]["title"] == "Cart abandonment"
    assert (logged.channel_id, logged.thread_ts, logged.user_id) == ("C1", "1.0", "U1")
    # changing one's mind drops the old reason; a later reason-less vote keeps an existing one
    record_vote(db, answer_id, 1, "U2", "C1", "5.0")
    record_vote(db, answer_id, -1, "U3", "C1", "5.0", reason="too vague")
    record_vote(db, answer_id, -1, "U3", "C1", "5.0")
    with db.session() as session:
        votes = {v.user_id: v for v in session.scalars(select(Vote))}
    assert (votes["U2"].value, votes["U2"].reason) == (1, None)
    assert (votes["U3"].value, votes["U3"].reason) == (-1, "too vague")


def test_bad_votes_are_refused_clearly(db):
    with pytest.raises(NotFoundError, match="no longer on record"):
        record_vote(db, "missing", 1, "U1", "C1", "1.0")
    answer_id = record_answer(db, sample_answer())
    with pytest.raises(JourneyError, match="a vote is \\+1 or -1"):
        record_vote(db, answer_id, 5, "U1", "C1", "1.0")


def test_migration_0002_matches_the_models_and_downgrades(db):
    with db.engine.connect() as connection:
        context = MigrationContext.configure(connection)
        assert context.get_current_revision() == "0002" or context.get_current_revision() > "0002"
        diffs = [d for d in compare_metadata(context, Base.metadata)
                 if any(name in str(d) for name in ("answer_log", "thread_focus"))]
    assert diffs == []
    config = _alembic_config(db.engine)
    with db.engine.begin() as connection:
        config.attributes["connection"] = connection
        command.downgrade(config, "0001")
    assert not inspect(db.engine).has_table("thread_focus")
    db.migrate()
    assert {"answer_log", "thread_focus"} <= set(inspect(db.engine).get_table_names())


@pytest.mark.postgres
def test_claims_hold_across_handles_on_postgresql():
    """Two Database handles stand for two replicas; the unique row decides on PostgreSQL too."""
    import os
    import uuid

    from sqlalchemy import create_engine, text

    url = os.environ.get("JOURNEY_TEST_POSTGRES_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/test")
    schema = f"jt_{uuid.uuid4().hex[:10]}"
    try:
        admin = create_engine(url, connect_args={"connect_timeout": 3})
        with admin.begin() as connection:
            connection.execute(text(f"CREATE SCHEMA {schema}"))
    except Exception as exc:  # noqa: BLE001 - no server: skip, and say why
        pytest.skip(f"no PostgreSQL at {url}: {str(exc).splitlines()[0]}")
    scoped = f"{url}{'&' if '?' in url else '?'}options=-csearch_path%3D{schema}"
    replicas = [Database(scoped), Database(scoped)]
    try:
        replicas[0].migrate()
        results: list[bool] = []
        barrier = threading.Barrier(12)

        def claim(n: int) -> None:
            barrier.wait()
            results.append(claim_event(replicas[n % 2], "msg:C1:9.9"))

        threads = [threading.Thread(target=claim, args=(n,)) for n in range(12)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        assert sorted(results) == [False] * 11 + [True]
        set_thread_focus(replicas[0], "C1", "9.9", Focus(metric="nps"))
        assert get_thread_focus(replicas[1], "C1", "9.9") == Focus(metric="nps")
    finally:
        for replica in replicas:
            replica.dispose()
        with admin.begin() as connection:
            connection.execute(text(f"DROP SCHEMA {schema} CASCADE"))
        admin.dispose()
