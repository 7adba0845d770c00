"""`journey ingest`, `journey status`, `journey reindex`."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated

import typer
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from bot.context import console, core, err_console, fail, user_errors

app = typer.Typer()


class RichProgress:
    """Shows files and indexing as two bars on stderr."""

    def __init__(self, progress: Progress) -> None:
        self.progress = progress
        self.files = progress.add_task("files", total=None)
        self.index = None

    def file_started(self, path: str, done: int, total: int) -> None:
        self.progress.update(self.files, total=total, completed=done, description=f"reading {Path(path).name}")

    def index_started(self, total: int) -> None:
        self.progress.update(self.files, completed=self.progress.tasks[self.files].total or 0,
                             description="files read")
        self.index = self.progress.add_task("indexing", total=total)

    def index_advanced(self, n: int) -> None:
        if self.index is not None:
            self.progress.advance(self.index, n)


def _progress() -> Progress:
    return Progress(TextColumn("{task.description:<32}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
                    console=err_console, transient=True)


@app.command()
@user_errors
def ingest(
    paths: Annotated[list[Path], typer.Argument(help="Files or folders (searched recursively).")],
    kind: Annotated[str | None, typer.Option(help="Force the kind of every file: map, comments or kpis.")] = None,
    map_: Annotated[list[str] | None, typer.Option(
        "--map", help="CANONICAL=SOURCE column mapping; repeatable.")] = None,
    date_format: Annotated[str | None, typer.Option(help="strptime layout of the date column, e.g. %d/%m/%Y.")] = None,
    ignore: Annotated[list[str] | None, typer.Option(help="A source column to leave out entirely; repeatable.")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print the report as JSON.")] = False,
) -> None:
    """Load journey maps, survey comments and KPI snapshots, then index them.

    Example: journey ingest docs/examples
    """
    from knowledge.columns import MappingOptions, parse_map_flags
    from knowledge.loader import normalise_kind

    try:
        options = MappingOptions(columns=parse_map_flags(map_ or []), date_format=date_format,
                                 ignore=tuple(ignore or ()))
        forced = normalise_kind(kind)
    except ValueError as exc:
        fail(str(exc))
    with _progress() as progress:
        report = core().ingestor.run(paths, forced, options, RichProgress(progress))
    redacted: dict[str, int] = {}
    for f in report.files:
        for name, n in f.redacted.items():
            redacted[name] = redacted.get(name, 0) + n
    if as_json:
        console.print_json(json.dumps({"files": [f.__dict__ for f in report.files], "seconds": report.seconds,
                                       "index": report.index.__dict__, "redacted": redacted}))
    else:
        _print_report(report)
        if redacted:
            console.print(f"personal data redacted before storing: {_kinds(redacted)}", highlight=False)
    if report.failed:
        raise typer.Exit(1)


def _print_report(report) -> None:  # type: ignore[no-untyped-def]
    for f in report.files:
        if f.status == "rejected":
            continue
        console.print(f"[bold]{f.path}[/bold] ({f.kind}): {f.status}: {f.stored} stored, {f.unchanged} unchanged, "
                      f"{f.replaced} replaced, {f.removed} removed, {f.duplicates} duplicate"
                      + (f", {f.shared} already stored from another file" if f.shared else "")
                      + (f"; redacted {_kinds(f.redacted)}" if f.redacted else ""), highlight=False,
                      soft_wrap=True)
    for f in report.files:
        for warning in f.warnings:
            console.print(f"[yellow]note:[/yellow] {Path(f.path).name}: {warning}", highlight=False)
        if f.unknown:
            names = ", ".join(f.unknown[:12]) + (f" and {len(f.unknown) - 12} more" if len(f.unknown) > 12 else "")
            console.print(f"[yellow]not in any map[/yellow] ({Path(f.path).name}): {names}", highlight=False)
    for f in report.failed:
        err_console.print(f"[red]rejected:[/red] {f.error}", highlight=False, soft_wrap=True)
    ok = len(report.files) - len(report.failed)
    index = report.index
    console.print(
        f"{len(report.files)} files ({ok} ingested, {len(report.failed)} rejected): "
        f"{report.total('stored')} stored, {report.total('unchanged')} unchanged, {report.total('replaced')} replaced, "
        f"{report.total('removed')} removed, {report.total('duplicates') + report.total('shared')} duplicate rows; "
        f"index: {index.embedded} embedded, {index.metadata_updated} updated, {index.deleted} deleted "
        f"in {report.seconds:.1f}s",
        highlight=False,
    )


@app.command()
@user_errors
def status(as_json: Annotated[bool, typer.Option("--json", help="Print one JSON object.")] = False) -> None:
    """What the knowledge base holds.

    Example: journey status
    """
    state = core().status()
    if as_json:
        print(json.dumps(state.to_dict()))
        return
    table = Table(show_header=False, show_edge=False)
    rows = [
        ("journeys", f"{state.journeys}" + (f" ({', '.join(state.journey_names)})" if state.journey_names else "")),
        ("stages", state.stages), ("touchpoints", f"{state.touchpoints} ({state.logged_touchpoints} logged)"),
        ("comments", f"{state.comments}" + (f" ({state.comments_from} to {state.comments_to})"
                                            if state.comments_from else "")),
        ("KPI rows", f"{state.kpis} ({state.metrics} metrics)"), ("feedback", state.feedback),
        ("votes", state.votes), ("subscriptions", state.subscriptions), ("indexed", state.indexed),
        ("files", state.sources), ("database", state.database),
    ]
    for name, value in rows:
        table.add_row(name, str(value))
    console.print(table)


@app.command()
@user_errors
def reindex() -> None:
    """Rebuild the vector and keyword indexes from the database.

    Example: journey reindex
    """
    with _progress() as progress:
        tracker = RichProgress(progress)
        report = core().reindex(tracker)
    console.print(f"indexed {report.embedded} items")


def _kinds(counts: dict[str, int]) -> str:
    return ", ".join(f"{n} {kind}" for kind, n in sorted(counts.items()))


@app.command()
@user_errors
def sources(as_json: Annotated[bool, typer.Option("--json", help="Print one JSON list.")] = False) -> None:
    """What was ingested: each file's path, kind, rows and when.

    Example: journey sources
    """
    found = core().sources()
    if as_json:
        print(json.dumps([s.to_dict() for s in found]))
        return
    if not found:
        console.print("Nothing ingested yet: `journey ingest PATH`.")
        return
    table = Table(show_edge=False, header_style="bold")
    for column in ("path", "kind", "rows", "duplicates", "ingested"):
        table.add_column(column, justify="right" if column in ("rows", "duplicates") else "left")
    for s in found:
        table.add_row(s.path + ("" if s.exists else " (file gone)"), s.kind, str(s.rows), str(s.shared),
                      s.ingested_at)
    console.print(table)


@app.command()
@user_errors
def forget(paths: Annotated[list[str], typer.Argument(help="Files or folders that were ingested (recursive).")]
           ) -> None:
    """Remove what these files gave: their rows and index entries (e.g. `journey forget knowledge/sample`).

    Example: journey forget knowledge/sample
    """
    report = core().forget(paths)
    console.print(f"forgot {len(report.sources)} files: {report.rows} rows removed, "
                  f"{report.index_deleted} index entries deleted"
                  + (f"; {len(report.reingested)} files that shared rows now store them" if report.reingested else ""),
                  highlight=False)
