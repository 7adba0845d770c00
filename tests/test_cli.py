"""The `journey` command as users and other programs call it (INTERFACES.md)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import ROOT, SAMPLE, in_process_cli
from tests.pg_run import database_env

STATUS_KEYS = ["journeys", "stages", "touchpoints", "comments", "kpis", "feedback", "votes", "subscriptions",
               "indexed"]


@pytest.fixture
def journey(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, embedder):  # type: ignore[no-untyped-def]
    """Run `journey ...` in-process against a fresh data dir; returns (exit code, stdout, stderr)."""
    yield from in_process_cli(tmp_path / "data", monkeypatch, tmp_path)


def test_ingest_status_and_ask_follow_the_contract(journey) -> None:  # type: ignore[no-untyped-def]
    code, out, _ = journey("ingest", str(SAMPLE))
    assert code == 0, out
    assert "0 rejected" in out
    code, out, _ = journey("status", "--json")
    status = json.loads(out)
    assert all(isinstance(status[k], int) for k in STATUS_KEYS) and status["journeys"] == 2

    code, out, _ = journey("ask", "--json", "What are the main pain points at checkout?")
    answer = json.loads(out)
    assert code == 0 and not answer["abstained"] and answer["sources"]
    assert set(answer) >= {"question", "answer", "abstained", "sources", "filters", "timings_ms"}
    assert {"n", "kind", "id", "title", "date", "score", "text"} <= set(answer["sources"][0])
    assert answer["filters"]["touchpoint"] == "checkout"
    assert "[1]" in answer["answer"] and answer["timings_ms"]["total"] > 0

    code, out, _ = journey("ask", "--json", stdin="Which touchpoints are in the awareness stage?\n\n"
                                                  "What is the latest NPS?\nWhat is the capital of Peru?\n")
    lines = [json.loads(line) for line in out.splitlines()]
    assert code == 0 and len(lines) == 4  # one output line per input line, the blank one included
    assert lines[1] == {"line": 2, "question": "", "error": "empty line: no question to answer"}
    answered = [lines[0], lines[2], lines[3]]
    assert [a["abstained"] for a in answered] == [False, False, True]
    assert "does not cover" in lines[3]["answer"]

    code, out, _ = journey("ask", "What is the latest NPS?")
    assert code == 0 and "NPS" in out and "[1] kpi:" in out


def test_user_errors_are_one_line_with_a_non_zero_exit(journey, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    bad = tmp_path / "bad.csv"
    bad.write_text("id,date,stage,score,comment\nX1,2026-10-05,Decision,nine,score is a word\n")
    code, out, err = journey("ingest", str(bad))
    assert code == 1 and "bad.csv:2: score 'nine' is not a number" in out + err
    code, out, err = journey("ingest", str(bad), "--map", "comment")
    assert code == 1 and "expected CANONICAL=SOURCE" in err
    code, out, err = journey("ingest", str(bad), "--kind", "survey-ish")
    assert code == 1 and "--kind 'survey-ish'" in err
    code, out, err = journey("ask", "What now?", "--stage", "Nowhere")
    assert code == 1 and "unknown stage 'Nowhere'" in err
    code, out, err = journey("ask")
    assert code == 1 and "give a QUESTION" in err


def test_chat_keeps_the_stage_in_focus_for_follow_ups(journey) -> None:  # type: ignore[no-untyped-def]
    journey("ingest", str(SAMPLE))
    code, out, _ = journey("chat", stdin="What are the pain points at checkout?\nand in retention?\n")
    assert code == 0
    first, second = out.split("> and in retention?")
    assert "Checkout" in first
    assert "Retention" in second and "Pain points" in second


def test_run_ingests_the_sample_into_an_empty_store_then_answers(journey) -> None:  # type: ignore[no-untyped-def]
    code, out, err = journey("run", stdin="Where do customers drop off during checkout?\n")
    assert code == 0, err
    assert "ingesting the bundled sample" in err
    assert "Checkout" in out and "[1]" in out


def test_a_bad_setting_stops_start_up_with_one_line(tmp_path: Path) -> None:
    env = {**os.environ, "JOURNEY_DATA_DIR": str(tmp_path), "JOURNEY_LLM": "gpt-4"}
    result = subprocess.run([sys.executable, "-m", "bot.cli", "status"], capture_output=True, text=True, env=env,
                            cwd=ROOT, timeout=120)
    assert result.returncode == 1
    assert result.stderr.strip().startswith("error: JOURNEY_LLM (from the environment): expected 'extractive'")
    assert "Traceback" not in result.stderr and len(result.stderr.strip().splitlines()) == 1


def test_a_rejected_file_prints_no_traceback_in_a_real_process(tmp_path: Path) -> None:
    bad = tmp_path / "broken.yaml"
    bad.write_text("name: X\nstages:\n  - name: A\n    emotion: 7\n")
    env = database_env({**os.environ, "JOURNEY_DATA_DIR": str(tmp_path / "data")})
    result = subprocess.run([sys.executable, "-m", "bot.cli", "ingest", str(bad)], capture_output=True, text=True,
                            env=env, cwd=ROOT, timeout=120)
    assert result.returncode == 1
    assert "broken.yaml:4: emotion of stage 'A' is 7, outside -2..+2" in result.stderr
    assert "Traceback" not in result.stdout + result.stderr


def test_read_only_commands_work_while_another_process_holds_the_data_dir(tmp_path: Path) -> None:
    """The bot keeps the SQLite file and the Chroma directory open; status and ask must still work beside it."""
    data = tmp_path / "data"
    env = database_env({**os.environ, "JOURNEY_DATA_DIR": str(data)})
    holder_code = (
        "import sys, time\n"
        "from journeys.core import Core\nfrom journeys.settings import load_settings\n"
        "core = Core(load_settings())\n"
        f"core.ingestor.run([__import__('pathlib').Path({str(SAMPLE)!r})])\n"
        "core.answer('warm up')\nprint('ready', flush=True)\nsys.stdin.readline()\n"
    )
    holder = subprocess.Popen([sys.executable, "-c", holder_code], cwd=ROOT, env=env, stdin=subprocess.PIPE,
                              stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "ready"
        status = subprocess.run([sys.executable, "-m", "bot.cli", "status", "--json"], capture_output=True,
                                text=True, env=env, cwd=ROOT, timeout=120)
        assert status.returncode == 0, status.stderr
        assert json.loads(status.stdout)["journeys"] == 2
        ask = subprocess.run([sys.executable, "-m", "bot.cli", "ask", "--json", "What is the latest NPS?"],
                             capture_output=True, text=True, env=env, cwd=ROOT, timeout=180)
        assert ask.returncode == 0, ask.stderr
        assert "32" in json.loads(ask.stdout)["answer"]
    finally:
        holder.communicate("done\n", timeout=60)


def test_batch_mode_writes_exactly_one_line_per_input_line(journey) -> None:  # type: ignore[no-untyped-def]
    """Finding: blank lines were dropped, so answers no longer lined up with their questions."""
    questions = ["What hurts most?", "", "?", "   ", "And why?"]
    code, out, _ = journey("ask", "--json", stdin="\n".join(questions) + "\n")
    lines = [json.loads(line) for line in out.splitlines()]
    assert code == 0 and len(lines) == len(questions)
    assert [line["question"] for line in lines] == [q.strip() for q in questions]
    assert [bool(line.get("error")) for line in lines] == [False, True, False, True, False]
    assert "answer" in lines[2]  # a line without content gets an answer (how to ask), not an error
