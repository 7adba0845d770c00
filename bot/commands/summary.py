"""`journey summary`: the weekly journey summary in the terminal, as JSON, as a chart, or posted to Slack."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated

import typer

from bot.context import console, core, fail, settings, user_errors

app = typer.Typer()


@app.command()
@user_errors
def summary(
    week: Annotated[str | None, typer.Option(help="The ISO week, e.g. 2018-W10 (default: the latest with data).")]
    = None,
    journey: Annotated[str | None, typer.Option(help="One journey or stage (default: every journey).")] = None,
    chart: Annotated[Path | None, typer.Option(help="Write the chart (PNG) to this file.")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print the summary as JSON.")] = False,
    post: Annotated[bool, typer.Option("--post", help="Post it to the Slack channel given with --channel.")] = False,
    channel: Annotated[str | None, typer.Option(help="The Slack channel id to post to (with --post).")] = None,
) -> None:
    """The journey's health for one week against the week before and the trailing four weeks.

    Example: journey summary --week 2026-W38 --chart summary.png
    """
    from journeys.summary.text import render

    if post and not channel:
        fail("--post needs --channel C (the channel's id, e.g. C0123456789)")
    if post and not settings().slack_bot_token:
        fail("SLACK_BOT_TOKEN is not set: posting needs the bot token (xoxb-...)")
    result = core().weekly_summary(week, journey)
    if chart is not None:
        from journeys.summary.chart import render_png

        png = render_png(result)
        if png is None:
            fail(f"no metric has two periods to draw up to {result.window.label}, so there is no chart")
        try:
            chart.write_bytes(png)  # type: ignore[arg-type]
        except OSError as exc:
            fail(f"cannot write the chart to {chart}: {exc.strerror}")
    if post:
        _post(result, channel)  # type: ignore[arg-type]
    if as_json:
        print(json.dumps(result.to_dict(), ensure_ascii=False))
    else:
        console.print(render(result), highlight=False, markup=False, soft_wrap=True)
        if chart is not None:
            console.print(f"chart written to {chart}", highlight=False, soft_wrap=True)


def _post(result, channel: str) -> None:  # type: ignore[no-untyped-def]
    from bot.slack.client import make_web_client
    from bot.slack.summary_post import NotInChannel, SummaryPoster

    try:
        ts = SummaryPoster(make_web_client(settings()), core()).post_summary(channel, result)
    except NotInChannel as exc:
        fail(f"the bot is not in channel {channel} ({exc.error}): invite it there with /invite @Journey Assistant")
    err = typer.echo
    err(f"posted the {result.window.label} summary to {channel} (ts {ts})", err=True)
