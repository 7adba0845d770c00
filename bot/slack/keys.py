"""What work a Slack request asks for: its lease key (from the request itself), kind and payload.

The payload is what a handler needs to do (or redo, after a crash) the work, and nothing more: no message
blocks, no tokens. Kinds are `msg` (a question in a mention or DM), `thread` (the assistant panel opened),
`command:/NAME`, `action:ACTION_ID` and `view:CALLBACK_ID`; a kind without a handler registered in Work is
not leased.
"""

from __future__ import annotations

import hashlib
from dataclasses import asdict
from typing import Any

from bot.slack.conversation import ignored, turn_from_event

Found = tuple[str, str, dict[str, Any]]
COMMAND_FIELDS = ("command", "text", "user_id", "channel_id", "team_id", "response_url")


def _digest(*parts: object) -> str:
    return hashlib.sha256("\x1f".join(str(p) for p in parts).encode()).hexdigest()[:40]


def event_work(event: dict, bot_user_id: str | None) -> Found | None:
    kind = event.get("type")
    if kind == "app_mention" or (kind == "message" and event.get("channel_type") == "im"):
        if ignored(event) or not event.get("channel") or not event.get("ts"):
            return None
        turn = turn_from_event(event)
        return turn.key, "msg", {**asdict(turn), "bot_user_id": bot_user_id}
    if kind == "assistant_thread_started":
        thread = event.get("assistant_thread") or {}
        channel, thread_ts = thread.get("channel_id"), thread.get("thread_ts")
        if channel and thread_ts:
            return f"thread:{channel}:{thread_ts}", "thread", {"channel": channel, "thread_ts": thread_ts}
    return None


def interaction_payload(body: dict) -> dict[str, Any]:
    """A block action or view submission without what is only for display (message blocks, view blocks)."""
    kept = {k: v for k, v in body.items() if k not in ("message", "view", "token")}
    if isinstance(body.get("view"), dict):
        view = body["view"]
        kept["view"] = {k: view.get(k) for k in ("id", "hash", "callback_id", "private_metadata", "state")}
    return kept


def request_work(body: dict, bot_user_id: str | None) -> Found | None:
    """The (key, kind, payload) of a request, or None for requests that need no lease (App Home, ...)."""
    if not isinstance(body, dict):
        return None
    if body.get("type") == "event_callback":
        return event_work(body.get("event") or {}, bot_user_id)
    if body.get("command"):  # a slash command: trigger_id is unique per invocation, and a replay repeats it
        unique = body.get("trigger_id") or _digest(body.get("response_url"), body.get("text"))
        return f"cmd:{unique}", f"command:{body['command']}", {k: body.get(k) for k in COMMAND_FIELDS}
    if body.get("type") == "block_actions":
        actions = body.get("actions") or []
        if len(actions) != 1:
            return None
        action = actions[0]
        unique = body.get("trigger_id") or _digest((body.get("user") or {}).get("id"), action.get("action_ts"))
        return f"act:{unique}", f"action:{action.get('action_id')}", interaction_payload(body)
    if body.get("type") == "view_submission":
        view = body.get("view") or {}
        unique = body.get("trigger_id") or _digest(view.get("id"), view.get("hash"))
        return f"view:{unique}", f"view:{view.get('callback_id')}", interaction_payload(body)
    return None
