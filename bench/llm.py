"""LLM answers: how long a question takes when the model answers, and when its server hangs.

    .venv/bin/python bench/llm.py [--timeout 20] [--questions 3]

Runs the real core on the bundled sample (real embeddings, offline) with JOURNEY_LLM=openai:gpt-4o-mini and
OPENAI_BASE_URL pointed at the local OpenAI-compatible server from the tests (tests/fake_openai.py), so
langchain-openai's real HTTP path runs. Per question it prints the extractive answer's time, the time of an
answer written by a model that replies at once, and the time until the extractive answer is given when the
server accepts the request and never replies (which should be JOURNEY_LLM_TIMEOUT plus a little).
Prints figures; asserts nothing.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("ANONYMIZED_TELEMETRY", "False")
os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]

from fake_openai import FakeOpenAI  # noqa: E402

from journeys.core import Core  # noqa: E402
from journeys.settings import load_settings  # noqa: E402

QUESTIONS = ["What is the current cart abandonment rate?", "Where do customers drop off at checkout?",
             "What do customers say about delivery?"]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--timeout", type=float, default=20.0, help="JOURNEY_LLM_TIMEOUT in seconds")
    parser.add_argument("--questions", type=int, default=len(QUESTIONS))
    args = parser.parse_args()
    with FakeOpenAI() as api, tempfile.TemporaryDirectory() as tmp:
        os.environ.update(OPENAI_BASE_URL=api.base_url, OPENAI_API_KEY="sk-bench")
        core = Core(load_settings(data_dir=Path(tmp) / "data", llm="openai:gpt-4o-mini", llm_timeout=args.timeout))
        core.ingestor.run([ROOT / "knowledge" / "sample"])
        print(f"JOURNEY_LLM=openai:gpt-4o-mini against {api.base_url}, JOURNEY_LLM_TIMEOUT={args.timeout:g}s")
        print(f"{'question':48} {'extractive':>11} {'LLM ok':>9} {'LLM hangs':>10} {'over timeout':>13}")
        for question in QUESTIONS[: args.questions]:
            started = time.perf_counter()
            draft = core.draft(question)
            extractive = time.perf_counter() - started
            api.hang, api.replies = 0.0, [draft.answer]  # a model that repeats the draft: every guard passes
            started = time.perf_counter()
            core.answer(question)
            written = time.perf_counter() - started
            api.hang = 3600.0
            started = time.perf_counter()
            answer = core.answer(question)
            hung = time.perf_counter() - started
            note = "" if answer.answer == draft.answer else "  (NOT the extractive answer)"
            print(f"{question[:48]:48} {extractive:10.2f}s {written:8.2f}s {hung:9.2f}s "
                  f"{hung - args.timeout:+12.2f}s{note}")
        core.close()


if __name__ == "__main__":
    main()
