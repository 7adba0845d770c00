"""With an LLM configured (JOURNEY_LLM=openai:... against a local OpenAI-compatible server), answers stream into
the question's thread through chat.startStream / appendStream / stopStream, sentence by sentence, and end
with the cited sources and Slack's native feedback buttons; the agent surfaces (Messages tab, status) follow."""

from __future__ import annotations

import os

import pytest
from fake_openai import FakeOpenAI
from fake_slack_api import TEAM_ID
from journey_seed import seed
from slack_harness import Bot, FakeAnswersCore, ScriptedAnswerer, TrackingExecutor, answer_id_in, text_of
from slack_requests import direct_message, mention, new_ts
from sqlalchemy import select

from bot.slack.app import create_app
from bot.slack.server import HttpServer
from journeys.answers.llm import LlmComposer, make_chat_model
from journeys.store.models import Vote

REPLY = ("A customer found the delivery costs far too late [2]. That cost the shop 12,000 orders [1]. "
         "Checkout conversion is down to **2.7%** [1].")
SHOWN = "A customer found the delivery costs far too late [1]. Checkout conversion is down to **2.7%** [2]."


@pytest.fixture
def openai_api(monkeypatch):
    with FakeOpenAI([REPLY]) as api:
        monkeypatch.setenv("OPENAI_BASE_URL", api.base_url)
        monkeypatch.setenv("OPENAI_API_KEY", "sk-local-test")
        yield api


@pytest.fixture
def llm_bot(slack_settings, fake_api, openai_api):
    writer = LlmComposer(make_chat_model("openai:gpt-4o-mini", 60.0), timeout=60.0)  # generous: CI is busy
    core = FakeAnswersCore(slack_settings, ScriptedAnswerer(), writer=writer)
    seed(core.db)
    executor = TrackingExecutor()
    server = HttpServer(create_app(slack_settings, core, executor=executor), host="127.0.0.1", port=0,
                        asyncore_loop_timeout=0.05).start()
    fake_api.reset()
    yield Bot(fake_api, core, server, executor)
    server.stop()
    executor.shutdown(wait=True)
    core.close()


def test_a_mention_is_streamed_into_its_thread_ending_with_cited_sources_and_feedback_buttons(llm_bot, openai_api):
    event = {**mention("Where do customers drop off at checkout?"), "team": TEAM_ID}
    assert llm_bot.slack.event(event).status == 200
    [stop] = llm_bot.api.wait_for("chat.stopStream", timeout=30)
    llm_bot.settle()
    [start] = llm_bot.api.calls_to("chat.startStream")
    assert (start.params["channel"], start.params["thread_ts"]) == ("C1", event["ts"])
    assert (start.params["recipient_user_id"], start.params["recipient_team_id"]) == ("U1", TEAM_ID)
    methods = [m for m in llm_bot.api.methods() if m.startswith("chat.")]
    assert methods[0] == "chat.startStream" and methods[-1] == "chat.stopStream"
    assert "chat.appendStream" in methods and "chat.postMessage" not in methods
    assert all(c.params["ts"] == start.params.get("ts") or c.params["ts"] for c in llm_bot.api.calls_to(
        "chat.appendStream"))
    assert llm_bot.api.streamed_text() == SHOWN  # the invented 12,000 never went out
    assert openai_api.requests[-1]["stream"] is True
    assert "Where do customers drop off at checkout?" in openai_api.prompt()

    blocks = stop.params["blocks"]
    assert [b["type"] for b in blocks] == ["context", "context_actions"]
    sources = text_of(blocks)
    assert "*[1]* Comment · Checkout" in sources and "*[2]* KPI · Conversion rate" in sources
    answer_id = answer_id_in(blocks)

    stream_ts = llm_bot.api.calls_to("chat.appendStream")[0].params["ts"]
    assert llm_bot.slack.feedback(answer_id, positive=False, message_ts=stream_ts).status == 200
    llm_bot.api.wait_for("views.open")  # 👎 asks what was wrong, as before
    llm_bot.settle()
    with llm_bot.core.db.session() as session:
        [vote] = session.scalars(select(Vote)).all()
        assert (vote.value, vote.message_ts) == (-1, stream_ts)
        assert vote.answer == SHOWN and [s["kind"] for s in vote.sources] == ["comment", "kpi"]


