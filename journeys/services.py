"""Naming the outside services (the database, a Chroma server) when they cannot be reached.

Start-up stops with one line that says which service and where it was looked for, without a password, e.g.
`cannot reach the database at postgresql://journey@db.example:5432/journey (connection refused)`.
"""

from __future__ import annotations

import urllib.error
import urllib.request
from urllib.parse import urlsplit, urlunsplit

from journeys.errors import JourneyError
from retrieval.reconnect import location

CONNECT_TIMEOUT = 5  # seconds: a server that does not answer fails start-up (and a reconnect) this fast


class ServiceUnreachable(JourneyError):
    """The database or the Chroma server did not answer; the message names which and where."""

    def __init__(self, service: str, where: str, reason: str) -> None:
        super().__init__(f"cannot reach the {service} at {where} ({reason})")
        self.service, self.where, self.reason = service, where, reason


def chroma_location(url: str) -> str:
    parts = urlsplit(url)
    host = parts.hostname or ""
    netloc = f"{host}:{parts.port}" if parts.port else host  # user:password@ dropped
    return urlunsplit((parts.scheme, netloc, parts.path, "", ""))


def reason(exc: BaseException) -> str:
    """The driver's own words, shortened to the cause: `connection refused`, `database "x" does not exist`."""
    orig = getattr(exc, "orig", None) or exc
    if isinstance(orig, urllib.error.URLError) and not isinstance(orig, urllib.error.HTTPError):
        orig = orig.reason  # type: ignore[assignment]
    lines = [line.strip() for line in str(orig).splitlines() if line.strip()]
    text = lines[0] if lines else type(orig).__name__
    text = text.rsplit("failed: ", 1)[-1].removeprefix("FATAL:").strip()
    text = text.removeprefix("[Errno 111] ")
    return text[:1].lower() + text[1:] if text[:2] != text[:2].upper() else text


def database_unreachable(url: str, exc: BaseException) -> ServiceUnreachable:
    return ServiceUnreachable("database", location(url), reason(exc))


def check_chroma(url: str, timeout: float = CONNECT_TIMEOUT) -> None:
    """Raise ServiceUnreachable unless something answers HTTP at the Chroma server's heartbeat."""
    parts = urlsplit(url)
    base = f"{parts.scheme}://{parts.netloc}"  # the server's root: a path in the URL names a Chroma database
    try:
        with urllib.request.urlopen(f"{base}/api/v2/heartbeat", timeout=timeout):  # noqa: S310 - a configured URL
            return
    except urllib.error.HTTPError:
        return  # a server answered (an older API version, say): reachable; Chroma itself reports the rest
    except (urllib.error.URLError, OSError, ValueError) as exc:
        raise ServiceUnreachable("Chroma server", chroma_location(url), reason(exc)) from None
