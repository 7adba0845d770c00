"""The theme engine's cost, on a 30-comment pool and on the 15,000-comment airline store.

    .venv/bin/python bench/themes.py [--data-dir DIR]

For each case: the pool size, then the time to build the pool (search + sentiment), fetch its stored vectors,
cluster and name, and the whole answer; the theme names found. The airline store is ingested with its label
columns ignored (as in bench/eval_airline.py); `--data-dir` keeps it between runs.
"""

from __future__ import annotations

import argparse
import csv
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("ANONYMIZED_TELEMETRY", "False")
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))
VOICE = ROOT / "tests" / "data" / "voice"
QUESTIONS = ("What do riders complain about?", "What do people complain about with lost luggage?",
             "What do customers say about delayed flights?", "What do customers praise?")
ROUNDS = 3


def themes_step(core, comments, vectors):  # type: ignore[no-untyped-def]
    from journeys.voice.engine import themes_for

    started = time.perf_counter()
    found = themes_for(comments, core.embedder, vectors, idf=core.index.keywords.idf)
    return (time.perf_counter() - started) * 1000, found


def case(core, label: str, questions: tuple[str, ...]) -> None:  # type: ignore[no-untyped-def]
    from journeys.answers.comment_pool import build_pool
    from journeys.answers.compose_comments import comment_question
    from journeys.answers.context import ComposeContext
    from journeys.answers.understand import understand
    from journeys.voice.sentiment import NEGATIVE, POSITIVE

    service = core.answerer
    vocab, anchor = service._knowledge()
    store = core.index.count()
    for question in questions:
        pool_ms, theme_ms, answer_ms, names, size = [], [], [], [], 0
        for _ in range(ROUNDS):
            u = understand(question, vocab, anchor)
            result = service.searcher.search(u.search_text, k=8, anchor=anchor, keyword_text=u.keyword_text)
            with core.db.session() as session:
                ctx = ComposeContext(session=session, understanding=u, result=result, searcher=service.searcher,
                                     anchor=anchor)
                kind = comment_question(ctx)
                sentiment = {"complaints": NEGATIVE, "praise": POSITIVE}.get(kind or "")
                started = time.perf_counter()
                pool = build_pool(ctx, sentiment)
                pool_ms.append((time.perf_counter() - started) * 1000)
            if pool is None:
                break
            size = len(pool.comments)
            ms, found = themes_step(core, pool.comments, pool.vectors)
            theme_ms.append(ms)
            names = [f"{t.label} ({t.count})" for t in found]
            started = time.perf_counter()
            core.answer(question)
            answer_ms.append((time.perf_counter() - started) * 1000)
        if not theme_ms:
            print(f"| {label} | {store:,} | {question} | no pool | | | |")
            continue
        print(f"| {label} | {store:,} | {question} | {size} | {statistics.median(pool_ms):.0f} ms | "
              f"{statistics.median(theme_ms):.0f} ms | {statistics.median(answer_ms):.0f} ms | {', '.join(names)} |")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--data-dir", type=Path, help="keep the airline store here (reused when present)")
    args = parser.parse_args()
    from eval_airline import AIRLINE, airline_options

    from journeys.core import Core
    from journeys.settings import load_settings

    print(f"median of {ROUNDS} rounds; pool = search + sentiment + stored vectors; themes = cluster + name\n")
    print("| store | indexed items | question | pool | pool build | themes | whole answer | themes found |")
    print("| --- | --- | --- | --- | --- | --- | --- | --- |")
    with tempfile.TemporaryDirectory() as tmp:
        small = Core(load_settings(data_dir=Path(tmp) / "voice"))
        small.ingestor.run([VOICE])
        case(small, "30-comment base (tests/data/voice)", QUESTIONS[:1])
        small.close()
        big = Core(load_settings(data_dir=args.data_dir or Path(tmp) / "airline"))
        big.ingestor.run([AIRLINE], "comments", airline_options())
        case(big, "airline export", QUESTIONS[1:])
        big.close()


if __name__ == "__main__":
    csv.field_size_limit(10_000_000)
    main()
