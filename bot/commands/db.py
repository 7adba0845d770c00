"""`journey db upgrade`: the schema to the newest migration, under the migration lock (journeys/store/db.py)."""

from __future__ import annotations

import typer

from bot.context import console, settings, user_errors

app = typer.Typer(help="The SQL database: migrations.\n\nExample: journey db upgrade", no_args_is_help=True)


@app.command("upgrade")
@user_errors
def upgrade() -> None:
    """Run the database migrations to the newest revision and print the revision before and after.

    Replicas run the same migrations at start-up; a PostgreSQL advisory lock lets one migrate at a time.

    Example: JOURNEY_DATABASE_URL=postgresql+psycopg://journey@db:5432/journey journey db upgrade
    """
    from journeys.store.db import Database
    from retrieval.reconnect import location

    url = settings().resolved_database_url
    db = Database(url)
    try:
        result = db.migrate()
    finally:
        db.dispose()
    console.print(f"database: {location(url)}", highlight=False, soft_wrap=True)
    console.print(f"revision before: {result.before or '(empty database)'}", highlight=False)
    console.print(f"revision after: {result.after}" + ("" if result.changed else " (already up to date)"),
                  highlight=False)
