"""Block Kit for logging: the feedback, touchpoint and place modals, confirmations, and `/journey mine`.

Every input's block_id is the field's name in journeys/logbook_input.py, so a field error from the core
lands on the field at fault (`response_action: errors`).
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

from bot.slack.blocks import MAX_BLOCKS, Block, context, fit, person, plain, section, short_quote
from bot.slack.mrkdwn import escape
from journeys.logbook_input import SCALES, SOURCES

FEEDBACK_MODAL, TOUCHPOINT_MODAL, PLACE_MODAL = "logbook_feedback", "logbook_touchpoint", "logbook_place"
STAGE_PICKER, TOUCHPOINT_PICKER = "logbook_stage", "logbook_touchpoint_pick"
REMOVE, MOVE = "logbook_remove", "logbook_move"
SHORTCUT = "log_as_feedback"
STATIC_LIMIT = 100  # Slack's most options in a static select; past it the picker searches (external select)
EMOTIONS = {"-2": "😠 -2 angry", "-1": "🙁 -1 unhappy", "0": "😐 0 neutral", "+1": "🙂 +1 pleased",
            "+2": "😄 +2 delighted"}


def _text(value: str, limit: int = 75) -> dict[str, Any]:
    return {"type": "plain_text", "text": value if len(value) <= limit else value[: limit - 1] + "…"}


def option(value: str, label: str) -> dict[str, Any]:
    return {"text": _text(label), "value": value[:150]}


def _input(block_id: str, label: str, element: dict[str, Any], optional: bool = False,
           hint: str | None = None) -> Block:
    block: Block = {"type": "input", "block_id": block_id, "label": _text(label, 2000), "optional": optional,
                    "element": element}
    if hint:
        block["hint"] = _text(hint, 2000)
    return block


def text_input(action_id: str = "value", *, multiline: bool = False, initial: str | None = None,
               placeholder: str | None = None, max_length: int = 3000) -> dict[str, Any]:
    element: dict[str, Any] = {"type": "plain_text_input", "action_id": action_id, "multiline": multiline,
                               "max_length": max_length}
    if initial:
        element["initial_value"] = initial[:max_length]
    if placeholder:
        element["placeholder"] = _text(placeholder, 150)
    return element


def static_select(action_id: str, options: Sequence[tuple[str, str]], initial: str | None = None,
                  placeholder: str = "Choose…") -> dict[str, Any]:
    element: dict[str, Any] = {"type": "static_select", "action_id": action_id, "placeholder": _text(placeholder),
                               "options": [option(v, label) for v, label in options]}
    chosen = [option(v, label) for v, label in options if v == initial]
    if chosen:
        element["initial_option"] = chosen[0]
    return element


def picker(action_id: str, choices: Sequence[tuple[str, str]], total: int, placeholder: str) -> dict[str, Any]:
    """A static select of every choice, or a searchable external select once there are more than 100."""
    if total <= STATIC_LIMIT:
        return static_select(action_id, choices, placeholder=placeholder)
    return {"type": "external_select", "action_id": action_id, "min_query_length": 0,
            "placeholder": _text(placeholder + " (type to search)")}


def feedback_modal(stages: Sequence[tuple[str, str]], stage_total: int, touchpoints: Sequence[tuple[str, str]],
                   touchpoint_total: int, metadata: dict[str, str], verbatim: str | None = None) -> dict[str, Any]:
    score_types = [(kind, f"{kind.upper()} {low}–{high}") for kind, (low, high) in SCALES.items()]
    blocks: list[Block] = [
        _input("stage", "Stage", picker(STAGE_PICKER, stages, stage_total, "Pick a stage"), optional=True,
               hint="A stage, a touchpoint, or both (the touchpoint decides the stage)."),
        _input("touchpoint", "Touchpoint", picker(TOUCHPOINT_PICKER, touchpoints, touchpoint_total,
                                                  "Pick a touchpoint"), optional=True),
        _input("text", "Verbatim", text_input(multiline=True, initial=verbatim,
                                              placeholder="What the customer said, in their words")),
        _input("score", "Score", {"type": "number_input", "action_id": "value", "is_decimal_allowed": False},
               optional=True),
        _input("score_type", "Score type", static_select("value", score_types, initial="nps"), optional=True),
        _input("source", "Source", static_select("value", [(s, s.capitalize()) for s in SOURCES],
                                                 placeholder="Where it came from"), optional=True),
        _input("segment", "Segment", text_input(max_length=200, placeholder="e.g. new customers"), optional=True),
        _input("customer_ref", "Customer reference", text_input(max_length=200, placeholder="an account or case id"),
               optional=True, hint="Never contact details: no e-mail address, phone, card or IBAN."),
    ]
    return {"type": "modal", "callback_id": FEEDBACK_MODAL, "private_metadata": json.dumps(metadata),
            "title": _text("Log customer feedback", 24), "submit": _text("Log it"), "close": _text("Cancel"),
            "blocks": blocks}


def touchpoint_modal(stages: Sequence[tuple[str, str]], stage_total: int, metadata: dict[str, str]) -> dict[str, Any]:
    blocks: list[Block] = [
        context("Adds a touchpoint to a stage, or updates one logged before under the same name."),
        _input("name", "Name", text_input(max_length=150)),
        _input("stage", "Stage", picker(STAGE_PICKER, stages, stage_total, "Pick a stage")),
        _input("channel", "Channel", text_input(max_length=100, placeholder="e.g. web, app, phone, store"),
               optional=True),
        _input("owner", "Owner", text_input(max_length=300, placeholder="the team that runs it"), optional=True),
        _input("description", "Description", text_input(multiline=True), optional=True),
        _input("emotion", "Emotion", static_select("value", list(EMOTIONS.items()), placeholder="How customers feel"),
               optional=True),
        _input("pain_points", "Pain points", text_input(multiline=True, placeholder="one a line"), optional=True),
        _input("opportunities", "Opportunities", text_input(multiline=True, placeholder="one a line"), optional=True),
    ]
    return {"type": "modal", "callback_id": TOUCHPOINT_MODAL, "private_metadata": json.dumps(metadata),
            "title": _text("Log a touchpoint", 24), "submit": _text("Save"), "close": _text("Cancel"),
            "blocks": blocks}


def place_modal(stages: Sequence[tuple[str, str]], stage_total: int, touchpoints: Sequence[tuple[str, str]],
                touchpoint_total: int, metadata: dict[str, str]) -> dict[str, Any]:
    blocks: list[Block] = [
        section("Where does this feedback belong? Pick a stage, a touchpoint, or both."),
        _input("stage", "Stage", picker(STAGE_PICKER, stages, stage_total, "Pick a stage"), optional=True),
        _input("touchpoint", "Touchpoint", picker(TOUCHPOINT_PICKER, touchpoints, touchpoint_total,
                                                  "Pick a touchpoint"), optional=True),
    ]
    return {"type": "modal", "callback_id": PLACE_MODAL, "private_metadata": json.dumps(metadata),
            "title": _text("Change the place", 24), "submit": _text("Move it"), "close": _text("Cancel"),
            "blocks": blocks}


def values(view: dict[str, Any]) -> dict[str, str | None]:
    """block_id -> the submitted value (text, number or selected option's value)."""
    out: dict[str, str | None] = {}
    for block_id, actions in ((view.get("state") or {}).get("values") or {}).items():
        for element in actions.values():
            selected = element.get("selected_option")
            out[block_id] = selected.get("value") if selected else element.get("value")
    return out


def _author(author: str | None) -> str:
    return person(author) if author else "someone"


def item_line(item: Any) -> str:
    what = short_quote(item.text) if item.kind == "feedback" else f"*{escape(item.text)}*"
    kind = "Feedback" if item.kind == "feedback" else "Touchpoint"
    link = f" · <{item.permalink}|message>" if item.permalink else ""
    return f"{kind} {what} at {escape(item.place)} · {item.at:%Y-%m-%d} · {_author(item.author)}{link}"


def confirmation(item: Any) -> dict[str, Any]:
    """The ephemeral reply to a one-liner: what was stored where (redacted), and buttons to change it."""
    verb = "Logged" if item.created else ("Updated" if item.kind == "touchpoint" else "Already logged")
    head = f"✅ {verb} {item_line(item)}"
    blocks: list[Block] = [section(head)]
    if item.redaction_note:
        blocks.append(context(f"🔒 {item.redaction_note}"))
    buttons = []
    if item.kind == "feedback":
        buttons.append({"type": "button", "action_id": MOVE, "value": item.ref, "text": _text("Change place")})
    buttons.append({"type": "button", "action_id": REMOVE, "value": item.id, "text": _text("Remove")})
    blocks.append({"type": "actions", "block_id": "logged", "elements": buttons})
    return {"text": plain(head), "blocks": blocks}


def confirmation_view(item: Any, title: str = "Logged") -> dict[str, Any]:
    """What a modal turns into once its submission is stored."""
    message = confirmation(item)
    return {"type": "modal", "title": _text(title, 24), "close": _text("Done"),
            "blocks": [b for b in message["blocks"] if b["type"] != "actions"]}


def said(text: str) -> dict[str, Any]:
    """A one-line message whose text is mrkdwn already (escaped where it quotes people)."""
    return {"text": plain(text), "blocks": [section(text)]}


def mine_message(items: Sequence[Any]) -> dict[str, Any]:
    if not items:
        return {"text": "You have not logged anything yet.",
                "blocks": [section("You have not logged anything yet. Try `/journey feedback` or `/journey log`.")]}
    blocks: list[Block] = [section(f"*Your {len(items)} most recent logged items*")]
    for item in items:
        blocks.append({**section(item_line(item)), "accessory": {
            "type": "button", "action_id": REMOVE, "value": item.id, "style": "danger", "text": _text("Remove"),
            "confirm": {"title": _text("Remove it?"), "text": _text("It leaves the knowledge base at once.", 300),
                        "confirm": _text("Remove"), "deny": _text("Keep")}}})
    return {"text": f"Your {len(items)} most recent logged items", "blocks": fit(blocks, limit=MAX_BLOCKS)}
