"""Personal-data redaction on the real exports: what is found, and what must survive.

    .venv/bin/python bench/redaction.py [--show]

For every column of both exports in ../shared/datasets/ it prints the findings per kind (e-mail, phone, card,
IBAN). Then the false-positive checks:
- checked columns (ids, dates, scores, ratings, coordinates, labels, time zones) must come back
  unchanged;
- in the free-text columns (comments, a tweet author's name and location), every date, time, price,
  percentage and flight number of the original must still be
  in the redacted text.
`--show` prints every finding in context so a person can judge the rest.
"""

from __future__ import annotations

import argparse
import csv
import re
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

DATASETS = ROOT.parent / "shared" / "datasets"
# Checked columns hold ids, dates, scores, ratings, coordinates and labels: nothing in them may change.
# The others are free text typed by people (a tweet's author name and location too): redacted like comments.
EXPORTS = {
    "telecom_nps_verbatims.csv": {"checked": ("CUSTOMER_RESPONSE_DATE", "SURVEY_SUB_TYPE", "NPS_RATING",
                                              "NPS_SCORE", "Qtr")},
    "airline_tweets.csv": {"checked": ("tweet_id", "airline_sentiment", "airline_sentiment_confidence",
                                       "negativereason", "negativereason_confidence", "airline",
                                       "airline_sentiment_gold", "negativereason_gold", "retweet_count",
                                       "tweet_coord", "tweet_created", "user_timezone")},
}
# Things that look like numbers but are no personal data, and must survive redaction.
SURVIVORS = {
    "date": re.compile(r"\b\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}\b"),
    "time": re.compile(r"\b\d{1,2}:\d{2}(?::\d{2})?\b"),
    "price": re.compile(r"[$£€]\s?\d[\d,]*(?:\.\d{2})?"),
    "percent": re.compile(r"\b\d+(?:\.\d+)?%"),
    "flight": re.compile(r"\b(?:[A-Z]{2}|[A-Z]\d|\d[A-Z])\s?\d{1,4}\b|\b[Ff]light\s*#?\s*\d{1,4}\b"),
}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--show", action="store_true", help="print every finding in context")
    args = parser.parse_args()
    from knowledge.redaction import KINDS, redact

    failures = 0
    for name, spec in EXPORTS.items():
        path = DATASETS / name
        if not path.exists():
            print(f"{name}: missing, skipped")
            continue
        with path.open(encoding="utf-8-sig", newline="") as handle:
            rows = list(csv.DictReader(handle))
        started = time.perf_counter()
        per_column: dict[str, Counter] = {}
        changed_checked: list[tuple[str, str, str]] = []
        lost: Counter = Counter()
        lost_examples: list[str] = []
        findings: list[str] = []
        cells = 0
        for row in rows:
            for column, value in row.items():
                cells += 1
                result = redact(value or "")
                if not result.counts:
                    continue
                per_column.setdefault(column, Counter()).update(result.counts)
                if column in spec["checked"]:
                    changed_checked.append((column, value, result.text))
                    continue
                findings.append(f"  {column}: {value!r}\n      -> {result.text!r}")
                for kind, pattern in SURVIVORS.items():
                    for match in pattern.finditer(value):
                        if match.group() not in result.text:
                            lost[kind] += 1
                            lost_examples.append(f"  {kind} {match.group()!r} lost in {value!r}")
        seconds = time.perf_counter() - started
        total = Counter()
        for counts in per_column.values():
            total.update(counts)
        print(f"{name}: {len(rows)} rows, {cells} cells in {seconds:.1f}s ({cells / seconds:,.0f} cells/s)")
        print("  redacted: " + ", ".join(f"{kind} {total.get(kind, 0)}" for kind in KINDS))
        for column, counts in sorted(per_column.items()):
            print(f"    column {column}: " + ", ".join(f"{k} {n}" for k, n in sorted(counts.items())))
        print(f"  checked columns ({', '.join(spec['checked'])}) changed: {len(changed_checked)}")
        for column, before, after in changed_checked[:10]:
            print(f"    {column}: {before!r} -> {after!r}")
        print("  survivors lost in text: " + (", ".join(f"{k} {n}" for k, n in lost.items()) or "none")
              + f" (checked: {', '.join(SURVIVORS)})")
        for example in lost_examples[:10]:
            print(example)
        failures += len(changed_checked) + sum(lost.values())
        if args.show:
            print("  findings:")
            print("\n".join(findings))
    print(f"false positives found by the checks: {failures}")
    return 1 if failures else 0


if __name__ == "__main__":
    raise SystemExit(main())
