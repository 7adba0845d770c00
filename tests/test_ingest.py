"""Ingest end to end: SQL store, real Chroma index, incremental re-ingest, failures that store nothing."""

from __future__ import annotations

from pathlib import Path

import pytest

from knowledge.columns import MappingOptions
from tests.conftest import AIRLINE, make_core
from tests.fakes import HashingEmbedder

MAP = """\
name: Shop
stages:
  - name: Decision
    pain_points: [Delivery cost shown late]
    touchpoints:
      - name: Checkout
        channel: web
"""
COMMENTS = "id,date,stage,touchpoint,score,comment\nA1,2026-10-05,Decision,Checkout,3,Delivery cost came as a shock\n" \
           "A2,2026-10-06,decision,,9,Lovely mugs and quick delivery\nA3,2026-10-07,Warehouse,,5,Box was crushed\n"


def write(folder: Path, name: str, content: str) -> Path:
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(content, encoding="utf-8")
    return path


def test_the_sample_ingests_and_a_second_run_changes_nothing(sample_core) -> None:
    status = sample_core.status()
    assert (status.journeys, status.stages) == (2, 8)
    assert status.touchpoints >= 25 and status.comments >= 400 and status.kpis >= 100
    assert status.indexed == sample_core.index.vectors.count()
    assert status.indexed == status.journeys + status.stages + status.touchpoints + status.kpis + _commented(
        sample_core)
    from tests.conftest import SAMPLE

    again = sample_core.ingestor.run([SAMPLE])  # its speed is measured in bench/ingest.py, not asserted here
    assert {f.status for f in again.files} == {"unchanged"}
    assert again.total("stored") == 0 and again.index.embedded == 0


def _commented(core) -> int:  # type: ignore[no-untyped-def]
    from sqlalchemy import func, select

    from journeys.store.models import Comment

    with core.db.session() as session:
        return session.scalar(select(func.count()).select_from(Comment).where(Comment.text != ""))


def test_a_changed_file_replaces_what_it_gave_and_unknown_places_are_reported(core, tmp_path: Path) -> None:
    folder = tmp_path / "kb"
    write(folder, "maps/shop.yaml", MAP)
    comments = write(folder, "comments/survey.csv", COMMENTS)
    report = core.ingestor.run([folder])
    assert not report.failed
    survey = next(f for f in report.files if f.path.endswith("survey.csv"))
    assert (survey.stored, survey.unknown) == (3, ["stage 'Warehouse'"])
    assert core.status().comments == 3 and core.status().indexed == 1 + 1 + 1 + 3

    comments.write_text(COMMENTS.replace("Box was crushed", "Box arrived crushed").replace(
        "A2,2026-10-06,decision,,9,Lovely mugs and quick delivery\n", ""), encoding="utf-8")
    report = core.ingestor.run([folder])
    survey = next(f for f in report.files if f.path.endswith("survey.csv"))
    assert (survey.stored, survey.unchanged, survey.replaced, survey.removed) == (0, 1, 1, 1)
    assert report.index.embedded == 1 and report.index.deleted == 1
    assert core.status().comments == 2 and core.status().indexed == 5
    hits = core.index.keywords.search("crushed arrived", 5)
    assert [h.id for h in hits] == ["comment:A3"]


def test_comments_are_matched_to_maps_ingested_later(core, tmp_path: Path) -> None:
    core.ingestor.run([write(tmp_path, "survey.csv", COMMENTS)])
    core.ingestor.run([write(tmp_path, "shop.yaml", MAP)])
    from journeys.store.models import Comment

    with core.db.session() as session:
        first = session.get(Comment, "A1")
        assert (first.stage_id, first.touchpoint_id) == ("shop/decision", "shop/decision/checkout")
        assert session.get(Comment, "A2").stage_id == "shop/decision"  # names match case-insensitively
    from retrieval.vector_index import where_clause

    hits = core.index.vectors.query(core.embedder.encode_query("delivery cost"), 5,
                                    where_clause(["comment"], touchpoint="shop/decision/checkout"))
    assert [h.id for h in hits] == ["comment:A1"]


def test_a_bad_file_stores_nothing_and_the_others_still_ingest(core, tmp_path: Path) -> None:
    good = write(tmp_path, "good.csv", COMMENTS)
    bad = write(tmp_path, "bad.csv", "id,score,comment\nB1,7,fine\nB2,seven,oops\n")
    report = core.ingestor.run([bad, good])
    assert [f.status for f in report.files] == ["rejected", "stored"]
    assert "bad.csv:3: score 'seven' is not a number" in report.failed[0].error
    assert core.status().comments == 3

    before = core.status()
    broken_map = write(tmp_path, "shop.yaml", MAP.replace("channel: web", "emotion: 9"))
    report = core.ingestor.run([broken_map])
    assert report.failed and core.status() == before


def test_missing_paths_are_reported_not_raised(core, tmp_path: Path) -> None:
    report = core.ingestor.run([tmp_path / "nope.csv"])
    assert report.failed and "no such file or folder" in report.failed[0].error


def test_reindex_rebuilds_the_indexes_from_sql(core, tmp_path: Path) -> None:
    core.ingestor.run([write(tmp_path, "shop.yaml", MAP), write(tmp_path, "survey.csv", COMMENTS)])
    core.index.vectors.clear()
    core.index.keywords.clear()
    assert core.index.vectors.count() == 0
    report = core.reindex()
    assert report.embedded == 6 and core.index.vectors.count() == 6 and core.status().indexed == 6


def test_the_airline_export_stores_every_distinct_row(tmp_path: Path) -> None:
    """Volume through the whole store and index, with a fast test embedder (meaning is not under test here)."""
    if not AIRLINE.exists():
        pytest.skip("../shared/datasets is not beside the project")
    core = make_core(tmp_path / "data", HashingEmbedder())
    options = MappingOptions(columns={"comment": "text", "date": "tweet_created"}, date_format="%m/%d/%Y %H:%M")
    report = core.ingestor.run([AIRLINE], "comments", options)
    assert not report.failed
    assert (report.total("stored"), report.total("duplicates")) == (14604, 36)
    assert core.status().comments == 14604 and core.status().indexed == 14604
    again = core.ingestor.run([AIRLINE], "comments", options)
    assert again.files[0].status == "unchanged"
    core.close()
