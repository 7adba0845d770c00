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


def test_an_unreachable_api_url_stops_start_up_with_one_line(slack_settings, bot, monkeypatch):
    monkeypatch.setattr("bot.slack.client.retry_handlers", lambda: [])  # fail at once rather than after backoff
    settings = slack_settings.model_copy(update={"slack_api_url": "http://127.0.0.1:9/api/"})
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
