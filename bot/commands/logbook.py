"""`journey log feedback|touchpoint|list|remove`: the CLI twins of logging from Slack (same rules, same core)."""

from __future__ import annotations

import getpass
import json
from typing import Annotated

import typer

from bot.context import console, core, user_errors

app = typer.Typer(help="Log feedback and touchpoints, list them, remove them.\n\n"
                  "Example: journey log list --mine", no_args_is_help=True)

Author = Annotated[str | None, typer.Option(help="Who logs it (default: your OS user name).")]


def _author(author: str | None) -> str:
    return author or getpass.getuser()


def _confirm(item) -> None:  # type: ignore[no-untyped-def]
    verb = "Logged" if item.created else ("Updated" if item.kind == "touchpoint" else "Already logged")
    console.print(f"{verb} {item.kind} {item.id} at {item.place}: {item.text}", markup=False, highlight=False,
                  soft_wrap=True)
    if item.redaction_note:
        console.print(item.redaction_note, markup=False)


@app.command("feedback")
@user_errors
def feedback(
    where: Annotated[str, typer.Option(help="The stage or touchpoint (matched fuzzily).")],
    text: Annotated[str, typer.Option(help="What the customer said.")],
    score: Annotated[float | None, typer.Option(help="The customer's score.")] = None,
    score_type: Annotated[str, typer.Option(help="nps (0-10), csat (1-5) or ces (1-7).")] = "nps",
    segment: Annotated[str | None, typer.Option(help="The customer's segment.")] = None,
    customer: Annotated[str | None, typer.Option(help="An account or case id (never contact details).")] = None,
    source: Annotated[str | None, typer.Option(help="call, chat, email, social or in person.")] = None,
    author: Author = None,
) -> None:
    """Log customer feedback at a stage or touchpoint; it is searchable at once.

    Example: journey log feedback --where "Account setup" --text "The code expired before it arrived." --score 3
    """
    from journeys.logbook_input import FeedbackInput

    _confirm(core().log_feedback(FeedbackInput(
        text=text, where=where, score=score, score_type=score_type if score is not None else None, segment=segment,
        customer_ref=customer, source=source, author=_author(author))))


@app.command("touchpoint")
@user_errors
def touchpoint(
    stage: Annotated[str, typer.Option(help="The stage it belongs to (matched fuzzily).")],
    name: Annotated[str, typer.Option(help="The touchpoint's name; an existing logged one is updated.")],
    channel: Annotated[str | None, typer.Option(help="e.g. web, app, phone, store.")] = None,
    owner: Annotated[str | None, typer.Option(help="The team that runs it.")] = None,
    description: Annotated[str | None, typer.Option(help="What happens there.")] = None,
    emotion: Annotated[int | None, typer.Option(help="How customers feel, -2..+2.")] = None,
    pain: Annotated[list[str] | None, typer.Option(help="A pain point; repeatable.")] = None,
    opportunity: Annotated[list[str] | None, typer.Option(help="An opportunity; repeatable.")] = None,
    author: Author = None,
) -> None:
    """Add a touchpoint to a stage (or update one logged before); a re-ingest of the maps keeps it.

    Example: journey log touchpoint --stage Onboarding --name "Setup call" --channel phone --owner "Customer success"
    """
    from journeys.logbook_input import TouchpointInput

    _confirm(core().log_touchpoint(TouchpointInput(
        name=name, stage=stage, channel=channel, owner=owner, description=description, emotion=emotion,
        pain_points=list(pain or []), opportunities=list(opportunity or []), author=_author(author))))


@app.command("list")
@user_errors
def list_(
    author: Annotated[str | None, typer.Option(help="Only this author's items.")] = None,
    mine: Annotated[bool, typer.Option("--mine", help="Only your own items (your OS user name).")] = False,
    limit: Annotated[int, typer.Option(min=1, max=1000, help="How many, newest first.")] = 20,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False,
) -> None:
    """Logged feedback and touchpoints, newest first.

    Example: journey log list --mine
    """
    items = core().logged_items(_author(None) if mine else author, limit)
    if as_json:
        print(json.dumps([{"id": i.id, "kind": i.kind, "text": i.text, "place": i.place, "author": i.author,
                           "at": i.at.isoformat(timespec="seconds"), "channel": i.channel_id,
                           "permalink": i.permalink} for i in items], ensure_ascii=False))
        return
    if not items:
        console.print("nothing logged yet")
    for i in items:
        console.print(f"{i.id}  {i.at:%Y-%m-%d %H:%M}  {i.author or '?'}  {i.place}: {i.text}", markup=False,
                      highlight=False, soft_wrap=True)


@app.command("remove")
@user_errors
def remove(
    item_id: Annotated[str, typer.Argument(metavar="ID", help="feedback:N or touchpoint:ID (see `journey log list`).")],
    author: Author = None,
) -> None:
    """Remove a logged item: yours, or anyone's if you are in JOURNEY_ADMINS.

    Example: journey log remove feedback:1
    """
    item = core().remove_logged(item_id, _author(author))
    console.print(f"Removed {item.kind} {item.id}: {item.text}", markup=False, highlight=False, soft_wrap=True)
