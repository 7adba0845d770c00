"""`journey serve`: the Slack bot (Socket Mode when SLACK_APP_TOKEN is set, else HTTP on /slack/events)."""

from __future__ import annotations

import logging
from typing import Annotated

import typer

from bot.context import core, settings, user_errors

app = typer.Typer()


@app.command()
@user_errors
def serve(
    http: Annotated[bool, typer.Option("--http", help="Serve HTTP on /slack/events even if SLACK_APP_TOKEN is set.")]
    = False,
    port: Annotated[int, typer.Option(help="The HTTP port.")] = 3000,
) -> None:
    """Run the Slack bot until interrupted."""
    from bot.slack.server import check_settings
    from bot.slack.server import serve as run

    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    check_settings(settings(), http)  # before loading the core, so a missing token fails at once
    if settings().llm != "extractive":
        core().answerer  # noqa: B018 - a broken prompt file or a missing provider package stops start-up here
    run(settings(), core(), http=http, port=port)
