"""Rate limits, server errors and load: retried, never doubled, every question answered once."""

from __future__ import annotations

import os
import threading
from collections import Counter

from slack_requests import mention


def test_a_429_is_retried_after_retry_after_and_the_answer_posted_once(bot):
    bot.api.fail_next("chat.postMessage", status=429, retry_after=1)
    bot.slack.event(mention("rate limited?"))
    first, second = bot.api.wait_for("chat.postMessage", 2)
    assert first.params["blocks"] == second.params["blocks"]  # the same message, tried again
    bot.settle()
    assert len(bot.api.calls_to("chat.postMessage")) == 2  # one refused, one delivered
    assert len(bot.answerer.asked) == 1


def test_a_5xx_is_retried_with_backoff(bot):
    bot.api.fail_next("chat.postMessage", status=500)
    bot.api.fail_next("reactions.add", status=503)
    bot.slack.event(mention("server trouble?"))
    bot.api.wait_for("chat.postMessage", 2)
    bot.settle()
    assert len(bot.api.calls_to("reactions.add")) == 2
    assert len(bot.api.calls_to("chat.postMessage")) == 2


def test_twenty_concurrent_questions_are_each_answered_once(bot):
    bot.answerer.delay = 0.2  # so that they are really in flight together
    events = [mention(f"question {n}?", channel=f"C{n % 3}") for n in range(20)]
    replies: list = [None] * 20

    def send(n: int) -> None:
        replies[n] = bot.slack.event(events[n])

    threads = [threading.Thread(target=send, args=(n,)) for n in range(20)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert [r.status for r in replies] == [200] * 20
    posts = bot.api.wait_for("chat.postMessage", 20, timeout=30)
    bot.settle()
    assert len(bot.api.calls_to("chat.postMessage")) == 20
    threads_answered = Counter((p.params["channel"], p.params["thread_ts"]) for p in posts)
    assert threads_answered == Counter((e["channel"], e["ts"]) for e in events)
    assert sorted(q for q, _focus in bot.answerer.asked) == sorted(f"question {n}?" for n in range(20))
    assert 2 <= bot.answerer.peak <= max(2, os.cpu_count() or 2)  # the rest waited for a slot, acked
