"""Logging for long-running commands: stderr plus a rotating file in the data dir, as JSON lines by default.

INFO lines carry ids and outcomes (event keys, channels, users, refs, sizes), never message text, request
bodies or tokens; the Slack libraries' own loggers, which can print request details, are kept at WARNING.
Every line logged while a Slack request or a piece of Slack work is handled carries its `request_id`.
"""

from __future__ import annotations

import json
import logging
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from datetime import UTC, datetime
from logging.handlers import RotatingFileHandler
from pathlib import Path
from typing import Any, Literal

TEXT_FORMAT = "%(asctime)s %(levelname)s %(name)s [%(threadName)s] %(request_id)s: %(message)s"
LOG_FILE = "journey-serve.log"
MAX_BYTES, BACKUPS = 10 * 1024 * 1024, 5  # at most 60 MB on disk
QUIET = ("slack_bolt", "slack_sdk", "journey.slack.bolt", "urllib3", "httpx", "chromadb")

_request_id: ContextVar[str | None] = ContextVar("journey_request_id", default=None)


def current_request_id() -> str | None:
    return _request_id.get()


@contextmanager
def request_scope(request_id: str | None = None) -> Iterator[str]:
    """Tag every line logged inside with `request_id` (a fresh short id when none is given)."""
    value = request_id or uuid.uuid4().hex[:12]
    token = _request_id.set(value)
    try:
        yield value
    finally:
        _request_id.reset(token)


class _RequestIdFilter(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        record.request_id = _request_id.get() or "-"
        return True


class JsonLines(logging.Formatter):
    """One JSON object per line: time (UTC, ISO 8601), level, logger, thread, request_id, message[, error]."""

    def format(self, record: logging.LogRecord) -> str:
        request_id = getattr(record, "request_id", "-")
        entry: dict[str, Any] = {
            "time": datetime.fromtimestamp(record.created, UTC).isoformat(timespec="milliseconds"),
            "level": record.levelname,
            "logger": record.name,
            "thread": record.threadName,
            "request_id": None if request_id == "-" else request_id,
            "message": record.getMessage(),
        }
        if record.exc_info:
            entry["error"] = self.formatException(record.exc_info)
        return json.dumps(entry, ensure_ascii=False)


def setup_logging(data_dir: Path, level: int = logging.INFO, log_format: Literal["json", "text"] = "json") -> Path:
    """Log to stderr and to DATA_DIR/journey-serve.log (rotated); returns the file's path."""
    data_dir.mkdir(parents=True, exist_ok=True)
    path = data_dir / LOG_FILE
    formatter = JsonLines() if log_format == "json" else logging.Formatter(TEXT_FORMAT)
    root = logging.getLogger()
    for handler in list(root.handlers):
        if getattr(handler, "_journey", False):
            root.removeHandler(handler)
    handlers: list[logging.Handler] = [logging.StreamHandler(), RotatingFileHandler(
        path, maxBytes=MAX_BYTES, backupCount=BACKUPS, encoding="utf-8")]
    for handler in handlers:
        handler.setFormatter(formatter)
        handler.addFilter(_RequestIdFilter())
        handler._journey = True  # type: ignore[attr-defined]
        root.addHandler(handler)
    root.setLevel(level)
    for name in QUIET:
        logging.getLogger(name).setLevel(max(level, logging.WARNING))
    return path
