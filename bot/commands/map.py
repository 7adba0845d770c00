"""`journey map`: the journey map as a picture file, or as compact text in the terminal."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer
from rich.table import Table

from bot.context import console, core, fail, user_errors

app = typer.Typer()


@app.command("map")
@user_errors
def map_(
    journey: Annotated[str | None, typer.Argument(help="Journey name or id; default: the one with most touchpoints.")]
    = None,
    week: Annotated[str | None, typer.Option(help="ISO week of the customers' curve, e.g. 2026-W47.")] = None,
    png: Annotated[Path | None, typer.Option(help="Write the picture as PNG to this file.")] = None,
    svg: Annotated[Path | None, typer.Option(help="Write the picture as SVG to this file.")] = None,
) -> None:
    """Draw the journey map: stages, touchpoints, designed emotion against what customers reported.

    Example: journey map Subscription --png map.png
    """
    if png and svg:
        fail("give either --png or --svg, not both")
    view = core().journey_map(journey, week)
    target, fmt = (png, "png") if png else (svg, "svg") if svg else (None, None)
    if target and fmt:
        from journeys.map_picture import render

        try:
            target.write_bytes(render(view, fmt))
        except OSError as exc:
            fail(f"cannot write {target}: {exc.strerror or exc}")
        console.print(f"wrote {target} ({view.name}: {len(view.stages)} stages, "
                      f"{view.touchpoint_count} touchpoints)", highlight=False)
        for note in _notes(view):
            console.print(note, highlight=False)
        return
    _print_text(view)


def _notes(view) -> list[str]:  # type: ignore[no-untyped-def]
    notes = [f"note: {m}" for m in view.missing]
    if view.others:
        notes.append("other journeys: " + ", ".join(view.others))
    return notes


def _emotion(value: float | None) -> str:
    return "–" if value is None else f"{value:+.1f}"


def _print_text(view) -> None:  # type: ignore[no-untyped-def]
    title = f"{view.name}: journey map"
    if view.week_label:
        title += f" (customers: {view.scale_label} in {view.week_label}, scaled onto −2..+2)"
    table = Table(title=title, title_justify="left", show_lines=True, expand=True)
    for column in ("#", "designed", "customers", "pains", "KPIs"):
        table.add_column(column, no_wrap=True)
    table.add_column("stage", ratio=1, min_width=12, overflow="fold")
    table.add_column("touchpoints", ratio=2, overflow="fold")
    for position, stage in enumerate(view.stages, 1):
        customers = "–"
        if stage.lived is not None:
            raw = f"{stage.lived_raw:+.0f}" if view.score_type == "nps" else f"{stage.lived_raw:.1f}"
            customers = f"{stage.lived:+.1f} ({raw}, n={stage.lived_n})"
        kpis = f"✓ {stage.on_target} · ✗ {stage.off_target}" if stage.kpis else "–"
        touchpoints = ", ".join(f"{t.name}{' (new)' if t.logged else ''}" for t in stage.touchpoints) or "–"
        table.add_row(str(position), _emotion(stage.designed), customers, str(stage.pain_points), kpis, stage.name,
                      touchpoints)
    console.print(table)
    for note in _notes(view):
        console.print(note, highlight=False)
