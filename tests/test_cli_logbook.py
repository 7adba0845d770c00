"""`journey log feedback|touchpoint|list|remove`: the CLI twins, with the core's validation and redaction."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

MAP = """\
name: Car insurance
stages:
  - name: Quote
    touchpoints:
      - {name: Price comparison, channel: web}
  - name: Claim
    touchpoints:
      - {name: Claim form, channel: app}
"""


@pytest.fixture
def journey(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, embedder):  # type: ignore[no-untyped-def]
    import bot.context
    from bot.cli import app

    monkeypatch.setenv("JOURNEY_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("JOURNEY_ADMINS", "root-admin")
    for variable in ("LOGNAME", "USER", "LNAME", "USERNAME"):
        monkeypatch.setenv(variable, "robin")
    monkeypatch.chdir(tmp_path)
    (tmp_path / "car.yaml").write_text(MAP, encoding="utf-8")
    bot.context.settings.cache_clear()
    bot.context.core.cache_clear()
    runner = CliRunner()

    def call(*args: str) -> tuple[int, str, str]:
        result = runner.invoke(app, list(args))
        return result.exit_code, result.stdout, result.stderr

    assert call("ingest", "car.yaml")[0] == 0
    yield call
    bot.context.core.cache_clear()
    bot.context.settings.cache_clear()


def test_log_feedback_redacts_confirms_and_lists_with_the_os_user_as_author(journey):
    code, out, _ = journey("log", "feedback", "--where", "claim form", "--text",
                           "Nobody answered at 0161 496 0000, wrote to sam@example.org too", "--score", "1",
                           "--segment", "Young drivers", "--source", "call")
    assert code == 0, out
    assert "Logged feedback feedback:1 at Claim form (Claim · Car insurance)" in out
    assert "Redacted 1 e-mail address and 1 phone number before storing it." in out
    assert "sam@example.org" not in out and "496 0000" not in out
    code, out, _ = journey("log", "list", "--json")
    [item] = json.loads(out)
    assert (item["id"], item["author"], item["kind"]) == ("feedback:1", "robin", "feedback")
    assert item["text"] == "Nobody answered at [phone], wrote to [email] too"
    code, out, _ = journey("status", "--json")
    assert json.loads(out)["feedback"] == 1


@pytest.mark.parametrize(("args", "message"), [
    (["--where", "claim", "--text", "ok", "--score", "9", "--score-type", "csat"], "CSAT is a whole number from 1"),
    (["--where", "teleport", "--text", "ok"], "no stage or touchpoint matches “teleport”; the closest are"),
    (["--where", "claim", "--text", "   "], "the verbatim is missing"),
    (["--where", "claim", "--text", "ok", "--customer", "+44 161 496 0000"], "never contact details"),
])
def test_bad_feedback_fails_in_one_line_and_stores_nothing(journey, args, message):
    code, out, err = journey("log", "feedback", *args)
    assert code == 1
    assert message in err and "Traceback" not in err + out
    assert len(err.strip().splitlines()) <= 3  # one line, soft-wrapped by the terminal width at most
    assert json.loads(journey("status", "--json")[1])["feedback"] == 0


def test_log_touchpoint_then_remove_needs_the_author_or_an_admin(journey):
    code, out, _ = journey("log", "touchpoint", "--stage", "claim", "--name", "Repair booking", "--channel", "phone",
                           "--emotion", "-2", "--pain", "Garage far away", "--pain", "No evening slots")
    assert code == 0, out
    assert "Logged touchpoint touchpoint:car-insurance/claim/repair-booking" in out
    assert json.loads(journey("status", "--json")[1])["touchpoints"] == 3
    code, _, err = journey("log", "remove", "touchpoint:car-insurance/claim/repair-booking", "--author", "alex")
    assert code == 1 and "only the item's author (robin) or an admin" in err
    code, out, _ = journey("log", "remove", "touchpoint:car-insurance/claim/repair-booking", "--author",
                           "root-admin")
    assert code == 0 and "Removed touchpoint" in out
    assert json.loads(journey("status", "--json")[1])["touchpoints"] == 2
    code, out, _ = journey("log", "list")
    assert out.strip() == "nothing logged yet"
