"""The theme engine's cost and its theme names: at one place of the bundled sample (~30 comments), on an
evaluation base nobody here wrote, and on a ~17,000-comment store (the airline and telecom exports).

    .venv/bin/python bench/themes.py [--data-dir DIR] [--rounds N] [--base saas|broadband|permits] [--no-large]

Every figure comes from real answers (`core.answer`), timed inside by wrapping the steps: the comment search
the service gathers with the evidence, the pool build (relevance floor, sentiment, stored vectors), the
clustering, the naming, and the whole answer. Each is the median (p50) of N rounds. The place of the sample
is picked at run time (the touchpoint whose comment count is nearest 30). The large store is ingested with
the airline label columns ignored (as in bench/eval_airline.py); `--data-dir` keeps it between runs.
"""

from __future__ import annotations

import argparse
import csv
import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("ANONYMIZED_TELEMETRY", "False")
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))
SAMPLE = ROOT / "knowledge" / "sample"
GENERAL = ("What do customers complain about?", "What do customers praise?", "What are people talking about?")
LARGE = ("What do people complain about with lost luggage?", "What do customers say about delayed flights?",
         "What do customers praise?", "What do customers say about the engineer visit?",
         "What do customers complain about?")


@dataclass
class Probe:
    """What one answer's comment steps cost (ms) and what the themes were."""

    search: float = 0.0
    pool: float = 0.0
    cluster: float = 0.0
    name: float = 0.0
    size: int = 0
    names: list[str] = field(default_factory=list)


def install() -> Callable[[], Probe]:
    """Wrap the service's comment search, the pool build and the theme engine; returns the probe's reset."""
    import journeys.answers.compose_comments as composer
    import journeys.answers.service as service

    probe = [Probe()]
    gather, build, themes = service.gather_comments, composer.build_pool, composer.themes_for

    def timed_gather(*args, **kwargs):  # type: ignore[no-untyped-def]
        started = time.perf_counter()
        evidence = gather(*args, **kwargs)
        probe[0].search += (time.perf_counter() - started) * 1000
        return evidence

    def timed_build(*args, **kwargs):  # type: ignore[no-untyped-def]
        started = time.perf_counter()
        pool = build(*args, **kwargs)
        probe[0].pool += (time.perf_counter() - started) * 1000
        probe[0].size = max(probe[0].size, len(pool.comments) if pool else 0)
        return pool

    def timed_themes(pool, *args, **kwargs):  # type: ignore[no-untyped-def]
        timings: dict[str, float] = {}
        found = themes(pool, *args, timings=timings, **kwargs)
        probe[0].cluster += timings.get("cluster_ms", 0.0)
        probe[0].name += timings.get("name_ms", 0.0)
        probe[0].names = [f"{t.label} ({t.count})" for t in found]
        return found

    service.gather_comments, composer.build_pool, composer.themes_for = timed_gather, timed_build, timed_themes

    def reset() -> Probe:
        probe[0] = Probe()
        return probe[0]

    return reset


def case(core, label: str, questions: tuple[str, ...], rounds: int, reset: Callable[[], Probe]) -> None:  # type: ignore[no-untyped-def]
    store = core.status().comments
    for question in questions:
        probes, totals, cited = [], [], 0
        for _ in range(rounds):
            probe = reset()
            started = time.perf_counter()
            answer = core.answer(question)
            totals.append((time.perf_counter() - started) * 1000)
            probes.append(probe)
            cited = sum(1 for s in answer.sources if s.kind == "comment")
        last = probes[-1]

        def p50(attr: str) -> str:
            return f"{statistics.median(getattr(p, attr) for p in probes):.0f}"  # noqa: B023

        themes_ms = statistics.median(p.cluster + p.name for p in probes)
        print(f"| {label} | {store:,} | {question} | {last.size} | {p50('search')} | {p50('pool')} | "
              f"{p50('cluster')} | {p50('name')} | {themes_ms:.0f} | {statistics.median(totals):.0f} | {cited} | "
              f"{', '.join(last.names) or '(no themes)'} |")


def place_near(core, n: int = 30) -> str:  # type: ignore[no-untyped-def]
    """The name of the touchpoint whose comment count is nearest n."""
    from sqlalchemy import func, select

    from journeys.store.models import Comment, Touchpoint

    with core.db.session() as session:
        rows = session.execute(select(Touchpoint.name, func.count(Comment.id)).join(
            Comment, Comment.touchpoint_id == Touchpoint.id).group_by(Touchpoint.id, Touchpoint.name)).all()
    return min(rows, key=lambda r: (abs(r[1] - n), r[0]))[0]


def telecom_options():  # type: ignore[no-untyped-def]
    from knowledge.columns import MappingOptions

    return MappingOptions(columns={"comment": "text", "date": "CUSTOMER_RESPONSE_DATE",
                                   "touchpoint": "SURVEY_SUB_TYPE", "score": "NPS_SCORE"},
                          date_format="%d/%m/%Y %H:%M")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--data-dir", type=Path, help="keep the large store here (reused when present)")
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--base", default="saas", choices=("saas", "broadband", "permits"))
    parser.add_argument("--no-large", action="store_true", help="only the sample and the evaluation base")
    args = parser.parse_args()
    from eval_airline import AIRLINE, airline_options

    from journeys.core import Core
    from journeys.settings import load_settings

    reset = install()
    print(f"p50 of {args.rounds} rounds, ms. search = the comment search gathered with the evidence; pool = "
          "relevance floor + sentiment + stored vectors; cluster and naming inside the theme engine\n")
    print("| store | comments | question | pool | search | pool build | cluster | naming | themes | whole answer "
          "| cited | themes found |")
    print("| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |")
    with tempfile.TemporaryDirectory() as tmp:
        small = Core(load_settings(data_dir=Path(tmp) / "sample"))
        small.ingestor.run([SAMPLE])
        place = place_near(small)
        case(small, f"sample, one touchpoint ({place})", (f"What do customers say about {place}?",
                                                           f"What do customers complain about at {place}?"),
             args.rounds, reset)
        case(small, "sample, whole base", GENERAL[:1], args.rounds, reset)
        small.close()
        base = Core(load_settings(data_dir=Path(tmp) / args.base))
        base.ingestor.run([ROOT / "bench" / "eval" / args.base / "knowledge"])
        case(base, f"bench/eval/{args.base}", GENERAL, args.rounds, reset)
        base.close()
        if args.no_large:
            return
        big = Core(load_settings(data_dir=args.data_dir or Path(tmp) / "large"))
        big.ingestor.run([AIRLINE], "comments", airline_options())
        big.ingestor.run([AIRLINE.with_name("telecom_nps_verbatims.csv")], "comments", telecom_options())
        case(big, "airline + telecom exports", LARGE, args.rounds, reset)
        big.close()


if __name__ == "__main__":
    csv.field_size_limit(10_000_000)
    main()
