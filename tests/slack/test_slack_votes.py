"""👍/👎 on answers: stored with the question, answer and sources; 👎 offers a "what was wrong?" modal."""

from __future__ import annotations

from fake_slack_api import RESPONSE_URL
from slack_harness import answer_id_in
from slack_requests import mention
from sqlalchemy import select

from journeys.store.models import Vote


def answered(bot) -> str:
    """Ask once and return the answer id carried by the vote buttons."""
    bot.slack.event(mention("Where do customers drop off?"))
    [post] = bot.api.wait_for("chat.postMessage")
    bot.settle()
    bot.api.reset()
    return answer_id_in(post.params["blocks"])


def votes(bot) -> list[Vote]:
    with bot.core.db.session() as session:
        return list(session.scalars(select(Vote).order_by(Vote.id)))


def test_a_thumbs_up_is_stored_with_question_answer_and_sources(bot):
    answer_id = answered(bot)
    assert bot.slack.feedback(answer_id, user="U2", message_ts="1700000001.000100").status == 200
    [confirmation] = bot.api.wait_for(RESPONSE_URL)
    assert confirmation.params == {"text": "Thanks, your 👍 is recorded.", "response_type": "ephemeral",
                                   "replace_original": False}
    bot.settle()
    [vote] = votes(bot)
    assert (vote.value, vote.user_id, vote.channel_id, vote.message_ts) == (1, "U2", "C1", "1700000001.000100")
    assert vote.question == "Where do customers drop off?"
    assert vote.answer.startswith("**Checkout** conversion fell to 2.7% [1].")
    assert [s["n"] for s in vote.sources] == [1, 2] and vote.sources[0]["kind"] == "kpi"
    assert bot.core.status().votes == 1  # `votes` in `journey status`


def test_voting_again_changes_the_vote_rather_than_adding_one(bot):
    answer_id = answered(bot)
    bot.slack.click("vote_up", answer_id)
    bot.settle()
    bot.slack.click("vote_down", answer_id)
    bot.settle()
    bot.slack.click("vote_up", answer_id, user="U3")
    bot.settle()
    assert [(v.user_id, v.value) for v in votes(bot)] == [("U2", -1), ("U3", 1)]


def test_a_thumbs_down_opens_the_optional_modal_and_stores_the_reason(bot):
    answer_id = answered(bot)
    bot.slack.click("vote_down", answer_id, message_ts="1700000002.000100")
    [opened] = bot.api.wait_for("views.open")
    view = opened.params["view"]
    assert view["callback_id"] == "vote_reason"
    [reason_input] = [b for b in view["blocks"] if b["type"] == "input"]
    assert reason_input["optional"] is True
    assert reason_input["label"]["text"] == "What was wrong?"
    bot.settle()
    [vote] = votes(bot)
    assert (vote.value, vote.reason) == (-1, None)  # stored even if the modal is skipped

    reply = bot.slack.submit_view(view, {"reason": {"text": {"type": "plain_text_input",
                                                             "value": "Wrong stage, I asked about returns"}}})
    assert reply.status == 200 and reply.body in (b"", b"{}")  # closes the modal
    [vote] = votes(bot)
    assert (vote.value, vote.reason) == (-1, "Wrong stage, I asked about returns")
    assert bot.api.calls_to(RESPONSE_URL) == []  # the modal itself was the acknowledgement


def test_an_empty_reason_just_closes_the_modal(bot):
    answer_id = answered(bot)
    bot.slack.click("vote_down", answer_id)
    [opened] = bot.api.wait_for("views.open")
    bot.settle()
    reply = bot.slack.submit_view(opened.params["view"], {"reason": {"text": {"type": "plain_text_input",
                                                                              "value": None}}})
    assert reply.status == 200
    assert [(v.value, v.reason) for v in votes(bot)] == [(-1, None)]


def test_a_vote_on_an_unknown_answer_is_explained(bot):
    bot.slack.click("vote_up", "0" * 32)
    [told] = bot.api.wait_for(RESPONSE_URL)
    assert told.params["text"] == "That answer is no longer on record, so the vote was not stored."
    assert votes(bot) == []
