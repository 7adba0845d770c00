"""docs/troubleshooting.md quotes the real messages: each case is run here and its line must be on the page.

When a message changes, this fails until the page says what users now see. Only cases that need no service
and no model run here (the Slack cases stop before any Web API call).
"""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from tests.conftest import ROOT

PAGE = (ROOT / "docs" / "troubleshooting.md").read_text(encoding="utf-8")
EXPORT = ROOT / "docs" / "examples" / "survey_export.csv"
FILES = {
    "wrong/survey.csv": "id,date,stage,note\n1,2026-09-01,Onboarding,hello\n",
    "dates/survey.csv": "comment,date\nfine,31/02/2026\n",
    "kpis.csv": "metric,value,date\nnps,abc,2026-09-01\n",
    "notes.txt": "x",
    "map.yaml": "id: x\nname: X\nstagse:\n  - name: A\n",
}
CASES = [
    ("empty store", ["ask", "What do customers say about account setup?"], {}, "."),
    ("no maps yet", ["stage", "Onboarding"], {}, "."),
    ("no KPIs yet", ["kpi", "activation rate"], {}, "."),
    ("no mapping", ["ingest", "survey.csv"], {}, "."),
    ("wrong column", ["ingest", "survey.csv", "--kind", "comments"], {}, "wrong"),
    ("local dates", ["ingest", "survey.csv", "--kind", "comments"], {}, "dates"),
    ("not a number", ["ingest", "kpis.csv", "--kind", "kpis"], {}, "."),
    ("unsupported type", ["ingest", "notes.txt"], {}, "."),
    ("no such file", ["ingest", "nothere.csv"], {}, "."),
    ("not a map", ["ingest", "map.yaml", "--kind", "map"], {}, "."),
    ("no bot token", ["serve"], {}, "."),
    ("malformed bot token", ["serve"], {"SLACK_BOT_TOKEN": "abc"}, "."),
    ("no signing secret", ["serve", "--http"], {"SLACK_BOT_TOKEN": "xoxb-1"}, "."),
    ("PostgreSQL refused", ["status"], {"JOURNEY_DATABASE_URL": "postgresql+psycopg://nobody@127.0.0.1:5999/journey"},
     "."),
    ("postgres://", ["status"], {"JOURNEY_DATABASE_URL": "postgres://localhost/journey"}, "."),
    ("not a URL", ["status"], {"JOURNEY_DATABASE_URL": "localhost:5432"}, "."),
    ("LLM spec", ["status"], {"JOURNEY_LLM": "gpt4"}, "."),
]


def _flat(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


@pytest.fixture()
def workdir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    shutil.copy(EXPORT, tmp_path / "survey.csv")
    for name, text in FILES.items():
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text(text, encoding="utf-8")
    monkeypatch.setenv("JOURNEY_DATA_DIR", str(tmp_path / ".journey"))
    monkeypatch.setenv("COLUMNS", "1000")
    for variable in ("SLACK_BOT_TOKEN", "SLACK_APP_TOKEN", "SLACK_SIGNING_SECRET"):
        monkeypatch.setenv(variable, "")
    return tmp_path


@pytest.mark.parametrize(("case", "args", "env", "where"), CASES, ids=[c[0] for c in CASES])
def test_the_page_quotes_what_the_user_sees(case: str, args: list[str], env: dict[str, str], where: str,
                                            workdir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import bot.context
    from bot.cli import app

    monkeypatch.chdir(workdir / where)
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    bot.context.settings.cache_clear()
    bot.context.core.cache_clear()
    try:
        result = CliRunner().invoke(app, args)
    finally:
        bot.context.core.cache_clear()
        bot.context.settings.cache_clear()
    said = [line for line in result.output.splitlines()
            if line.startswith(("error:", "rejected:")) or "knowledge base is empty" in line]
    assert said, f"{case}: no message in {result.output!r}"
    for line in said:
        assert _flat(line) in _flat(PAGE), f"{case}: docs/troubleshooting.md does not quote {line!r}"
