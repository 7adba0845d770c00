"""Start-up: settings checks, the health endpoint, and SLACK_API_URL for every Web API call."""

from __future__ import annotations

import urllib.request

import pytest
from typer.testing import CliRunner

from bot import context
from bot.cli import app as cli
from bot.slack.app import create_app
from bot.slack.server import build_app, check_settings, socket_mode_handler
from journeys.errors import SettingsError


def test_health_endpoint(bot):
    with urllib.request.urlopen(bot.server.url.replace("/slack/events", "/healthz"), timeout=5) as response:
        assert (response.status, response.read()) == (200, b"ok\n")


def test_start_up_verifies_the_token_against_slack_api_url(slack_settings, fake_api, bot):
    assert [c.method for c in fake_api.calls] == []  # the fixture's auth.test was reset away
    create_app(slack_settings, bot.core)
    [auth] = fake_api.calls_to("auth.test")
    assert auth.token == "xoxb-test"


def test_a_rejected_token_stops_start_up_with_one_line(slack_settings, fake_api, bot):
    fake_api.override("auth.test", {"ok": False, "error": "invalid_auth"})
    with pytest.raises(SettingsError, match="^SLACK_BOT_TOKEN: Slack did not accept it"):
        build_app(slack_settings, bot.core)


def test_an_unreachable_api_url_stops_start_up_with_one_line(slack_settings, bot):
    settings = slack_settings.model_copy(update={"slack_api_url": "http://127.0.0.1:9/api/",
                                                 "slack_retry_seconds": 0})  # fail at once rather than after backoff
    with pytest.raises(SettingsError, match="^SLACK_API_URL: cannot reach http://127.0.0.1:9/api/"):
        build_app(settings, bot.core)


def test_socket_mode_opens_its_connection_through_slack_api_url(slack_settings, fake_api, bot):
    settings = slack_settings.model_copy(update={"slack_app_token": "xapp-1-test"})
    app = create_app(settings, bot.core, token_verification_enabled=False)
    handler = socket_mode_handler(app, "xapp-1-test")
    assert handler.client.issue_new_wss_url().startswith(f"ws://127.0.0.1:{fake_api.port}/")
    [opened] = fake_api.calls_to("apps.connections.open")
    assert opened.token == "xapp-1-test"


@pytest.mark.parametrize(("changes", "http", "variable"), [
    ({"slack_bot_token": None}, False, "SLACK_BOT_TOKEN"),
    ({"slack_signing_secret": None}, True, "SLACK_SIGNING_SECRET"),
    ({"slack_signing_secret": None, "slack_app_token": None}, False, "SLACK_SIGNING_SECRET"),
])
def test_missing_settings_are_named(slack_settings, changes, http, variable):
    with pytest.raises(SettingsError, match=f"^{variable} is not set"):
        check_settings(slack_settings.model_copy(update=changes), http)


def test_socket_mode_needs_no_signing_secret(slack_settings):
    check_settings(slack_settings.model_copy(update={"slack_signing_secret": None, "slack_app_token": "xapp-1"}),
                   http=False)


def test_journey_serve_without_a_token_fails_with_one_line(tmp_path, monkeypatch):
    for name in ("SLACK_BOT_TOKEN", "SLACK_APP_TOKEN", "SLACK_SIGNING_SECRET"):
        monkeypatch.setenv(name, "")
    monkeypatch.setenv("JOURNEY_DATA_DIR", str(tmp_path))
    monkeypatch.chdir(tmp_path)  # no .env from the working folder
    context.settings.cache_clear()
    try:
        result = CliRunner().invoke(cli, ["serve", "--http", "--port", "0"])
    finally:
        context.settings.cache_clear()
    assert result.exit_code == 1
    output = result.output.strip()
    assert "SLACK_BOT_TOKEN is not set" in output
    assert "Traceback" not in output and len(output.splitlines()) <= 2  # one line (wrapped at most once)


def free_port() -> int:
    import socket

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def test_journey_serve_http_answers_a_mention_then_stops_cleanly_on_sigterm(tmp_path, fake_api):
    """The command itself, in its own process: `journey serve --http` against the fake Web API."""
    import os
    import signal
    import subprocess
    import sys
    import time

    from slack_requests import SIGNING_SECRET, SlackSender, mention

    port = free_port()
    env = {**os.environ, "SLACK_BOT_TOKEN": "xoxb-proc", "SLACK_SIGNING_SECRET": SIGNING_SECRET,
           "SLACK_API_URL": fake_api.url, "JOURNEY_DATA_DIR": str(tmp_path / "data"), "HF_HUB_OFFLINE": "1"}
    env.pop("SLACK_APP_TOKEN", None)
    command = [sys.executable, "-c", "from bot.cli import main; main()", "serve", "--http", "--port", str(port)]
    process = subprocess.Popen(command, cwd=tmp_path, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    try:
        url = f"http://127.0.0.1:{port}/slack/events"
        deadline = time.monotonic() + 60
        while True:
            try:
                with urllib.request.urlopen(url.replace("/slack/events", "/healthz"), timeout=1):
                    break
            except OSError:
                assert process.poll() is None, process.stdout.read().decode() if process.stdout else ""
                assert time.monotonic() < deadline, "the server did not come up"
                time.sleep(0.1)
        assert fake_api.calls_to("auth.test")[0].token == "xoxb-proc"  # the token was checked at start-up
        reply = SlackSender(url, SIGNING_SECRET, fake_api).event(mention("anything in there?"))
        assert reply.status == 200
        [post] = fake_api.wait_for("chat.postMessage", timeout=90)
        assert post.params["channel"] == "C1"
        process.send_signal(signal.SIGTERM)
        assert process.wait(timeout=30) == 0
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()
