"""`journey sources` and `journey forget`: a team removes the bundled sample, and it stays removed."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from tests.conftest import ROOT, SAMPLE, in_process_cli


@pytest.fixture
def journey(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, embedder):  # type: ignore[no-untyped-def]
    """`journey ...` in-process from the project root (so `knowledge/sample` is a relative path)."""
    yield from in_process_cli(tmp_path / "data", monkeypatch, ROOT)


def test_forgetting_the_sample_leaves_a_working_store_and_run_does_not_bring_it_back(journey, tmp_path) -> None:
    code, _, err = journey("run", stdin="What is the latest NPS?\n")
    assert code == 0 and "ingesting the bundled sample" in err
    code, out, _ = journey("sources", "--json")
    listed = json.loads(out)
    assert code == 0 and {Path(s["path"]).parent.name for s in listed} == {"maps", "comments", "kpis"}
    assert all(s["rows"] > 0 and s["ingested_at"] for s in listed)

    code, out, err = journey("forget", "knowledge/sample")
    assert code == 0, err
    assert f"forgot {len(listed)} files" in out
    code, out, _ = journey("status", "--json")
    state = json.loads(out)
    assert (state["journeys"], state["comments"], state["kpis"], state["indexed"], state["sources"]) == (0, 0, 0, 0, 0)
    import bot.context

    assert bot.context.core().index.vectors.count() == 0

    own = tmp_path / "kb"
    shutil.copytree(ROOT / "tests" / "data" / "b2b", own)
    code, out, err = journey("ingest", str(own))
    assert code == 0, err
    code, out, err = journey("run", stdin="What do customers say about the data import?\n")
    assert code == 0, err
    assert "ingesting the bundled sample" not in err
    assert "[1]" in out and "import" in out.lower()
    code, out, _ = journey("sources", "--json")
    assert all(str(SAMPLE) not in s["path"] for s in json.loads(out))


def test_forget_names_a_path_that_was_never_ingested_in_one_line(journey, tmp_path) -> None:
    code, _, err = journey("forget", str(tmp_path / "nothing-here"))
    assert code == 1 and "nothing was ingested from this path" in err and "Traceback" not in err


def test_forgetting_the_first_copy_hands_its_rows_to_the_second(core, tmp_path: Path) -> None:
    a, b = tmp_path / "a" / "survey.csv", tmp_path / "b" / "survey.csv"
    for path in (a, b):
        path.parent.mkdir()
        path.write_text("id,score,comment\nQ1,3,Checkout crashed on my phone\nQ2,9,Fast delivery\n", encoding="utf-8")
    core.ingestor.run([a])
    assert core.ingestor.run([b]).files[0].shared == 2 and core.status().comments == 2
    report = core.forget([str(a.parent)])
    assert report.sources == [str(a.resolve())] and report.reingested == [str(b.resolve())]
    rows = {s.path: s.rows for s in core.sources()}
    assert rows == {str(b.resolve()): 2} and core.status().comments == 2
    hits = core.index.keywords.search("checkout crashed", 3, kinds=["comment"])
    assert [h.id for h in hits][:1] == ["comment:Q1"]
