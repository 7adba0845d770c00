"""What Slack sends to a bot over HTTP, signed the way Slack signs it (v0 HMAC-SHA256 of `v0:ts:body`)."""

from __future__ import annotations

import hashlib
import hmac
import itertools
import json
import time
import urllib.error
import urllib.request
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlencode

from fake_slack_api import BOT_USER_ID, TEAM_ID, FakeSlackApi

SIGNING_SECRET = "test-signing-secret"
_ids = itertools.count(1)


def sign(secret: str, timestamp: str, body: bytes) -> str:
    base = b"v0:" + timestamp.encode() + b":" + body
    return "v0=" + hmac.new(secret.encode(), base, hashlib.sha256).hexdigest()


def new_ts() -> str:
    return f"{1_800_000_000 + next(_ids)}.{next(_ids):06d}"


@dataclass
class Reply:
    status: int
    body: bytes
    seconds: float

    def json(self) -> Any:
        return json.loads(self.body)


class SlackSender:
    def __init__(self, url: str, secret: str, api: FakeSlackApi) -> None:
        self.url, self.secret, self.api = url, secret, api

    def post(self, body: bytes, content_type: str, *, timestamp: str | None = None, signature: str | None = None,
             headers: dict[str, str] | None = None) -> Reply:
        timestamp = timestamp or str(int(time.time()))
        request = urllib.request.Request(self.url, data=body, method="POST", headers={
            "Content-Type": content_type, "X-Slack-Request-Timestamp": timestamp,
            "X-Slack-Signature": signature or sign(self.secret, timestamp, body), **(headers or {}),
        })
        started = time.perf_counter()
        try:
            with urllib.request.urlopen(request, timeout=10) as response:
                return Reply(response.status, response.read(), time.perf_counter() - started)
        except urllib.error.HTTPError as error:
            return Reply(error.code, error.read(), time.perf_counter() - started)

    # --- Events API ---------------------------------------------------------------------------------------

    def event_body(self, event: dict, event_id: str | None = None) -> bytes:
        return json.dumps({
            "token": "legacy", "team_id": TEAM_ID, "api_app_id": "A0001", "type": "event_callback",
            "event": event, "event_id": event_id or f"Ev{next(_ids):08d}", "event_time": int(time.time()),
            "authorizations": [{"team_id": TEAM_ID, "user_id": BOT_USER_ID, "is_bot": True}],
        }).encode()

    def event(self, event: dict, event_id: str | None = None, retry: int | None = None) -> Reply:
        headers = {"X-Slack-Retry-Num": str(retry), "X-Slack-Retry-Reason": "http_timeout"} if retry else {}
        return self.post(self.event_body(event, event_id), "application/json", headers=headers)

    # --- slash commands and interactivity ----------------------------------------------------------------

    def command_body(self, text: str, user: str = "U1", channel: str = "C1", response: str = "cmd") -> bytes:
        return urlencode({
            "token": "legacy", "team_id": TEAM_ID, "channel_id": channel, "channel_name": "journey",
            "user_id": user, "user_name": "ann", "command": "/journey", "text": text,
            "response_url": self.api.response_url(response), "trigger_id": f"trig{next(_ids)}",
            "api_app_id": "A0001",
        }).encode()

    def command(self, text: str, user: str = "U1", channel: str = "C1", response: str = "cmd") -> Reply:
        return self.post(self.command_body(text, user, channel, response), "application/x-www-form-urlencoded")

    @staticmethod
    def interaction_body(payload: dict) -> bytes:
        return urlencode({"payload": json.dumps(payload)}).encode()

    def interaction(self, payload: dict) -> Reply:
        return self.post(self.interaction_body(payload), "application/x-www-form-urlencoded")

    def click(self, action_id: str, value: str, *, user: str = "U2", channel: str = "C1",
              message_ts: str = "1700000001.000100", response: str = "click", kind: str = "button") -> Reply:
        return self.interaction(self.click_payload(action_id, value, user=user, channel=channel,
                                                   message_ts=message_ts, response=response, kind=kind))

    def click_payload(self, action_id: str, value: str, *, user: str = "U2", channel: str = "C1",
                      message_ts: str = "1700000001.000100", response: str = "click", kind: str = "button") -> dict:
        return {
            "type": "block_actions", "team": {"id": TEAM_ID}, "user": {"id": user}, "api_app_id": "A0001",
            "trigger_id": f"trig{next(_ids)}", "response_url": self.api.response_url(response),
            "container": {"type": "message", "message_ts": message_ts, "channel_id": channel},
            "channel": {"id": channel}, "message": {"ts": message_ts, "text": "an answer"},
            "actions": [{"type": kind, "action_id": action_id, "block_id": "votes", "value": value,
                         "action_ts": str(time.time())}],
        }

    def feedback(self, answer_id: str, positive: bool = True, **where: Any) -> Reply:
        """A click on the native 👍/👎 (the feedback_buttons element) of the answer with `answer_id`."""
        return self.click("vote", f"{'up' if positive else 'down'}:{answer_id}", kind="feedback_buttons", **where)

    def submit_view(self, view: dict, values: dict, user: str = "U2") -> Reply:
        return self.interaction(self.view_payload(view, values, user))

    @staticmethod
    def view_payload(view: dict, values: dict, user: str = "U2") -> dict:
        return {
            "type": "view_submission", "team": {"id": TEAM_ID}, "user": {"id": user}, "api_app_id": "A0001",
            "trigger_id": f"trig{next(_ids)}",
            "view": {**view, "id": "V1", "state": {"values": values}},
        }


def mention(text: str, *, channel: str = "C1", user: str = "U1", ts: str | None = None,
            thread_ts: str | None = None) -> dict:
    event = {"type": "app_mention", "user": user, "text": f"<@{BOT_USER_ID}> {text}", "ts": ts or new_ts(),
             "channel": channel, "event_ts": ts}
    if thread_ts:
        event["thread_ts"] = thread_ts
    return event


def direct_message(text: str, *, channel: str = "D1", user: str = "U1", ts: str | None = None,
                   thread_ts: str | None = None, **extra: Any) -> dict:
    event = {"type": "message", "channel_type": "im", "user": user, "text": text, "ts": ts or new_ts(),
             "channel": channel, **extra}
    if thread_ts:
        event["thread_ts"] = thread_ts
    return event
