"""End to end: the real core on the bundled sample (real embeddings, offline) behind the real bolt app."""

from __future__ import annotations

from pathlib import Path

import pytest
from fake_slack_api import RESPONSE_URL, FakeSlackApi
from slack_harness import TrackingExecutor, answer_id_in, text_of
from slack_requests import SIGNING_SECRET, SlackSender, mention, new_ts

from bot.slack.app import create_app
from bot.slack.server import HttpServer
from journeys.core import Core
from journeys.settings import load_settings

SAMPLE = Path(__file__).resolve().parents[2] / "knowledge" / "sample"


class RealBot:
    def __init__(self, api: FakeSlackApi, core: Core, server: HttpServer, executor: TrackingExecutor) -> None:
        self.api, self.core, self.server, self.executor = api, core, server, executor
        self.slack = SlackSender(server.url, SIGNING_SECRET, api)


@pytest.fixture(scope="module")
def real_bot(tmp_path_factory, embedder):
    with FakeSlackApi() as api:
        settings = load_settings(data_dir=tmp_path_factory.mktemp("slack-e2e") / "data", slack_bot_token="xoxb-e2e",
                                 slack_signing_secret=SIGNING_SECRET, slack_api_url=api.url)
        core = Core(settings, embedder=embedder)  # `embedder`: the real model, shared by the whole run
        report = core.ingestor.run([SAMPLE])
        assert not report.failed
        executor = TrackingExecutor()
        server = HttpServer(create_app(core.settings, core, executor=executor), host="127.0.0.1", port=0,
                            asyncore_loop_timeout=0.05).start()
        yield RealBot(api, core, server, executor)
        server.stop()
        executor.shutdown(wait=True)
        core.close()


@pytest.fixture
def e2e(real_bot):
    real_bot.api.reset()
    yield real_bot
    real_bot.executor.wait_idle(60)


def test_a_mention_is_answered_from_the_sample_with_sources_and_a_follow_up_keeps_the_context(e2e):
    first = mention("Where do customers drop off at checkout?")
    assert e2e.slack.event(first).status == 200
    [answer] = e2e.api.wait_for("chat.postMessage", timeout=60)
    assert answer.params["thread_ts"] == first["ts"]
    text = text_of(answer.params["blocks"])
    assert "**Checkout**" in text and "[1]" in text
    assert "*Sources*\n*[1]* Touchpoint · Checkout" in text
    assert "KPI · Cart abandonment rate · 2026-11-16" in text
    assert answer.params["blocks"][-1]["type"] == "context_actions"
    e2e.executor.wait_idle(60)

    e2e.slack.event(mention("and in retention?", thread_ts=first["ts"]))
    follow_up = e2e.api.wait_for("chat.postMessage", 2, timeout=60)[1]
    assert follow_up.params["thread_ts"] == first["ts"]
    assert "Retention" in text_of(follow_up.params["blocks"])

    e2e.slack.feedback(answer_id_in(answer.params["blocks"]), message_ts="1800000000.000001")
    e2e.api.wait_for(RESPONSE_URL)
    e2e.executor.wait_idle(60)
    assert e2e.core.status().votes == 1


def test_stage_card_and_kpi_from_the_sample(e2e):
    e2e.slack.command("stage Decision", response="stage")
    e2e.slack.command("kpi cart abandonment", response="kpi")
    responses = e2e.api.wait_for(RESPONSE_URL, 2, timeout=30)
    by_path = {r.path: text_of(r.params["blocks"]) for r in responses}
    card, kpi = by_path["/respond/stage"], by_path["/respond/kpi"]
    assert "• Checkout (web, Web team)" in card
    assert "• Delivery cost revealed only at checkout" in card
    assert "⚠️ *Cart abandonment rate* at Checkout: 78.5% (target 65%)" in card
    assert "*Online purchase / Decision / Checkout*" in kpi
    assert "78.5" in kpi


def test_assistant_panel_and_home_from_the_sample(e2e):
    thread = {"user_id": "U1", "channel_id": "D9", "thread_ts": new_ts(), "context": {}}
    e2e.slack.event({"type": "assistant_thread_started", "assistant_thread": thread, "event_ts": new_ts()})
    e2e.slack.event({"type": "app_home_opened", "user": "U1", "channel": "D9", "tab": "home", "event_ts": new_ts()})
    [prompts] = e2e.api.wait_for("assistant.threads.setSuggestedPrompts", timeout=30)
    assert prompts.params["prompts"][0]["message"] == "What are the main pain points in the Decision stage?"
    [home] = e2e.api.wait_for("views.publish", timeout=30)
    home_text = text_of(home.params["view"]["blocks"])
    assert "*Online purchase*" in home_text and "*Returns and refunds*" in home_text
    assert "*3. Decision*" in home_text


def test_the_messages_tab_suggests_prompts_from_the_sample(e2e):
    e2e.slack.event({"type": "app_home_opened", "user": "U1", "channel": "D8", "tab": "messages", "event_ts": new_ts()})
    [prompts] = e2e.api.wait_for("assistant.threads.setSuggestedPrompts", timeout=30)
    assert "thread_ts" not in prompts.params and prompts.params["channel_id"] == "D8"
    assert prompts.params["prompts"][0]["message"] == "What are the main pain points in the Decision stage?"
