"""Ingest, ask, logging and reindex against a real Chroma server (`chroma run`) through JOURNEY_CHROMA_URL."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from retrieval.vector_index import VectorIndex
from tests.test_ingest import COMMENTS, MAP, write


@pytest.fixture
def journey(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, chroma_server, embedder):  # type: ignore[no-untyped-def]
    """`journey …` in-process, with a fresh database of the session's Chroma server as its vector index."""
    import bot.context
    from bot.cli import app

    url = chroma_server.url_for("cli")
    monkeypatch.setenv("JOURNEY_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("JOURNEY_CHROMA_URL", url)
    monkeypatch.setenv("USER", "robin")
    monkeypatch.chdir(tmp_path)
    bot.context.settings.cache_clear()
    bot.context.core.cache_clear()
    runner = CliRunner()

    def call(*args: str) -> tuple[int, str]:
        result = runner.invoke(app, list(args))
        return result.exit_code, result.stdout + result.stderr

    call.url = url  # type: ignore[attr-defined]
    yield call
    bot.context.core.cache_clear()
    bot.context.settings.cache_clear()


def server_ids(url: str) -> set[str]:
    """What the Chroma server holds for this database, read by a client of its own."""
    return set(VectorIndex(url=url).collection.get(include=[])["ids"])


def source_ids(out: str) -> list[str]:
    """The cited sources of `journey ask --json`, as kind:id (how the index names comments and feedback)."""
    return [f"{s['kind']}:{s['id']}" for s in json.loads(out.strip().splitlines()[-1])["sources"]]


def test_ingest_ask_log_and_reindex_live_on_the_chroma_server(journey, tmp_path: Path) -> None:
    folder = tmp_path / "kb"
    write(folder, "maps/shop.yaml", MAP)
    write(folder, "comments/survey.csv", COMMENTS)
    code, out = journey("ingest", str(folder))
    assert code == 0, out
    stored = server_ids(journey.url)
    assert {"comment:A1", "comment:A3"} <= stored and any(i.endswith("/checkout") for i in stored), stored
    assert not (tmp_path / "data" / "chroma").exists()  # nothing embedded on local disk
    status = json.loads(journey("status", "--json")[1])
    assert status["indexed"] == len(stored)

    code, out = journey("ask", "--json", "Why was the box crushed?")
    assert code == 0, out
    assert "comment:A3" in source_ids(out)

    code, out = journey("log", "feedback", "--where", "checkout", "--text", "The voucher field rejected my code")
    assert code == 0, out
    logged = server_ids(journey.url) - stored
    assert len(logged) == 1  # the logged feedback went to the server at once
    code, out = journey("ask", "--json", "What do customers say about the voucher field?")
    assert logged <= set(source_ids(out))

    VectorIndex(url=journey.url).clear()  # the server lost its data: reindex rebuilds it from SQL
    assert server_ids(journey.url) == set()
    code, out = journey("reindex")
    assert code == 0, out
    assert server_ids(journey.url) == stored | logged
    code, out = journey("ask", "--json", "Why was the box crushed?")
    assert "comment:A3" in source_ids(out)


def test_two_installations_on_one_server_keep_apart(chroma_server) -> None:
    import numpy as np

    first, second = VectorIndex(url=chroma_server.url_for("a")), VectorIndex(url=chroma_server.url_for("b"))
    first.upsert_raw(["x"], [np.ones(8, dtype=np.float32) / np.sqrt(8)], [{"kind": "comment"}])
    assert (first.count(), second.count()) == (1, 0)
