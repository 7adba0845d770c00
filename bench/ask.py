"""Answer latency at growing knowledge-base sizes, beside the floor (one query embedding + one Chroma query).

    .venv/bin/python bench/ask.py [--sizes 15000,100000] [--store DIR] [--profile N] [--distinct N]

The store grows through the normal ingest path: the bundled sample, then the telecom and airline exports, then
(past their ~17k rows) variants of airline rows. Document vectors come from the real model, computed once per
distinct text; a variant reuses its base text's vector plus a little noise, so 100k items cost no hour of
encoding. Query embeddings always come from the real model, with the real model's caches: before each question
(and before each floor) the query cache is emptied, so the question, its masked readings and its subject are
embedded afresh as a new question's would be. Kept across questions, as in a running bot: the pinned vectors of
the code's fixed texts (example questions, sentiment anchors: constants of the model, kept on disk beside its
ONNX export, so a cold process reads them too) and the vectors of the store's own texts (map sentences, theme
phrases, remembered per process). The floor, one query embedding plus one Chroma query, is measured in the same
loop as the answers. `--store DIR` keeps the grown store for the next run; `--profile N`
prints the N costliest functions (cProfile, cumulative) of one round of questions at each size. The cold start of
`journey ask` is in bench/start.py.
"""

from __future__ import annotations

import argparse
import csv
import os
import resource
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from pathlib import Path

import numpy as np

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("ANONYMIZED_TELEMETRY", "False")
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
# ../shared/datasets beside the checkout (or beside a worktree's parent folder)
DATASETS = next((p / "shared" / "datasets" for p in ROOT.parents if (p / "shared" / "datasets").is_dir()),
                ROOT.parent / "shared" / "datasets")

from retrieval.embeddings import Embedder  # noqa: E402

QUESTIONS = [
    "What are the main pain points at checkout?", "Where do customers drop off during checkout?",
    "Which touchpoints are in the awareness stage?", "What is the latest NPS?", "How did cart abandonment change?",
    "What do customers say about delivery?", "Any emerging issues?", "Who owns the returns portal?",
    "What do people complain about with lost luggage?", "Why are flights delayed?", "Is the parcel firm reliable?",
    "What do customers say about the engineer visit?", "What was the NPS for First Payment in March 2018?",
    "What frustrates customers about refunds?", "What is the capital of Peru?", "How is the conversion rate?",
    "What do people think of the chat agents?", "Problems with the app basket?", "What goes wrong with payment?",
    "What do customers say about customer service on the phone?",
]
STAGED = [("What do customers complain about?", "Decision"), ("What are the pain points?", "Retention"),
          ("What do people say?", "Advocacy"), ("Which issues come up?", "Consideration")]


class PrecomputedEmbedder(Embedder):
    """Real vectors for ingested texts (computed once), variants as base vector + noise; everything asked at
    query time that is not a stored text goes to the real model, through its caches."""

    def __init__(self, model: Embedder) -> None:
        super().__init__()
        self.real = model
        self.table: dict[str, np.ndarray] = {}
        self.learning = False  # set while the bench ingests

    def prime(self, texts: Sequence[str], later: Sequence[str] = ()) -> None:
        self.real.prime(texts, later)

    def pinned(self, texts: Sequence[str]) -> np.ndarray:
        return self.real.pinned(texts)

    def forget_queries(self) -> None:
        self.real.forget_queries()

    @property
    def dimension(self) -> int:
        return self.real.dimension

    def learn(self, texts: Sequence[str]) -> None:
        todo = [t for t in dict.fromkeys(texts) if t not in self.table]
        for text, vector in zip(todo, self.real.encode(todo), strict=True):
            self.table[text] = vector

    def encode(self, texts: Sequence[str], progress: Callable[[int], None] | None = None,
               chunk: int = 512) -> np.ndarray:
        if not self.learning and not any(t in self.table or " ~variant~" in t for t in texts):
            return self.real.encode(texts)  # a question's texts, phrases: the real model and its query cache
        missing = [t.partition(" ~variant~")[0] for t in texts]
        if any(t not in self.table for t in missing):
            self.learn([t for t in missing if t not in self.table])
        out = np.zeros((len(texts), self.dimension), dtype=np.float32)
        rng = np.random.default_rng(7)
        for i, text in enumerate(texts):
            base, _, _ = text.partition(" ~variant~")
            vector = self.table[base].copy()
            if " ~variant~" in text:
                vector += rng.normal(0, 0.02, vector.shape).astype(np.float32)
                vector /= np.linalg.norm(vector)
            out[i] = vector
        if progress:
            progress(len(texts))
        return out

    def encode_query(self, text: str) -> np.ndarray:
        return self.real.encode_query(text)


def write_csv(path: Path, header: list[str], rows: list[list[str]]) -> Path:
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(header)
        writer.writerows(rows)
    return path


def percentile(values: list[float], q: float) -> float:
    return float(np.percentile(np.array(values), q))


def warm(core) -> None:  # type: ignore[no-untyped-def]
    """A running bot's state: warmed up, with what its warm-up loads in the background loaded."""
    core.warm_up()
    matrix = getattr(core.index, "matrix", None)  # retrieval/vector_matrix.py (absent from older checkouts)
    if matrix is not None:
        matrix.preload().join()


