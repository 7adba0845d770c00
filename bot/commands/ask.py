"""`journey ask`, `journey chat`, `journey eval`, `journey run`."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Annotated

import typer
from rich.markdown import Markdown
from rich.markup import escape
from rich.panel import Panel

from bot.context import console, core, err_console, fail, settings, user_errors

app = typer.Typer()


def render(answer) -> None:  # type: ignore[no-untyped-def]
    """An answer for the terminal: the text, then the numbered sources."""
    console.print(Markdown(answer.answer))
    if answer.sources:
        console.print()
        for source in answer.sources:
            date = f", {source.date}" if source.date else ""
            date += f", logged by {source.author}" if source.author else ""
            text = source.text if len(source.text) <= 110 else source.text[:109] + "…"
            # escaped: redacted text holds "[email]" and "[phone]", which rich would read as markup
            console.print(f"[dim]\\[{source.n}] {escape(f'{source.kind}: {source.title}{date} — {text}')}[/dim]",
                          highlight=False)


def batch_line(line: str, number: int, stage: str | None, k: int | None) -> dict:
    """The one output object for one input line: the answer, or `error` (a blank line, a failure)."""
    from journeys.errors import JourneyError

    question = line.strip()
    if not question:
        return {"line": number, "question": "", "error": "empty line: no question to answer"}
    try:
        return core().answer(question, stage=stage, k=k).to_dict()
    except JourneyError as exc:
        return {"line": number, "question": question, "error": str(exc)}
    except Exception as exc:  # noqa: BLE001 - one bad line must not end the batch or shift the lines after it
        return {"line": number, "question": question, "error": f"unexpected {type(exc).__name__}: {exc}"}


@app.command()
@user_errors
def ask(
    question: Annotated[str | None, typer.Argument(
        help="The question; omit it with --json to read one question a line from stdin.")] = None,
    as_json: Annotated[bool, typer.Option(
        "--json", help="Print the answer as JSON (JSON Lines in batch mode).")] = False,
    stage: Annotated[str | None, typer.Option(help="Focus on this stage.")] = None,
    k: Annotated[int | None, typer.Option("--k", min=1, max=50,
                                          help="The most sources an answer cites (default 8).")] = None,
) -> None:
    """Answer one question from the knowledge base, exactly as the bot would.

    Example: journey ask "What do customers say about account setup?"
    """
    if question is None:
        if not as_json:
            fail("give a QUESTION, or use --json to read questions from standard input, one per line")
        for number, line in enumerate(sys.stdin, start=1):
            print(json.dumps(batch_line(line, number, stage, k), ensure_ascii=False), flush=True)
        return
    answer = core().answer(question, stage=stage, k=k)
    if as_json:
        print(json.dumps(answer.to_dict(), ensure_ascii=False))
    else:
        render(answer)


@app.command()
@user_errors
def chat() -> None:
    """A conversation with the assistant in the terminal (it remembers the stage in focus).

    Example: journey chat
    """
    from journeys.answers.model import Focus

    interactive = sys.stdin.isatty()
    if interactive:
        console.print(Panel.fit("Ask about the customer journey. Follow-ups like [b]and in retention?[/b] keep the "
                                "context. Empty line or Ctrl-D to leave.", title="journey chat"))
    focus: Focus | None = None
    history: list[tuple[str, str]] = []  # the conversation so far, for an LLM's prompt
    while True:
        try:
            line = console.input("[bold cyan]you>[/bold cyan] ") if interactive else sys.stdin.readline()
        except EOFError:
            break
        if not line:
            break
        if not line.strip():
            if interactive:
                break
            continue
        answer = core().answer(line.strip(), focus=focus, history=history)
        focus = answer.focus
        if not answer.abstained:
            history.append((answer.question, answer.answer))
        if not interactive:
            console.print(f"[bold cyan]> {line.strip()}[/bold cyan]", highlight=False)
        render(answer)
        console.print()


@app.command(name="eval")
@user_errors
def evaluate(
    questions: Annotated[list[Path], typer.Argument(help="One or more YAML files of labelled questions.")],
    as_json: Annotated[bool, typer.Option("--json", help="Print the figures as JSON.")] = False,
    show_failures: Annotated[bool, typer.Option("--failures", help="List the questions that missed.")] = False,
) -> None:
    """Score answers against labelled question sets: recall@5, figures, declines (docs/evaluation.md).

    Example: journey eval docs/questions/example.yaml --failures
    """
    from journeys.evaluation import load_questions, run_evaluation

    items = [q for path in questions for q in load_questions(path)]
    report = run_evaluation(core(), items)
    if as_json:
        print(json.dumps(report.to_dict(), indent=2))
        return
    print_report(report, show_failures)


def print_report(report, show_failures: bool = False, title: str | None = None) -> None:  # type: ignore[no-untyped-def]
    """The figures per set (when several) and per kind, as a table."""
    from rich.table import Table

    table = Table(show_edge=False, header_style="bold", title=title)
    columns = ("set / kind", "n", "recall@5", "MRR", "figures", "declined (should)", "declined (answerable)")
    for column in columns:
        table.add_column(column, justify="left" if column == "set / kind" else "right")

    def add(name: str, row: dict) -> None:
        table.add_row(name, str(row["n"]), _pct(row["recall@5"]), _num(row["mrr"]), _pct(row["figures"]),
                      _pct(row["declined_when_should"]), _pct(row["declined_when_answerable"]))

    sets = report.by_set()
    if len(sets) > 1:
        for name, row in sets.items():
            add(f"[{name}]", row)
    for kind, row in report.by_kind().items():
        add(kind, row)
    console.print(table)
    if show_failures:
        for failure in report.failures():
            console.print(f"[yellow]miss[/yellow] {failure}", highlight=False)


def _pct(value: float | None) -> str:
    return "-" if value is None else f"{value:.2f}"


def _num(value: float | None) -> str:
    return "-" if value is None else f"{value:.3f}"


@app.command(name="run")
@user_errors
def run() -> None:
    """Set up and start: ingest the bundled sample into a new store, then chat (or serve with Slack tokens).

    Example: journey run
    """
    state = core().status()
    # Only a store that never held anything gets the sample: one forgotten (`journey forget`) stays forgotten.
    if state.journeys + state.comments + state.kpis == 0 and not core().has_held_knowledge():
        sample = Path(__file__).resolve().parents[2] / "knowledge" / "sample"
        err_console.print(f"The knowledge base is empty: ingesting the bundled sample ({sample}).")
        report = core().ingestor.run([sample])
        if report.failed:
            fail("; ".join(f.error or f.path for f in report.failed))
    if settings().slack_configured:
        from bot.commands.serve import serve

        serve(http=settings().slack_app_token is None, port=3000)
        return
    chat()
