"""The journey map as a picture: its data, its layout, the PNG itself and `journey map`."""

from __future__ import annotations

import struct
from pathlib import Path

import pytest
from map_kb import STAGES, write_large_kb

from journeys.errors import JourneyError, NotFoundError
from journeys.journey_map import parse_week, scale_onto_emotion
from journeys.map_picture import DPI, MAX_CARDS, WIDTH_IN, draw, layout, render
from tests.conftest import make_core


@pytest.fixture(scope="module")
def large_core(tmp_path_factory, embedder):  # type: ignore[no-untyped-def]
    folder = write_large_kb(tmp_path_factory.mktemp("fibre") / "kb")
    core = make_core(folder.parent / "data", embedder)
    report = core.ingestor.run([folder])
    assert not report.failed, [f.error for f in report.failed]
    yield core
    core.close()


def texts(figure, gid: str) -> list[str]:  # type: ignore[no-untyped-def]
    return [t.get_text().replace("\n", " ") for ax in figure.axes for t in ax.texts if t.get_gid() == gid]


def test_the_map_holds_every_stage_in_order_with_both_curves(large_core) -> None:
    view = large_core.journey_map()
    assert [s.name for s in view.stages] == [name for name, _, _ in STAGES]
    assert [s.designed for s in view.stages] == [emotion for _, emotion, _ in STAGES]
    assert view.week_label == "2026-W46" and view.score_type == "nps"  # the CSAT score of another week is left out
    install = view.stages[2]
    assert (install.lived_raw, install.lived_n) == (-60.0, 5)  # 1 promoter, 4 detractors
    assert install.lived == pytest.approx(scale_onto_emotion("nps", -60.0)) == pytest.approx(-1.2)
    assert view.stages[6].lived is None  # no scores there: a gap in the curve, not a zero
    assert (install.off_target, view.stages[1].on_target) == (1, 1)
    assert view.stages[0].pain_points == 2


def test_the_picture_draws_every_stage_every_card_that_fits_and_counts_the_rest(large_core) -> None:
    view = large_core.journey_map()
    plan = layout(view)
    figure = draw(view)
    assert texts(figure, "stage-name") == [name for name, _, _ in STAGES]
    drawn = texts(figure, "touchpoint-name")
    crowded = plan.columns[2]
    assert len(crowded.cards) == MAX_CARDS - 1 and crowded.hidden == 12 - (MAX_CARDS - 1)
    assert texts(figure, "more") == [f"+{crowded.hidden} more"]
    visible = [t.name for column in plan.columns for t in column.cards]
    assert len(drawn) == len(visible) == 40 - crowded.hidden
    for name, shown in zip(visible, drawn, strict=True):
        assert shown == name or (shown.endswith("…") and name.startswith(shown[:-1].split(" ")[0]))
    lines = {line.get_gid(): line for ax in figure.axes for line in ax.get_lines()}
    assert len(lines["designed"].get_xdata()) == len(lines["lived"].get_xdata()) == len(STAGES)


def test_the_png_is_valid_and_1600_pixels_wide(large_core) -> None:
    view = large_core.journey_map()
    data = render(view, "png")
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    width, height = struct.unpack(">II", data[16:24])
    assert width == int(WIDTH_IN * DPI) == 1600
    assert height == round(layout(view).height * DPI)
    assert render(view, "svg").lstrip().startswith(b"<?xml")


def test_weeks_and_journeys_that_do_not_exist_are_named_with_what_does(large_core) -> None:
    with pytest.raises(NotFoundError, match="2026-W45 to 2026-W46"):
        large_core.journey_map(week="2025-W10")
    with pytest.raises(NotFoundError, match="the journeys are Fibre home"):
        large_core.journey_map("gift cards")
    with pytest.raises(JourneyError, match="YYYY-Www"):
        parse_week("last week")
    assert large_core.journey_map(week="2026-W45").score_type == "csat"  # only a CSAT score that week


def test_a_journey_without_touchpoints_or_scores_still_draws_and_says_what_is_missing(core, tmp_path) -> None:
    (tmp_path / "kb").mkdir()
    (tmp_path / "kb" / "bare.yaml").write_text("name: Bare\nstages:\n  - name: One\n  - name: Two\n  - name: Three\n",
                                               encoding="utf-8")
    assert not core.ingestor.run([tmp_path / "kb"]).failed
    view = core.journey_map()
    assert "no touchpoints are mapped for this journey" in view.missing
    assert any("no scored comments" in m for m in view.missing)
    figure = draw(view)
    assert texts(figure, "stage-name") == ["One", "Two", "Three"]
    assert render(view)[:4] == b"\x89PNG"


def test_journey_map_on_the_command_line(tmp_path: Path, monkeypatch, embedder, large_core) -> None:
    from typer.testing import CliRunner

    import bot.context
    from bot.cli import app

    monkeypatch.setenv("JOURNEY_DATA_DIR", str(large_core.settings.data_dir))
    bot.context.settings.cache_clear()
    bot.context.core.cache_clear()
    try:
        runner = CliRunner()
        out = tmp_path / "map.png"
        result = runner.invoke(app, ["map", "--png", str(out)])
        assert result.exit_code == 0, result.output
        assert out.read_bytes()[:4] == b"\x89PNG" and "Fibre home: 7 stages, 40 touchpoints" in result.stdout
        text = runner.invoke(app, ["map", "fibre home"])
        assert text.exit_code == 0 and "Renewal" in text.stdout and "-1.2 (-60, n=5)" in text.stdout
        bad = runner.invoke(app, ["map", "--week", "2019-W01"])
        assert bad.exit_code == 1 and "its comments run from 2026-W45 to 2026-W46" in bad.stderr
    finally:
        bot.context.core.cache_clear()
        bot.context.settings.cache_clear()
