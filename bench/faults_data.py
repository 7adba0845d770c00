"""The data rows of issue 9's "done when" table (bench/faults.py prints the Slack-side rows).

    .venv/bin/python bench/faults_data.py

1. the real exports: personal data redacted per kind, and false positives in the checked columns;
2. a second process ingests a comment: does the running holder of the index cite it in its next answer;
3. a second copy of a file, without its mapping: stored rows changed, NPS n before and after;
4. `journey forget knowledge/sample`: sample rows left, a working store, and `journey run` after it.
Each case runs real processes on a fresh data dir in a temporary folder.
"""

from __future__ import annotations

import csv
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("ANONYMIZED_TELEMETRY", "False")
DATASETS = ROOT.parent / "shared" / "datasets"
SAMPLE = ROOT / "knowledge" / "sample"


def journey(env: dict[str, str], *args: str, stdin: str | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "bot.cli", *args], capture_output=True, text=True, env=env,
                          cwd=ROOT, input=stdin, timeout=600)


def pii() -> None:
    from bench.redaction import EXPORTS
    from knowledge.redaction import KINDS, redact

    for name, spec in EXPORTS.items():
        path = DATASETS / name
        if not path.exists():
            print(f"real exports: {name} missing")
            continue
        found = dict.fromkeys(KINDS, 0)
        false_positives = 0
        with path.open(encoding="utf-8-sig", newline="") as handle:
            for row in csv.DictReader(handle):
                for column, value in row.items():
                    result = redact(value or "")
                    for kind, n in result.counts.items():
                        found[kind] += n
                    false_positives += column in spec["checked"] and result.text != value
        print(f"the real exports | {name}: redacted " + ", ".join(f"{k} {n}" for k, n in found.items())
              + f"; false positives in the checked columns: {false_positives}")


def second_process(tmp: Path) -> None:
    env = {**os.environ, "JOURNEY_DATA_DIR": str(tmp / "fresh")}
    holder = subprocess.Popen([sys.executable, "-m", "tests.freshness_holder", str(SAMPLE)], cwd=ROOT, env=env,
                              stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    assert holder.stdin and holder.stdout
    holder.stdout.readline()
    new = tmp / "late.csv"
    new.write_text("id,date,stage,score,comment\nFRESH-1,2026-10-20,Decision,2,"
                   "The parrot mascot on the confirmation screen frightened my kids\n", encoding="utf-8")
    result = journey(env, "ingest", str(new))
    ingested = time.perf_counter()
    holder.stdin.write("ask: What do customers say about the parrot mascot?\n")
    holder.stdin.flush()
    answer = json.loads(holder.stdout.readline())
    seconds = time.perf_counter() - ingested
    holder.communicate("done\n", timeout=120)
    cited = "FRESH-1" in answer["sources"]
    print(f"a second process ingests a comment | ingest exit {result.returncode}; the running holder's next answer "
          f"{'cites' if cited else 'does NOT cite'} it ({seconds:.1f}s after the ingest ended, answer included)")


def copy_without_mapping(tmp: Path) -> None:
    from sqlalchemy import create_engine, text

    env = {**os.environ, "JOURNEY_DATA_DIR": str(tmp / "copy")}
    first = tmp / "exports" / "responses.csv"
    first.parent.mkdir()
    first.write_text("Response ID,When,Where in journey,Rating,Verbatim\n" + "".join(
        f"R{i},2026-10-{i:02d},Phase {i % 3},{i % 11},Comment number {i} about the service\n" for i in range(1, 51)),
        encoding="utf-8")
    (first.parent / "responses.mapping.yaml").write_text("kind: comments\ncolumns: {date: When, stage: Where in "
                                                         "journey}\n", encoding="utf-8")
    journey(env, "ingest", str(first))
    engine = create_engine(f"sqlite:///{tmp / 'copy' / 'journey.db'}")
    query = text("SELECT id, text, date, stage, score, source_path, content_hash FROM comments ORDER BY id")
    with engine.connect() as connection:
        before = connection.execute(query).all()
    copy = tmp / "elsewhere" / "responses.csv"
    copy.parent.mkdir()
    shutil.copy(first, copy)
    result = journey(env, "ingest", "--json", "--kind", "comments", str(copy))
    with engine.connect() as connection:
        after = connection.execute(query).all()
    engine.dispose()
    changed = sum(a != b for a, b in zip(before, after, strict=False)) + abs(len(before) - len(after))
    n_before = sum(r.score is not None for r in before)
    n_after = sum(r.score is not None for r in after)
    report = json.loads(result.stdout)["files"][0]
    print(f"a second copy of a file, without its mapping | {changed} stored rows changed; NPS n {n_before} -> "
          f"{n_after}; the copy: {report['stored']} stored, {report['replaced']} replaced, {report['shared']} "
          "already stored from the first file")


def forget_sample(tmp: Path) -> None:
    env = {**os.environ, "JOURNEY_DATA_DIR": str(tmp / "forget")}
    journey(env, "run", stdin="What is the latest NPS?\n")
    before = json.loads(journey(env, "status", "--json").stdout)
    forgot = journey(env, "forget", "knowledge/sample")
    after = json.loads(journey(env, "status", "--json").stdout)
    journey(env, "ingest", str(ROOT / "tests" / "data" / "b2b"))
    run = journey(env, "run", stdin="What do customers say about the data import?\n")
    final = json.loads(journey(env, "status", "--json").stdout)
    sample_sources = [s for s in json.loads(journey(env, "sources", "--json").stdout) if str(SAMPLE) in s["path"]]
    print(f"journey forget knowledge/sample | before: {before['comments']} comments, {before['kpis']} KPI rows, "
          f"{before['journeys']} journeys; forget exit {forgot.returncode}; after: {after['comments']} comments, "
          f"{after['kpis']} KPI rows, {after['indexed']} indexed; `journey run` afterwards: exit {run.returncode}, "
          f"answered {'yes' if '[1]' in run.stdout else 'no'}, sample ingested again: "
          f"{'yes' if 'bundled sample' in run.stderr or sample_sources else 'no'} "
          f"(store: {final['journeys']} journeys, {final['comments']} comments)")


def main() -> None:
    pii()
    with tempfile.TemporaryDirectory() as folder:
        tmp = Path(folder)
        second_process(tmp)
        copy_without_mapping(tmp)
        forget_sample(tmp)


if __name__ == "__main__":
    main()
