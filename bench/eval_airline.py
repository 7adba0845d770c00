"""Complaint retrieval on the airline export, scored against its labels (which the system never reads).

    .venv/bin/python bench/eval_airline.py

Ingests airline_tweets.csv with every label column ignored (`--ignore`), asks one question per complaint
kind, and prints the share of cited comments whose `negativereason` label is that kind (precision).
"""

from __future__ import annotations

import csv
import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("ANONYMIZED_TELEMETRY", "False")
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
AIRLINE = ROOT.parent / "shared" / "datasets" / "airline_tweets.csv"
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


def airline_options():  # type: ignore[no-untyped-def]
    """How the export is ingested: text and date mapped, every label column left out."""
    from knowledge.columns import MappingOptions

    return MappingOptions(columns={"comment": "text", "date": "tweet_created"}, date_format="%m/%d/%Y %H:%M",
                          ignore=LABELS)


def labels_by_comment_id() -> dict[str, str]:
    """The withheld `negativereason` of each stored comment (same ids as ingest gives them)."""
    from knowledge.csv_source import read_csv
    from knowledge.loader import load_file

    label_by_line = {row.line: row.values["negativereason"] for row in read_csv(AIRLINE).rows()}
    return {c.id: label_by_line[c.line] for c in load_file(AIRLINE, "comments", airline_options()).comments}


def main() -> None:
    from journeys.core import Core
    from journeys.settings import load_settings

    options = airline_options()
    label_by_id = labels_by_comment_id()
    with tempfile.TemporaryDirectory() as tmp:
        core = Core(load_settings(data_dir=Path(tmp) / "data"))
        started = time.perf_counter()
        report = core.ingestor.run([AIRLINE], "comments", options)
        print(f"(ingested {report.total('stored')} comments in {time.perf_counter() - started:.0f} s; "
              f"label columns ignored: {', '.join(LABELS)})")
        hits = total = 0
        print(f"{'complaint kind':<28} {'cited':>5} {'on topic':>8} {'precision':>9}")
        for label, question in {**QUESTIONS, **EXTRA}.items():
            answer = core.answer(question)
            cited = [s for s in answer.sources if s.kind == "comment"]
            good = sum(1 for s in cited if label_by_id.get(s.id) == label)
            if label in QUESTIONS:
                hits, total = hits + good, total + len(cited)
            precision = good / len(cited) if cited else 0.0
            print(f"{label:<28} {len(cited):>5} {good:>8} {precision:>9.2f}")
        print(f"{'the first ' + str(len(QUESTIONS)) + ' kinds':<28} {total:>5} {hits:>8} {hits / max(total, 1):>9.2f}")


if __name__ == "__main__":
    csv.field_size_limit(10_000_000)
    main()
