"""Load on two replicas: N signed Slack events a second for S seconds, split across two `journey serve --http`.

    .venv/bin/python bench/load.py [--rate 5] [--seconds 60] [--replicas 2] [--redeliver 0.1] [--drain 300]

The replicas share one fresh PostgreSQL database (created at 127.0.0.1:5432 and dropped at the end, as the
tests do: tests/pg_run.py) and one real Chroma server (`chroma run`, tests/chroma_server.py), hold the
bundled sample (real embeddings, offline) and post to the fake Slack Web API of the tests. The events are
app_mention questions sent open-loop at a fixed rate, round-robin to the replicas; a `--redeliver` fraction
is sent again to the other replica as Slack's retry (X-Slack-Retry-Num: 1, the same event_id). Prints ack
p50/p99 (the HTTP round trip Slack waits on), answers posted, duplicates, errors and the time to answer;
asserts nothing.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import threading
import time
from collections import Counter
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("ANONYMIZED_TELEMETRY", "False")
os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "tests"), str(ROOT / "tests" / "slack")]

from chroma_server import ChromaServer  # noqa: E402
from fake_slack_api import FakeSlackApi  # noqa: E402
from replicas import Cluster  # noqa: E402
from slack import ms, percentile, question  # noqa: E402  (bench/slack.py, beside this file)
from slack_requests import mention  # noqa: E402

from tests.pg_run import Run  # noqa: E402

SAMPLE = ROOT / "knowledge" / "sample"
LOAD = [0.0]  # the machine's 1-minute load average when the bench began (other work shares the CPUs)


class Tally:
    """What the sender saw, from many threads."""

    def __init__(self) -> None:
        self.acks: list[float] = []
        self.errors: Counter[str] = Counter()
        self.sent_at: dict[str, float] = {}  # question ts -> when first sent (monotonic)
        self.lag: list[float] = []  # how late each send left against its schedule
        self._lock = threading.Lock()

    def ack(self, seconds: float, status: int) -> None:
        with self._lock:
            if status == 200:
                self.acks.append(seconds)
            else:
                self.errors[f"HTTP {status}"] += 1

    def error(self, exc: Exception) -> None:
        with self._lock:
            self.errors[type(exc).__name__] += 1


def send(replica, event: dict, event_id: str, tally: Tally, retry: int | None = None) -> None:  # type: ignore[no-untyped-def]
    try:
        reply = replica.slack.event(event, event_id=event_id, retry=retry)
    except Exception as exc:  # noqa: BLE001 - counted, not raised: the bench goes on
        tally.error(exc)
        return
    tally.ack(reply.seconds, reply.status)


def drive(replicas: list, rate: float, seconds: float, redeliver: float, tally: Tally) -> list[dict]:  # type: ignore[type-arg]
    """Send `rate` questions a second for `seconds`, open-loop (a slow reply does not slow the sending)."""
    total = int(rate * seconds)
    events = [mention(question(n), channel=f"C{n % 5}", user=f"U{n % 17}") for n in range(total)]
    every = round(1 / redeliver) if redeliver > 0 else 0
    pool = ThreadPoolExecutor(64, thread_name_prefix="load")
    started = time.monotonic()
    for n, event in enumerate(events):
        due = started + n / rate
        time.sleep(max(0.0, due - time.monotonic()))
        tally.lag.append(time.monotonic() - due)
        tally.sent_at[event["ts"]] = time.monotonic()
        first, other = replicas[n % len(replicas)], replicas[(n + 1) % len(replicas)]
        event_id = f"EvLoad{n:06d}"
        pool.submit(send, first, event, event_id, tally)
        if every and n % every == 0:  # Slack's retry of the same event, to the other replica
            pool.submit(send, other, event, event_id, tally, 1)
    pool.shutdown(wait=True)
    return events


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rate", type=float, default=5.0, help="events a second")
    parser.add_argument("--seconds", type=float, default=60.0)
    parser.add_argument("--replicas", type=int, default=2)
    parser.add_argument("--redeliver", type=float, default=0.1, help="fraction also sent as Slack's retry")
    parser.add_argument("--drain", type=float, default=300.0, help="seconds to wait for the last answers")
    args = parser.parse_args()

    LOAD[0] = os.getloadavg()[0]
    database = Run()
    database.create()
    if database.unavailable:
        sys.exit(database.unavailable.replace("JOURNEY_TEST_DATABASE=postgres but no", "no"))
    try:
        with tempfile.TemporaryDirectory(prefix="load-") as tmp, ChromaServer() as chroma, FakeSlackApi() as api:
            root = Path(tmp)
            cluster = Cluster(root, database.url_for(root / "shared"), chroma.url, api)
            began = time.perf_counter()
            stored = cluster.seed([SAMPLE])
            seeded = time.perf_counter() - began
            replicas = cluster.start(args.replicas)
            api.reset()
            tally = Tally()
            try:
                events = drive(replicas, args.rate, args.seconds, args.redeliver, tally)
                sent_for = time.monotonic() - min(tally.sent_at.values())
                wanted = {e["ts"] for e in events}
                deadline = time.monotonic() + args.drain
                while time.monotonic() < deadline:
                    answered = {c.params.get("thread_ts") for c in api.calls_to("chat.postMessage")
                                if c.status == 200} & wanted
                    if len(answered) == len(wanted):
                        break
                    time.sleep(0.5)
                time.sleep(2)  # room for a late duplicate
            finally:
                codes = cluster.stop()
            report(args, tally, api, events, stored, seeded, sent_for, codes)
    finally:
        database.drop()


def report(args, tally: Tally, api: FakeSlackApi, events: list[dict], stored: int, seeded: float,  # type: ignore[no-untyped-def]
           sent_for: float, codes: list[int]) -> None:
    wanted = {e["ts"] for e in events}
    posts = [c for c in api.calls_to("chat.postMessage") if c.status == 200 and c.params.get("thread_ts") in wanted]
    per_question = Counter(p.params["thread_ts"] for p in posts)
    first_post: dict[str, float] = {}
    for post in posts:
        first_post.setdefault(post.params["thread_ts"], post.at)
    answer_times = [first_post[ts] - tally.sent_at[ts] for ts in first_post]
    sorry = sum(1 for p in posts if str(p.params.get("text", "")).startswith("Sorry"))
    retries = sum(1 for n in range(len(events)) if args.redeliver > 0 and n % round(1 / args.redeliver) == 0)
    print(f"Load: {args.rate:g} events/s for {args.seconds:g} s against {args.replicas} replicas "
          f"(`journey serve --http`, one PostgreSQL, one Chroma server, the sample: {stored} items ingested in "
          f"{seeded:.0f} s), {os.cpu_count()} CPUs (load average {LOAD[0]:.1f} before, {os.getloadavg()[0]:.1f} "
          "after), fake Slack Web API")
    print(f"  sent {len(events)} questions + {retries} Slack retries to the other replica in {sent_for:.1f} s "
          f"(send lag p99 {ms(percentile(tally.lag, 99))})")
    if tally.acks:
        print(f"  ack (HTTP 200 to Slack)   p50 {ms(percentile(tally.acks, 50))}   p99 "
              f"{ms(percentile(tally.acks, 99))}   max {ms(max(tally.acks))}   (n={len(tally.acks)})")
    print(f"  errors: {sum(tally.errors.values())} {dict(tally.errors) or ''}")
    print(f"  answers posted: {len(per_question)} of {len(events)} questions; duplicates: "
          f"{sum(n - 1 for n in per_question.values())}; 'Sorry' replies: {sorry}")
    if answer_times:
        print(f"  question -> posted answer p50 {ms(percentile(answer_times, 50))}   p95 "
              f"{ms(percentile(answer_times, 95))}   max {ms(max(answer_times))}")
    print(f"  replicas' exit codes after SIGTERM: {codes}")


if __name__ == "__main__":
    main()