def test_where_streaming_is_refused_a_placeholder_is_updated_at_most_about_once_a_second(llm_bot, openai_api):
    llm_bot.api.override("chat.startStream", {"ok": False, "error": "feature_not_enabled"})
    openai_api.chunk_delay = 0.01  # a reply that takes a few seconds, as real ones do
    openai_api.replies = [" ".join(f"Checkout conversion is down to 2.7% [1], reason {'x' * n}."
                                   for n in range(1, 41))]
    llm_bot.slack.event(mention("Where do customers drop off at checkout?"))
    llm_bot.api.wait_for("chat.update", where=lambda c: any(b["type"] == "context_actions"
                                                               for b in c.params.get("blocks", [])), timeout=60)
    llm_bot.settle()
    [placeholder] = llm_bot.api.calls_to("chat.postMessage")
    updates = llm_bot.api.calls_to("chat.update")
    assert {u.params["ts"] for u in updates} == {llm_bot.api.calls_to("chat.update")[0].params["ts"]}
    assert len(updates) >= 3  # updates while it was written, then the final one
    gaps = [b.at - a.at for a, b in zip(updates, updates[1:-1], strict=False)]
    assert all(gap >= 0.9 for gap in gaps), gaps
    final = updates[-1].params["blocks"]
    assert final[0]["type"] == "markdown" and final[0]["text"].startswith("Checkout conversion is down to 2.7% [1]")
    assert f"reason {'x' * 40}." in final[0]["text"] and "stopped early" not in final[0]["text"]
    assert placeholder.params["blocks"][0]["type"] == "markdown"
    assert answer_id_in(final)


def test_a_failing_model_gives_the_extractive_answer_posted_at_once(llm_bot, openai_api):
    openai_api.fail = True
    llm_bot.slack.event(mention("Where do customers drop off at checkout?"))
    [post] = llm_bot.api.wait_for("chat.postMessage", timeout=30)
    llm_bot.settle()
    assert "chat.startStream" not in llm_bot.api.methods()
    assert post.params["blocks"][0]["text"].startswith("**Checkout** conversion fell to 2.7% [1].")
    assert answer_id_in(post.params["blocks"])


def test_the_conversation_so_far_is_in_the_prompt_of_a_follow_up(llm_bot, openai_api):
    first = mention("Where do customers drop off at checkout?")
    llm_bot.slack.event(first)
    llm_bot.api.wait_for("chat.stopStream", timeout=30)
    llm_bot.settle()
    llm_bot.slack.event(mention("and why?", thread_ts=first["ts"]))
    llm_bot.api.wait_for("chat.stopStream", 2, timeout=30)
    llm_bot.settle()
    prompt = openai_api.prompt()
    assert "User: Where do customers drop off at checkout?" in prompt and f"Assistant: {SHOWN}" in prompt


def test_the_assistant_thread_shows_a_status_with_loading_messages(llm_bot):
    llm_bot.slack.event(direct_message("How is checkout doing?", thread_ts=new_ts()))
    llm_bot.api.wait_for("chat.stopStream", timeout=30)
    llm_bot.settle()
    [status] = llm_bot.api.calls_to("assistant.threads.setStatus")
    assert status.params["status"] and len(status.params["loading_messages"]) >= 2


def test_opening_the_messages_tab_offers_suggested_prompts_from_the_knowledge_base_and_greets_once(bot):
    for _ in range(2):
        bot.slack.event({"type": "app_home_opened", "user": "U1", "channel": "D7", "tab": "messages",
                         "event_ts": new_ts()})
        bot.api.wait_for("assistant.threads.setSuggestedPrompts", 1 + _, timeout=15)
        bot.settle()
    prompts = bot.api.calls_to("assistant.threads.setSuggestedPrompts")
    assert all("thread_ts" not in p.params and p.params["channel_id"] == "D7" for p in prompts)
    expected = [s.message for s in bot.core.suggested_questions(4)]
    assert [p["message"] for p in prompts[0].params["prompts"]] == expected and expected
    assert len(bot.api.calls_to("chat.postMessage")) == 1  # the greeting, once
    assert "views.publish" not in bot.api.methods()  # that is the Home tab's


def test_without_an_llm_nothing_streams(bot):
    bot.slack.event(mention("Where do customers drop off at checkout?"))
    bot.api.wait_for("chat.postMessage")
    bot.settle()
    assert not any(m.endswith("Stream") for m in bot.api.methods())
    assert os.environ.get("JOURNEY_LLM") is None
