"""Weekly summaries: the telecom export's week 2018-W10 against an independent computation, JSON, bad input."""

from __future__ import annotations

import csv
import json
import re
from collections import defaultdict
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest

from journeys.summary import parse_week
from journeys.summary.windows import PeriodError
from tests.conftest import TELECOM


def telecom_nps_by_touchpoint(start: date, end: date) -> dict[str, tuple[float, int]]:
    """NPS per SURVEY_SUB_TYPE straight from the CSV: % of 9-10 minus % of 0-6, blank scores left out."""
    scores: dict[str, list[int]] = defaultdict(list)
    with TELECOM.open(encoding="utf-8", errors="replace", newline="") as handle:
        for row in csv.DictReader(handle):
            if not row["NPS_SCORE"].strip():
                continue
            day = datetime.strptime(row["CUSTOMER_RESPONSE_DATE"], "%d/%m/%Y %H:%M").date()
            if start <= day <= end:
                scores[row["SURVEY_SUB_TYPE"]].append(int(float(row["NPS_SCORE"])))
    return {tp: (100 * (sum(s >= 9 for s in v) - sum(s <= 6 for s in v)) / len(v), len(v))
            for tp, v in scores.items()}


def telecom_complaints(start: date, end: date) -> list[str]:
    with TELECOM.open(encoding="utf-8", errors="replace", newline="") as handle:
        return [row["text"].lower() for row in csv.DictReader(handle)
                if row["NPS_SCORE"].strip() and float(row["NPS_SCORE"]) <= 6
                and start <= datetime.strptime(row["CUSTOMER_RESPONSE_DATE"], "%d/%m/%Y %H:%M").date() <= end]


@pytest.fixture
def telecom_cli(telecom_core, monkeypatch: pytest.MonkeyPatch):  # type: ignore[no-untyped-def]
    """`journey ...` in-process against the ingested telecom store."""
    from typer.testing import CliRunner

    import bot.context
    from bot.cli import app

    monkeypatch.setenv("JOURNEY_DATA_DIR", str(telecom_core.settings.data_dir))
    bot.context.settings.cache_clear()
    bot.context.core.cache_clear()
    runner = CliRunner()

    def call(*args: str) -> tuple[int, str, str]:
        result = runner.invoke(app, list(args))
        return result.exit_code, result.stdout, result.stderr

    yield call
    bot.context.core.cache_clear()
    bot.context.settings.cache_clear()


def test_week_10_shows_nps_per_touchpoint_for_the_week_and_the_week_before(telecom_cli) -> None:  # type: ignore[no-untyped-def]
    code, out, err = telecom_cli("summary", "--week", "2018-W10")
    assert code == 0, err
    assert "Week 2018-W10 (2018-03-05 to 2018-03-11)" in out
    now = telecom_nps_by_touchpoint(date(2018, 3, 5), date(2018, 3, 11))
    before = telecom_nps_by_touchpoint(date(2018, 2, 26), date(2018, 3, 4))
    assert len(now) >= 3
    for touchpoint, (value, n) in now.items():
        line = next((line for line in out.splitlines() if f"NPS at {touchpoint}:" in line), None)
        assert line is not None, f"no NPS line for {touchpoint}:\n{out}"
        assert f"NPS at {touchpoint}: {value:+.0f} (n={n})" in line
        if touchpoint in before:
            prev, prev_n = before[touchpoint]
            assert f"before {prev:+.0f} (n={prev_n})" in line


def test_week_10_names_the_weeks_complaint_themes_as_phrases(telecom_cli) -> None:  # type: ignore[no-untyped-def]
    code, out, err = telecom_cli("summary", "--week", "2018-W10", "--json")
    assert code == 0, err
    section = json.loads(out)["sections"][0]
    complaints = telecom_complaints(date(2018, 3, 5), date(2018, 3, 11))
    assert section["pain_points"], "no complaint themes"
    for point in section["pain_points"]:
        assert point["total"] == len(complaints)
        words = point["label"].lower().split()
        using = [c for c in complaints if all(re.search(rf"\b{re.escape(w[:4])}", c) for w in words)]
        assert len(using) >= 2 and point["count"] >= 2, point  # the phrase is what complaints that week say
    assert any(" " in p["label"] for p in section["pain_points"]), "at least one theme is a multi-word phrase"
    assert 3 <= len(section["quotes"]) <= 5 and all(q["source"].startswith("Comment on ") for q in section["quotes"])


def test_json_figures_are_reproducible_from_their_counts(telecom_cli) -> None:  # type: ignore[no-untyped-def]
    code, out, _ = telecom_cli("summary", "--week", "2018-W10", "--json")
    data = json.loads(out)
    assert data["window"]["label"] == "2018-W10" and not data["partial"]
    for figure in data["sections"][0]["figures"]:
        if figure["metric"] == "NPS" and figure["n"]:
            c = figure["counts"]
            assert c["promoters"] + c["passives"] + c["detractors"] == figure["n"]
            assert figure["value"] == pytest.approx(100 * (c["promoters"] - c["detractors"]) / figure["n"])


def test_without_a_week_it_covers_the_latest_week_with_data_and_says_it_is_partial(telecom_cli) -> None:  # type: ignore[no-untyped-def]
    code, out, _ = telecom_cli("summary")
    assert code == 0
    assert "Week 2018-W25" in out and "partial: the data stops on 2018-06-20" in out


def test_a_week_without_data_says_so_plainly(telecom_cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    code, out, _ = telecom_cli("summary", "--week", "2019-W10", "--chart", str(tmp_path / "c.png"))
    assert "No data for 2019-W10" in out + _ or "no metric has two periods" in _


def test_bad_input_gets_one_line(telecom_cli) -> None:  # type: ignore[no-untyped-def]
    code, _, err = telecom_cli("summary", "--week", "2018-W99")
    assert code == 1 and "is not an ISO week; write it as YYYY-Www, e.g. 2018-W10" in err
    code, _, err = telecom_cli("summary", "--post")
    assert code == 1 and "--post needs --channel" in err
    code, _, err = telecom_cli("summary", "--journey", "nowhere")
    assert code == 1 and "no journey map is loaded" in err and "Traceback" not in err


def test_the_chart_is_a_png(telecom_cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "chart.png"
    code, out, err = telecom_cli("summary", "--week", "2018-W10", "--chart", str(path))
    assert code == 0, err
    assert path.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and f"chart written to {path}" in out


@pytest.mark.parametrize("text", ["2018-W10", "2018W10", "2018-w10"])
def test_iso_weeks_parse(text: str) -> None:
    window = parse_week(text)
    assert (window.start, window.end, window.label) == (date(2018, 3, 5), date(2018, 3, 11), "2018-W10")
    assert window.previous_start == date(2018, 2, 26) and window.trailing_start == window.start - timedelta(28)


@pytest.mark.parametrize("text", ["2018-10", "W10", "2018-W54", "last week"])
def test_bad_weeks_are_named(text: str) -> None:
    with pytest.raises(PeriodError, match="write it as YYYY-Www"):
        parse_week(text)
