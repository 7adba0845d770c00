"""Fault injection, HTTP side: unsigned, garbage and oversized requests are refused before anything is parsed,
and nothing of their bodies reaches the log; INFO logs carry ids and outcomes, never text or tokens."""

from __future__ import annotations

import json
import logging
import time
import urllib.error
import urllib.request
from urllib.parse import urlencode

import pytest
from slack_requests import Reply, mention, sign

TWO_MB = 2 * 1024 * 1024


def raw_post(url: str, body: bytes, headers: dict[str, str]) -> Reply:
    request = urllib.request.Request(url, data=body, method="POST", headers=headers)
    started = time.perf_counter()
    try:
        with urllib.request.urlopen(request, timeout=10) as response:
            return Reply(response.status, response.read(), time.perf_counter() - started)
    except urllib.error.HTTPError as error:
        return Reply(error.code, error.read(), time.perf_counter() - started)


def logged(caplog) -> str:  # type: ignore[no-untyped-def]
    return "\n".join(record.getMessage() + (record.exc_text or "") for record in caplog.records)


@pytest.fixture
def info_logs(caplog):  # type: ignore[no-untyped-def]
    caplog.set_level(logging.INFO)
    return caplog


@pytest.mark.parametrize(("body", "content_type"), [
    (b"{not json at all", "application/json"),
    (b"payload=%7Bnot-json", "application/x-www-form-urlencoded"),
    (b"\xff\xfe\x00garbage", "application/octet-stream"),
])
def test_unsigned_garbage_gets_401_without_a_traceback_or_the_body_in_the_log(bot, info_logs, body, content_type):
    reply = raw_post(bot.server.url, body, {"Content-Type": content_type})
    assert reply.status == 401
    assert b"Traceback" not in reply.body
    text = logged(info_logs)
    assert "Traceback" not in text and "not json" not in text and "garbage" not in text
    assert "rejected a request: missing or non-numeric timestamp" in text
    bot.settle()
    assert bot.api.calls == []


@pytest.mark.parametrize("timestamp", ["abc", "12.5", "", "-1", "1e9", str(int(time.time())) + "0" * 20])
def test_a_missing_or_non_numeric_timestamp_gets_401(bot, timestamp):
    body = bot.slack.event_body(mention("sneaky"))
    headers = {"Content-Type": "application/json", "X-Slack-Request-Timestamp": timestamp,
               "X-Slack-Signature": sign("test-signing-secret", timestamp, body)}
    assert raw_post(bot.server.url, body, headers).status == 401


def test_an_unsigned_two_megabyte_post_gets_401_and_logs_under_a_kilobyte(bot, info_logs):
    body = b'{"type":"event_callback","event":{"text":"' + b"A" * TWO_MB + b'"}}'
    reply = raw_post(bot.server.url, body, {"Content-Type": "application/json"})
    assert reply.status == 401
    assert len(logged(info_logs).encode()) < 1024
    assert "AAAA" not in logged(info_logs)


def test_a_signed_looking_request_over_the_size_cap_gets_413_without_being_read_into_the_log(bot, info_logs):
    body = b"x" * TWO_MB
    reply = bot.slack.post(body, "application/json")  # timestamp and signature headers look right
    assert reply.status == 413
    assert len(logged(info_logs).encode()) < 1024


def test_a_signed_body_that_does_not_parse_gets_400_not_500(bot, info_logs):
    assert bot.slack.post(b"{broken", "application/json").status == 400
    assert bot.slack.post(urlencode({"payload": "{broken"}).encode(), "application/x-www-form-urlencoded"
                          ).status == 400
    assert "Traceback" not in logged(info_logs)


def test_a_bad_signature_on_a_well_formed_request_gets_401(bot):
    body = bot.slack.event_body(mention("forged"))
    assert bot.slack.post(body, "application/json", signature="v0=" + "ab" * 32).status == 401
    assert bot.slack.post(body, "application/json", signature="sha256=whatever").status == 401


def test_info_logs_of_a_normal_answer_carry_ids_not_text_or_tokens(bot, info_logs):
    event = mention("Where is my secret question about refunds?", user="U77")
    bot.slack.event(event)
    bot.api.wait_for("chat.postMessage")
    bot.settle()
    text = logged(info_logs)
    assert f"msg:C1:{event['ts']}" in text  # the outcome, by id
    assert "secret question" not in text and "xoxb-test" not in text and "Checkout" not in text


def test_health_and_readiness_endpoints(bot):
    base = bot.server.url.removesuffix("/slack/events")
    for path, expected in (("/healthz", b"ok\n"), ("/readyz", b"ready\n")):
        with urllib.request.urlopen(base + path, timeout=5) as response:
            assert (response.status, response.read()) == (200, expected)
    with pytest.raises(urllib.error.HTTPError) as missing:
        urllib.request.urlopen(base + "/elsewhere", timeout=5)
    assert missing.value.code == 404


def test_readiness_says_starting_until_warm_up_and_stopping_after(bot):
    from bot.slack.readiness import Readiness, warm_up

    readiness = Readiness(bot.core)
    assert readiness.ready() == (False, "starting")
    assert readiness.alive() == (True, "ok")
    warm_up(bot.core)  # opens what an answer needs, then answers once
    readiness.state = "ready"
    assert readiness.ready() == (True, "ready")
    readiness.state = "stopping"
    assert readiness.ready() == (False, "stopping")
    assert json.dumps(bot.answerer.asked[-1][0]) == '"warm up"'