def measure(core, questions: list[tuple[str, str | None]], rounds: int = 3) -> dict[str, float]:  # type: ignore[no-untyped-def]
    from retrieval.vector_index import where_clause

    answers, floors = [], []
    for _ in range(rounds):
        for question, stage in questions:
            core.index.embedder.forget_queries()  # the question's own texts are embedded afresh (docstring)
            started = time.perf_counter()
            core.answer(question, stage=stage)
            answers.append((time.perf_counter() - started) * 1000)
            core.index.embedder.forget_queries()
            started = time.perf_counter()
            vector = core.index.embedder.encode_query(question)
            core.index.vectors.query(vector, 8, where_clause(["comment"]) if stage else None)
            floors.append((time.perf_counter() - started) * 1000)
    return {"p50": percentile(answers, 50), "p95": percentile(answers, 95), "floor_p50": percentile(floors, 50)}


def profile(core, questions: list[tuple[str, str | None]], top: int) -> None:  # type: ignore[no-untyped-def]
    import cProfile
    import pstats

    profiler = cProfile.Profile()
    for question, stage in questions:
        core.index.embedder.forget_queries()
        profiler.runcall(core.answer, question, stage=stage)
    stats = pstats.Stats(profiler)
    stats.sort_stats("cumulative").print_stats(top)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sizes", default="15000,100000")
    parser.add_argument("--store", type=Path, default=None, help="keep the grown store here (reused next run)")
    parser.add_argument("--profile", type=int, default=0, help="print the N costliest functions at each size")
    parser.add_argument("--distinct", type=int, default=0,
                        help="embed only N distinct export rows (spread over both files); the rest are variants")
    args = parser.parse_args()
    sizes = sorted(int(s) for s in args.sizes.split(","))

    from journeys.core import Core
    from journeys.settings import load_settings
    from knowledge.columns import MappingOptions

    embedder = PrecomputedEmbedder(Embedder.shared())
    airline = list(csv.DictReader((DATASETS / "airline_tweets.csv").open(encoding="utf-8", newline="")))
    telecom = list(csv.DictReader((DATASETS / "telecom_nps_verbatims.csv").open(encoding="utf-8", newline="")))
    with tempfile.TemporaryDirectory() as tmp:
        data = args.store or Path(tmp) / "data"
        core = Core(load_settings(data_dir=data), embedder=embedder)
        started = time.perf_counter()
        embedder.learning = True
        core.ingestor.run([ROOT / "knowledge" / "sample"])
        embedder.learning = False
        print(f"(setup: sample ingested in {time.perf_counter() - started:.1f} s)")
        grow_dir = data / "bench-grow"  # the grown rows' files: a kept store holds them, so reruns add after them
        grow_dir.mkdir(parents=True, exist_ok=True)
        grown = sorted(grow_dir.glob("grow*.csv"))
        pool: list[tuple[str, str, str, str]] = (
            [(r["text"], r["CUSTOMER_RESPONSE_DATE"][6:10] + "-" + r["CUSTOMER_RESPONSE_DATE"][3:5] + "-"
              + r["CUSTOMER_RESPONSE_DATE"][:2], r["SURVEY_SUB_TYPE"], r["NPS_SCORE"]) for r in telecom]
            + [(r["text"], "2015-02-" + r["tweet_created"].split("/")[1].zfill(2), "", "") for r in airline])
        pool = [(text.strip(), day, where, score) for text, day, where, score in pool if text.strip()]
        if args.distinct:
            pool = pool[:: max(1, len(pool) // args.distinct)][: args.distinct]
        questions = [(q, None) for q in QUESTIONS] + STAGED
        options = MappingOptions(columns={"comment": "comment"})
        added = sum(sum(1 for _ in path.open(encoding="utf-8")) - 1 for path in grown)
        batch = len(grown)
        print(f"{'items':>8} {'answer p50':>11} {'answer p95':>11} {'floor p50':>10} {'p50/floor':>10}  "
              f"{'staged p50':>10}")
        for size in sizes:
            need = size - core.status().indexed
            rows = []
            while len(rows) < need:
                text, day, where, score = pool[(added + len(rows)) % len(pool)]
                variant = (added + len(rows)) // len(pool)
                rows.append([f"{text} ~variant~{variant}" if variant else text, day, where, score])
            if rows:
                batch += 1
                path = write_csv(grow_dir / f"grow{batch:03d}.csv", ["comment", "date", "touchpoint", "score"], rows)
                embedder.learning = True
                core.ingestor.run([path], "comments", options)
                embedder.learning = False
                added += len(rows)
            warm(core)
            all_q = measure(core, [(q, None) for q in QUESTIONS])
            staged = measure(core, STAGED)
            print(f"{core.status().indexed:>8} {all_q['p50']:>9.1f}ms {all_q['p95']:>9.1f}ms "
                  f"{all_q['floor_p50']:>8.1f}ms {all_q['p50'] / all_q['floor_p50']:>9.1f}x  {staged['p50']:>8.1f}ms")
            if args.profile:
                profile(core, questions, args.profile)
        core.close()
    print(f"(peak RSS {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB)")


if __name__ == "__main__":
    main()
