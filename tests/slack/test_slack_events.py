"""Events over HTTP: mentions, DMs, the assistant panel, App Home; signatures; exactly-once answers."""

from __future__ import annotations

import time

from fake_slack_api import BOT_ID, BOT_USER_ID
from slack_requests import direct_message, mention, new_ts, sign


def answer_posts(bot):
    return bot.api.calls_to("chat.postMessage")


def test_a_mention_gets_one_threaded_answer_with_numbered_sources_and_vote_buttons(bot):
    event = mention("Where do customers drop off at checkout?")
    reply = bot.slack.event(event)
    assert reply.status == 200
    [post] = bot.api.wait_for("chat.postMessage")
    assert post.params["channel"] == "C1"
    assert post.params["thread_ts"] == event["ts"]  # in the message's thread
    assert post.token == "xoxb-test"
    blocks = post.params["blocks"]
    assert blocks[0]["type"] == "markdown"  # the answer body as Slack renders Markdown itself
    assert blocks[0]["text"].startswith("**Checkout** conversion fell to 2.7% [1].")
    assert "- asked: Where do customers drop off at checkout?" in blocks[0]["text"]
    sources = [b for b in blocks if b["type"] == "context"][0]["elements"][0]["text"]
    assert "*[1]* KPI · Conversion rate · Decision · 2026-11-09" in sources
    assert "*[2]* Comment · Checkout · 2026-11-03 — _“Couldn't find the delivery costs" in sources
    assert blocks[-1]["type"] == "context_actions"  # Slack's native feedback buttons
    [buttons] = blocks[-1]["elements"]
    assert buttons["type"] == "feedback_buttons" and buttons["action_id"] == "vote"
    assert buttons["positive_button"]["value"].removeprefix("up:") == buttons["negative_button"]["value"].removeprefix(
        "down:")
    [reaction] = bot.api.calls_to("reactions.add")  # the sign of life
    assert (reaction.params["name"], reaction.params["timestamp"]) == ("eyes", event["ts"])
    bot.settle()
    assert len(answer_posts(bot)) == 1
    assert bot.answerer.asked == [("Where do customers drop off at checkout?", None)]


def test_the_same_event_delivered_four_times_is_answered_once(bot):
    event = mention("What hurts in Decision?")
    body = bot.slack.event_body(event, event_id="EvSAME")
    replies = [bot.slack.post(body, "application/json",
                              headers={"X-Slack-Retry-Num": str(n)} if n else {}) for n in range(4)]
    assert [r.status for r in replies] == [200] * 4
    bot.api.wait_for("chat.postMessage")
    bot.settle()
    assert len(answer_posts(bot)) == 1
    assert len(bot.answerer.asked) == 1


def test_the_message_and_app_mention_pair_for_one_post_is_answered_once(bot):
    ts = new_ts()
    text = f"<@{BOT_USER_ID}> how is NPS?"
    assert bot.slack.event(direct_message(text, ts=ts)).status == 200
    assert bot.slack.event({**mention("how is NPS?", channel="D1", ts=ts)}).status == 200
    bot.api.wait_for("chat.postMessage")
    bot.settle()
    assert len(answer_posts(bot)) == 1
    assert bot.answerer.asked == [("how is NPS?", None)]


def test_forged_and_stale_requests_get_401_and_cause_no_web_api_call(bot):
    body = bot.slack.event_body(mention("forged"))
    now = str(int(time.time()))
    forged = bot.slack.post(body, "application/json", timestamp=now, signature=sign("wrong-secret", now, body))
    stale_ts = str(int(time.time()) - 10 * 60)
    stale = bot.slack.post(body, "application/json", timestamp=stale_ts)  # correctly signed, but old
    unsigned = bot.slack.post(body, "application/json", signature="v0=" + "0" * 64)
    assert [forged.status, stale.status, unsigned.status] == [401, 401, 401]
    time.sleep(0.2)
    bot.settle()
    assert bot.api.calls == []
    assert bot.answerer.asked == []


def test_a_replayed_signed_request_is_answered_once(bot):
    body = bot.slack.event_body(mention("replay me"))
    timestamp = str(int(time.time()))
    first = bot.slack.post(body, "application/json", timestamp=timestamp)
    second = bot.slack.post(body, "application/json", timestamp=timestamp)
    assert (first.status, second.status) == (200, 200)
    bot.api.wait_for("chat.postMessage")
    bot.settle()
    assert len(answer_posts(bot)) == 1


def test_a_follow_up_in_the_thread_continues_with_the_threads_focus(bot):
    first = mention("How is conversion in Decision?")
    bot.slack.event(first)
    bot.api.wait_for("chat.postMessage")
    bot.settle()
    bot.slack.event(mention("and last month?", thread_ts=first["ts"]))
    bot.api.wait_for("chat.postMessage", 2)
    bot.settle()
    (_q1, focus1), (q2, focus2) = bot.answerer.asked
    assert focus1 is None
    assert q2 == "and last month?"
    assert focus2 is not None and focus2.stage_id == "online-purchase/decision" and focus2.metric == "m1"
    assert answer_posts(bot)[1].params["thread_ts"] == first["ts"]
    # another thread starts afresh
    bot.slack.event(mention("New topic"))
    bot.api.wait_for("chat.postMessage", 3)
    bot.settle()
    assert bot.answerer.asked[2] == ("New topic", None)


