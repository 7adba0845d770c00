"""Docs that cannot rot: every command and setting is documented, and the getting-started example runs."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from tests.conftest import ROOT

DOCS = "\n".join(p.read_text(encoding="utf-8") for p in [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))])
EXAMPLE = ROOT / "docs" / "examples" / "survey_export.csv"


def test_every_cli_command_is_documented() -> None:
    from bot.cli import app

    names = [c.name or c.callback.__name__ for c in app.registered_commands]  # type: ignore[union-attr]
    names += [f"{group.name} {c.name or c.callback.__name__}" for group in app.registered_groups
              for c in group.typer_instance.registered_commands]  # type: ignore[union-attr]
    missing = [n for n in names if f"journey {n.replace('_', '-')}" not in DOCS]
    assert not missing, f"commands missing from README.md and docs/: {missing}"


def test_every_slash_subcommand_is_documented() -> None:
    import re

    from bot.slack.blocks import usage_text

    subcommands = set(re.findall(r"`/journey (\w+)", usage_text()))
    assert subcommands and not [s for s in subcommands if f"/journey {s}" not in DOCS]


def test_the_getting_started_example_export_ingests_answers_and_is_forgotten(tmp_path: Path, monkeypatch,
                                                                            embedder) -> None:
    import bot.context
    from bot.cli import app

    folder = tmp_path / "examples"
    folder.mkdir()
    for path in EXAMPLE.parent.iterdir():
        shutil.copy(path, folder / path.name)
    monkeypatch.setenv("JOURNEY_DATA_DIR", str(tmp_path / "data"))
    bot.context.settings.cache_clear()
    bot.context.core.cache_clear()
    runner = CliRunner()
    try:
        assert runner.invoke(app, ["ingest", str(folder / EXAMPLE.name)]).exit_code == 0
        status = json.loads(runner.invoke(app, ["status", "--json"]).stdout)
        assert status["comments"] == 20
        answer = json.loads(runner.invoke(app, ["ask", "--json", "What do customers say about account setup?"]).stdout)
        assert answer["sources"] and not answer["abstained"]
        assert EXAMPLE.name in runner.invoke(app, ["sources", "--json"]).stdout
        assert runner.invoke(app, ["forget", str(folder / EXAMPLE.name)]).exit_code == 0
        assert json.loads(runner.invoke(app, ["status", "--json"]).stdout)["comments"] == 0
    finally:
        bot.context.core.cache_clear()
        bot.context.settings.cache_clear()


@pytest.mark.parametrize("field", ["JOURNEY_DATA_DIR", "JOURNEY_LLM_TIMEOUT", "JOURNEY_ADMINS", "JOURNEY_REDACT"])
def test_settings_named_in_the_contract_are_documented(field: str) -> None:
    assert f"`{field}`" in DOCS
