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
    host: Annotated[str, typer.Option(help="The address to bind in HTTP mode (0.0.0.0: every interface).")]
    = "0.0.0.0",
) -> None:
    """Run the Slack bot until interrupted; it logs to stderr and DATA_DIR/journey-serve.log.

    Example: journey serve --http --port 3000
    """
    from bot.logs import setup_logging
    from bot.slack.server import check_settings
    from bot.slack.server import serve as run

    check_settings(settings(), http)  # before loading the core, so a missing token fails at once
    core()  # an unreachable database or Chroma server stops start-up here, with one line (journeys/services.py)
    if settings().llm != "extractive":
        core().answerer  # noqa: B018 - a broken prompt file or a missing provider package stops start-up here
    path = setup_logging(settings().data_dir, log_format=settings().log_format)
    logging.getLogger("journey.slack").info("logging to %s", path)
    run(settings(), core(), http=http, port=port, host=host)
