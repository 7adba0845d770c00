"""`journey export FILE` and `journey import FILE`: what people logged, moved between installations."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from bot.context import console, core, user_errors

app = typer.Typer()


def _counts(counts: dict[str, int]) -> str:
    return ", ".join(f"{n} {name.replace('_', ' ')}" for name, n in counts.items())


@app.command("export")
@user_errors
def export(file: Annotated[Path, typer.Argument(help="The file to write (JSON Lines, a header first).")]) -> None:
    """Write everything logged to FILE: feedback, logged touchpoints, answers and votes, subscriptions and the
    summaries already posted.

    The knowledge files are not in it: ingest them again on the other installation.

    Example: journey export backup.jsonl
    """
    counts = core().export_logged(file)
    console.print(f"exported to {file}: {_counts(counts)}", highlight=False, soft_wrap=True)


@app.command("import")
@user_errors
def import_(file: Annotated[Path, typer.Argument(help="A file written by `journey export`.")]) -> None:
    """Add what FILE holds and this installation lacks (importing twice changes nothing), then index it.

    A bad file changes nothing. Ingest the knowledge files first, so logged items find their stages.

    Example: journey import backup.jsonl
    """
    report = core().import_logged(file)
    console.print(f"imported from {file}: {_counts(report.added)} added; {sum(report.present.values())} already "
                  f"here; {report.indexed} index entries written", highlight=False, soft_wrap=True)
    if report.unattached:
        console.print(f"note: {report.unattached} posted summaries belong to channels with no summary subscription "
                      "here; they were left out", highlight=False)
    if report.unplaced:
        console.print(f"note: {report.unplaced} logged items belong to journeys this installation does not hold; "
                      "ingest the journey maps, and they are placed and searchable", highlight=False)
