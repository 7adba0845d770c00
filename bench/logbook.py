"""Log-to-searchable delay: how long after `log_feedback` starts the item is found, in-process and from
another process (the CLI beside a running bot).

    .venv/bin/python bench/logbook.py [--items 20] [--knowledge knowledge/sample]

Prints, per path: the log call itself (validate, redact, SQL, embed, Chroma, keyword index), and the delay
until a search finds the item by its words (BM25 over SQL) and by its meaning (Chroma), as p50 / p95 / max.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("ANONYMIZED_TELEMETRY", "False")
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

DEADLINE = 10.0  # seconds a search may keep failing before the item counts as "not found"
# Invented words, so that only the logged item can match them.
WORDS = ["quixotic", "zephyrine", "brambleton", "vexillary", "murmuration", "lantern", "obsidian", "tamarind"]

WRITER = """
import json, sys, time
from journeys.core import Core
from journeys.logbook_input import FeedbackInput
from journeys.settings import load_settings
core = Core(load_settings(data_dir=sys.argv[1]))
core.index.embedder.encode(["warm up"])
print("ready", flush=True)
for line in sys.stdin:
    where, text = json.loads(line)
    started = time.time()
    item = core.log_feedback(FeedbackInput(text=text, where=where, author="bench"))
    print(json.dumps([started, time.time() - started, item.id]), flush=True)
"""


def text_for(n: int) -> str:
    a, b = WORDS[n % len(WORDS)], WORDS[(n * 3 + 1) % len(WORDS)]
    return f"Item {n}: the {a} {b} form kept timing out before I could pay (bench{n}x)"


def found(core, doc_id: str, text: str, n: int) -> tuple[bool, bool]:  # type: ignore[no-untyped-def]
    """(by words, by meaning): does a search for the item's words / meaning return it in its top 5?"""
    by_words = any(h.id == doc_id for h in core.index.keywords.search(f"bench{n}x", 5))
    vector = core.index.embedder.encode_query(text)
    by_meaning = any(h.id == doc_id for h in core.index.vectors.search(vector, 5, kinds=["feedback"]))
    return by_words, by_meaning


def wait_until_found(core, started: float, doc_id: str, text: str, n: int) -> tuple[float | None, float | None]:  # type: ignore[no-untyped-def]
    """Seconds from `started` (time.time()) until found by words and by meaning; None past the deadline."""
    words = meaning = None
    while time.time() - started < DEADLINE and (words is None or meaning is None):
        by_words, by_meaning = found(core, doc_id, text, n)
        now = time.time() - started
        words = now if by_words and words is None else words
        meaning = now if by_meaning and meaning is None else meaning
        if words is None or meaning is None:
            time.sleep(0.01)
    return words, meaning


def summary(label: str, values: list[float | None]) -> str:
    seen = sorted(v * 1000 for v in values if v is not None)
    missing = len(values) - len(seen)
    if not seen:
        return f"{label:<44} not found within {DEADLINE:.0f} s ({missing} of {len(values)})"
    p95 = seen[min(len(seen) - 1, round(0.95 * (len(seen) - 1)))]
    tail = f"; {missing} of {len(values)} not found within {DEADLINE:.0f} s" if missing else ""
    return (f"{label:<44} p50 {statistics.median(seen):7.1f} ms   p95 {p95:7.1f} ms   max {seen[-1]:7.1f} ms"
            f"{tail}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--items", type=int, default=20, help="items logged per path")
    parser.add_argument("--knowledge", type=Path, default=ROOT / "knowledge" / "sample")
    args = parser.parse_args()

    from journeys.core import Core
    from journeys.logbook_input import FeedbackInput
    from journeys.settings import load_settings

    with tempfile.TemporaryDirectory() as tmp:
        data = Path(tmp) / "data"
        core = Core(load_settings(data_dir=data))
        started = time.perf_counter()
        report = core.ingestor.run([args.knowledge])
        places = [p.name for p in core.places("touchpoint")] or [p.name for p in core.places("stage")]
        print(f"knowledge: {args.knowledge} ({core.index.count()} indexed items, ingested in "
              f"{time.perf_counter() - started:.1f} s, {len(report.failed)} files rejected)")
        core.index.embedder.encode(["warm up"])

        calls, words, meaning = [], [], []
        for n in range(args.items):
            text = text_for(n)
            began = time.time()
            item = core.log_feedback(FeedbackInput(text=text, where=places[n % len(places)], author="bench"))
            calls.append(time.time() - began)
            found_words, found_meaning = wait_until_found(core, began, item.id, text, n)
            words.append(found_words)
            meaning.append(found_meaning)
        print(f"\nin-process ({args.items} items):")
        print(summary("  log_feedback call (store + index)", calls))
        print(summary("  log -> found by its words (BM25, SQL)", words))
        print(summary("  log -> found by its meaning (Chroma)", meaning))

        writer = subprocess.Popen([sys.executable, "-c", WRITER, str(data)], stdin=subprocess.PIPE,
                                  stdout=subprocess.PIPE, text=True, cwd=ROOT,
                                  env={**os.environ, "PYTHONPATH": str(ROOT)})
        assert writer.stdin and writer.stdout
        assert writer.stdout.readline().strip() == "ready"
        calls, words, meaning = [], [], []
        for n in range(args.items, 2 * args.items):
            text = text_for(n)
            writer.stdin.write(json.dumps([places[n % len(places)], text]) + "\n")
            writer.stdin.flush()
            began, call, doc_id = json.loads(writer.stdout.readline())
            calls.append(call)
            found_words, found_meaning = wait_until_found(core, began, doc_id, text, n)
            words.append(found_words)
            meaning.append(found_meaning)
        writer.stdin.close()
        writer.wait(30)
        print(f"\nanother process logs, this one searches ({args.items} items):")
        print(summary("  log_feedback call in the writer", calls))
        print(summary("  log -> found here by its words (BM25, SQL)", words))
        print(summary("  log -> found here by its meaning (Chroma)", meaning))

        question = f"What do customers say about the {WORDS[0]} form timing out?"  # the words of item 0
        began = time.perf_counter()
        answer = core.answer(question)
        cited = sum(s.kind == "feedback" and s.author == "bench" for s in answer.sources)
        print(f"\nnext answer ({question!r}): {(time.perf_counter() - began) * 1000:.0f} ms, "
              f"cites {cited} logged item(s); load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")
        core.close()


if __name__ == "__main__":
    main()
