"""Verify, then parse: a WSGI layer in front of bolt that only lets through what Slack signed.

Checked on the raw bytes, before anything is parsed: the timestamp header (digits, within five minutes), the
signature header (`v0=` and 64 hex digits), the size (413 above JOURNEY_SLACK_MAX_BODY_BYTES), then the
HMAC-SHA256 of `v0:timestamp:body`. A failure gets a short 401/413 and one log line with the reason and the
size: never the body, its headers' values or anything parsed from it. What passes is checked to parse (JSON,
or a form whose `payload` is JSON) so bolt never meets a body it would choke on.
"""

from __future__ import annotations

import hashlib
import hmac
import io
import json
import logging
import re
import time
from collections.abc import Callable, Iterable
from typing import Any
from urllib.parse import parse_qs

log = logging.getLogger("journey.slack.http")
MAX_AGE = 5 * 60  # seconds; Slack's own advice against replays
_TIMESTAMP = re.compile(r"[0-9]{1,12}")
_SIGNATURE = re.compile(r"v0=[0-9a-f]{64}")
WsgiApp = Callable[[dict[str, Any], Any], Iterable[bytes]]


class Rejected(Exception):
    def __init__(self, status: str, reason: str) -> None:
        super().__init__(reason)
        self.status, self.reason = status, reason


def respond(start_response: Any, status: str, text: str) -> list[bytes]:
    body = (text + "\n").encode()
    start_response(status, [("Content-Type", "text/plain"), ("Content-Length", str(len(body)))])
    return [body]


def check_signature(secret: str, timestamp: str, body: bytes, signature: str) -> bool:
    expected = "v0=" + hmac.new(secret.encode(), b"v0:" + timestamp.encode() + b":" + body,
                                hashlib.sha256).hexdigest()
    return hmac.compare_digest(expected, signature)


def check_parses(content_type: str, body: bytes) -> None:
    try:
        if "application/json" in content_type:
            if not isinstance(json.loads(body), dict):
                raise ValueError("not an object")
        else:
            form = parse_qs(body.decode("utf-8"), strict_parsing=bool(body))
            if "payload" in form and not isinstance(json.loads(form["payload"][0]), dict):
                raise ValueError("payload is not an object")
    except (ValueError, UnicodeDecodeError):
        raise Rejected("400 Bad Request", "signed body does not parse") from None


class VerifiedRequests:
    """WSGI middleware: `app` sees only requests signed with `signing_secret`, at most `max_body` bytes."""

    def __init__(self, app: WsgiApp, signing_secret: str, max_body: int,
                 clock: Callable[[], float] = time.time) -> None:
        self.app, self.secret, self.max_body, self.clock = app, signing_secret, max_body, clock

    def __call__(self, environ: dict[str, Any], start_response: Any) -> Iterable[bytes]:
        declared = environ.get("CONTENT_LENGTH") or ""
        try:
            body = self._verified_body(environ, declared)
        except Rejected as rejected:
            size = declared if declared.isdigit() else "?"
            log.info("rejected a request: %s (%s bytes declared)", rejected.reason, size)
            text = {"401": "invalid request", "413": "request too large", "400": "bad request"}[rejected.status[:3]]
            return respond(start_response, rejected.status, text)
        environ["wsgi.input"] = io.BytesIO(body)
        environ["CONTENT_LENGTH"] = str(len(body))
        return self.app(environ, start_response)

    def _verified_body(self, environ: dict[str, Any], declared: str) -> bytes:
        timestamp = environ.get("HTTP_X_SLACK_REQUEST_TIMESTAMP") or ""
        signature = environ.get("HTTP_X_SLACK_SIGNATURE") or ""
        if not _TIMESTAMP.fullmatch(timestamp):
            raise Rejected("401 Unauthorized", "missing or non-numeric timestamp")
        if abs(self.clock() - int(timestamp)) > MAX_AGE:
            raise Rejected("401 Unauthorized", "stale timestamp")
        if not _SIGNATURE.fullmatch(signature):
            raise Rejected("401 Unauthorized", "missing or malformed signature")
        if declared and not declared.isdigit():
            raise Rejected("400 Bad Request", "bad Content-Length")
        if declared and int(declared) > self.max_body:
            raise Rejected("413 Payload Too Large", "body over the size cap")
        body = environ["wsgi.input"].read(int(declared) if declared else self.max_body + 1)
        if len(body) > self.max_body:
            raise Rejected("413 Payload Too Large", "body over the size cap")
        if not self.secret or not check_signature(self.secret, timestamp, body, signature):
            raise Rejected("401 Unauthorized", "bad signature")
        check_parses(environ.get("CONTENT_TYPE") or "", body)
        return body
