"""Events (mentions, DMs, the assistant panel, App Home) and interactions (votes, the 👎 modal).

Events are acknowledged by bolt before these run (process_before_response=False); the listeners run
on bolt's thread pool, so a slow answer never delays an ack.
"""

from __future__ import annotations

import contextlib
import json
import re

from slack_bolt import Ack, App, BoltContext
from slack_sdk import WebClient

from bot.slack.blocks import VOTE, VOTE_DOWN, VOTE_REASON, VOTE_UP, header, section, vote_of, vote_reason_modal
from bot.slack.client import post_response
from bot.slack.conversation import Conversations
from bot.slack.failures import explain
from bot.slack.mrkdwn import escape
from bot.slack.services import JourneyServices
from bot.slack.views import home_view
from bot.slack.work import Work
from journeys.leases import Lease

# The Events API subscriptions these listeners need; manifest.yaml must list exactly these.
BOT_EVENTS = ("app_home_opened", "app_mention", "assistant_thread_started", "message.im")


def register_events(app: App, services: JourneyServices, work: Work) -> None:
    conversations = Conversations(services, work, app.client)  # registers the `msg` and `thread` handlers

    # The lease middleware (bot/slack/keys.py) decided which events are answered and leased them before the ack.
    @app.event("app_mention")
    def on_mention(context: BoltContext) -> None:
        work.perform(context.get("lease"))

    @app.event("message")
    def on_message(context: BoltContext) -> None:
        # Only direct messages and assistant threads are leased; in channels the bot answers when mentioned.
        work.perform(context.get("lease"))

    @app.event("assistant_thread_started")
    def on_assistant_thread(context: BoltContext) -> None:
        work.perform(context.get("lease"))

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


def _tell(body: dict, client: WebClient, text: str, retry_seconds: float) -> str | None:
    """An ephemeral line for the person who clicked (response_url works even where the bot is no member)."""
    text = escape(text)
    if body.get("response_url"):
        post_response(body["response_url"], {"text": text, "response_type": "ephemeral", "replace_original": False},
                      retry_seconds)
        return None
    channel, _ts = _where(body)
    if not channel:
        return None
    return client.chat_postEphemeral(channel=channel, user=body["user"]["id"], text=text).get("message_ts")


def reason_text(view: dict) -> str:
    reason = (((view.get("state") or {}).get("values") or {}).get("reason") or {}).get("text") or {}
    return (reason.get("value") or "").strip()


class Votes:
    """👍/👎 clicks (the native feedback buttons, and the buttons of answers posted before) and the 👎 reason, as
    leased work (`action:vote`, `action:vote_up|vote_down`, `view:vote_reason`)."""

    def __init__(self, services: JourneyServices, work: Work, client: WebClient, retry_seconds: float) -> None:
        self.services, self.work, self.client, self.retry_seconds = services, work, client, retry_seconds
        work.handler(f"action:{VOTE}")(self.vote)
        work.handler(f"action:{VOTE_UP}")(self.vote)
        work.handler(f"action:{VOTE_DOWN}")(self.vote)
        work.handler(f"view:{VOTE_REASON}")(self.resume_reason)

    def vote(self, lease: Lease, asked_why: bool = False) -> None:
        body = lease.payload
        answer_id, value = vote_of(body["actions"][0])
        channel, ts = _where(body)
        try:
            self.services.record_vote(answer_id, value, body["user"]["id"], channel, ts)
            text = None if asked_why else f"Thanks, your {'👍' if value > 0 else '👎'} is recorded."
        except Exception as exc:  # noqa: BLE001
            text = explain(exc, "store your vote")
        if text is None:  # the modal was the acknowledgement
            self.work.finish(lease)
            return
        with self.work.reply(lease) as reply:
            reply.ts = _tell(body, self.client, text, self.retry_seconds)

    def open_reason_modal(self, body: dict, action: dict) -> bool:
        """While the trigger is fresh (it expires in 3 s); False if the modal could not be opened."""
        if not body.get("trigger_id"):
            return False
        channel, ts = _where(body)
        try:
            metadata = {"answer_id": vote_of(action)[0], "channel": channel or "", "ts": ts or ""}
            self.client.views_open(trigger_id=body["trigger_id"], view=vote_reason_modal(metadata))
            return True
        except Exception as exc:  # noqa: BLE001 - the vote still counts without a reason
            explain(exc, "open the feedback form")
            return False

    def store_reason(self, body: dict) -> None:
        metadata = json.loads((body.get("view") or {}).get("private_metadata") or "{}")
        self.services.record_vote(metadata["answer_id"], -1, body["user"]["id"], metadata.get("channel") or None,
                                  metadata.get("ts") or None, reason=reason_text(body.get("view") or {}))

    def resume_reason(self, lease: Lease) -> None:
        if reason_text(lease.payload.get("view") or {}):
            self.store_reason(lease.payload)
        self.work.finish(lease)


def register_actions(app: App, services: JourneyServices, work: Work, retry_seconds: float) -> None:
    votes = Votes(services, work, app.client, retry_seconds)

    @app.action(re.compile(f"^({VOTE}|{VOTE_UP}|{VOTE_DOWN})$"))
    def on_vote(ack: Ack, body: dict, action: dict, context: BoltContext) -> None:
        ack()
        lease = context.get("lease")
        if lease is None:
            return
        asked_why = vote_of(action)[1] < 0 and votes.open_reason_modal(body, action)
        work.perform(lease, asked_why=asked_why)

    @app.view(VOTE_REASON)
    def on_reason(ack: Ack, body: dict, view: dict, context: BoltContext) -> None:
        lease = context.get("lease")
        if not reason_text(view):
            work.finish(lease)
            ack()
            return
        try:  # a quick SQL write, done before the ack so a failure can be shown on the field
            with work.held(lease) if lease else contextlib.nullcontext():
                votes.store_reason(body)
        except Exception as exc:  # noqa: BLE001
            work.finish(lease)  # the person was told, on the field
            ack(response_action="errors", errors={"reason": explain(exc, "store that")[:150]})
            return
        work.finish(lease)
        ack()
