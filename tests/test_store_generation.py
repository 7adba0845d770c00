"""The store generation (retrieval/generation.py): every committed knowledge write moves it, as every engine on the
store sees; what the answer path keeps by it is read again once it moves."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest
from sqlalchemy import delete

from journeys.settings import load_settings
from journeys.store.db import Database, store_cached
from journeys.store.models import Feedback, Vote
from retrieval.generation import PerGeneration
from tests.conftest import make_core

MAP = """\
name: Home move
stages:
  - name: Booking
    touchpoints:
      - {name: Van chooser, channel: web}
"""


def _databases(tmp_path: Path) -> tuple[Database, Database]:
    """Two engines on one store (SQLite, or PostgreSQL with JOURNEY_TEST_DATABASE=postgres), as two processes."""
    url = load_settings(data_dir=tmp_path / "data").resolved_database_url
    first, second = Database(url), Database(url)
    first.migrate()
    second.migrate()
    return first, second


def test_a_committed_write_moves_the_generation_for_every_engine(tmp_path: Path) -> None:
    writer, reader = _databases(tmp_path)
    start = reader.generation()
    with writer.session() as session:
        session.add(Feedback(text="The van was late", created_at=datetime(2026, 1, 5)))
    assert reader.generation() == start + 1
    with writer.session() as session:  # bookkeeping that answers never read
        session.add(Vote(value=1, question="q", answer="a", created_at=datetime(2026, 1, 5)))
    assert reader.generation() == start + 1
    with pytest.raises(RuntimeError), writer.session() as session:
        session.add(Feedback(text="never stored", created_at=datetime(2026, 1, 5)))
        session.flush()
        raise RuntimeError("rolled back")
    assert reader.generation() == start + 1
    with writer.engine.begin() as connection:  # a Core-level write (the keyword index writes this way)
        connection.execute(delete(Feedback))
    assert reader.generation() == start + 2


def test_values_are_kept_only_on_sessions_of_a_path_that_read_the_generation(tmp_path: Path) -> None:
    db, _ = _databases(tmp_path)
    cache, calls = PerGeneration(), []

    def make() -> int:
        calls.append(1)
        return len(calls)

    with db.session() as session:
        assert store_cached(session, "k", make) == 1 and store_cached(session, "k", make) == 2  # never kept
        session.info["per_generation"] = cache
        cache.observe(db.generation())
        assert store_cached(session, "k", make) == 3 and store_cached(session, "k", make) == 3
    with db.session() as session:
        session.add(Feedback(text="moves it", created_at=datetime(2026, 1, 5)))
    cache.observe(db.generation())
    with db.session() as session:
        session.info["per_generation"] = cache
        assert store_cached(session, "k", make) == 4


def test_another_cores_ingest_shows_in_the_next_answers_vocabulary(tmp_path: Path, embedder) -> None:
    path = tmp_path / "move.yaml"
    asking = make_core(tmp_path / "data", embedder)
    ingesting = make_core(tmp_path / "data", embedder)
    try:
        vocab, _ = asking.answerer._knowledge()
        assert "Booking" not in {e.name for e in vocab.entities}
        path.write_text(MAP, encoding="utf-8")
        assert not ingesting.ingestor.run([path]).failed
        vocab, _ = asking.answerer._knowledge()
        assert "Booking" in {e.name for e in vocab.entities}
    finally:
        ingesting.close()
        asking.close()


def test_a_small_stores_places_read_whole_are_read_again_once_another_core_writes(tmp_path: Path, embedder) -> None:  # type: ignore[no-untyped-def]
    from sqlalchemy import select

    from retrieval.tables import index_docs

    asking = make_core(tmp_path / "data", embedder)
    ingesting = make_core(tmp_path / "data", embedder)
    try:
        first = tmp_path / "move.yaml"
        first.write_text(MAP, encoding="utf-8")
        assert not ingesting.ingestor.run([first]).failed
        asking.answerer.warm_up()  # every item's place, read at this generation (hybrid.WHOLE_PLACES_MAX)
        searcher = asking.answerer.searcher

        def ids() -> list[str]:
            with asking.db.engine.connect() as connection:
                return list(connection.execute(select(index_docs.c.id)).scalars())

        before = ids()
        assert searcher._places_whole == (asking.db.generation(), True)  # no query per search from here on
        assert set(searcher._places(before)) == set(before)
        second = tmp_path / "pack.yaml"
        second.write_text(MAP.replace("Home move", "Packing up").replace("Booking", "Boxes")
                          .replace("Van chooser", "Box shop"), encoding="utf-8")
        assert not ingesting.ingestor.run([second]).failed
        asking.answerer._knowledge()  # the next question reads the moved generation
        after = ids()
        assert set(after) > set(before)
        assert set(searcher._places(after)) == set(after)  # the new items' places too, read again
    finally:
        ingesting.close()
        asking.close()


def test_a_derived_score_kept_by_generation_counts_the_scores_another_core_adds(tmp_path: Path, embedder) -> None:  # type: ignore[no-untyped-def]
    from knowledge.columns import MappingOptions, parse_map_flags

    options = MappingOptions(columns=parse_map_flags(["comment=comment", "date=date", "touchpoint=touchpoint",
                                                      "score=nps"]))
    asking = make_core(tmp_path / "data", embedder)
    ingesting = make_core(tmp_path / "data", embedder)

    def scores(name: str, rows: list[tuple[str, int]]) -> Path:
        path = tmp_path / name
        path.write_text("comment,date,touchpoint,nps\n" + "".join(
            f"{text},2026-01-0{i + 1},Van chooser,{score}\n" for i, (text, score) in enumerate(rows)), encoding="utf-8")
        return path

    try:
        first = scores("first.csv", [("The van was late", 2), ("Great driver", 10), ("Fine I guess", 8)])
        assert not ingesting.ingestor.run([first], "comments", options).failed
        question = "What is the NPS for Van chooser?"
        assert "n=3" in asking.answer(question).answer and "n=3" in asking.answer(question).answer
        second = scores("second.csv", [("Loved the app", 9), ("Van never came", 0)])
        assert not ingesting.ingestor.run([second], "comments", options).failed
        assert "n=5" in asking.answer(question).answer  # read again once another core's ingest moved it
    finally:
        ingesting.close()
        asking.close()
