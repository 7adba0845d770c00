"""Two `journey serve --http` replicas sharing one PostgreSQL database and one real Chroma server.

Slack's requests are signed and go to either replica, as a load balancer would send them; Slack's retries
(X-Slack-Retry-Num, the same event_id) reach the other one. PostgreSQL only: run with
JOURNEY_TEST_DATABASE=postgres (the PostgreSQL pass of .ci/run).
"""

from __future__ import annotations

import threading
import time
import urllib.request
from collections import Counter
from datetime import timedelta
from itertools import cycle

import pytest
from fake_slack_api import FakeSlackApi
from replicas import Cluster, answers_by_thread
from slack_harness import answer_id_in
from slack_requests import mention
from sqlalchemy import func, select

from journeys.store.models import Vote
from journeys.subscriptions import Request, subscribe, utcnow
from tests import pg_run
from tests.test_ingest import COMMENTS, MAP, write

pytestmark = [pytest.mark.postgres,
              pytest.mark.skipif(pg_run.RUN is None, reason="replicas share a PostgreSQL database: run with "
                                 "JOURNEY_TEST_DATABASE=postgres (the PostgreSQL pass of .ci/run)")]
LEASE = "4"  # seconds: how soon a killed replica's acknowledged work is taken over (1.5 s thrashed:
# on 2 busy cores a live replica renewed too late, and the other took over work still in progress)


@pytest.fixture(scope="module")
def api():
    with FakeSlackApi() as fake:
        yield fake


@pytest.fixture(scope="module")
def cluster(tmp_path_factory, api, chroma_server, embedder):  # type: ignore[no-untyped-def]
    root = tmp_path_factory.mktemp("replicas")
    cluster = Cluster(root, pg_run.RUN.url_for(root / "shared"), chroma_server.url_for("replicas"), api,
                      JOURNEY_SLACK_LEASE_SECONDS=LEASE, JOURNEY_SCHEDULER_SECONDS="0.5")
    folder = root / "kb"
    write(folder, "maps/shop.yaml", MAP)
    write(folder, "comments/survey.csv", COMMENTS)
    cluster.seed([folder], embedder)
    cluster.start(2)
    yield cluster
    cluster.stop()


def ask_all(replica, events) -> list[int]:  # type: ignore[no-untyped-def]
    return [replica.slack.event(event, event_id=f"Ev{event['ts']}").status for event in events]


def real_answers(api: FakeSlackApi, events) -> list:  # type: ignore[no-untyped-def]
    wanted = {e["ts"] for e in events}
    return [c for c in api.calls_to("chat.postMessage")
            if c.status == 200 and c.params.get("thread_ts") in wanted]


def test_healthz_and_readyz_answer_on_each_live_replica(cluster) -> None:
    for replica in cluster.replicas:
        for path, word in (("/healthz", "ok"), ("/readyz", "ready")):
            with urllib.request.urlopen(replica.base + path, timeout=5) as response:
                assert response.status == 200
                assert word in response.read().decode()


def test_thirty_questions_each_redelivered_to_the_other_replica_get_thirty_answers(cluster, api) -> None:
    a, b = cluster.replicas[:2]
    events = [mention(f"What goes wrong at checkout? (asked {n})", channel=f"C{n % 3}") for n in range(30)]
    first = ask_all(a, events)
    retried = [b.slack.event(e, event_id=f"Ev{e['ts']}", retry=1).status for e in events]  # Slack's retry
    assert first == [200] * 30 and retried == [200] * 30
    api.wait_for("chat.postMessage", 30, timeout=60, where=lambda c: c in real_answers(api, events))
    time.sleep(float(LEASE))  # a lease length: room for a second answer to appear
    posts = real_answers(api, events)
    assert Counter(p.params["thread_ts"] for p in posts) == Counter(e["ts"] for e in events)  # once each
    assert not [p.params["text"] for p in posts if p.params["text"].startswith("Sorry")]


