"""The same store, index and answers on PostgreSQL (the multi-replica set-up), each run in its own schema."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.conftest import make_core
from tests.pg_scratch import scratch_schema
from tests.test_ingest import COMMENTS, MAP, write

pytestmark = pytest.mark.postgres


@pytest.fixture
def postgres_url() -> Iterator[str]:
    with scratch_schema() as url:  # skips, saying why, when no server answers
        yield url


def test_ingest_reingest_and_answer_on_postgres(postgres_url: str, tmp_path: Path, embedder) -> None:
    core = make_core(tmp_path / "data", embedder, database_url=postgres_url)
    folder = tmp_path / "kb"
    write(folder, "maps/shop.yaml", MAP)
    comments = write(folder, "comments/survey.csv", COMMENTS)
    write(folder, "kpis/kpis.csv", "metric,value,date,stage,target\nconversion_rate,2.9%,2026-10-05,Decision,3\n"
                                   "conversion_rate,3.1%,2026-10-12,Decision,3\n")
    report = core.ingestor.run([folder])
    assert not report.failed, [f.error for f in report.failed]
    status = core.status()
    assert (status.journeys, status.stages, status.touchpoints, status.comments, status.kpis) == (1, 1, 1, 3, 2)
    assert "postgresql" in status.database

    comments.write_text(COMMENTS.replace("Box was crushed", "Box arrived crushed"), encoding="utf-8")
    again = core.ingestor.run([folder])
    assert again.total("replaced") == 1 and again.index.embedded == 1

    answer = core.answer("What is the conversion rate?")
    assert "3.1%" in answer.answer and "2.9%" in answer.answer and answer.sources[0].kind == "kpi"
    pains = core.answer("What are the pain points at checkout?")
    assert not pains.abstained and pains.sources[0].id == "shop/decision/checkout"
    assert [h.id for h in core.index.keywords.search("crushed box", 3)] == ["comment:A3"]
    core.close()
