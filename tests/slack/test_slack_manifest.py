"""manifest.yaml asks for exactly what the code uses: events, scopes, the command, interactivity, assistant."""

from __future__ import annotations

import re
from pathlib import Path

import yaml

from bot.slack.blocks import usage_text
from bot.slack.commands import COMMAND, MISSING
from bot.slack.listeners import BOT_EVENTS
from bot.slack.logbook import LogbookCommands
from bot.slack.logbook_views import SHORTCUT

ROOT = Path(__file__).resolve().parents[2]
# Web API methods (as WebClient method names) -> the bot scope each needs (None: no scope needed).
METHOD_SCOPES = {
    "chat_postMessage": "chat:write", "chat_postEphemeral": "chat:write", "reactions_add": "reactions:write",
    "assistant_threads_setStatus": "assistant:write", "assistant_threads_setSuggestedPrompts": "assistant:write",
    "assistant_threads_setTitle": "assistant:write", "views_publish": None, "views_open": None,
    "chat_stream": "chat:write", "chat_update": "chat:write",  # streamed answers, and their fallback
    "files_upload_v2": "files:write", "conversations_open": "im:write",
    "chat_getPermalink": None, "api_test": None,  # /healthz's Slack line (no token, no scope)
}
EVENT_SCOPES = {"app_mention": "app_mentions:read", "message.im": "im:history",
                "assistant_thread_started": "assistant:write", "app_home_opened": None}


def manifest() -> dict:
    return yaml.safe_load((ROOT / "manifest.yaml").read_text(encoding="utf-8"))


def methods_called() -> set[str]:
    source = "\n".join(p.read_text(encoding="utf-8") for p in (ROOT / "bot" / "slack").glob("*.py"))
    return set(re.findall(r"\bclient\.([a-z]+_[A-Za-z0-9_]+)\b", source))


def test_every_web_api_method_the_code_calls_has_a_known_scope():
    assert methods_called() == set(METHOD_SCOPES)


def test_bot_events_are_exactly_the_ones_listened_to():
    assert sorted(manifest()["settings"]["event_subscriptions"]["bot_events"]) == sorted(BOT_EVENTS)


def test_scopes_are_exactly_the_ones_needed():
    needed = {s for s in METHOD_SCOPES.values() if s} | {s for s in EVENT_SCOPES.values() if s} | {"commands"}
    assert set(EVENT_SCOPES) == set(BOT_EVENTS)
    assert sorted(manifest()["oauth_config"]["scopes"]["bot"]) == sorted(needed)
    assert "user" not in manifest()["oauth_config"]["scopes"]


def test_command_interactivity_home_and_assistant():
    data = manifest()
    assert [c["command"] for c in data["features"]["slash_commands"]] == [COMMAND]
    assert [(s["type"], s["callback_id"], s["name"]) for s in data["features"]["shortcuts"]] == [
        ("message", SHORTCUT, "Log as customer feedback")]
    assert data["settings"]["interactivity"]["is_enabled"] is True  # vote buttons and the 👎 modal
    assert data["features"]["app_home"]["home_tab_enabled"] is True
    assert data["features"]["app_home"]["messages_tab_enabled"] is True
    assert data["features"]["assistant_view"]["assistant_description"]
    assert data["settings"]["socket_mode_enabled"] is True


def test_the_usage_hint_names_every_subcommand_the_code_handles():
    [command] = manifest()["features"]["slash_commands"]
    hinted = [part.split()[0] for part in command["usage_hint"].split(" | ")]
    in_help = set(re.findall(r"`/journey (\w+)", usage_text()))
    assert set(MISSING) | set(LogbookCommands(None).subcommands()) <= in_help  # type: ignore[arg-type]
    assert sorted(hinted) == sorted(in_help)


def test_the_http_variant_is_three_uncommented_lines_pointing_at_slack_events():
    text = (ROOT / "manifest.yaml").read_text(encoding="utf-8")
    urls = re.findall(r"#\s*(?:url|request_url): (\S+)", text)
    assert urls == ["https://bot.example.com/slack/events"] * 3
    # the searchable pickers (external selects) of the logging modals ask the same endpoint for options
    assert "# message_menu_options_url: https://bot.example.com/slack/events" in text
