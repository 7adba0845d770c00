"""`journey serve`'s log lines: JSON objects with a request id by default, text on request."""

from __future__ import annotations

import json
import logging
from concurrent.futures import ThreadPoolExecutor

import pytest

from bot.logs import current_request_id, request_scope, setup_logging


@pytest.fixture
def restore_logging():  # type: ignore[no-untyped-def]
    root = logging.getLogger()
    handlers, level = list(root.handlers), root.level
    yield
    for handler in list(root.handlers):
        if handler not in handlers:
            root.removeHandler(handler)
            handler.close()
    root.setLevel(level)


def test_lines_are_json_with_the_request_id_they_were_logged_under(tmp_path, restore_logging):
    path = setup_logging(tmp_path)
    log = logging.getLogger("journey.test")
    log.info("outside any request")
    with request_scope("ev:Ev123") as request_id:
        log.warning("retrying %s", "ev:Ev123")
        with ThreadPoolExecutor(1) as pool:  # a pool thread starts with no request id of its own
            assert pool.submit(current_request_id).result() is None
    with request_scope() as fresh:
        try:
            raise ValueError("boom")
        except ValueError:
            log.exception("failed")
    lines = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    assert [(e["level"], e["request_id"], e["message"]) for e in lines] == [
        ("INFO", None, "outside any request"), ("WARNING", request_id, "retrying ev:Ev123"),
        ("ERROR", fresh, "failed")]
    assert request_id == "ev:Ev123" and len(fresh) == 12 and current_request_id() is None
    assert lines[0]["logger"] == "journey.test" and lines[0]["time"].endswith("+00:00")
    assert "ValueError: boom" in lines[2]["error"]


def test_text_format_for_a_terminal(tmp_path, restore_logging):
    path = setup_logging(tmp_path, log_format="text")
    with request_scope("r1"):
        logging.getLogger("journey.test").info("hello")
    line = path.read_text(encoding="utf-8").strip()
    assert line.endswith("INFO journey.test [MainThread] r1: hello")
