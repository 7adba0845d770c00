"""`journey stage NAME` and `journey kpi METRIC`: the stage card and the metric overview in the terminal,
twins of `/journey stage` and `/journey kpi` in Slack (same read models, journeys/cards.py)."""

from __future__ import annotations

from typing import Annotated

import typer

from bot.context import console, core, user_errors
from journeys.answers.format import metric_label, number, with_unit

app = typer.Typer()


def _kpi_line(kpi, show_where: bool = True) -> str:  # type: ignore[no-untyped-def]
    where = f" ({kpi.where})" if show_where and kpi.where else ""
    target = f" against {with_unit(kpi.target, kpi.unit)}, {kpi.status}" if kpi.target is not None else ""
    change = ""
    if kpi.change is not None:
        change = " (unchanged)" if abs(kpi.change) < 1e-9 else f" ({'+' if kpi.change > 0 else '-'}" \
                 f"{number(abs(kpi.change))} on the snapshot before)"
    return (f"{metric_label(kpi.metric)}{where}: {with_unit(kpi.value, kpi.unit)}{target}, week of "
            f"{kpi.date.isoformat()}{change}")


@app.command(name="stage")
@user_errors
def stage(name: Annotated[str, typer.Argument(help="The stage's name (typos and `journey/stage` are fine).")]
          ) -> None:
    """A stage's card: its goal, touchpoints (with channel and owner), every pain point, latest KPIs.

    Example: journey stage Onboarding
    """
    card = core().stage_card(name)
    console.print(f"[bold]{card.name}[/bold] · {card.journey}", highlight=False)
    if card.goal:
        console.print(f"Goal: {card.goal}", highlight=False)
    if card.emotion is not None:
        console.print(f"Emotion (from the map, -2 to +2): {card.emotion:+d}", highlight=False)
    console.print(f"\n[bold]Touchpoints ({len(card.touchpoints)})[/bold]")
    for tp in card.touchpoints:
        details = ", ".join(d for d in (tp.channel, f"owned by {tp.owner}" if tp.owner else None,
                                        f"logged by {tp.logged_by}" if tp.logged else None) if d)
        console.print(f"- {tp.name}" + (f" — {details}" if details else ""), highlight=False)
    console.print(f"\n[bold]Pain points ({len(card.pain_points)})[/bold]")
    for pain in card.pain_points:
        console.print(f"- {pain}", highlight=False)
    console.print(f"\n[bold]KPIs ({len(card.kpis)})[/bold]")
    for kpi in card.kpis:
        console.print(f"- {_kpi_line(kpi)}", highlight=False)
    average = f", average score {card.average_score:.1f}" if card.average_score is not None else ""
    console.print(f"\n{card.comments} survey comments{average}.", highlight=False)


@app.command(name="kpi")
@user_errors
def kpi(metric: Annotated[str, typer.Argument(help="The metric's name or slug (typos are fine).")]) -> None:
    """One metric everywhere it is measured: latest value against target and the recent snapshots.

    Example: journey kpi "activation rate"
    """
    overview = core().metric_overview(metric)
    console.print(f"[bold]{metric_label(overview.metric)}[/bold] (`{overview.slug}`)", highlight=False)
    for row in overview.rows:
        place = " / ".join(p for p in (row.journey, row.stage, row.touchpoint) if p) or "overall"
        trend = " → ".join(number(row.values[d]) for d in overview.dates if d in row.values)
        console.print(f"- [bold]{place}[/bold]: {_kpi_line(row.latest, show_where=False)}", highlight=False)
        if trend:
            console.print(f"  {trend}", highlight=False)
    if overview.dates:
        console.print(f"Snapshots from {overview.dates[0].isoformat()} to {overview.dates[-1].isoformat()}, "
                      "oldest first.", highlight=False)
