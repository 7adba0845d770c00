"""The Web API clients every call goes through: SLACK_API_URL as base URL, and retries until a deadline.

A 429 waits for its Retry-After; a 5xx or a dropped connection backs off exponentially with jitter. Retries
go on until `retry_seconds` (JOURNEY_SLACK_RETRY_SECONDS, about 30 s) have passed since the first try, so a
bad minute on Slack's side delays a reply rather than losing it; only then does the call raise.
"""

from __future__ import annotations

import random
import time
from http.client import RemoteDisconnected
from typing import Any
from urllib.error import URLError

from slack_sdk import WebClient
from slack_sdk.http_retry.handler import RetryHandler
from slack_sdk.http_retry.request import HttpRequest
from slack_sdk.http_retry.response import HttpResponse
from slack_sdk.http_retry.state import RetryState
from slack_sdk.webhook import WebhookClient

from journeys.settings import Settings

RETRIED_STATUSES = {429, 500, 502, 503, 504}
FIRST_BACKOFF, MAX_BACKOFF = 0.5, 8.0


class DeadlineRetryHandler(RetryHandler):
    """Retry 429s (after Retry-After), 5xx and dropped connections until `deadline` seconds have passed."""

    def __init__(self, deadline: float = 30.0) -> None:
        super().__init__(max_retry_count=1_000)
        self.deadline = deadline

    def _started(self, state: RetryState) -> float:
        if state.custom_values is None:
            state.custom_values = {}
        return float(state.custom_values.setdefault("started", time.monotonic()))

    def _can_retry(self, *, state: RetryState, request: HttpRequest, response: HttpResponse | None = None,
                   error: Exception | None = None) -> bool:
        self._started(state)
        if response is not None:
            return response.status_code in RETRIED_STATUSES
        if isinstance(error, URLError) and getattr(error, "code", None) is not None:
            return False  # an HTTP error status without a response object: not ours to retry
        return isinstance(error, URLError | ConnectionError | RemoteDisconnected | TimeoutError)

    def _wait(self, state: RetryState, response: HttpResponse | None) -> float:
        if response is not None and response.status_code == 429:
            for name, values in response.headers.items():
                if name.lower() == "retry-after" and values:
                    try:
                        return float(values[0]) + random.random() * 0.25
                    except ValueError:
                        break
            return 1.0 + random.random()
        backoff = min(MAX_BACKOFF, FIRST_BACKOFF * 2 ** state.current_attempt)
        return backoff * (0.5 + random.random() / 2)

    def prepare_for_next_attempt(self, *, state: RetryState, request: HttpRequest,
                                 response: HttpResponse | None = None, error: Exception | None = None) -> None:
        left = self.deadline - (time.monotonic() - self._started(state))
        wait = self._wait(state, response)
        if wait > left:  # past the deadline: the call fails now, with Slack's last answer
            state.next_attempt_requested = False
            return
        state.next_attempt_requested = True
        time.sleep(wait)
        state.increment_current_attempt()


def retry_handlers(deadline: float = 30.0) -> list[RetryHandler]:
    return [DeadlineRetryHandler(deadline)]


def make_web_client(settings: Settings, token: str | None = None, timeout: int = 30) -> WebClient:
    base_url = settings.slack_api_url.rstrip("/") + "/"
    return WebClient(token=token if token is not None else settings.slack_bot_token, base_url=base_url,
                     timeout=timeout, retry_handlers=retry_handlers(settings.slack_retry_seconds))


class ResponseUrlError(Exception):
    """Posting to a response_url failed after the retries."""


def post_response(url: str, message: dict[str, Any], retry_seconds: float = 30.0, timeout: int = 30) -> None:
    """Post `message` to a slash command's or an action's response_url, with the same retries as the Web API."""
    webhook = WebhookClient(url, timeout=timeout, retry_handlers=retry_handlers(retry_seconds))
    response = webhook.send_dict(message)
    if response.status_code != 200:
        raise ResponseUrlError(f"response_url answered {response.status_code}")
