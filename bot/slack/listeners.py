"""Events (mentions, DMs, the assistant panel, App Home) and interactions (votes, the 👎 modal).

Events are acknowledged by bolt before these run (process_before_response=False); the listeners run
on bolt's thread pool, so a slow answer never delays an ack.
"""

from __future__ import annotations

import json
import re

from slack_bolt import Ack, App, BoltContext, Respond
from slack_sdk import WebClient

from bot.slack.blocks import VOTE, VOTE_DOWN, VOTE_REASON, VOTE_UP, header, section, vote_of, vote_reason_modal
from bot.slack.conversation import Conversations, ignored, turn_from_event
from bot.slack.failures import explain, log
from bot.slack.mrkdwn import escape
from bot.slack.services import JourneyServices
from bot.slack.views import home_view

# The Events API subscriptions these listeners need; manifest.yaml must list exactly these.
BOT_EVENTS = ("app_home_opened", "app_mention", "assistant_thread_started", "message.im")


def register_events(app: App, services: JourneyServices) -> None:
    conversations = Conversations(services)

    @app.event("app_mention")
    def on_mention(event: dict, client: WebClient, context: BoltContext) -> None:
        if not ignored(event):
            conversations.handle(turn_from_event(event), client, context.bot_user_id)

    @app.event("message")
    def on_message(event: dict, client: WebClient, context: BoltContext) -> None:
        # Only direct messages and assistant threads; in channels the bot answers when mentioned.
        if event.get("channel_type") == "im" and not ignored(event):
            conversations.handle(turn_from_event(event), client, context.bot_user_id)

    @app.event("assistant_thread_started")
    def on_assistant_thread(event: dict, client: WebClient) -> None:
        try:
            conversations.start_assistant_thread(event, client)
        except Exception as exc:  # noqa: BLE001 - nobody asked anything yet; the log is enough
            explain(exc, "open the assistant thread")

    @app.event("app_home_opened")
    def on_home(event: dict, client: WebClient) -> None:
        if event.get("tab") == "messages":
            try:
                conversations.greet_messages_tab(event, client)
            except Exception as exc:  # noqa: BLE001 - nobody asked anything yet; the log is enough
                explain(exc, "greet in the Messages tab")
            return
        if event.get("tab", "home") != "home":
            return
        try:
            view = home_view(services.journey_overview())
        except Exception as exc:  # noqa: BLE001 - the tab shows the one sentence instead
            view = {"type": "home", "blocks": [header("Journey Assistant"),
                                               section(escape(explain(exc, "load the journey overview")))]}
        client.views_publish(user_id=event["user"], view=view)


def _where(body: dict) -> tuple[str | None, str | None]:
    container = body.get("container") or {}
    channel = (body.get("channel") or {}).get("id") or container.get("channel_id")
    return channel, container.get("message_ts")


def _tell(body: dict, client: WebClient, respond: Respond, text: str) -> None:
    """An ephemeral line for the person who clicked (response_url works even where the bot is no member)."""
    try:
        if body.get("response_url"):
            respond(text=text, response_type="ephemeral", replace_original=False)
        else:
            channel, _ts = _where(body)
            if channel:
                client.chat_postEphemeral(channel=channel, user=body["user"]["id"], text=text)
    except Exception:  # noqa: BLE001 - a confirmation is a nicety
        log.exception("could not confirm to %s", body.get("user", {}).get("id"))


def register_actions(app: App, services: JourneyServices) -> None:
    @app.action(re.compile(f"^({VOTE}|{VOTE_UP}|{VOTE_DOWN})$"))
    def on_vote(ack: Ack, body: dict, action: dict, client: WebClient, respond: Respond) -> None:
        ack()
        answer_id, value = vote_of(action)
        user = body["user"]["id"]
        channel, ts = _where(body)
        asked_why = False
        if value < 0 and body.get("trigger_id"):  # first, while the trigger is fresh (it expires in 3 s)
            try:
                metadata = {"answer_id": answer_id, "channel": channel or "", "ts": ts or ""}
                client.views_open(trigger_id=body["trigger_id"], view=vote_reason_modal(metadata))
                asked_why = True
            except Exception as exc:  # noqa: BLE001 - the vote still counts without a reason
                explain(exc, "open the feedback form")
        try:
            services.record_vote(answer_id, value, user, channel, ts)
        except Exception as exc:  # noqa: BLE001
            _tell(body, client, respond, explain(exc, "store your vote"))
            return
        if not asked_why:
            _tell(body, client, respond, f"Thanks, your {'👍' if value > 0 else '👎'} is recorded.")

    @app.view(VOTE_REASON)
    def on_reason(ack: Ack, body: dict, view: dict) -> None:
        reason = (((view.get("state") or {}).get("values") or {}).get("reason") or {}).get("text") or {}
        text = (reason.get("value") or "").strip()
        if not text:
            ack()
            return
        try:  # a quick SQL write, done before the ack so a failure can be shown on the field
            metadata = json.loads(view.get("private_metadata") or "{}")
            services.record_vote(metadata["answer_id"], -1, body["user"]["id"], metadata.get("channel") or None,
                                 metadata.get("ts") or None, reason=text)
        except Exception as exc:  # noqa: BLE001
            ack(response_action="errors", errors={"reason": explain(exc, "store that")[:150]})
            return
        ack()
