"""The fault-injection figures of issue 9 ("Trust: never silent, nothing lost, nothing leaked"), as table rows.

    .venv/bin/python bench/faults.py [--questions 7] [--burst 20]

Slack side (this file's rows): `journey serve --http` in its own process against the fake Web API from the
tests, on a copy of a store holding the bundled sample (real embeddings, offline):
- kill -9 while acknowledged questions are in flight (each waits on its 👀), then a restart;
- a burst of questions the moment a freshly started server accepts connections;
- an unsigned 2 MB POST: the status, and how many bytes the server's log (file and stderr) grew by;
and in-process (the real bolt app, HTTP server and core), every second chat.postMessage answered with a 429
(Retry-After: 1), and separately a 500, for 10 questions; plus the duplicate window over those answers: from
the moment the fake Slack received the reply that went through to the moment its lease was marked done (a
kill -9 inside it is the one way to answer twice). Prints figures; asserts nothing.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import shutil
import statistics
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.request
from collections import Counter
from pathlib import Path

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("ANONYMIZED_TELEMETRY", "False")
os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "tests"), str(ROOT / "tests" / "slack")]

from fake_slack_api import FakeSlackApi  # noqa: E402
from serve_process import ServeProcess  # noqa: E402
from slack_requests import SIGNING_SECRET, SlackSender, mention  # noqa: E402

from bot.slack.app import create_app, make_work  # noqa: E402
from bot.slack.server import HttpServer  # noqa: E402
from journeys.core import Core  # noqa: E402
from journeys.settings import load_settings  # noqa: E402

SAMPLE = ROOT / "knowledge" / "sample"
Row = tuple[str, str, str]  # case, must show, shows
WINDOWS: list[float] = []  # seconds from Slack (the fake) receiving a reply to its lease being marked done


def delivered(api: FakeSlackApi) -> list:  # type: ignore[type-arg]
    return [c for c in api.calls_to("chat.postMessage") if c.status == 200]


def kill_and_restart(store: Path, api: FakeSlackApi, questions: int) -> Row:
    data_dir = store.parent / "kill" / "data"
    shutil.copytree(store, data_dir)
    first = ServeProcess(data_dir, api, JOURNEY_SLACK_LEASE_SECONDS="2").start()
    first.wait_listening()
    api.reset()
    api.delay("reactions.add", 60)
    events = [mention(f"What hurts most at checkout? ({n})", channel=f"C{n % 3}") for n in range(questions)]
    acked = sum(first.slack.event(e).status == 200 for e in events)
    api.wait_for("reactions.add", questions, timeout=60)
    first.kill()
    before = len(delivered(api))
    api.delay("reactions.add", 0)
    second = ServeProcess(data_dir, api, JOURNEY_SLACK_LEASE_SECONDS="2").start()
    second.wait_listening()
    started = time.monotonic()
    with contextlib.suppress(AssertionError):
        api.wait_for("chat.postMessage", questions, timeout=120, where=lambda c: c.status == 200)
    resumed_in = time.monotonic() - started
    time.sleep(4)  # two lease lengths: room for a second answer to appear
    second.stop()
    counts = Counter(p.params.get("thread_ts") for p in delivered(api))
    unanswered = sum(counts[e["ts"]] == 0 for e in events)
    twice = sum(counts[e["ts"]] > 1 for e in events)
    return (f"kill -9 with {acked} acknowledged questions in flight ({before} answered before the kill), "
            "then a restart", "0 unanswered, 0 answered twice",
            f"{unanswered} unanswered, {twice} answered twice (all answered {resumed_in:.1f} s after the "
            "restart began listening)")


def burst_at_start(store: Path, api: FakeSlackApi, burst: int) -> Row:
    data_dir = store.parent / "burst" / "data"
    shutil.copytree(store, data_dir)
    server = ServeProcess(data_dir, api).start()
    waited = server.wait_listening()
    api.reset()
    events = [mention(f"Where do customers drop off at checkout? ({n})") for n in range(burst)]
    statuses: list[int] = []
    threads = [threading.Thread(target=lambda e=e: statuses.append(server.slack.event(e).status)) for e in events]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    with contextlib.suppress(AssertionError):
        api.wait_for("chat.postMessage", burst, timeout=180, where=lambda c: c.status == 200)
    posts = delivered(api)
    answered = sum(1 for p in posts if not p.params.get("text", "").startswith("Sorry"))
    size = unsigned_post(server, api)
    server.stop()
    return (f"{burst} questions in a burst right after start", f"{burst} of {burst} answered",
            f"{answered} of {burst} answered ({statuses.count(200)} acked; listening {waited:.1f} s after "
            f"launch, warm-up included)"), size


def unsigned_post(server: ServeProcess, api: FakeSlackApi) -> Row:
    body = b'{"type":"event_callback","event":{"text":"' + b"A" * (2 * 1024 * 1024) + b'"}}'
    log_file = server.data_dir / "journey-serve.log"
    before = log_file.stat().st_size + server.output.stat().st_size
    request = urllib.request.Request(server.base + "/slack/events", data=body, method="POST",
                                     headers={"Content-Type": "application/json"})
    try:
        with urllib.request.urlopen(request, timeout=30) as response:
            status = response.status
    except urllib.error.HTTPError as error:
        status = error.code
    time.sleep(0.5)
    grown = log_file.stat().st_size + server.output.stat().st_size - before
    return ("an unsigned 2 MB POST", "401, under 1 KB logged", f"{status}, {grown} bytes logged")


def every_second_post_failing(store: Path, api: FakeSlackApi, status: int) -> Row:
    data_dir = store.parent / f"fail{status}" / "data"
    shutil.copytree(store, data_dir)
    settings = load_settings(data_dir=data_dir, slack_bot_token="xoxb-bench", slack_signing_secret=SIGNING_SECRET,
                             slack_api_url=api.url)
    core = Core(settings)
    from concurrent.futures import ThreadPoolExecutor

    from bot.slack.readiness import warm_up

    warm_up(core)
    executor = ThreadPoolExecutor(32)
    work = make_work(settings, core)
    server = HttpServer(create_app(settings, core, executor=executor, work=work), host="127.0.0.1", port=0,
                        asyncore_loop_timeout=0.05).start()
    work.start(executor)
    api.reset()
    api.fail_every("chat.postMessage", every=2, status=status, retry_after=1)
    sender = SlackSender(server.url, SIGNING_SECRET, api)
    events = [mention(f"What do customers say about delivery? ({n})", channel=f"C{n % 2}") for n in range(10)]
    started = time.monotonic()
    for event in events:
        sender.event(event)
    with contextlib.suppress(AssertionError):
        api.wait_for("chat.postMessage", 10, timeout=120, where=lambda c: c.status == 200)
    took = time.monotonic() - started
    time.sleep(1)
    refused = sum(1 for c in api.calls_to("chat.postMessage") if c.status == status)
    counts = Counter(p.params.get("thread_ts") for p in delivered(api))
    done = dict(work.finished)
    WINDOWS.extend(done[f"msg:{p.params['channel']}:{p.params['thread_ts']}"] - p.at for p in delivered(api)
                   if f"msg:{p.params['channel']}:{p.params['thread_ts']}" in done)
    answered = sum(counts[e["ts"]] == 1 for e in events)
    work.stop()
    server.stop()
    executor.shutdown(wait=True)
    core.close()
    return (f"every second `chat.postMessage` failing with a {status}", "10 of 10 answered",
            f"{answered} of 10 answered once ({refused} posts refused and retried; all out in {took:.1f} s)")


def duplicate_window() -> Row:
    if not WINDOWS:
        return ("duplicate window (reply received by Slack → lease done)", "measured", "no answers in-process")
    ms = sorted(w * 1000 for w in WINDOWS)
    p95 = ms[min(len(ms) - 1, int(len(ms) * 0.95))]
    return ("duplicate window (reply received by Slack → its lease marked done)", "measured (the only place "
            "a duplicate can arise)", f"p50 {statistics.median(ms):.1f} ms, p95 {p95:.1f} ms, max {ms[-1]:.1f} ms "
            f"over {len(ms)} replies")


# The data-side rows (PII redaction, second-process freshness, a copy without its mapping, `journey forget`)
# are measured by bench/faults_data.py, which main() runs after the Slack-side table.


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--questions", type=int, default=7, help="questions in flight at the kill")
    parser.add_argument("--burst", type=int, default=20, help="questions in the start-up burst")
    args = parser.parse_args()
    rows: list[Row] = []
    with tempfile.TemporaryDirectory(prefix="faults-") as tmp, FakeSlackApi() as api:
        store = Path(tmp) / "sample" / "data"
        core = Core(load_settings(data_dir=store))
        report = core.ingestor.run([SAMPLE])
        assert not report.failed, report.failed
        core.close()
        rows.append(kill_and_restart(store, api, args.questions))
        burst_row, unsigned_row = burst_at_start(store, api, args.burst)
        rows += [burst_row]
        rows += [every_second_post_failing(store, api, 429), every_second_post_failing(store, api, 500)]
        rows.append(unsigned_row)
        rows.append(duplicate_window())
    print("| case | must show | shows |")
    print("| --- | --- | --- |")
    for case, must, shows in rows:
        print(f"| {case} | {must} | {shows} |")
    print("\ndata side (bench/faults_data.py): case | shows")
    import faults_data  # beside this file

    faults_data.main()


if __name__ == "__main__":
    main()
