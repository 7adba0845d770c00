"""The README's and docs' ```sh examples run, line by line, against one scratch data dir.

Pages run in reading order (README, getting started, then the rest by name), each page's blocks top to bottom,
in one store: the sample is ingested once, by the quick start's `make run`. `journey` lines run in this process
(the model loads once); `make run` is `journey run`; `echo`/`printf ... |` feed stdin; anything else runs in
bash. ```console blocks are not run: they need services (Slack, PostgreSQL, a Chroma server, docker).
"""

from __future__ import annotations

import os
import re
import shlex
import subprocess
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from typer.testing import CliRunner

from tests.conftest import ROOT

FENCE = re.compile(r"^```sh[ \t]*\n(.*?)^```", re.M | re.S)
JOURNEY = (".venv/bin/journey", "journey")
NO_OPS = {("make", "install")}  # the test runs inside an installed environment already


def pages() -> list[Path]:
    docs = sorted((ROOT / "docs").glob("*.md"))
    first = [ROOT / "README.md", ROOT / "docs" / "getting-started.md"]
    return [p for p in first if p.exists()] + [p for p in docs if p not in first]


@dataclass
class Line:
    page: str
    number: int
    text: str


def sh_lines(path: Path) -> list[Line]:
    """Every command line of the page's ```sh blocks (backslash continuations joined, comments dropped)."""
    text = path.read_text(encoding="utf-8")
    lines: list[Line] = []
    for block in FENCE.finditer(text):
        start = text.count("\n", 0, block.start(1)) + 1
        pending, first = "", 0
        for offset, raw in enumerate(block.group(1).splitlines()):
            if not pending:
                first = start + offset
            if raw.rstrip().endswith("\\"):
                pending += raw.rstrip()[:-1] + " "
                continue
            command = (pending + raw).strip()
            pending = ""
            if command and not command.startswith("#"):
                lines.append(Line(path.name, first, command))
    return lines


def _stdin(words: list[str]) -> str:
    """What `echo ...` or `printf ...` write, for the left side of a pipe."""
    if words[0] == "echo":
        return " ".join(words[1:]) + "\n"
    if words[0] == "printf" and len(words) == 2:
        return words[1].encode().decode("unicode_escape")
    raise AssertionError(f"only `echo ... |` and `printf '...' |` may feed a command here, not {words[0]!r}")


@pytest.fixture(scope="module")
def scratch(tmp_path_factory: pytest.TempPathFactory, embedder) -> Iterator[Path]:
    """A working folder that sees the repo's docs/ and knowledge/, with its own data dir."""
    import bot.context

    folder = tmp_path_factory.mktemp("docs-run")
    for name in ("docs", "knowledge"):
        (folder / name).symlink_to(ROOT / name)
    with pytest.MonkeyPatch.context() as patch:
        patch.chdir(folder)
        patch.setenv("JOURNEY_DATA_DIR", str(folder / ".journey"))
        for variable in ("SLACK_BOT_TOKEN", "SLACK_APP_TOKEN", "SLACK_SIGNING_SECRET"):
            patch.setenv(variable, "")  # blank is unset, and wins over a .env file
        bot.context.settings.cache_clear()
        bot.context.core.cache_clear()
        yield folder
        bot.context.core.cache_clear()
        bot.context.settings.cache_clear()


def run_line(line: Line, folder: Path) -> str:
    """Run one documented command; return its output, or fail naming the page and line."""
    from bot.cli import app

    where = f"{line.page}:{line.number}: {line.text}"
    left, bar, right = line.text.partition(" | ")
    stdin = _stdin(shlex.split(left)) if bar else None
    words = shlex.split(right if bar else left, comments=True)
    if tuple(words[:2]) in NO_OPS:
        return ""
    if words[:2] == ["make", "run"] and len(words) == 2:
        words = ["journey", "run"]
    if words[0] in JOURNEY:
        result = CliRunner().invoke(app, words[1:], input=stdin)
        output = result.output
        assert result.exit_code == 0, f"{where}\nexit {result.exit_code}\n{output}{result.exception or ''}"
        return output
    assert words[0] != "make", f"{where}: only `make run` runs here; put other targets in a ```console block"
    done = subprocess.run(["bash", "-c", line.text], cwd=folder, capture_output=True, text=True, timeout=120,
                          env=os.environ.copy())
    assert done.returncode == 0, (f"{where}\nexit {done.returncode}\n{done.stdout}{done.stderr}\n"
                                  "(a command that needs a service belongs in a ```console block)")
    return done.stdout


@pytest.mark.parametrize("page", pages(), ids=lambda p: p.name)
def test_the_pages_shell_examples_run(page: Path, scratch: Path) -> None:
    for line in sh_lines(page):
        run_line(line, scratch)


def test_the_quick_start_the_example_export_ask_status_sources_and_forget_are_run() -> None:
    documented = [line.text for page in pages() for line in sh_lines(page)]
    for needed in ("make run", "journey ingest docs/examples", "journey ask", "journey status", "journey sources",
                   "journey forget"):
        assert any(needed in text for text in documented), f"no ```sh example runs `{needed}`"


def test_the_line_reader_joins_continuations_and_skips_console_blocks(tmp_path: Path) -> None:
    page = tmp_path / "page.md"
    page.write_text("```sh\n# a comment\njourney ingest a \\\n  --kind comments\n```\n\n```console\n$ journey "
                    "serve\n```\n", encoding="utf-8")
    assert [(x.number, x.text) for x in sh_lines(page)] == [(3, "journey ingest a    --kind comments")]
