"""What customers say, on the airline export, scored against its labels (which the system never reads).

    .venv/bin/python bench/eval_airline.py [--data-dir DIR] [--k N]

Ingests airline_tweets.csv with every label column ignored (`--ignore`), then prints:
- per complaint kind: comments cited, how many carry that `negativereason` label (precision);
- praise questions: comments cited and the share labelled positive by `airline_sentiment`;
- questions that mention late flights: whether each gets evidence;
- the sentiment the system gives each tweet against `airline_sentiment` (accuracy).

`--data-dir` keeps the ingested store between runs (a second ingest of the unchanged file takes a second).
"""

from __future__ import annotations

import argparse
import csv
import os
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("ANONYMIZED_TELEMETRY", "False")
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
# The shared datasets sit beside the checkout (../shared), or beside its parent when run from a worktree.
AIRLINE = next((p / "shared" / "datasets" / "airline_tweets.csv" for p in ROOT.parents
                if (p / "shared" / "datasets" / "airline_tweets.csv").exists()),
               ROOT.parent / "shared" / "datasets" / "airline_tweets.csv")
LABELS = ("airline_sentiment", "airline_sentiment_confidence", "negativereason", "negativereason_confidence",
          "airline_sentiment_gold", "negativereason_gold")
QUESTIONS = {
    "Lost Luggage": "What do people complain about with lost luggage?",
    "Late Flight": "What do customers say about delayed flights?",
    "Cancelled Flight": "What do people complain about when flights are cancelled?",
    "Customer Service Issue": "What do people complain about customer service?",
    "Flight Attendant Complaints": "What do passengers complain about flight attendants?",
    "Damaged Luggage": "What do people say about damaged bags?",
}
# Reported apart: most booking complaints in this export are labelled "Customer Service Issue" (see README).
EXTRA = {"Flight Booking Problems": "What problems do people have booking or changing a reservation?"}
PRAISE = ("What do customers praise?", "Tell me something positive customers say",
          "What do happy customers like about us?", "What do promoters say?")
LATE = ("What do people say about late flights?", "Are complaints about late flights getting worse?",
        "Why are customers angry about late flights?", "Late flights: what are the main complaints?",
        "What's the latest on late flights?", "How do passengers feel about late flights?")


def airline_options():  # type: ignore[no-untyped-def]
    """How the export is ingested: text and date mapped, every label column left out."""
    from knowledge.columns import MappingOptions

    return MappingOptions(columns={"comment": "text", "date": "tweet_created"}, date_format="%m/%d/%Y %H:%M",
                          ignore=LABELS)


def labels_by_comment_id(column: str) -> dict[str, str]:
    """A withheld label column of each stored comment (same ids as ingest gives them)."""
    from knowledge.csv_source import read_csv
    from knowledge.loader import load_file

    label_by_line = {row.line: row.values[column] for row in read_csv(AIRLINE).rows()}
    return {c.id: label_by_line[c.line] for c in load_file(AIRLINE, "comments", airline_options()).comments}


def comment_sources(answer):  # type: ignore[no-untyped-def]
    return [s for s in answer.sources if s.kind == "comment"]


def complaints(core, k: int | None, reason: dict[str, str]) -> None:  # type: ignore[no-untyped-def]
    hits = total = at_least_five = 0
    print(f"\n{'complaint kind':<28} {'cited':>5} {'on topic':>8} {'precision':>9}")
    for label, question in {**QUESTIONS, **EXTRA}.items():
        cited = comment_sources(core.answer(question, k=k))
        good = sum(1 for s in cited if reason.get(s.id) == label)
        if label in QUESTIONS:
            hits, total = hits + good, total + len(cited)
            at_least_five += len(cited) >= 5
        print(f"{label:<28} {len(cited):>5} {good:>8} {good / max(len(cited), 1):>9.2f}")
    print(f"{'the first ' + str(len(QUESTIONS)) + ' kinds':<28} {total:>5} {hits:>8} {hits / max(total, 1):>9.2f}"
          f"   ({at_least_five} of {len(QUESTIONS)} cite >= 5)")


