"""Slack bot latency under load: ack p50/p99 and question-to-posted-answer p50/p95, N questions in flight.

    .venv/bin/python bench/slack.py [--in-flight 20] [--rounds 5] [--api-latency-ms 0] [--fake-answer-ms N]

Runs the real bolt app on the real HTTP server (waitress, a free port), with the real core on the bundled
sample (real embeddings, offline), against the fake Slack Web API from the tests. Each round sends
`--in-flight` signed app_mention events at once, each from its own thread; an ack is the HTTP round trip of
that request, an answer is the time until the fake API received the chat.postMessage for that thread.
`--fake-answer-ms` replaces the answer engine by a fixed delay, to measure the Slack layer alone.
Prints figures; asserts nothing.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("ANONYMIZED_TELEMETRY", "False")
os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "tests"), str(ROOT / "tests" / "slack")]

from fake_slack_api import FakeSlackApi  # noqa: E402
from slack_requests import SIGNING_SECRET, SlackSender, mention  # noqa: E402

from bot.slack.app import create_app  # noqa: E402
from bot.slack.server import HttpServer  # noqa: E402
from journeys.answers.model import Answer, Focus  # noqa: E402
from journeys.core import Core  # noqa: E402
from journeys.settings import load_settings  # noqa: E402

QUESTIONS = [
    "Where do customers drop off at checkout?", "What are the main pain points in the Decision stage?",
    "How is NPS trending?", "What do customers say about delivery?", "Why is promo code error rate off target?",
    "Which touchpoints are in the awareness stage?", "How did cart abandonment change?",
    "Who owns the returns portal?", "What goes wrong with payment?", "What do people think of the chat agents?",
    "How is the conversion rate?", "What frustrates customers about refunds?", "Any emerging issues?",
    "What is the latest CSAT?", "Problems with the app basket?", "What do customers say about gift wrapping?",
    "How is on-time delivery doing?", "What are the pain points in Retention?", "Is the referral programme working?",
    "What do customers say about the returns label?",
]


class DelayCore(Core):
    """The core with a fixed-delay answerer: measures the Slack layer without the answer engine."""

    delay = 0.0

    def answer(self, question: str, stage: str | None = None, k: int | None = None,
               focus: Focus | None = None) -> Answer:
        time.sleep(self.delay)
        return Answer(question=question, answer=f"A stand-in answer to: {question} [1]", abstained=False)


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    rank = max(1, round(p / 100 * len(ordered) + 0.5 - 1e-9))  # nearest rank
    return ordered[min(rank, len(ordered)) - 1]


def ms(seconds: float) -> str:
    return f"{seconds * 1000:7.1f} ms"


PREFIXES = ["", "Quick one: ", "Can you tell me: ", "I'd like to know: ", "Please check: ", "Team asks: "]


def question(n: int) -> str:
    """Distinct texts in every round, so that no round is served from the query-embedding cache."""
    return PREFIXES[(n // len(QUESTIONS)) % len(PREFIXES)] + QUESTIONS[n % len(QUESTIONS)]


def run_round(slack: SlackSender, api: FakeSlackApi, in_flight: int, round_no: int) -> tuple[list, list]:
    events = [mention(question(round_no * in_flight + n), channel=f"C{n % 4}") for n in range(in_flight)]
    sent: dict[tuple[str, str], float] = {}
    acks: list[float] = [0.0] * in_flight
    start = threading.Barrier(in_flight)

    def send(n: int) -> None:
        body = slack.event_body(events[n])
        start.wait()
        sent[(events[n]["channel"], events[n]["ts"])] = time.monotonic()
        reply = slack.post(body, "application/json")
        assert reply.status == 200, reply
        acks[n] = reply.seconds

    threads = [threading.Thread(target=send, args=(n,)) for n in range(in_flight)]
    before = len(api.calls_to("chat.postMessage"))
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    posts = api.wait_for("chat.postMessage", before + in_flight, timeout=300)[before:]
    answers = [post.at - sent[(post.params["channel"], post.params["thread_ts"])] for post in posts]
    return acks, answers


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--in-flight", type=int, default=20)
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--api-latency-ms", type=float, default=0.0, help="added to every fake Web API call")
    parser.add_argument("--fake-answer-ms", type=float, default=None, help="skip the answer engine")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as tmp, FakeSlackApi(latency=args.api_latency_ms / 1000) as api:
        settings = load_settings(data_dir=Path(tmp) / "data", slack_bot_token="xoxb-bench",
                                 slack_signing_secret=SIGNING_SECRET, slack_api_url=api.url, llm="extractive")
        if args.fake_answer_ms is not None:
            core: Core = DelayCore(settings)
            DelayCore.delay = args.fake_answer_ms / 1000
            engine = f"a fixed {args.fake_answer_ms:.0f} ms stand-in answerer"
        else:
            core = Core(settings)
            started = time.perf_counter()
            report = core.ingestor.run([ROOT / "knowledge" / "sample"])
            engine = f"the real core on the sample ({report.total('stored')} items, ingested in " \
                     f"{time.perf_counter() - started:.1f} s)"
        executor = ThreadPoolExecutor(32, thread_name_prefix="slack-listener")
        server = HttpServer(create_app(settings, core, executor=executor), host="127.0.0.1", port=0).start()
        slack = SlackSender(server.url, SIGNING_SECRET, api)
        try:
            run_round(slack, api, 1, 10_000)  # loads the model and the vocabulary once
            acks: list[float] = []
            answers: list[float] = []
            for round_no in range(args.rounds):  # a new set of question texts in each round
                round_acks, round_answers = run_round(slack, api, args.in_flight, round_no)
                acks += round_acks
                answers += round_answers
        finally:
            server.stop()
            executor.shutdown(wait=True)  # the last listeners still write to the store
            core.close()

    print(f"Slack bot under load: {args.rounds} rounds x {args.in_flight} questions in flight, {engine}, "
          f"fake Web API latency {args.api_latency_ms:.0f} ms, {os.cpu_count()} CPUs")
    print(f"  ack (HTTP 200 to Slack)   p50 {ms(percentile(acks, 50))}   p99 {ms(percentile(acks, 99))}   "
          f"max {ms(max(acks))}   (n={len(acks)})")
    print(f"  question -> posted answer p50 {ms(percentile(answers, 50))}   p95 {ms(percentile(answers, 95))}   "
          f"max {ms(max(answers))}   (n={len(answers)})")
    print(f"  each question answered exactly once: {len(answers) == args.rounds * args.in_flight}")


if __name__ == "__main__":
    main()
