"""The `journey` command: a thin edge over the core (see INTERFACES.md)."""

from __future__ import annotations

import typer

from bot.commands import ask, backup, cards, knowledge, logbook, serve, summary
from bot.commands import db as db_command
from bot.commands import map as map_command

app = typer.Typer(
    name="journey",
    help="Journey Assistant: answers questions about the customer journey from your knowledge base "
    "(documentation: docs/ in the repository).\n\n"
    "Example: journey ask \"What do customers say about account setup?\"",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
for module in (knowledge, ask, serve, map_command, cards, summary, backup):
    app.registered_commands += module.app.registered_commands
app.add_typer(logbook.app, name="log")
app.add_typer(db_command.app, name="db")


def main() -> None:
    app()


if __name__ == "__main__":
    main()
