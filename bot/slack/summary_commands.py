"""`/journey subscribe|unsubscribe|subscriptions|summary`: scheduled summaries and alerts for a channel."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError

from bot.slack.summary_post import GONE, NotInChannel, SummaryPoster
from bot.slack.summary_view import not_in_channel, summary_message
from journeys import subscriptions as subs
from journeys.subscriptions import utcnow

Work = Callable[[str, dict], dict[str, Any]]


def _ephemeral(text: str) -> dict[str, Any]:
    return {"response_type": "ephemeral", "text": text}


class SummaryCommands:
    def __init__(self, services: Any, client: WebClient) -> None:
        self.services, self.client = services, client
        self.work: dict[str, Work] = {"subscribe": self.subscribe, "unsubscribe": self.unsubscribe,
                                      "subscriptions": self.subscriptions, "summary": self.summary}

    def _announce(self, channel: str, text: str) -> str | None:
        """Say it in the channel; the invite hint when the bot is not a member there."""
        try:
            self.client.chat_postMessage(channel=channel, text=text)
        except SlackApiError as exc:
            if exc.response is not None and exc.response.get("error") in GONE:
                return not_in_channel(channel)
            raise
        return None

    def subscribe(self, argument: str, command: dict) -> dict[str, Any]:
        channel, user = command.get("channel_id") or "", command.get("user_id")
        db = self.services.db
        if argument.strip().lower() == "alerts":
            new = subs.subscribe_alerts(db, channel, user)
            done = ("This channel will hear about alerts (a target crossed, a big change, a trending topic) as "
                    "they happen." if new else "This channel already gets alerts.")
            problem = self._announce(channel, f"🔔 <@{user}> subscribed this channel to journey alerts.") if new \
                else None
            return _ephemeral(done + (f"\n{problem}" if problem else ""))
        request = subs.parse_request(argument)
        if request.scope:  # a journey or stage that does not exist is caught now, not on Monday
            self.services.weekly_summary(journey=request.scope)
        sub = subs.subscribe(db, channel, request, user)
        line = subs.describe(sub, utcnow())
        problem = self._announce(channel, f"📅 <@{user}> subscribed this channel to the {line}.")
        return _ephemeral(f"Subscribed: {line}." + (f"\n{problem}" if problem else ""))

    def unsubscribe(self, argument: str, command: dict) -> dict[str, Any]:
        channel = command.get("channel_id") or ""
        alerts = argument.strip().lower() == "alerts"
        if argument.strip() and not alerts:
            return _ephemeral("Write `/journey unsubscribe` (summaries) or `/journey unsubscribe alerts`.")
        removed = subs.unsubscribe(self.services.db, channel, alerts=alerts)
        what = "alerts" if alerts else "scheduled summaries"
        return _ephemeral(f"This channel gets no more {what}." if removed else f"This channel had no {what}.")

    def subscriptions(self, _argument: str, command: dict) -> dict[str, Any]:
        channel = command.get("channel_id") or ""
        now = utcnow()
        lines = [f"• {subs.describe(s, now)}" for s in subs.summary_subscriptions(self.services.db, channel)]
        if any(a.channel_id == channel for a in subs.alert_channels(self.services.db)):
            lines.append("• alerts as they happen")
        if not lines:
            return _ephemeral("This channel has no subscriptions. Try `/journey subscribe` (Mondays 09:00 UTC) "
                              "or `/journey subscribe alerts`.")
        return _ephemeral("This channel's subscriptions:\n" + "\n".join(lines))

    def summary(self, argument: str, command: dict) -> dict[str, Any]:
        channel = command.get("channel_id") or ""
        summary = self.services.weekly_summary(argument.strip() or None)
        try:
            SummaryPoster(self.client, self.services).post_summary(channel, summary)
        except NotInChannel:
            return {"response_type": "ephemeral", **summary_message(summary),
                    "text": not_in_channel(channel)}
        return _ephemeral(f"Posted the {summary.window.label} summary here.")
