"""Fault injection, replays and Slack faults: a replayed slash command, click or submission does its work once;
every second chat.postMessage failing (429, then 500) loses no answer; Slack down past the deadline is told."""

from __future__ import annotations

import logging
import time
from collections import Counter

import pytest
from fake_slack_api import RESPONSE_URL
from slack_harness import answer_id_in
from slack_requests import mention
from sqlalchemy import func, select

from journeys.store.models import AnswerLog, Vote, WorkLease

FORM = "application/x-www-form-urlencoded"


def replay(bot, body: bytes, times: int = 3) -> list[int]:  # type: ignore[no-untyped-def]
    timestamp = str(int(time.time()))
    return [bot.slack.post(body, FORM, timestamp=timestamp).status for _ in range(times)]


def count(bot, model) -> int:  # type: ignore[no-untyped-def]
    with bot.core.db.session() as session:
        return int(session.scalar(select(func.count()).select_from(model)) or 0)


def test_a_replayed_slash_command_answers_in_the_channel_once(bot):
    body = bot.slack.command_body("ask Where do customers drop off?")
    assert replay(bot, body) == [200, 200, 200]
    bot.api.wait_for(RESPONSE_URL)
    time.sleep(0.3)
    bot.settle()
    assert len(bot.api.calls_to(RESPONSE_URL)) == 1
    assert len(bot.answerer.asked) == 1 and count(bot, AnswerLog) == 1


def test_a_replayed_thumbs_down_opens_one_modal_and_stores_one_vote(bot):
    bot.slack.event(mention("Where do customers drop off?"))
    [post] = bot.api.wait_for("chat.postMessage")
    bot.settle()
    answer_id = answer_id_in(post.params["blocks"])
    body = bot.slack.interaction_body(bot.slack.click_payload("vote", f"down:{answer_id}", kind="feedback_buttons"))
    assert replay(bot, body) == [200, 200, 200]
    bot.api.wait_for("views.open")
    time.sleep(0.3)
    bot.settle()
    assert len(bot.api.calls_to("views.open")) == 1
    assert count(bot, Vote) == 1


def test_a_replayed_view_submission_is_stored_once_and_closes_the_modal(bot, monkeypatch):
    bot.slack.event(mention("Where do customers drop off?"))
    [post] = bot.api.wait_for("chat.postMessage")
    bot.settle()
    bot.slack.feedback(answer_id_in(post.params["blocks"]), positive=False)
    [opened] = bot.api.wait_for("views.open")
    bot.settle()
    stored = []
    original = bot.core.record_vote
    monkeypatch.setattr(bot.core, "record_vote", lambda *a, **k: stored.append(k.get("reason")) or original(*a, **k))
    values = {"reason": {"text": {"type": "plain_text_input", "value": "Wrong stage"}}}
    body = bot.slack.interaction_body(bot.slack.view_payload(opened.params["view"], values))
    assert replay(bot, body) == [200, 200, 200]
    assert stored == ["Wrong stage"]
    with bot.core.db.session() as session:
        assert [v.reason for v in session.scalars(select(Vote))] == ["Wrong stage"]


@pytest.mark.parametrize("status", [429, 500])
def test_every_second_post_failing_loses_no_answer(bot, status):
    bot.api.fail_every("chat.postMessage", every=2, status=status, retry_after=1)
    events = [mention(f"question {n}?", channel=f"C{n % 2}") for n in range(10)]
    for event in events:
        assert bot.slack.event(event).status == 200
    bot.api.wait_for("chat.postMessage", 10, timeout=60, where=lambda call: call.status == 200)
    bot.settle()
    delivered = [c for c in bot.api.calls_to("chat.postMessage") if c.status == 200]
    assert Counter(c.params["thread_ts"] for c in delivered) == Counter(e["ts"] for e in events)  # 10 of 10, once
    with bot.core.db.session() as session:
        leases = list(session.scalars(select(WorkLease).where(WorkLease.key.like("msg:%"))))
    assert len(leases) == 10 and all(lease.done_at is not None and lease.reply_ts for lease in leases)
    assert len({lease.reply_ts for lease in leases}) == 10


@pytest.fixture
def hasty_bot(slack_settings, fake_api):  # type: ignore[no-untyped-def]
    """The bot with a 1 s retry deadline and 1 s leases, its resumer running."""
    from journey_seed import seed
    from slack_harness import Bot, FakeAnswersCore, ScriptedAnswerer, TrackingExecutor

    from bot.slack.app import create_app, make_work
    from bot.slack.server import HttpServer

    settings = slack_settings.model_copy(update={"slack_retry_seconds": 1.0, "slack_lease_seconds": 1.0})
    core = FakeAnswersCore(settings, ScriptedAnswerer())
    seed(core.db)
    executor = TrackingExecutor()
    work = make_work(settings, core)
    server = HttpServer(create_app(settings, core, executor=executor, work=work), host="127.0.0.1", port=0,
                        asyncore_loop_timeout=0.05).start()
    work.start(executor)
    fake_api.reset()
    yield Bot(fake_api, core, server, executor)
    work.stop()
    server.stop()
    executor.shutdown(wait=True)
    core.close()