def praise(core, k: int | None, sentiment: dict[str, str]) -> None:  # type: ignore[no-untyped-def]
    print(f"\n{'praise question':<48} {'cited':>5} {'positive':>8} {'negative':>8} {'share +':>7}")
    for question in PRAISE:
        cited = comment_sources(core.answer(question, k=k))
        labels = Counter(sentiment.get(s.id) for s in cited)
        print(f"{question:<48} {len(cited):>5} {labels['positive']:>8} {labels['negative']:>8} "
              f"{labels['positive'] / max(len(cited), 1):>7.2f}")


def late_flights(core, k: int | None) -> None:  # type: ignore[no-untyped-def]
    print(f"\n{'late-flight question':<52} {'sources':>7} {'comments':>8}  opening")
    with_evidence = 0
    for question in LATE:
        answer = core.answer(question, k=k)
        with_evidence += bool(answer.sources)
        first = answer.answer.splitlines()[0][:60] if answer.answer else ""
        print(f"{question:<52} {len(answer.sources):>7} {len(comment_sources(answer)):>8}  {first}")
    print(f"{with_evidence} of {len(LATE)} late-flight questions get evidence")


def sentiment_accuracy(core, sentiment: dict[str, str]) -> None:  # type: ignore[no-untyped-def]
    try:
        from journeys.voice.sentiment import SentimentReader, polarity
    except ImportError:
        print("\nsentiment: no sentiment module in this version")
        return
    from sqlalchemy import select

    from journeys.store.models import Comment

    with core.db.session() as session:
        rows = session.execute(select(Comment.id, Comment.text, Comment.score, Comment.score_type)).all()
    rows = [r for r in rows if sentiment.get(r.id)]
    vectors = core.index.vectors.vectors([f"comment:{r.id}" for r in rows])
    reader = SentimentReader.for_embedder(core.embedder)
    readers = {"VADER alone": lambda r: polarity(r.text, r.score, r.score_type),
               "VADER + meaning (the answers' filter)": lambda r: reader.polarity(
                   r.text, r.score, r.score_type, vectors.get(f"comment:{r.id}"))}
    classes = ("negative", "neutral", "positive")
    for name, read in readers.items():
        confusion: Counter[tuple[str, str]] = Counter((sentiment[r.id], read(r)) for r in rows)
        n = sum(confusion.values())
        right = sum(v for (t, p), v in confusion.items() if t == p)
        neg_right = sum(v for (t, p), v in confusion.items() if (t == "negative") == (p == "negative"))
        said_positive = sum(v for (t, p), v in confusion.items() if p == "positive")
        print(f"\nsentiment, {name}, vs airline_sentiment on {n} tweets: accuracy {right / n:.3f} (3 classes), "
              f"{neg_right / n:.3f} (negative or not); precision of 'positive' "
              f"{confusion[('positive', 'positive')] / max(1, said_positive):.3f}")
        print(f"{'label, predicted':<18}" + "".join(f"{c:>10}" for c in classes))
        for truth in classes:
            print(f"{truth:<18}" + "".join(f"{confusion[(truth, p)]:>10}" for p in classes))


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--data-dir", type=Path, help="keep the ingested store here (reused when present)")
    parser.add_argument("--k", type=int, default=None, help="the most sources an answer cites")
    args = parser.parse_args()
    from journeys.core import Core
    from journeys.settings import load_settings

    reason, sentiment = labels_by_comment_id("negativereason"), labels_by_comment_id("airline_sentiment")
    with tempfile.TemporaryDirectory() as tmp:
        core = Core(load_settings(data_dir=args.data_dir or Path(tmp) / "data"))
        started = time.perf_counter()
        report = core.ingestor.run([AIRLINE], "comments", airline_options())
        print(f"(ingested {report.total('stored')} comments in {time.perf_counter() - started:.0f} s; "
              f"label columns ignored: {', '.join(LABELS)})")
        complaints(core, args.k, reason)
        praise(core, args.k, sentiment)
        late_flights(core, args.k)
        sentiment_accuracy(core, sentiment)
        core.close()


if __name__ == "__main__":
    csv.field_size_limit(10_000_000)
    main()
