"""The Web API client every call goes through: SLACK_API_URL as base URL, and retries for 429s and 5xx."""

from __future__ import annotations

from slack_sdk import WebClient
from slack_sdk.http_retry.builtin_handlers import (
    ConnectionErrorRetryHandler,
    RateLimitErrorRetryHandler,
    ServerErrorRetryHandler,
)

from journeys.settings import Settings


def retry_handlers(max_retries: int = 3) -> list:  # type: ignore[type-arg]
    """429: wait for Retry-After, then retry; 5xx and dropped connections: retry with backoff and jitter."""
    return [
        ConnectionErrorRetryHandler(max_retry_count=max_retries),
        RateLimitErrorRetryHandler(max_retry_count=max_retries),
        ServerErrorRetryHandler(max_retry_count=max_retries),
    ]


def make_web_client(settings: Settings, token: str | None = None, timeout: int = 30) -> WebClient:
    base_url = settings.slack_api_url.rstrip("/") + "/"
    return WebClient(token=token if token is not None else settings.slack_bot_token, base_url=base_url,
                     timeout=timeout, retry_handlers=retry_handlers())
