"""The answers to the answer-path bench's questions (and a few more), as JSON lines, to compare two checkouts.

    .venv/bin/python bench/same_answers.py --store DIR [--rounds 2] > answers.jsonl

`DIR` is a store kept by `bench/ask.py --store DIR`; nothing is ingested. Each line holds a question's answer
text, sources (every field), filters and focus: what a change meant to leave answers alone must leave alone.
Compare two runs with `cmp` (or `diff`). Timings are left out; the process's peak RSS goes to stderr.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import sys
from pathlib import Path

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("ANONYMIZED_TELEMETRY", "False")
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from ask import QUESTIONS, STAGED, warm  # noqa: E402

MORE = [
    ("What do customers say about checkout in the last month?", None),
    ("What are detractors saying about delivery?", None),
    ("Tell me something positive", None),
    ("What do people complain about in the Decision stage?", None),
    ("What is trending in complaints about refunds?", None),
    ("What do customers say about baggage fees?", None),
    ("Complaints about customer service last month?", None),
    ("What do promoters like about the app?", "Retention"),
]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--store", type=Path, required=True)
    parser.add_argument("--rounds", type=int, default=2)
    args = parser.parse_args()

    from journeys.core import Core
    from journeys.settings import load_settings

    core = Core(load_settings(data_dir=args.store))
    warm(core)
    questions = [(q, None) for q in QUESTIONS] + STAGED + MORE
    for _ in range(args.rounds):
        for question, stage in questions:
            core.index.embedder.forget_queries()
            answer = core.answer(question, stage=stage).to_dict()
            answer.pop("timings_ms", None)
            print(json.dumps({"stage": stage, **answer}, sort_keys=True, ensure_ascii=False))
    core.close()
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak RSS {peak:.0f} MB", file=sys.stderr)


if __name__ == "__main__":
    main()