def test_each_subscription_gets_one_summary_per_period_with_both_schedulers_running(cluster, api) -> None:
    core = cluster.core()
    today = utcnow()
    week_ago = today - timedelta(days=8)
    subs = [subscribe(core.db, "CSUMD", Request(cadence="daily", time_of_day="00:00"), now=week_ago),
            subscribe(core.db, "CSUMW", Request(weekday=today.weekday(), time_of_day="00:00"), now=week_ago),
            subscribe(core.db, "CSUMX", Request(cadence="daily", time_of_day="00:00"), now=week_ago)]
    core.close()
    channels = {s.channel_id for s in subs}
    top_level = lambda c: c.status == 200 and c.params.get("channel") in channels and not c.params.get("thread_ts")  # noqa: E731
    api.wait_for("chat.postMessage", len(subs), timeout=30, where=top_level)
    time.sleep(3)  # six more ticks of each scheduler
    posts = [c for c in api.calls_to("chat.postMessage") if top_level(c)]
    assert Counter(p.params["channel"] for p in posts) == Counter(channels)


def test_a_kill_9_mid_stream_loses_no_acknowledged_question_and_no_acknowledged_vote(cluster, api) -> None:
    """A dies with questions acknowledged (each waits on its 👀) and votes streaming to both replicas: B answers
    those questions once each and stores every vote that got a 200. Votes sent to A's dead port get no 200:
    Slack retries those (its problem, not ours)."""
    a, b = cluster.replicas[:2]
    targets = [mention(f"Why are boxes crushed? (vote on {n})", channel="CV") for n in range(6)]
    assert ask_all(b, targets) == [200] * 6
    posts = api.wait_for("chat.postMessage", 6, timeout=60, where=lambda c: c in real_answers(api, targets))
    answers = [(answer_id_in(p.params["blocks"]), p.params["thread_ts"]) for p in posts]

    api.delay("reactions.add", 30)  # A's answers wait on their sign of life: all are in flight at the kill
    questions = [mention(f"What do customers say about delivery? (before the crash {n})") for n in range(5)]
    assert ask_all(a, questions) == [200] * 5
    api.wait_for("reactions.add", 5, timeout=30, where=lambda c: c.params.get("timestamp") in
                 {e["ts"] for e in questions})

    acked: list[tuple[str, str]] = []  # (user, message ts) of each vote that got a 200
    refused = 0

    def send(replica, user: str, answer: tuple[str, str]) -> None:  # type: ignore[no-untyped-def]
        nonlocal refused
        try:
            reply = replica.slack.feedback(answer[0], positive=True, user=user, channel="CV", message_ts=answer[1])
        except OSError:  # A's port is dead
            refused += 1
            return
        if reply.status == 200:
            acked.append((user, answer[1]))

    stream = list(zip([f"UV{n}" for n in range(40)], cycle(answers), cycle([a, b]), strict=False))
    threads = []
    for n, (user, answer, replica) in enumerate(stream):
        if n == len(stream) // 2:
            a.kill()  # mid-stream, with some of A's acknowledged votes still being stored
            api.delay("reactions.add", 0)
        thread = threading.Thread(target=send, args=(replica, user, answer))
        thread.start()
        threads.append(thread)
        time.sleep(0.02)
    for thread in threads:
        thread.join()
    assert refused > 0 and len(acked) > len(stream) // 2  # votes reached a dead A and a live B

    api.wait_for("chat.postMessage", 5, timeout=60, where=lambda c: c in real_answers(api, questions))
    core = cluster.core()
    try:
        deadline = time.monotonic() + 30
        while True:
            with core.db.session() as session:
                stored = set(session.execute(select(Vote.user_id, Vote.message_ts).where(Vote.channel_id == "CV")))
            if set(acked) <= stored or time.monotonic() > deadline:
                break
            time.sleep(0.2)
        assert set(acked) - stored == set()  # B took over what A had acknowledged
        with core.db.session() as session:
            assert session.scalar(select(func.count()).select_from(Vote).where(Vote.channel_id == "CV")) == len(stored)
    finally:
        core.close()
    time.sleep(float(LEASE))  # a lease length: room for a second answer to appear
    assert answers_by_thread(api, {e["ts"] for e in questions}) == Counter(e["ts"] for e in questions)
    assert "resuming msg:" in b.log_text()


def test_both_replicas_answered_from_the_shared_index_and_logged_no_question_text(cluster) -> None:
    assert all(not (r.data_dir / "chroma").exists() for r in cluster.replicas)  # no local Chroma anywhere
    logs = "".join(r.log_text() for r in cluster.replicas)
    assert "done (reply" in logs and "What goes wrong" not in logs and "boxes crushed" not in logs
