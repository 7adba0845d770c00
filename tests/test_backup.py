"""`journey export` / `journey import`: every logged row moves, twice changes nothing, a bad file changes nothing."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import select
from typer.testing import CliRunner

from journeys.answers.model import Answer
from journeys.backup import TABLES, BackupFileError
from journeys.logbook_input import FeedbackInput, TouchpointInput
from journeys.store.models import AnswerLog, SummaryPost
from journeys.subscriptions import parse_request, subscribe, subscribe_alerts, summary_subscriptions
from journeys.summary import claims
from journeys.votes import record_answer, record_vote
from tests.conftest import make_core
from tests.pg_scratch import scratch_schema
from tests.test_logbook import MAP


def _installation(folder: Path, embedder, **settings):  # type: ignore[no-untyped-def]
    map_file = folder / "maps" / "mobile.yaml"
    map_file.parent.mkdir(parents=True, exist_ok=True)
    map_file.write_text(MAP, encoding="utf-8")
    core = make_core(folder / "data", embedder, **settings)
    assert not core.ingestor.run([map_file]).failed
    return core


def _sqlite(folder: Path) -> dict[str, str]:
    return {"database_url": f"sqlite:///{folder / 'data' / 'journey.db'}"}


def _fill(core, first: bool = True, rest: bool = True) -> None:  # type: ignore[no-untyped-def]
    """Log through the real code paths: feedback, a touchpoint, an answer and votes, subscriptions."""
    if first:
        _fill_first(core)
    if rest:
        _fill_rest(core)


def _fill_first(core) -> None:  # type: ignore[no-untyped-def]
    core.log_feedback(FeedbackInput(text="The top-up page timed out twice", where="data top-up", score="3",
                                    author="U1", channel_id="C1", key="view:V1"))
    answer = record_answer(core.db, Answer(question="what hurts in usage?", answer="Top-ups time out [1].",
                                           sources=[], abstained=False), "C1", "100.1", "U1")
    record_vote(core.db, answer, 1, "U1", "C1", "100.2")
    sub = subscribe(core.db, "C1", parse_request("weekly friday 16:30 Europe/Paris"), "U1")
    posted = claims.claim(core.db, SummaryPost, "replica-1", subscription_id=sub.id, period="2026-W47",
                          channel_id="C1")
    claims.finish(core.db, SummaryPost, posted, "posted", "200.1")
    claims.claim(core.db, SummaryPost, "replica-1", subscription_id=sub.id, period="2026-W48", channel_id="C1")


def _fill_rest(core) -> None:  # type: ignore[no-untyped-def]
    with core.db.session() as session:
        answer = session.scalar(select(AnswerLog.id))
    core.log_feedback(FeedbackInput(text="Mail me at jo@example.com, the chooser is confusing",
                                    where="plan chooser", author="U2"))
    core.log_touchpoint(TouchpointInput(name="Roaming pass", stage="Usage", channel="app",
                                        pain_points=["Price unclear abroad"], author="U2"))
    record_vote(core.db, answer, -1, "U2", "C1", "100.2", reason="it missed the roaming page")
    subscribe_alerts(core.db, "C2", "U2")


def _rows(core) -> dict[str, list[dict]]:  # type: ignore[no-untyped-def]
    """Every logged row of every table, as stored, without the surrogate ids a database gives."""
    result = {}
    with core.db.session() as session:
        for table in TABLES:
            query = select(table.model)
            if table.where is not None:
                query = query.where(table.where())
            rows = [{c.name: getattr(obj, c.key) for c in table.columns()} for obj in session.scalars(query)]
            result[table.name] = sorted(rows, key=lambda r: json.dumps(r, default=str, sort_keys=True))
    return result


def _move(source, tmp_path: Path, embedder) -> None:  # type: ignore[no-untyped-def]
    export = tmp_path / "logged.jsonl"
    counts = source.export_logged(export)
    assert counts == {"feedback": 2, "touchpoints": 1, "answer_log": 1, "votes": 2, "subscriptions": 1,
                      "alert_subscriptions": 1, "summary_posts": 1}  # the post still being claimed stays
    assert "jo@example.com" not in export.read_text(encoding="utf-8")  # stored redacted, exported as stored
    target = _installation(tmp_path / "target", embedder, **_sqlite(tmp_path / "target"))
    try:
        report = target.import_logged(export)
        assert report.added == counts and report.unplaced == 0
        assert _rows(target) == _rows(source)
        again = target.import_logged(export)
        assert again.total_added == 0 and sum(again.present.values()) == sum(counts.values())
        assert _rows(target) == _rows(source)
        # Imported items are searchable at once, as logged ones are.
        hits = [h.id for h in target.index.keywords.search("top-up page timed out", 3)]
        assert hits and hits[0].startswith("feedback:")
        assert "touchpoint:mobile-plan/usage/roaming-pass" in [h.id for h in target.index.keywords.search(
            "roaming pass price abroad", 5)]
        assert target.status().votes == 2 and target.status().subscriptions == 2
        # The period posted before the move counts as done for the target's own subscription of that channel.
        sub_id = next(s.id for s in summary_subscriptions(target.db) if s.channel_id == "C1")
        assert claims.is_done(target.db, sub_id, "2026-W47") and not claims.is_done(target.db, sub_id, "2026-W48")
    finally:
        target.close()


def test_everything_logged_moves_to_a_fresh_sqlite_installation(tmp_path: Path, embedder) -> None:
    source = _installation(tmp_path / "source", embedder)  # on the PostgreSQL pass, this one is on PostgreSQL
    _fill(source)
    try:
        _move(source, tmp_path, embedder)
    finally:
        source.close()


def test_everything_logged_moves_from_postgres_to_sqlite(tmp_path: Path, embedder) -> None:
    with scratch_schema() as url:
        source = _installation(tmp_path / "source", embedder, database_url=url)
        _fill(source)
        try:
            _move(source, tmp_path, embedder)
        finally:
            source.close()


def test_an_installation_holding_part_of_it_gets_only_the_rest(tmp_path: Path, embedder) -> None:
    source = _installation(tmp_path / "source", embedder, **_sqlite(tmp_path / "source"))
    target = _installation(tmp_path / "target", embedder, **_sqlite(tmp_path / "target"))
    try:
        _fill(source, rest=False)
        source.export_logged(tmp_path / "part.jsonl")
        assert target.import_logged(tmp_path / "part.jsonl").total_added == 5
        _fill(source, first=False)
        source.export_logged(tmp_path / "all.jsonl")
        report = target.import_logged(tmp_path / "all.jsonl")
        assert report.added == {"feedback": 1, "touchpoints": 1, "answer_log": 0, "votes": 1, "subscriptions": 0,
                                "alert_subscriptions": 1, "summary_posts": 0}
        assert _rows(target) == _rows(source)
    finally:
        source.close()
        target.close()


@pytest.fixture(scope="module")
def export_lines(tmp_path_factory: pytest.TempPathFactory, embedder) -> list[str]:
    folder = tmp_path_factory.mktemp("export")
    source = _installation(folder, embedder, **_sqlite(folder))
    _fill(source)
    source.export_logged(folder / "logged.jsonl")
    source.close()
    return (folder / "logged.jsonl").read_text(encoding="utf-8").splitlines()


@pytest.fixture(scope="module")
def bad_file_target(tmp_path_factory: pytest.TempPathFactory, embedder):  # type: ignore[no-untyped-def]
    """An installation holding the first part; every bad import must leave it exactly so."""
    target = _installation(tmp_path_factory.mktemp("target"), embedder)
    _fill(target, rest=False)
    yield target
    target.close()


def _spoil(lines: list[str], number: int, change) -> str:  # type: ignore[no-untyped-def]
    record = json.loads(lines[number - 1])
    change(record)
    return "\n".join([*lines[:number - 1], json.dumps(record), *lines[number:]]) + "\n"


@pytest.mark.parametrize(("make", "message"), [
    (lambda lines: "", "empty; expected a `journey export` file"),
    (lambda lines: "feedback,text\n1,hello\n", "line 1: not a `journey export` file"),
    (lambda lines: _spoil(lines, 1, lambda r: r.update(version=99)), "line 1: export format version 99"),
    (lambda lines: _spoil(lines, 4, lambda r: r.update(table="secrets")), "line 4: unknown table 'secrets'"),
    (lambda lines: _spoil(lines, 3, lambda r: r["row"].update(created_at="yesterday")),
     "line 3: feedback.created_at should be an ISO date-time, not 'yesterday'"),
    (lambda lines: _spoil(lines, 3, lambda r: r["row"].update(email="jo@example.com")),
     "line 3: feedback has no column email"),
    (lambda lines: "\n".join(lines[:-1]) + "\n", "the header promises 1 summary_posts rows, the file holds 0"),
    (lambda lines: "\n".join([*lines, "{not json"]) + "\n", "line 11: not JSON"),
])
def test_a_bad_file_is_named_and_changes_nothing(tmp_path: Path, bad_file_target, export_lines, make,  # type: ignore[no-untyped-def]
                                                 message) -> None:
    before = _rows(bad_file_target)
    assert before["feedback"]  # it holds something that must survive
    bad = tmp_path / "bad.jsonl"
    bad.write_text(make(export_lines), encoding="utf-8")
    with pytest.raises(BackupFileError) as error:
        bad_file_target.import_logged(bad)
    assert message in str(error.value) and str(bad) in str(error.value)
    assert _rows(bad_file_target) == before


def test_the_commands_report_in_one_line(tmp_path: Path, monkeypatch, embedder) -> None:  # type: ignore[no-untyped-def]
    import bot.context
    from bot.cli import app

    monkeypatch.setenv("JOURNEY_DATA_DIR", str(tmp_path / "data"))
    bot.context.settings.cache_clear()
    bot.context.core.cache_clear()
    try:
        runner = CliRunner()
        result = runner.invoke(app, ["export", str(tmp_path / "empty.jsonl")])
        assert result.exit_code == 0 and "0 feedback" in result.stdout
        result = runner.invoke(app, ["import", str(tmp_path / "empty.jsonl")])
        assert result.exit_code == 0 and "0 feedback" in result.stdout and "0 already here" in result.stdout
        (tmp_path / "bad.jsonl").write_text("hello\n", encoding="utf-8")
        result = runner.invoke(app, ["import", str(tmp_path / "bad.jsonl")])
        assert result.exit_code == 1 and result.stderr.strip().count("\n") == 0
        assert "line 1: not a `journey export` file" in result.stderr and "Traceback" not in result.stderr
    finally:
        bot.context.core.cache_clear()
        bot.context.settings.cache_clear()
