"""Shared fixtures: settings pointed at temporary data dirs, one real embedding model per test run."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

os.environ["HF_HUB_OFFLINE"] = "1"
os.environ["ANONYMIZED_TELEMETRY"] = "False"
os.environ["TOKENIZERS_PARALLELISM"] = "false"
for variable in ("JOURNEY_DATABASE_URL", "JOURNEY_CHROMA_URL", "JOURNEY_LLM", "JOURNEY_EMBEDDING_MODEL",
                 "SLACK_BOT_TOKEN", "SLACK_SIGNING_SECRET", "SLACK_APP_TOKEN", "SLACK_API_URL"):
    os.environ.pop(variable, None)

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "knowledge" / "sample"
DATASETS = ROOT.parent / "shared" / "datasets"
TELECOM = DATASETS / "telecom_nps_verbatims.csv"
AIRLINE = DATASETS / "airline_tweets.csv"
TELECOM_MAP = ["comment=text", "date=CUSTOMER_RESPONSE_DATE", "touchpoint=SURVEY_SUB_TYPE", "score=NPS_SCORE"]


def pytest_configure(config: pytest.Config) -> None:
    from tests import pg_run

    if pg_run.RUN is not None:
        pg_run.RUN.create()
        pg_run.install()


def pytest_unconfigure(config: pytest.Config) -> None:
    from tests import pg_run

    if pg_run.RUN is not None:
        pg_run.RUN.drop()


def pytest_report_header(config: pytest.Config) -> str | None:
    from tests import pg_run

    if pg_run.RUN is None:
        return None
    return pg_run.RUN.unavailable or f"database: PostgreSQL, fresh database {pg_run.RUN.name} (dropped at the end)"


# How questions are read and written up, on the blind bases: these run on SQLite (the README's `make test`).
# The PostgreSQL pass of .ci/run leaves them out: the SQL they issue is the answer path's, which test_answers,
# test_cards, test_segments_*, test_summary and the rest run on PostgreSQL too, and the pass stays short
# enough for .ci/run to finish in under 20 minutes.
READING_ONLY = ("test_readings*.py", "test_declines_*.py", "test_places_*.py", "test_kinds.py",
                "test_everyday_typing.py", "test_outside_bases.py", "test_kpi_cause.py")
# Modules that open no database at all (the embedder, file loaders, docs, settings): the same on either database,
# so they run on SQLite only as well.
NO_DATABASE = ("test_onnx_embedder.py", "test_docs.py", "test_docs_troubleshooting.py", "test_docker.py",
               "test_evaluation_figures.py", "test_knowledge_loaders.py", "test_settings.py", "test_theme_quotes.py",
               "test_collapse_duplicates.py")


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    from fnmatch import fnmatch

    from tests import pg_run

    if pg_run.RUN is not None and pg_run.RUN.unavailable:
        for item in items:
            item.add_marker(pytest.mark.skip(reason=pg_run.RUN.unavailable))
    elif pg_run.RUN is not None:
        reading = pytest.mark.skip(reason="question reading: run on SQLite (tests/conftest.py READING_ONLY)")
        no_database = pytest.mark.skip(reason="opens no database: run on SQLite (tests/conftest.py NO_DATABASE)")
        for item in items:
            if any(fnmatch(item.path.name, pattern) for pattern in READING_ONLY):
                item.add_marker(reading)
            elif item.path.name in NO_DATABASE:
                item.add_marker(no_database)


@pytest.fixture(scope="session")
def embedder():
    """The real all-MiniLM-L6-v2 model, loaded once for the whole run."""
    from retrieval.embeddings import Embedder

    model = Embedder.shared()
    model.encode(["warm up"])
    return model


def make_core(data_dir: Path, embedder=None, **settings):  # type: ignore[no-untyped-def]
    from journeys.core import Core
    from journeys.settings import load_settings

    return Core(load_settings(data_dir=data_dir, **settings), embedder=embedder)


@pytest.fixture
def core(tmp_path: Path, embedder) -> Iterator:  # type: ignore[no-untyped-def]
    """An empty store in a temporary data dir, with the real model."""
    instance = make_core(tmp_path / "data", embedder)
    yield instance
    instance.close()


def ingest_folder(folder: Path, tmp_path_factory: pytest.TempPathFactory, embedder):  # type: ignore[no-untyped-def]
    """A new store holding one knowledge folder."""
    instance = make_core(tmp_path_factory.mktemp(folder.name) / "data", embedder)
    report = instance.ingestor.run([folder])
    assert not report.failed, [f.error for f in report.failed]
    return instance


def ingested(folder: Path, tmp_path_factory: pytest.TempPathFactory, embedder) -> Iterator:  # type: ignore[no-untyped-def]
    """A store holding one knowledge folder, for fixtures that share it read-only."""
    instance = ingest_folder(folder, tmp_path_factory, embedder)
    yield instance
    instance.close()


def ranked_lines(text: str) -> list[str]:
    """The numbered lines of an answer ("1. ...", "2. ...")."""
    import re

    return [line for line in text.splitlines() if re.match(r"\d+\. ", line)]


_BASES: dict[Path, object] = {}  # each blind base ingested once per run, for every module that reads it


def base_fixture(folder: Path, name: str):  # type: ignore[no-untyped-def]
    """A module fixture `name`: a store holding the knowledge folder, shared read-only by every module's tests
    that ask about it (ingested on first use; closed when the run ends)."""

    @pytest.fixture(scope="module", name=name)
    def fixture(tmp_path_factory: pytest.TempPathFactory, embedder, _close_bases) -> Iterator:  # type: ignore[no-untyped-def]
        if folder not in _BASES:
            _BASES[folder] = ingest_folder(folder, tmp_path_factory, embedder)
        yield _BASES[folder]

    return fixture


@pytest.fixture(scope="session")
def _close_bases() -> Iterator[None]:
    yield
    for instance in _BASES.values():
        instance.close()  # type: ignore[attr-defined]
    _BASES.clear()


@pytest.fixture(scope="session")
def sample_core(tmp_path_factory: pytest.TempPathFactory, embedder) -> Iterator:  # type: ignore[no-untyped-def]
    """The bundled sample, ingested once (read-only for the tests that use it)."""
    yield from ingested(SAMPLE, tmp_path_factory, embedder)


@pytest.fixture(scope="session")
def telecom_core(tmp_path_factory: pytest.TempPathFactory, embedder) -> Iterator:  # type: ignore[no-untyped-def]
    """The real telecom NPS export, ingested through column mapping."""
    from knowledge.columns import MappingOptions, parse_map_flags

    if not TELECOM.exists():
        pytest.skip("../shared/datasets is not beside the project")
    instance = make_core(tmp_path_factory.mktemp("telecom") / "data", embedder)
    options = MappingOptions(columns=parse_map_flags(TELECOM_MAP), date_format="%d/%m/%Y %H:%M")
    report = instance.ingestor.run([TELECOM], "comments", options)
    assert not report.failed, [f.error for f in report.failed]
    yield instance
    instance.close()


@pytest.fixture(scope="session")
def chroma_server() -> Iterator:  # type: ignore[no-untyped-def]
    """A real Chroma server (`chroma run`, a free loopback port) for the session; tests take a database each
    with `chroma_server.url_for()`. Skips, saying why, when it cannot start."""
    from tests.chroma_server import ChromaServer, ChromaUnavailable

    server = ChromaServer()
    try:
        server.start()
    except ChromaUnavailable as exc:
        pytest.skip(f"no Chroma server: {exc}")
    yield server
    server.stop()


def in_process_cli(data_dir: Path, monkeypatch: pytest.MonkeyPatch,
                   cwd: Path) -> Iterator[Callable[..., tuple[int, str, str]]]:
    """`journey ...` in-process against `data_dir`, from `cwd`: yields call(*args, stdin=None) -> (exit code,
    stdout, stderr). For fixtures: `yield from in_process_cli(...)`."""
    from typer.testing import CliRunner

    import bot.context
    from bot.cli import app

    monkeypatch.setenv("JOURNEY_DATA_DIR", str(data_dir))
    monkeypatch.chdir(cwd)
    bot.context.settings.cache_clear()
    bot.context.core.cache_clear()
    runner = CliRunner()

    def call(*args: str, stdin: str | None = None) -> tuple[int, str, str]:
        result = runner.invoke(app, list(args), input=stdin)
        return result.exit_code, result.stdout, result.stderr

    yield call
    bot.context.core.cache_clear()
    bot.context.settings.cache_clear()