def test_own_and_other_bots_messages_and_edits_are_ignored(bot):
    bot.slack.event(direct_message("I am the bot", user=BOT_USER_ID, bot_id=BOT_ID))
    bot.slack.event(direct_message("I am another bot", user="U9", bot_id="B9", subtype="bot_message"))
    bot.slack.event({**mention("from a bot"), "bot_id": "B9"})
    bot.slack.event(direct_message("edited", subtype="message_changed"))
    bot.slack.event({"type": "message", "channel_type": "channel", "channel": "C1", "user": "U1",
                     "text": "a channel message without a mention", "ts": new_ts()})
    time.sleep(0.1)
    bot.settle()
    assert bot.api.calls == []
    assert bot.answerer.asked == []


def test_a_failure_is_told_in_one_sentence_and_logged(bot, caplog):
    event = mention("please explode")
    bot.slack.event(event)
    [post] = bot.api.wait_for("chat.postMessage")
    text = post.params["text"]
    assert text.startswith("Sorry, I couldn't answer that because of an internal error; the details are in my log")
    assert text.count(".") == 1 and "Traceback" not in text
    assert post.params["thread_ts"] == event["ts"]
    bot.settle()
    assert "the index is on fire" in caplog.text  # the details went to the log
    bot.slack.event(mention("an unknown stage"))
    [_first, second] = bot.api.wait_for("chat.postMessage", 2)
    assert second.params["text"] == "No stage matches “Hyperspace”."


def test_an_empty_mention_gets_a_hint(bot):
    bot.slack.event(mention(""))
    [post] = bot.api.wait_for("chat.postMessage")
    assert post.params["text"].startswith("Ask me a question about the customer journey")
    assert bot.answerer.asked == []


def test_a_direct_message_is_answered_where_it_was_written(bot):
    event = direct_message("What do customers say about checkout?")
    bot.slack.event(event)
    [post] = bot.api.wait_for("chat.postMessage")
    assert post.params["channel"] == "D1"
    assert "thread_ts" not in post.params  # a DM's main timeline, not a thread
    assert bot.api.calls_to("reactions.add")
    bot.slack.event(direct_message("and in the app?"))
    bot.api.wait_for("chat.postMessage", 2)
    bot.settle()
    assert bot.answerer.asked[1][1] is not None  # the DM's timeline keeps its context too


def test_the_assistant_panel_suggests_prompts_from_the_knowledge_base_then_answers(bot):
    thread = {"user_id": "U1", "channel_id": "D1", "thread_ts": "1700000100.000100",
              "context": {"channel_id": "C1", "team_id": "T0001"}}
    bot.slack.event({"type": "assistant_thread_started", "assistant_thread": thread, "event_ts": new_ts()})
    [prompts] = bot.api.wait_for("assistant.threads.setSuggestedPrompts")
    assert prompts.params["channel_id"] == "D1" and prompts.params["thread_ts"] == thread["thread_ts"]
    messages = [p["message"] for p in prompts.params["prompts"]]
    assert "What are the main pain points in the Decision stage?" in messages  # drawn from the seeded maps
    assert 1 <= len(messages) <= 4
    [greeting] = bot.api.calls_to("chat.postMessage")
    assert greeting.params["thread_ts"] == thread["thread_ts"]

    question = direct_message("Why is NPS off target?", thread_ts=thread["thread_ts"])
    bot.slack.event(question)
    bot.api.wait_for("chat.postMessage", 2)
    bot.settle()
    [status] = bot.api.calls_to("assistant.threads.setStatus")  # the sign of life in the panel
    assert status.params["status"]
    [title] = bot.api.calls_to("assistant.threads.setTitle")
    assert title.params["title"] == "Why is NPS off target?"
    assert bot.api.calls_to("reactions.add") == []
    methods = bot.api.methods()
    assert methods.index("assistant.threads.setStatus") < len(methods) - 1 - methods[::-1].index("chat.postMessage")
    answer = bot.api.calls_to("chat.postMessage")[1]
    assert answer.params["thread_ts"] == thread["thread_ts"]
    # a second question in the same panel thread keeps the title and passes the focus on
    bot.slack.event(direct_message("and CSAT?", thread_ts=thread["thread_ts"]))
    bot.api.wait_for("chat.postMessage", 3)
    bot.settle()
    assert len(bot.api.calls_to("assistant.threads.setTitle")) == 1
    assert bot.answerer.asked[-1][1] is not None


def test_app_home_shows_the_journey_at_a_glance(bot):
    bot.slack.event({"type": "app_home_opened", "user": "U1", "channel": "D1", "tab": "home",
                     "event_ts": new_ts()})
    [publish] = bot.api.wait_for("views.publish")
    assert publish.params["user_id"] == "U1"
    view = publish.params["view"]
    assert view["type"] == "home"
    text = "\n".join(b.get("text", {}).get("text", "") if b["type"] != "context" else b["elements"][0]["text"]
                     for b in view["blocks"])
    assert "*1 feedback items logged" not in text
    assert "*1* feedback items logged" in text
    assert "*2. Decision*" in text
    assert "⚠️ *Conversion rate*: 2.7% (target 3%) ↓0.2 since the week before" in text
    assert "*Online purchase*" in text and "*Returns*" in text
    assert len(view["blocks"]) <= 100


def test_the_messages_tab_opening_does_not_publish_home(bot):
    bot.slack.event({"type": "app_home_opened", "user": "U1", "channel": "D1", "tab": "messages",
                     "event_ts": new_ts()})
    time.sleep(0.1)
    bot.settle()
    assert "views.publish" not in bot.api.methods()  # it offers suggested prompts (test_slack_stream.py)
