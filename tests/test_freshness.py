"""Two real processes on one data dir: what one ingests, the other (holding the index) answers from next."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from sqlalchemy import create_engine, func, select

from retrieval.tables import index_outbox
from tests.conftest import ROOT, SAMPLE

NEW_COMMENT = ("id,date,stage,score,comment\n"
               "FRESH-1,2026-10-20,Decision,2,The parrot mascot on the confirmation screen frightened my kids\n")


class Holder:
    def __init__(self, env: dict[str, str]) -> None:
        self.process = subprocess.Popen([sys.executable, "-m", "tests.freshness_holder", str(SAMPLE)], cwd=ROOT,
                                        env=env, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
        assert json.loads(self.read())["ready"]

    def read(self) -> str:
        assert self.process.stdout is not None
        return self.process.stdout.readline()

    def send(self, command: str) -> dict:
        assert self.process.stdin is not None
        self.process.stdin.write(command + "\n")
        self.process.stdin.flush()
        return json.loads(self.read())

    def close(self) -> None:
        self.process.communicate("done\n", timeout=120)


def test_a_comment_ingested_by_another_process_is_cited_in_the_next_answer(tmp_path: Path) -> None:
    data = tmp_path / "data"
    env = {**os.environ, "JOURNEY_DATA_DIR": str(data)}
    holder = Holder(env)
    try:
        question = "What do customers say about the parrot mascot?"
        assert "FRESH-1" not in holder.send(f"ask: {question}")["sources"]
        new = tmp_path / "late" / "new_comments.csv"
        new.parent.mkdir()
        new.write_text(NEW_COMMENT, encoding="utf-8")
        ingest = subprocess.run([sys.executable, "-m", "bot.cli", "ingest", str(new)], capture_output=True,
                                text=True, env=env, cwd=ROOT, timeout=300)
        assert ingest.returncode == 0, ingest.stderr
        engine = create_engine(f"sqlite:///{data / 'journey.db'}")
        with engine.connect() as connection:  # the holder owns Chroma: the ingest left its vector in the outbox
            assert connection.execute(select(func.count()).select_from(index_outbox)).scalar_one() == 1

        answer = holder.send(f"ask: {question}")
        assert "FRESH-1" in answer["sources"], answer
        assert "comment:FRESH-1" in holder.send("dense: parrot mascot frightened the kids")["ids"]
        with engine.connect() as connection:
            assert connection.execute(select(func.count()).select_from(index_outbox)).scalar_one() == 0
        engine.dispose()
    finally:
        holder.close()
    # The next process to open the index finds the vector on disk, written by the holder.
    check = subprocess.run([sys.executable, "-m", "bot.cli", "ask", "--json", question], capture_output=True,
                           text=True, env=env, cwd=ROOT, timeout=300)
    assert check.returncode == 0, check.stderr
    assert "FRESH-1" in json.dumps(json.loads(check.stdout)["sources"])
