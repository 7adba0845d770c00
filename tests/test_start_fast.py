"""Start fast: the query path imports no PyTorch, read-only commands load no model, first questions may race."""

from __future__ import annotations

import os
import re
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from tests.conftest import ROOT, SAMPLE, make_core
from tests.pg_run import database_env, same_database

HEAVY = ("torch", "sentence_transformers", "transformers")
MODEL = ("onnxruntime", "tokenizers") + HEAVY
_IMPORT_LINE = re.compile(r"^import time:\s+\d+ \|\s+\d+ \|\s*([\w.]+)\s*$")


def imported(args: list[str], data_dir: Path) -> tuple[subprocess.CompletedProcess, set[str]]:
    """Run `journey ARGS` under `python -X importtime`; the process and the top-level packages it imported."""
    env = database_env({**os.environ, "JOURNEY_DATA_DIR": str(data_dir)})
    result = subprocess.run([sys.executable, "-X", "importtime", "-m", "bot.cli", *args], capture_output=True,
                            text=True, env=env, cwd=ROOT, timeout=300)
    modules = {m.group(1).split(".")[0] for line in result.stderr.splitlines() if (m := _IMPORT_LINE.match(line))}
    return result, modules


@pytest.fixture(scope="module")
def sample_dir(tmp_path_factory: pytest.TempPathFactory, embedder) -> Path:  # type: ignore[no-untyped-def]
    data = tmp_path_factory.mktemp("startfast") / "data"
    core = make_core(data, embedder)
    assert not core.ingestor.run([SAMPLE]).failed
    core.close()
    return data


def test_journey_ask_answers_without_importing_torch(sample_dir: Path) -> None:
    result, modules = imported(["ask", "What is the latest NPS?"], sample_dir)
    assert result.returncode == 0, result.stderr[-2000:]
    assert "NPS" in result.stdout and "[1]" in result.stdout
    assert "onnxruntime" in modules  # the model did run, through ONNX Runtime
    assert not modules & set(HEAVY), sorted(modules & set(HEAVY))


@pytest.mark.parametrize("args", [["--help"], ["status"], ["sources"]])
def test_read_only_commands_never_load_the_model(args: list[str], sample_dir: Path) -> None:
    from bot.cli import app

    if args[0] != "--help" and args[0] not in {c.name or c.callback.__name__ for c in app.registered_commands}:
        pytest.skip(f"`journey {args[0]}` is not in this tree")
    result, modules = imported(args, sample_dir)
    assert result.returncode == 0, result.stderr[-2000:]
    assert not modules & set(MODEL), sorted(modules & set(MODEL))


def test_ingest_of_a_rejected_file_never_loads_the_model(tmp_path: Path) -> None:
    bad = tmp_path / "broken.yaml"
    bad.write_text("name: X\nstages:\n  - name: A\n    emotion: 7\n")
    result, modules = imported(["ingest", str(bad)], tmp_path / "data")
    assert result.returncode == 1 and "outside -2..+2" in result.stderr
    assert not modules & set(MODEL), sorted(modules & set(MODEL))


def test_concurrent_first_questions_on_a_fresh_core_all_answer(tmp_path: Path, sample_dir: Path) -> None:
    """Chroma, the model and the answer service all open lazily; eight first questions at once must not crash."""
    import shutil

    from retrieval.embeddings import Embedder

    data = tmp_path / "data"
    shutil.copytree(sample_dir, data)
    core = make_core(data, Embedder(), **same_database(sample_dir))  # its own embedder: the model load races too
    answers: list[str] = []
    errors: list[BaseException] = []
    start = threading.Barrier(8)

    def ask(question: str) -> None:
        start.wait()
        try:
            answers.append(core.answer(question).answer)
        except BaseException as exc:  # noqa: BLE001 - collected and asserted below
            errors.append(exc)

    questions = ["What is the latest NPS?", "Where do customers drop off during checkout?"] * 4
    threads = [threading.Thread(target=ask, args=(q,)) for q in questions]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=300)
    core.close()
    assert not errors, errors
    assert len(answers) == 8 and all("[1]" in a for a in answers)


def test_warm_up_opens_everything_before_the_first_question(tmp_path: Path, sample_dir: Path) -> None:
    import shutil

    from retrieval.embeddings import Embedder

    data = tmp_path / "data"
    shutil.copytree(sample_dir, data)
    embedder = Embedder()
    core = make_core(data, embedder, **same_database(sample_dir))
    core.warm_up()
    assert embedder.loaded and core.index._vectors is not None and "answerer" in core.__dict__
    assert core.answer("What is the latest NPS?").sources
    core.close()


def test_warm_up_names_the_part_that_failed(tmp_path: Path, embedder) -> None:  # type: ignore[no-untyped-def]
    from journeys.errors import JourneyError

    # Nothing listens there: start-up (the core's check, or warm-up at the latest) names the Chroma server.
    with pytest.raises(JourneyError, match=r"cannot reach the Chroma server at http://127\.0\.0\.1:9"):
        core = make_core(tmp_path / "data", embedder, chroma_url="http://127.0.0.1:9")
        try:
            core.warm_up()
        finally:
            core.close()


def test_the_vector_index_opens_once_when_many_threads_ask_at_once(tmp_path: Path, embedder) -> None:  # type: ignore[no-untyped-def]
    """Unguarded, eight threads opening one Chroma directory at once fail (no tenant, half-built bindings)."""
    from sqlalchemy import create_engine

    from retrieval.search_index import SearchIndex
    from retrieval.tables import index_metadata
    from retrieval.vector_index import VectorIndex

    engine = create_engine(f"sqlite:///{tmp_path / 'index.db'}")
    index_metadata.create_all(engine)
    index = SearchIndex(engine, embedder, lambda: VectorIndex(path=tmp_path / "chroma"))
    opened: list[object] = []
    errors: list[BaseException] = []
    start = threading.Barrier(8)

    def open_and_count() -> None:
        start.wait()
        try:
            index.vectors.count()
            opened.append(index.vectors)
        except BaseException as exc:  # noqa: BLE001 - collected and asserted below
            errors.append(exc)

    threads = [threading.Thread(target=open_and_count) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)
    engine.dispose()
    assert not errors, errors
    assert len(opened) == 8 and len({id(v) for v in opened}) == 1
