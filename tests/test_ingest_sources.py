"""Rows belong to the file that gave them: copies, clashes, repair, `journey sources` and `journey forget`."""

from __future__ import annotations

import shutil
from pathlib import Path

from sqlalchemy import func, select, update

from journeys.store.models import Comment, Source

EXPORT = "Response ID,When,Where in journey,Rating,Verbatim\n" + "".join(
    f"R{i},2026-10-{i + 1:02d},{phase},{score},{text}\n" for i, (phase, score, text) in enumerate([
        ("Onboarding", 3, "The import kept timing out with our big customer file"),
        ("Onboarding", 4, "Data import wizard errors made no sense to me"),
        ("Sign-up", 9, "Trial was quick to start"), ("Renewal", 2, "Our renewal quote came far too late"),
        ("Renewal", 6, "Fine but pricey"), ("Support", 10, "Support fixed it within the hour"),
        ("Support", 1, "Nobody answered my ticket for a week"), ("Sign-up", 8, "Easy sign-up"),
    ], start=1))
MAPPING = "kind: comments\ncolumns: {date: When, stage: Where in journey}\n"


def _rows(core) -> dict[str, tuple]:  # type: ignore[no-untyped-def]
    with core.db.session() as session:
        return {c.id: (c.text, c.date, c.stage, c.segment, c.score, c.source_path, c.content_hash)
                for c in session.scalars(select(Comment))}


def _nps_n(core) -> int:  # type: ignore[no-untyped-def]
    with core.db.session() as session:
        return int(session.scalar(select(func.count()).select_from(Comment).where(Comment.score.is_not(None))))


def _mapped_copy(tmp_path: Path) -> Path:
    first = tmp_path / "exports" / "responses.csv"
    first.parent.mkdir(parents=True)
    first.write_text(EXPORT, encoding="utf-8")
    (first.parent / "responses.mapping.yaml").write_text(MAPPING, encoding="utf-8")
    return first


def test_a_copy_without_its_mapping_changes_no_stored_row(core, tmp_path: Path) -> None:
    first = _mapped_copy(tmp_path)
    report = core.ingestor.run([first])
    assert not report.failed and report.files[0].stored == 8
    before, n = _rows(core), _nps_n(core)
    assert all(row[1] is not None and row[2] for row in before.values())  # dates and stages from the mapping

    copy = tmp_path / "elsewhere" / "responses.csv"
    copy.parent.mkdir()
    shutil.copy(first, copy)
    second = core.ingestor.run([copy], "comments")
    assert not second.failed, second.files[0].error
    file = second.files[0]
    assert (file.stored, file.replaced, file.removed, file.shared) == (0, 0, 0, 8)
    assert _rows(core) == before and _nps_n(core) == n

    again = core.ingestor.run([first])  # the original, ingested again, still owns its rows unchanged
    assert (again.files[0].stored, again.files[0].replaced, again.files[0].status) == (0, 0, "unchanged")
    assert _rows(core) == before
    with core.db.session() as session:
        assert {s.path for s in session.scalars(select(Source))} == {str(first.resolve()), str(copy.resolve())}


def test_an_identical_copy_is_a_source_of_its_own_whose_rows_are_stored_once(core, tmp_path: Path) -> None:
    first = _mapped_copy(tmp_path)
    core.ingestor.run([first])
    copy_dir = tmp_path / "copy"
    shutil.copytree(first.parent, copy_dir)  # mapping included: the same rows, parsed the same way
    report = core.ingestor.run([copy_dir])
    assert report.files[0].shared == 8 and report.total("stored") == 0
    assert core.status().comments == 8 and _nps_n(core) == 8


def test_clashing_ids_with_other_content_stay_apart(core, tmp_path: Path) -> None:
    a = tmp_path / "a.csv"
    a.write_text("id,score,comment\nX1,9,Loved the onboarding call\n", encoding="utf-8")
    b = tmp_path / "b.csv"
    b.write_text("id,score,comment\nX1,2,Billing page crashed twice\n", encoding="utf-8")
    core.ingestor.run([a])
    core.ingestor.run([b])
    rows = _rows(core)
    assert rows["X1"][0] == "Loved the onboarding call" and rows["X1"][5] == str(a.resolve())
    assert rows["X1~2"][0] == "Billing page crashed twice" and rows["X1~2"][5] == str(b.resolve())
    again = core.ingestor.run([b])  # stable: the renamed row is found again, not renamed once more
    assert again.files[0].status == "unchanged" and set(_rows(core)) == {"X1", "X1~2"}


def test_re_ingesting_a_file_repairs_its_rows(core, tmp_path: Path) -> None:
    first = _mapped_copy(tmp_path)
    core.ingestor.run([first])
    before = _rows(core)
    with core.db.session() as session:  # damage as the old code did it: dates and stages gone
        session.execute(update(Comment).where(Comment.id.in_(["R1", "R2"])).values(date=None, stage=None,
                                                                                   content_hash="x"))
        session.execute(Comment.__table__.delete().where(Comment.id == "R3"))
    report = core.ingestor.run([first])
    assert (report.files[0].replaced, report.files[0].stored) == (2, 1)
    assert _rows(core) == before
    hits = core.index.keywords.search("import wizard errors", 3, kinds=["comment"])
    assert hits and hits[0].id == "comment:R2"
