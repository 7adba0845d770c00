"""The journey map as a PNG in Slack: `/journey map [journey]`, and mentions that ask for it."""

from __future__ import annotations

from slack_bolt import Ack, App
from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError

from bot.slack.failures import explain, log
from bot.slack.services import JourneyServices
from bot.slack.views import SEND_MAP

NOT_IN_CHANNEL = ("I can't post pictures here because I'm not in this channel. Invite me with "
                  "`/invite @Journey Assistant`, then ask again.")
NOT_IN_CHANNEL_ERRORS = {"not_in_channel", "channel_not_found", "not_allowed_token_type"}


def caption(view) -> str:  # type: ignore[no-untyped-def]
    """One line: what the picture shows, and what it cannot."""
    parts = [f"*{view.name}*: {len(view.stages)} stages, {view.touchpoint_count} touchpoints"]
    if view.week_label:
        parts.append(f"designed emotion against customers' {view.scale_label} in {view.week_label}")
    parts += view.missing
    if view.others:
        parts.append("also: " + ", ".join(view.others) + " (`/journey map NAME`)")
    return "; ".join(parts) + "."


def upload_map(client: WebClient, services: JourneyServices, channel: str, journey: str | None = None,
               week: str | None = None, thread_ts: str | None = None) -> str | None:
    """Upload the picture; returns None when posted, else one sentence for the person who asked.

    Domain errors (an unknown journey) propagate, so the caller explains them like any other failure.
    """
    from journeys.map_picture import render

    view = services.journey_map(journey, week)
    picture = render(view, "png")
    try:
        client.files_upload_v2(channel=channel, thread_ts=thread_ts, file=picture,
                               filename=f"journey-map-{view.id}.png", title=f"{view.name}: journey map",
                               initial_comment=caption(view))
    except SlackApiError as exc:
        if exc.response.get("error") in NOT_IN_CHANNEL_ERRORS:
            return NOT_IN_CHANNEL
        raise
    return None


def register(app: App, services: JourneyServices) -> None:
    """The App Home button: the map goes to the person's direct messages with the app."""

    @app.action(SEND_MAP)
    def send_map(ack: Ack, body: dict, client: WebClient) -> None:
        ack()
        user = body.get("user", {}).get("id")
        journey = (body.get("actions") or [{}])[0].get("value")
        try:
            channel = client.conversations_open(users=user)["channel"]["id"]
        except SlackApiError as exc:
            log.warning("could not open a DM with %s: %s", user, exc.response.get("error"))
            return
        try:
            problem = upload_map(client, services, channel, journey)
        except Exception as exc:  # noqa: BLE001 - one sentence to the person, details in the log
            problem = explain(exc, "draw the map")
        if problem:
            client.chat_postMessage(channel=channel, text=problem)
