"""`/journey map`, a mention asking for the map, and App Home's map button: one PNG uploaded, in the right place."""

from __future__ import annotations

from fake_slack_api import RESPONSE_URL, UPLOAD
from slack_requests import mention

from bot.slack.views import SEND_MAP, home_view
from journeys.map_request import map_request


def uploads(bot) -> tuple[list, list, list]:  # type: ignore[no-untyped-def]
    return (bot.api.calls_to("files.getUploadURLExternal"), bot.api.calls_to(UPLOAD),
            bot.api.calls_to("files.completeUploadExternal"))


def test_journey_map_uploads_one_png_to_the_channel_with_a_caption(bot):
    reply = bot.slack.command("map", channel="C9")
    assert reply.status == 200
    bot.api.wait_for("files.completeUploadExternal")
    bot.settle()
    get_url, sent, complete = uploads(bot)
    assert len(get_url) == len(sent) == len(complete) == 1
    assert sent[0].params["content"][:8] == b"\x89PNG\r\n\x1a\n"
    assert int(get_url[0].params["length"]) == len(sent[0].params["content"])
    assert complete[0].params["channel_id"] == "C9" and "thread_ts" not in complete[0].params
    assert "Online purchase" in complete[0].params["initial_comment"]
    assert "stages" in complete[0].params["initial_comment"]
    assert bot.api.calls_to(RESPONSE_URL) == []  # nothing else said


def test_an_unknown_journey_is_named_with_the_ones_that_exist(bot):
    bot.slack.command("map gift cards")
    [response] = bot.api.wait_for(RESPONSE_URL)
    assert response.params["response_type"] == "ephemeral"
    assert "the journeys are" in response.params["text"] and "Online purchase" in response.params["text"]
    assert uploads(bot) == ([], [], [])


def test_when_the_bot_is_not_in_the_channel_it_says_how_to_invite_it(bot):
    bot.api.override("files.completeUploadExternal", {"ok": False, "error": "not_in_channel"})
    bot.slack.command("map", channel="C7")
    [response] = bot.api.wait_for(RESPONSE_URL)
    assert "/invite" in response.params["text"]


def test_a_mention_asking_for_the_map_gets_it_in_that_thread(bot):
    event = mention("can you show me the journey map for returns?", channel="C3")
    bot.slack.event(event)
    [complete] = bot.api.wait_for("files.completeUploadExternal")
    bot.settle()
    assert complete.params["channel_id"] == "C3" and complete.params["thread_ts"] == event["ts"]
    assert complete.params["initial_comment"].startswith("*Returns*")
    assert bot.answerer.asked == []  # a picture, not an answer


def test_the_app_home_button_sends_the_map_to_the_persons_dm(bot):
    home = home_view(bot.core.journey_overview())
    buttons = [e for b in home["blocks"] if b["type"] == "actions" for e in b["elements"]]
    assert {b["action_id"] for b in buttons} == {SEND_MAP} and len(buttons) == 2
    bot.slack.click(SEND_MAP, buttons[0]["value"], user="U4")
    [complete] = bot.api.wait_for("files.completeUploadExternal")
    assert bot.api.calls_to("conversations.open")[0].params["users"] == "U4"
    assert complete.params["channel_id"] == "DU4"


def test_map_requests_are_told_from_questions_about_the_map():
    journeys = ["Online purchase", "Returns"]
    assert map_request("show me the journey map", journeys) == (True, None)
    assert map_request("map?", journeys) == (True, None)
    assert map_request("journey map for returns", journeys) == (True, "Returns")
    assert map_request("draw the online purchase journey", journeys) == (False, None)  # no picture named
    assert map_request("which touchpoints are on the map for checkout?", journeys)[0] is False
    assert map_request("what are the pain points?", journeys)[0] is False
