"""Fault injection on the real process: kill -9 with acknowledged questions in flight, then a restart; and a
burst of questions the moment a freshly started `journey serve --http` accepts connections."""

from __future__ import annotations

import json
import shutil
import threading
import time
from collections import Counter

from serve_process import ServeProcess
from slack_requests import mention


def delivered_posts(api) -> list:  # type: ignore[no-untyped-def]
    return [c for c in api.calls_to("chat.postMessage") if c.status == 200]


def test_kill_9_with_acknowledged_questions_then_restart_answers_each_exactly_once(tmp_path, fake_api):
    data_dir = tmp_path / "data"
    first = ServeProcess(data_dir, fake_api, JOURNEY_SLACK_LEASE_SECONDS="1.5").start()
    try:
        first.wait_listening()
        fake_api.reset()
        fake_api.delay("reactions.add", 60)  # each answer waits on its sign of life: all are in flight
        events = [mention(f"question {n}, asked just before a crash?", channel=f"C{n % 3}") for n in range(7)]
        assert [first.slack.event(e).status for e in events] == [200] * 7  # acknowledged
        fake_api.wait_for("reactions.add", 7, timeout=30)
        first.kill()
    finally:
        first.stop()
    assert delivered_posts(fake_api) == []  # so far, only 👀 (the finding: it stayed that way)
    fake_api.delay("reactions.add", 0)

    second = ServeProcess(data_dir, fake_api, JOURNEY_SLACK_LEASE_SECONDS="1.5").start()
    try:
        second.wait_listening()
        fake_api.wait_for("chat.postMessage", 7, timeout=90, where=lambda c: c.status == 200)
        assert second.slack.event(events[0], retry=1).status == 200  # a late retry of an answered question
        time.sleep(3)  # two lease lengths: room for any second answer to show up
        posts = delivered_posts(fake_api)
        assert Counter(p.params["thread_ts"] for p in posts) == Counter(e["ts"] for e in events)  # once each
        assert all(not p.params["text"].startswith("Sorry") for p in posts)
        log = second.log_text()
        assert log.count("resuming msg:") == 7
        assert "question" not in log  # ids and outcomes only
        entries = [json.loads(line) for line in log.splitlines()]  # JSON lines, every one
        done = [e for e in entries if " done (reply " in e["message"]]
        assert len(done) == 7 and all(e["request_id"] == e["message"].split()[0] for e in done)
    finally:
        assert second.stop() == 0


def test_twenty_questions_the_moment_a_fresh_server_listens_are_all_answered(tmp_path, fake_api, sample_core):
    data_dir = tmp_path / "data"
    shutil.copytree(sample_core.settings.data_dir, data_dir)
    server = ServeProcess(data_dir, fake_api).start()
    try:
        server.wait_listening()
        assert server.ready()  # it listens only once it can answer
        events = [mention(f"Where do customers drop off at checkout? ({n})") for n in range(20)]
        statuses: list[int] = []
        threads = [threading.Thread(target=lambda e=e: statuses.append(server.slack.event(e).status))
                   for e in events]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        assert statuses == [200] * 20
        posts = fake_api.wait_for("chat.postMessage", 20, timeout=120,
                                  where=lambda c: c.status == 200 and c.params.get("thread_ts") is not None)
        failures = [p.params["text"] for p in posts if p.params["text"].startswith("Sorry")]
        assert failures == []
        assert Counter(p.params["thread_ts"] for p in posts) == Counter(e["ts"] for e in events)
    finally:
        assert server.stop() == 0