def test_slack_down_past_the_deadline_is_told_and_the_answer_comes_later(hasty_bot):
    bot = hasty_bot
    bot.api.fail_for("chat.postMessage", seconds=1.6, status=503)
    event = mention("Is anybody there?")
    bot.slack.event(event)
    answers = bot.api.wait_for("chat.postMessage", timeout=30, where=lambda c: c.params.get("blocks") is not None
                               and c.params["blocks"][-1]["type"] == "context_actions" and c.status == 200)
    time.sleep(1.5)  # a second answer would come within a lease or two
    bot.settle()
    delivered = [c for c in bot.api.calls_to("chat.postMessage") if c.status == 200]
    notices = [c for c in delivered if "try again" in c.params.get("text", "")]
    assert len(answers) == 1 and len(notices) <= 1
    assert len(delivered) == 1 + len(notices)
    if notices:
        assert notices[0].params["text"].startswith("Sorry, I couldn't post the answer")
        assert notices[0].at < answers[0].at
    assert bot.core.leases.get(f"msg:C1:{event['ts']}").done_at is not None


def test_an_expired_lease_left_by_a_dead_worker_is_answered_once_by_the_live_bot(bot):
    from datetime import timedelta

    from bot.slack.app import make_work

    event = mention("Who answers me after a crash?")
    lease = bot.core.leases.take(f"msg:{event['channel']}:{event['ts']}", "msg", {
        "channel": event["channel"], "ts": event["ts"], "thread_ts": event["ts"], "user": "U1",
        "text": event["text"], "assistant": False, "bot_user_id": "UBOT"})
    assert lease is not None  # a worker took it, acked, and died (it never renews it)
    with bot.core.db.session() as session:
        row = session.get(WorkLease, lease.key)
        row.lease_until -= timedelta(minutes=5)
    assert bot.slack.event(event, retry=1).status == 200  # a retry arriving now takes the lease over
    [post] = bot.api.wait_for("chat.postMessage")
    bot.settle()
    assert post.params["thread_ts"] == event["ts"]
    assert bot.slack.event(event, retry=2).status == 200  # a retry of an answered question is ignored
    time.sleep(0.2)
    bot.settle()
    assert len(bot.api.calls_to("chat.postMessage")) == 1
    assert make_work(bot.core.settings, bot.core).resume_expired() == 0  # nothing left to resume


def test_a_slow_answer_keeps_its_lease_so_a_live_resumer_does_not_answer_it_twice(hasty_bot, caplog):
    caplog.set_level(logging.INFO)
    bot = hasty_bot
    bot.answerer.delay = 3.5  # a slow LLM call: more than three 1 s lease lengths
    event = mention("Take your time?")
    bot.slack.event(event)
    bot.api.wait_for("chat.postMessage", timeout=30, where=lambda c: c.status == 200)
    time.sleep(2.5)
    bot.settle()
    assert len([c for c in bot.api.calls_to("chat.postMessage") if c.status == 200]) == 1
    assert len(bot.answerer.asked) == 1
    assert "resuming" not in caplog.text and "took over" not in caplog.text


def test_work_that_keeps_killing_its_worker_is_given_up_with_a_notice(bot):
    from datetime import timedelta

    from bot.slack.app import make_work
    from bot.slack.work import MAX_ATTEMPTS

    event = mention("A question that crashes every worker")
    key = f"msg:{event['channel']}:{event['ts']}"
    bot.core.leases.take(key, "msg", {"channel": event["channel"], "ts": event["ts"], "thread_ts": event["ts"],
                                      "user": "U1", "text": event["text"], "assistant": False, "bot_user_id": "UBOT"})
    with bot.core.db.session() as session:  # MAX_ATTEMPTS workers took it and died
        row = session.get(WorkLease, key)
        row.attempts, row.lease_until = MAX_ATTEMPTS, row.lease_until - timedelta(minutes=5)
    work = make_work(bot.core.settings, bot.core)
    from bot.slack.app import create_app

    create_app(bot.core.settings, bot.core, work=work, token_verification_enabled=False)  # registers handlers
    assert work.resume_expired() == 0
    [post] = bot.api.wait_for("chat.postMessage")
    assert post.params["text"].startswith("Sorry, I couldn't answer that because of an internal error")
    assert bot.answerer.asked == []
    assert bot.core.leases.get(key).done_at is not None
