"""Docs that cannot rot: every command, option, /journey subcommand and setting is in docs/, every command's
help ends with an example the docs show, links resolve, and the getting-started example export runs.

Like datasette's documentation tests, the lists come from the code (the typer app, the Slack usage text, the
environment variables the source reads), never from a list kept here.
"""

from __future__ import annotations

import json
import re
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from typer.testing import CliRunner

from tests.conftest import ROOT

PAGES = sorted((ROOT / "docs").glob("*.md"))
DOCS = "\n".join(p.read_text(encoding="utf-8") for p in PAGES)
README = (ROOT / "README.md").read_text(encoding="utf-8")
EXAMPLE = ROOT / "docs" / "examples" / "survey_export.csv"
SOURCE_DIRS = ("bot", "journeys", "knowledge", "retrieval", "bench", "prompts")


def commands() -> Iterator[tuple[str, object]]:
    """("ingest", command), ("log feedback", command), ... for every command and subcommand of `journey`."""
    from bot.cli import app

    def walk(typer_app, prefix: str) -> Iterator[tuple[str, object]]:  # type: ignore[no-untyped-def]
        for c in typer_app.registered_commands:
            yield (prefix + (c.name or c.callback.__name__).replace("_", "-")).strip(), c
        for group in typer_app.registered_groups:
            yield from walk(group.typer_instance, f"{prefix}{group.name} ")

    yield from walk(app, "")


def options(command: object) -> list[str]:
    """Every --flag of a command, from its click form."""
    import typer.main

    click_command = typer.main.get_command_from_info(command, pretty_exceptions_short=True,  # type: ignore[arg-type]
                                                     rich_markup_mode=None)
    return sorted({o for p in click_command.params for o in p.opts if o.startswith("--") and o != "--help"})


def sections(text: str) -> list[str]:
    """The text cut at every heading: an option counts as documented in a section that names its command."""
    return re.split(r"^#{1,6} ", text, flags=re.M)


def test_every_cli_command_is_documented() -> None:
    missing = [name for name, _ in commands() if f"journey {name}" not in DOCS]
    assert not missing, f"commands missing from docs/: {missing}"


def test_every_cli_option_is_documented_beside_its_command() -> None:
    parts = sections(DOCS)
    missing = [f"journey {name} {flag}" for name, command in commands() for flag in options(command)
               if not any(f"journey {name}" in part and re.search(rf"{re.escape(flag)}\b(?!-)", part)
                          for part in parts)]
    assert not missing, f"options missing from docs/ (in a section naming their command): {missing}"


def test_the_option_finder_sees_every_flag() -> None:
    found = dict(commands())
    assert {"--kind", "--map", "--date-format", "--ignore", "--json"} <= set(options(found["ingest"]))
    assert "--where" in options(found["log feedback"])


def test_every_slash_subcommand_is_documented() -> None:
    from bot.slack.blocks import usage_text

    subcommands = set(re.findall(r"`/journey (\w+)", usage_text()))
    assert subcommands and not [s for s in subcommands if f"/journey {s}" not in DOCS]


def read_variables() -> set[str]:
    """Every environment variable the product's source reads: JOURNEY_*/SLACK_* names in strings, and any
    name passed to os.environ.get / os.getenv / os.environ[...] (not assignments; a WSGI environ is not)."""
    names: set[str] = set()
    for folder in SOURCE_DIRS:
        for path in (ROOT / folder).rglob("*.py"):
            if path.is_relative_to(ROOT / "bench" / "eval"):
                continue  # the outside authors' own generators for their bases, not the product's settings
            text = path.read_text(encoding="utf-8")
            names |= set(re.findall(r"""["']((?:JOURNEY|SLACK)_[A-Z0-9_]+)["']""", text))
            names |= set(re.findall(r"""os\.(?:environ\.get|getenv)\(\s*["']([A-Z][A-Z0-9_]+)["']""", text))
            names |= set(re.findall(r"""os\.environ\[\s*["']([A-Z][A-Z0-9_]+)["']\s*\](?!\s*=[^=])""", text))
    return names


def test_every_setting_the_code_reads_is_documented() -> None:
    variables = read_variables()
    assert {"JOURNEY_DATA_DIR", "SLACK_BOT_TOKEN", "JOURNEY_MODEL_CACHE", "XDG_CACHE_HOME"} <= variables
    missing = sorted(v for v in variables if f"`{v}`" not in DOCS)
    assert not missing, f"environment variables the code reads but docs/ does not name: {missing}"


def help_texts() -> Iterator[tuple[str, str]]:
    from bot.cli import app

    yield "journey", app.info.help or ""
    for group in app.registered_groups:
        yield f"journey {group.name}", group.typer_instance.info.help or ""
    for name, command in commands():
        yield f"journey {name}", command.help or command.callback.__doc__ or ""  # type: ignore[attr-defined]


@pytest.mark.parametrize(("name", "text"), list(help_texts()), ids=lambda x: x if x.startswith("journey") else "")
def test_every_help_ends_with_an_example_the_docs_show(name: str, text: str) -> None:
    last = [line.strip() for line in text.strip().splitlines() if line.strip()][-1]
    assert last.startswith("Example: "), f"`{name} --help` does not end with an `Example: journey ...` line"
    example = last.removeprefix("Example: ")
    command = re.sub(r"^(?:[A-Z_]+=\S+ )+", "", example)  # `JOURNEY_DATABASE_URL=... journey db upgrade`
    assert command.startswith(name), f"`{name} --help` shows no example of itself: {example}"
    assert example in DOCS.replace(".venv/bin/journey", "journey"), f"docs/ do not show `{example}`"


def test_the_example_is_what_help_prints() -> None:
    result = CliRunner().invoke(__import__("bot.cli", fromlist=["app"]).app, ["forget", "--help"])
    assert "Example: journey forget knowledge/sample" in result.output


def _anchor(heading: str) -> str:
    """GitHub's anchor for a heading."""
    text = re.sub(r"[^\w\- ]", "", heading.strip().lower())
    return text.replace(" ", "-")


def test_links_between_pages_resolve() -> None:
    broken = []
    for page in [ROOT / "README.md", *PAGES]:
        text = page.read_text(encoding="utf-8")
        for target in re.findall(r"\]\(([^)\s]+)\)", text):
            if target.startswith(("http://", "https://", "mailto:")):
                continue
            file, _, anchor = target.partition("#")
            path = (page.parent / file).resolve() if file else page
            if not path.exists():
                broken.append(f"{page.name}: {target}")
            elif anchor and path.suffix == ".md":
                headings = re.findall(r"^#{1,6} (.+)$", path.read_text(encoding="utf-8"), flags=re.M)
                if anchor not in {_anchor(h) for h in headings}:
                    broken.append(f"{page.name}: {target} (no such heading)")
    assert not broken, broken


def test_readme_and_docs_send_no_one_outside_the_repo() -> None:
    for page in [ROOT / "README.md", *PAGES]:
        text = page.read_text(encoding="utf-8")
        assert not re.search(r"\.\./shared|shared/(design|datasets)|KNOWLEDGE-FORMATS\.md|INTERFACES\.md", text), \
            page.name


def test_the_readme_links_every_docs_page() -> None:
    assert not [p.name for p in PAGES if f"(docs/{p.name})" not in README]


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
