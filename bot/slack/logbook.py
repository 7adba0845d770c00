"""Logging from Slack: `/journey feedback|log|mine|undo`, the modals, the message shortcut, remove and move.

Each handler translates the payload into a core call (journeys/logbook.py) and renders the result; every
rule (validation, redaction, who may remove what) lives in the core. Modal submissions are stored before
the ack, so a bad field comes back on that field; one-line commands are acknowledged at once and answered
ephemerally through response_url.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

from slack_bolt import Ack, App, Respond
from slack_sdk import WebClient

from bot.slack import logbook_views as ui
from bot.slack.blocks import notice
from bot.slack.failures import explain, log, sentence
from bot.slack.mrkdwn import escape
from bot.slack.services import JourneyServices
from journeys.logbook_input import FeedbackInput, InvalidField, TouchpointInput

# Fields the one-liner and the place modal report under another block than the core names.
BLOCK_FOR = {"where": "stage"}
Subcommand = Callable[[Ack, dict, Respond, WebClient, str], None]  # ..., the text after the name


def _choices(services: JourneyServices, kind: str, query: str = "") -> tuple[list[tuple[str, str]], int]:
    places = services.places(kind, query, limit=ui.STATIC_LIMIT + 1)
    return [(p.id, p.label) for p in places[: ui.STATIC_LIMIT]], len(places)


def _errors(exc: Exception, blocks: set[str]) -> dict[str, str]:
    field = BLOCK_FOR.get(getattr(exc, "field", ""), getattr(exc, "field", ""))
    message = explain(exc, "store that")[:150]
    return {field if field in blocks else sorted(blocks)[0]: message}


def _blocks(view: dict) -> set[str]:
    return {b["block_id"] for b in view.get("blocks", []) if b.get("type") == "input"}


class LogbookCommands:
    """The `/journey` subcommands that log, list and remove; each gets the ack, the command and the client."""

    def __init__(self, services: JourneyServices) -> None:
        self.services = services

    def subcommands(self) -> dict[str, Subcommand]:
        return {"feedback": self.feedback, "log": self.touchpoint, "mine": self.mine, "undo": self.undo}

    def feedback(self, ack: Ack, command: dict, respond: Respond, client: WebClient, argument: str) -> None:
        if not argument:
            ack()
            metadata = {"channel": command.get("channel_id", "")}
            self._open(client, command, respond, lambda: self.feedback_modal(metadata))
            return
        where, colon, text = argument.partition(":")
        if not colon or not where.strip() or not text.strip():
            ack(text=self.one_line_form("Write the place, a colon, then what the customer said."),
                response_type="ephemeral")
            return
        ack()
        data = FeedbackInput(text=text, where=where, author=command.get("user_id"),
                             channel_id=command.get("channel_id"),
                             key=f"cmd:{command['trigger_id']}" if command.get("trigger_id") else None)
        try:
            item = self.services.log_feedback(data)
        except InvalidField as exc:
            message = sentence(str(exc))
            form = self.one_line_form(message) if exc.field == "where" else message
            respond(response_type="ephemeral", replace_original=False, text=form)
            return
        except Exception as exc:  # noqa: BLE001 - one sentence to the user, details in the log
            respond(response_type="ephemeral", replace_original=False, **notice(explain(exc, "log that feedback")))
            return
        respond(response_type="ephemeral", replace_original=False, **ui.confirmation(item))

    def one_line_form(self, problem: str) -> str:
        """The accepted form of the one-liner, with an example built from a real place."""
        try:
            touchpoints, _ = _choices(self.services, "touchpoint")
            stages, _ = _choices(self.services, "stage")
        except Exception:  # noqa: BLE001 - the form still helps without the example
            touchpoints, stages = [], []
        example = (touchpoints or stages or [("", "PLACE (x)")])[0][1].rsplit(" (", 1)[0]
        return (f"{problem}\nThe form is `/journey feedback PLACE: TEXT`, where PLACE is a stage or touchpoint, "
                f"e.g. `/journey feedback {escape(example)}: the price changed at the last step`. "
                "`/journey feedback` alone opens a form.")

    def touchpoint(self, ack: Ack, command: dict, respond: Respond, client: WebClient, _argument: str) -> None:
        ack()
        self._open(client, command, respond, lambda: ui.touchpoint_modal(*_choices(self.services, "stage"),
                                                                {"channel": command.get("channel_id", "")}))

    def mine(self, ack: Ack, command: dict, respond: Respond, _client: WebClient, _argument: str) -> None:
        ack()
        try:
            message = ui.mine_message(self.services.logged_items(command.get("user_id"), 20))
        except Exception as exc:  # noqa: BLE001
            message = notice(explain(exc, "list your items"))
        respond(response_type="ephemeral", replace_original=False, **message)

    def undo(self, ack: Ack, command: dict, respond: Respond, _client: WebClient, _argument: str) -> None:
        ack()
        try:
            item = self.services.undo_logged(command.get("user_id"))
            message = ui.said(f"🗑️ Removed your last item: {ui.item_line(item)}")
        except Exception as exc:  # noqa: BLE001
            message = notice(explain(exc, "undo that"))
        respond(response_type="ephemeral", replace_original=False, **message)

    def feedback_modal(self, metadata: dict[str, str], verbatim: str | None = None) -> dict[str, Any]:
        return ui.feedback_modal(*_choices(self.services, "stage"), *_choices(self.services, "touchpoint"),
                                 metadata, verbatim)

    @staticmethod
    def _open(client: WebClient, command: dict, respond: Respond, view: Callable[[], dict]) -> None:
        try:
            client.views_open(trigger_id=command["trigger_id"], view=view())
        except Exception as exc:  # noqa: BLE001 - the person gets one sentence, where they typed
            respond(response_type="ephemeral", replace_original=False, **notice(explain(exc, "open the form")))


def register_logbook(app: App, services: JourneyServices, commands: LogbookCommands) -> None:
    """The modals' submissions, the pickers' searches, the shortcut, and the remove / change-place buttons."""

    @app.view(ui.FEEDBACK_MODAL)
    def on_feedback(ack: Ack, body: dict, view: dict, client: WebClient) -> None:
        meta = json.loads(view.get("private_metadata") or "{}")
        fields = ui.values(view)
        user = body["user"]["id"]
        permalink = None
        key = f"view:{view['id']}" if view.get("id") else None  # a second submit of the same form
        if meta.get("message_ts"):  # from the shortcut: one item per message and person
            key = f"msg:{meta.get('channel')}:{meta['message_ts']}:{user}"
            permalink = _permalink(client, meta.get("channel"), meta["message_ts"])
        data = FeedbackInput(text=fields.get("text") or "", stage_id=fields.get("stage"),
                             touchpoint_id=fields.get("touchpoint"), score=fields.get("score"),
                             score_type=fields.get("score_type") if fields.get("score") else None,
                             segment=fields.get("segment"), customer_ref=fields.get("customer_ref"),
                             source=fields.get("source"), author=user, channel_id=meta.get("channel") or None,
                             permalink=permalink, key=key)
        try:  # stored before the ack, so a bad field is shown on it; indexed right after the ack
            item = services.log_feedback(data, defer_index=True)
        except Exception as exc:  # noqa: BLE001 - shown on the field at fault
            ack(response_action="errors", errors=_errors(exc, _blocks(view)))
            return
        ack(response_action="update", view=ui.confirmation_view(item))
        _index(item)

    @app.view(ui.TOUCHPOINT_MODAL)
    def on_touchpoint(ack: Ack, body: dict, view: dict) -> None:
        meta = json.loads(view.get("private_metadata") or "{}")
        fields = ui.values(view)
        data = TouchpointInput(
            name=fields.get("name") or "", stage=fields.get("stage") or "", channel=fields.get("channel"),
            owner=fields.get("owner"), description=fields.get("description"), emotion=fields.get("emotion"),
            pain_points=[fields.get("pain_points") or ""], opportunities=[fields.get("opportunities") or ""],
            author=body["user"]["id"], channel_id=meta.get("channel") or None)
        try:
            item = services.log_touchpoint(data, defer_index=True)
        except Exception as exc:  # noqa: BLE001
            ack(response_action="errors", errors=_errors(exc, _blocks(view)))
            return
        ack(response_action="update", view=ui.confirmation_view(item, "Touchpoint saved"))
        _index(item)

    @app.view(ui.PLACE_MODAL)
    def on_place(ack: Ack, body: dict, view: dict) -> None:
        meta = json.loads(view.get("private_metadata") or "{}")
        fields = ui.values(view)
        where = FeedbackInput(text="", stage_id=fields.get("stage"), touchpoint_id=fields.get("touchpoint"))
        try:
            item = services.move_feedback(meta.get("ref", ""), where, body["user"]["id"])
        except Exception as exc:  # noqa: BLE001
            ack(response_action="errors", errors=_errors(exc, _blocks(view)))
            return
        ack(response_action="update", view=ui.confirmation_view(item, "Moved"))

    @app.options(ui.STAGE_PICKER)
    def stage_options(ack: Ack, payload: dict) -> None:
        ack(options=[ui.option(v, label) for v, label in _choices(services, "stage", payload.get("value", ""))[0]])

    @app.options(ui.TOUCHPOINT_PICKER)
    def touchpoint_options(ack: Ack, payload: dict) -> None:
        choices = _choices(services, "touchpoint", payload.get("value", ""))[0]
        ack(options=[ui.option(v, label) for v, label in choices])

    @app.message_shortcut(ui.SHORTCUT)
    def on_shortcut(ack: Ack, body: dict, client: WebClient) -> None:
        ack()
        message = body.get("message") or {}
        metadata = {"channel": (body.get("channel") or {}).get("id", ""), "message_ts": message.get("ts", "")}
        try:  # the verbatim is shown redacted too: nothing personal is echoed, even into the form
            view = commands.feedback_modal(metadata, services.redact_text(message.get("text") or ""))
            client.views_open(trigger_id=body["trigger_id"], view=view)
        except Exception as exc:  # noqa: BLE001 - the shortcut has no reply channel but the log
            explain(exc, "open the feedback form")

    @app.action(ui.REMOVE)
    def on_remove(ack: Ack, body: dict, action: dict, respond: Respond) -> None:
        ack()
        try:
            item = services.remove_logged(action["value"], body["user"]["id"])
            message = ui.said(f"🗑️ Removed {ui.item_line(item)}")
        except Exception as exc:  # noqa: BLE001 - one sentence: not yours, already gone, or a failure
            message = notice(explain(exc, "remove that"))
        respond(response_type="ephemeral", replace_original=False, **message)

    @app.action(ui.MOVE)
    def on_move(ack: Ack, body: dict, action: dict, client: WebClient, respond: Respond) -> None:
        ack()
        try:
            view = ui.place_modal(*_choices(services, "stage"), *_choices(services, "touchpoint"),
                                  {"ref": action["value"]})
            client.views_open(trigger_id=body["trigger_id"], view=view)
        except Exception as exc:  # noqa: BLE001
            respond(response_type="ephemeral", replace_original=False, **notice(explain(exc, "open the form")))


def _index(item: Any) -> None:
    try:
        item.index_now()
    except Exception as exc:  # noqa: BLE001 - stored in SQL; `journey reindex` would index it
        explain(exc, f"index {item.id}")


def _permalink(client: WebClient, channel: str | None, ts: str) -> str | None:
    if not channel:
        return None
    try:
        return client.chat_getPermalink(channel=channel, message_ts=ts).get("permalink")
    except Exception:  # noqa: BLE001 - the item is worth storing without its link
        log.exception("no permalink for %s/%s", channel, ts)
        return None
