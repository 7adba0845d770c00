"""The logging forms' pickers: every place in a static select up to 100, a searchable external select past it."""

from __future__ import annotations

from journeys.store.models import Touchpoint


def add_touchpoints(bot, count: int) -> None:  # type: ignore[no-untyped-def]
    with bot.core.db.session() as session:
        session.add_all([Touchpoint(id=f"returns/request/gate-{n}", journey_id="returns", stage_id="returns/request",
                                    slug=f"gate-{n}", name=f"Gate {n}", position=n, content_hash="h", pain_points=[],
                                    opportunities=[], metrics=[]) for n in range(count)])


def touchpoint_element(bot) -> dict:  # type: ignore[no-untyped-def]
    bot.slack.command("feedback", user="U3")
    [opened] = bot.api.wait_for("views.open", timeout=10)
    [block] = [b for b in opened.params["view"]["blocks"] if b.get("block_id") == "touchpoint"]
    return block["element"]


def test_up_to_100_places_the_picker_lists_them_all(bot):
    add_touchpoints(bot, 96)  # the seed has 4
    element = touchpoint_element(bot)
    assert element["type"] == "static_select" and len(element["options"]) == 100
    assert element["options"][0]["text"]["text"] == "Instagram ad (Awareness · Online purchase)"


def test_past_100_places_the_picker_searches_and_answers_block_suggestions(bot):
    add_touchpoints(bot, 97)
    element = touchpoint_element(bot)
    assert element["type"] == "external_select" and "options" not in element
    reply = bot.slack.interaction({
        "type": "block_suggestion", "user": {"id": "U3"}, "team": {"id": "T0001"}, "api_app_id": "A0001",
        "action_id": element["action_id"], "block_id": "touchpoint", "value": "gate 42",
        "view": {"id": "V1", "type": "modal", "callback_id": "logbook_feedback"},
    })
    assert reply.status == 200
    options = reply.json()["options"]
    assert options[0] == {"text": {"type": "plain_text", "text": "Gate 42 (Request · Returns)"},
                          "value": "returns/request/gate-42"}
    assert len(options) <= 100
    everything = bot.slack.interaction({
        "type": "block_suggestion", "user": {"id": "U3"}, "team": {"id": "T0001"}, "api_app_id": "A0001",
        "action_id": element["action_id"], "block_id": "touchpoint", "value": "",
        "view": {"id": "V1", "type": "modal", "callback_id": "logbook_feedback"},
    }).json()["options"]
    assert len(everything) == 100
