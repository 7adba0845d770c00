"""Logging for long-running commands: stderr plus a rotating file in the data dir.

INFO lines carry ids and outcomes (event keys, channels, users, refs, sizes), never message text, request
bodies or tokens; the Slack libraries' own loggers, which can print request details, are kept at WARNING.
"""

from __future__ import annotations

import logging
from logging.handlers import RotatingFileHandler
from pathlib import Path

FORMAT = "%(asctime)s %(levelname)s %(name)s [%(threadName)s]: %(message)s"
LOG_FILE = "journey-serve.log"
MAX_BYTES, BACKUPS = 10 * 1024 * 1024, 5  # at most 60 MB on disk
QUIET = ("slack_bolt", "slack_sdk", "journey.slack.bolt", "urllib3", "httpx", "chromadb")


def setup_logging(data_dir: Path, level: int = logging.INFO) -> Path:
    """Log to stderr and to DATA_DIR/journey-serve.log (rotated); returns the file's path."""
    data_dir.mkdir(parents=True, exist_ok=True)
    path = data_dir / LOG_FILE
    formatter = logging.Formatter(FORMAT)
    root = logging.getLogger()
    for handler in list(root.handlers):
        if getattr(handler, "_journey", False):
            root.removeHandler(handler)
    handlers: list[logging.Handler] = [logging.StreamHandler(), RotatingFileHandler(
        path, maxBytes=MAX_BYTES, backupCount=BACKUPS, encoding="utf-8")]
    for handler in handlers:
        handler.setFormatter(formatter)
        handler._journey = True  # type: ignore[attr-defined]
        root.addHandler(handler)
    root.setLevel(level)
    for name in QUIET:
        logging.getLogger(name).setLevel(max(level, logging.WARNING))
    return path
