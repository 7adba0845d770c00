"""The same store, index and answers on PostgreSQL (the multi-replica set-up), each run in its own schema."""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

from tests.conftest import make_core
from tests.test_ingest import COMMENTS, MAP, write

URL = os.environ.get("JOURNEY_TEST_POSTGRES_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/test")
pytestmark = pytest.mark.postgres


@pytest.fixture
def postgres_url() -> Iterator[str]:
    schema = f"jt_{uuid.uuid4().hex[:10]}"
    try:
        admin = create_engine(URL, connect_args={"connect_timeout": 3})
        with admin.begin() as connection:
            connection.execute(text(f"CREATE SCHEMA {schema}"))
    except Exception as exc:  # noqa: BLE001 - any failure to reach the server means: skip, and say why
        pytest.skip(f"no PostgreSQL at {URL}: {str(exc).splitlines()[0]}")
    separator = "&" if "?" in URL else "?"
    yield f"{URL}{separator}options=-csearch_path%3D{schema}"
    with admin.begin() as connection:
        connection.execute(text(f"DROP SCHEMA {schema} CASCADE"))
    admin.dispose()


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
