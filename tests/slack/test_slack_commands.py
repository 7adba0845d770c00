"""`/journey ask|stage|kpi|help`: usage text in the ack (ephemeral), real work after it via response_url."""

from __future__ import annotations

import time

import pytest
from fake_slack_api import RESPONSE_URL

from bot.slack.blocks import usage_text


def block_text(blocks: list[dict]) -> str:
    parts = []
    for block in blocks:
        if block["type"] in ("section", "header"):
            parts.append(block["text"]["text"])
        elif block["type"] == "context":
            parts.extend(e["text"] for e in block["elements"])
    return "\n".join(parts)


@pytest.mark.parametrize("text", ["help", "", "HELP"])
def test_help_answers_with_the_usage_text_ephemerally(bot, text):
    reply = bot.slack.command(text)
    assert reply.status == 200
    body = reply.json()
    assert body["response_type"] == "ephemeral"
    assert body["text"] == usage_text()
    time.sleep(0.05)
    bot.settle()
    assert bot.api.calls == []  # answered in the ack itself


def test_an_unknown_subcommand_answers_with_the_usage_text_ephemerally(bot):
    body = bot.slack.command("bogus stuff").json()
    assert body["response_type"] == "ephemeral"
    assert body["text"].startswith("I don't know `/journey bogus`.")
    assert usage_text() in body["text"]
    assert bot.slack.command("<b>&amp;").json()["text"].startswith("I don't know `/journey &lt;b&gt;&amp;`.")
    bot.settle()
    assert bot.api.calls == []


def test_the_usage_text_lists_exactly_the_subcommands_that_exist():
    text = usage_text()
    for name in ("ask", "stage", "kpi", "map", "help", "feedback", "log", "mine", "undo", "summary", "subscribe",
                 "unsubscribe", "subscriptions"):
        assert f"`/journey {name}" in text


@pytest.mark.parametrize(("text", "expected"), [
    ("ask", "Ask what?"), ("stage", "Which stage?"), ("kpi   ", "Which metric?"),
])
def test_a_missing_argument_is_explained_ephemerally(bot, text, expected):
    body = bot.slack.command(text).json()
    assert body["response_type"] == "ephemeral"
    assert body["text"].startswith(expected)
    bot.settle()
    assert bot.answerer.asked == []


def test_ask_acks_at_once_then_answers_in_the_channel_with_sources_and_votes(bot):
    reply = bot.slack.command("ask Where do customers drop off?", user="U5")
    assert reply.json() == {"text": "👀 Looking into “Where do customers drop off?”…", "response_type": "ephemeral"}
    [response] = bot.api.wait_for(RESPONSE_URL)
    assert response.path == "/respond/cmd"
    assert response.params["response_type"] == "in_channel"
    assert response.params["replace_original"] is False
    text = block_text(response.params["blocks"])
    assert "<@U5> asked: Where do customers drop off?" in text
    assert "*[1]* KPI" in text
    assert response.params["blocks"][-1]["elements"][0]["type"] == "feedback_buttons"
    assert bot.answerer.asked == [("Where do customers drop off?", None)]


def test_stage_shows_the_card_with_touchpoints_pain_points_and_kpis(bot):
    assert bot.slack.command("stage decison").status == 200
    [response] = bot.api.wait_for(RESPONSE_URL)
    assert response.params["response_type"] == "ephemeral"
    blocks = response.params["blocks"]
    assert blocks[0] == {"type": "header", "text": {"type": "plain_text", "text": "Decision · Online purchase",
                                                    "emoji": True}}
    text = block_text(blocks)
    assert "• Checkout (web, Web team)" in text
    assert "• Gift note · _logged by <@U7>_" in text
    assert "• Delivery cost revealed only at checkout" in text
    assert "⚠️ *Conversion rate*: 2.7% (target 3%)" in text
    assert "⚠️ *Cart abandonment rate* at Checkout: 75% (target 65%) ↑5 since the week before" in text
    assert all(len(b.get("text", {}).get("text", "")) <= 3000 for b in blocks)


@pytest.mark.parametrize(("text", "expected"), [
    ("stage Hyperspace", "No stage matches “Hyperspace”; the stages are Awareness, Decision, Support"),
    ("stage Support", "“Support” fits several stages (online-purchase/support, returns/support)"),
    ("kpi unicorns", "No metric matches “unicorns”; the metrics are cart_abandonment_rate"),
])
def test_unknown_names_get_a_clear_ephemeral_message(bot, text, expected):
    bot.slack.command(text)
    [response] = bot.api.wait_for(RESPONSE_URL)
    assert response.params["response_type"] == "ephemeral"
    assert response.params["text"].startswith(expected)
    assert "Traceback" not in response.params["text"]


def test_kpi_shows_the_metric_across_stages_and_weeks(bot):
    bot.slack.command("kpi conversion")
    [response] = bot.api.wait_for(RESPONSE_URL)
    text = block_text(response.params["blocks"])
    assert response.params["blocks"][0]["text"]["text"] == "Conversion rate"
    assert "*Online purchase / Decision*" in text
    assert "`3.1 → 2.9 → 2.7`" in text
    assert "Snapshots from 2026-10-26 to 2026-11-09" in text


def test_a_failing_ask_tells_the_user_in_one_sentence(bot):
    bot.slack.command("ask please explode")
    [response] = bot.api.wait_for(RESPONSE_URL)
    assert response.params["response_type"] == "ephemeral"
    assert response.params["text"].startswith("Sorry, I couldn't answer that because of an internal error")
