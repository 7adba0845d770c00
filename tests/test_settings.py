"""Settings: one typed class, every variable documented (docs/configuration.md), a bad value named in one line."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from journeys.errors import SettingsError
from journeys.settings import VARIABLES, load_settings
from tests import pg_run
from tests.conftest import ROOT

DESIGNED = ["JOURNEY_DATA_DIR", "JOURNEY_DATABASE_URL", "JOURNEY_CHROMA_URL", "JOURNEY_LLM", "JOURNEY_EMBEDDING_MODEL",
            "SLACK_BOT_TOKEN", "SLACK_SIGNING_SECRET", "SLACK_APP_TOKEN", "SLACK_API_URL"]


def test_every_designed_setting_exists_and_is_documented_in_the_configuration_page() -> None:
    assert set(DESIGNED) <= set(VARIABLES.values())
    page = (ROOT / "docs" / "configuration.md").read_text(encoding="utf-8")
    documented = set(re.findall(r"^\| `([A-Z_]+)` \|", page, flags=re.MULTILINE))
    missing = set(VARIABLES.values()) - documented
    assert not missing, f"settings missing from the tables of docs/configuration.md: {sorted(missing)}"


def test_defaults_need_nothing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    settings = load_settings()
    assert settings.data_dir == Path(".journey") and settings.llm == "extractive"
    if not pg_run.ENABLED:  # a PostgreSQL run points every store at its own database on purpose
        assert settings.resolved_database_url.endswith(".journey/journey.db")
    assert settings.slack_api_url == "https://slack.com/api/" and not settings.slack_configured


@pytest.mark.parametrize(("variable", "value", "message"), [
    ("JOURNEY_LLM", "gpt-4", "JOURNEY_LLM (from the environment): expected 'extractive' or 'provider:model'"),
    ("JOURNEY_DATABASE_URL", "not a url", "JOURNEY_DATABASE_URL (from the environment): not an SQLAlchemy URL"),
    ("JOURNEY_CHROMA_URL", "chroma:8000", "JOURNEY_CHROMA_URL (from the environment): expected an http://"),
    ("SLACK_API_URL", "slack.local", "SLACK_API_URL (from the environment): expected an http://"),
    ("SLACK_BOT_TOKEN", "xapp-1", "SLACK_BOT_TOKEN (from the environment): a bot token starts with 'xoxb-'"),
])
def test_a_bad_value_is_named_with_its_origin(monkeypatch: pytest.MonkeyPatch, variable: str, value: str,
                                              message: str) -> None:
    monkeypatch.setenv(variable, value)
    with pytest.raises(SettingsError) as caught:
        load_settings()
    assert str(caught.value).startswith(message)


def test_a_dotenv_file_is_read_and_named_when_wrong(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / ".env").write_text("JOURNEY_DATA_DIR=/srv/journey\nJOURNEY_LLM=ollama:llama3.1\n")
    settings = load_settings()
    assert settings.data_dir == Path("/srv/journey") and settings.llm == "ollama:llama3.1"
    (tmp_path / ".env").write_text("JOURNEY_LLM=nonsense\n")
    with pytest.raises(SettingsError, match=r"JOURNEY_LLM \(from the \.env file\)"):
        load_settings()
