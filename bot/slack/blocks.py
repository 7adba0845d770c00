"""Block Kit for answers: the text as a `markdown` block, a compact numbered source list, and Slack's native
feedback buttons (👍/👎)."""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from typing import Any

from bot.slack.markdown import markdown_block
from bot.slack.mrkdwn import SECTION_LIMIT, escape, split_text, to_plain
from journeys.answers.model import Answer, Source

MAX_BLOCKS = 50  # per message
MAX_VIEW_BLOCKS = 100  # per modal or App Home view
TEXT_FALLBACK = 3000  # the notification text; Slack allows more but nobody reads it
VOTE_UP, VOTE_DOWN, VOTE_REASON = "vote_up", "vote_down", "vote_reason"  # the buttons of answers posted before
VOTE = "vote"  # the feedback_buttons element; its values are "up:<answer id>" and "down:<answer id>"
KINDS = {"kpi": "KPI", "comment": "Comment", "feedback": "Feedback", "touchpoint": "Touchpoint",
         "stage": "Stage", "journey": "Journey"}

Block = dict[str, Any]


def section(text: str) -> Block:
    return {"type": "section", "text": {"type": "mrkdwn", "text": text}}


def sections(text: str) -> list[Block]:
    return [section(piece) for piece in split_text(text, SECTION_LIMIT)]


def context(text: str) -> Block:
    return {"type": "context", "elements": [{"type": "mrkdwn", "text": text[:SECTION_LIMIT]}]}


def header(text: str) -> Block:
    return {"type": "header", "text": {"type": "plain_text", "text": text[:150], "emoji": True}}


def fit(blocks: list[Block], tail: Sequence[Block] = (), limit: int = MAX_BLOCKS) -> list[Block]:
    """`blocks` then `tail`, dropping blocks from the end of `blocks` (with a note) to stay under `limit`."""
    room = limit - len(tail)
    if len(blocks) > room:
        blocks = blocks[: room - 1] + [context("_(shortened to fit in one Slack message)_")]
    return blocks + list(tail)


def plain(text: str, limit: int = TEXT_FALLBACK) -> str:
    """The `text` fallback of a message: Markdown as plain words, `&`, `<` and `>` escaped, at most `limit`."""
    text = text if len(text) <= limit else text[: limit - 1] + "…"
    return to_plain(text)


def short_quote(text: str, limit: int = 90) -> str:
    text = " ".join(text.split())
    if len(text) > limit:
        text = text[:limit].rsplit(" ", 1)[0] + "…"
    return f"“{escape(text)}”"


def source_line(source: Source) -> str:
    parts = [f"*[{source.n}]* {KINDS.get(source.kind, source.kind.title())}", escape(source.title)]
    if source.date:
        parts.append(source.date[:10])
    if getattr(source, "author", None):
        parts.append(f"logged by {person(source.author)}")
    line = " · ".join(parts)
    if source.kind in ("comment", "feedback") and source.text:
        line += f" — _{short_quote(source.text)}_"
    return line


def person(author: str) -> str:
    """A Slack user id as a mention; a name (logged from the CLI) as text."""
    return f"<@{author}>" if re.fullmatch(r"[UW][A-Z0-9]{2,}", author) else escape(author)


def source_blocks(sources: Sequence[Source]) -> list[Block]:
    if not sources:
        return []
    lines = [source_line(s) for s in sources]
    return [context(piece) for piece in split_text("*Sources*\n" + "\n".join(lines), SECTION_LIMIT)]


def feedback_buttons(answer_id: str) -> Block:
    """Slack's native 👍/👎 (a feedback_buttons element in a context_actions block)."""
    return {"type": "context_actions", "block_id": f"votes-{answer_id[:12]}", "elements": [
        {"type": "feedback_buttons", "action_id": VOTE,
         "positive_button": {"text": {"type": "plain_text", "text": "👍"}, "value": f"up:{answer_id}",
                             "accessibility_label": "This answer was helpful"},
         "negative_button": {"text": {"type": "plain_text", "text": "👎"}, "value": f"down:{answer_id}",
                             "accessibility_label": "This answer was not helpful"}},
    ]}


def vote_of(action: dict) -> tuple[str, int]:
    """(answer id, +1 or -1) from a click on the feedback buttons, or on the buttons of older answers."""
    if action.get("action_id") == VOTE:
        direction, _, answer_id = str(action.get("value", "")).partition(":")
        return answer_id, 1 if direction == "up" else -1
    return action["value"], 1 if action.get("action_id") == VOTE_UP else -1


def answer_tail(answer: Answer, answer_id: str | None) -> list[Block]:
    """What ends every answer, posted or streamed: the sources it cites, then the feedback buttons."""
    tail = source_blocks(answer.sources)[:3]
    if answer_id:
        tail.append(feedback_buttons(answer_id))
    return tail


def answer_message(answer: Answer, answer_id: str | None, asked_by: str | None = None) -> dict[str, Any]:
    """`text` (notification fallback) and `blocks` for one answer: the body as one markdown block."""
    body: list[Block] = []
    if asked_by:
        body.append(context(f"<@{asked_by}> asked: {escape(answer.question)}"))
    body.append(markdown_block(answer.answer))
    if answer.abstained:
        body.append(context("Tip: name a stage, touchpoint or metric from your journey maps; "
                            "`/journey help` shows examples."))
    return {"text": plain(answer.answer), "blocks": fit(body, answer_tail(answer, answer_id))}


def usage_text(problem: str | None = None) -> str:
    """The `/journey` help; `problem` (one sentence) goes first when the command was not understood."""
    lines = [problem, ""] if problem else []
    lines += [
        "*`/journey` answers questions about the customer journey*",
        "• `/journey ask QUESTION` – answers, as a mention would "
        "(e.g. `/journey ask Where do customers struggle most?`)",
        "• `/journey stage NAME` – the stage card: touchpoints, pain points, KPIs against target "
        "(e.g. `/journey stage Decision`)",
        "• `/journey kpi METRIC` – the metric across stages and weeks (e.g. `/journey kpi nps`)",
        "• `/journey map [JOURNEY]` – the journey map as a picture, here (e.g. `/journey map`)",
        "• `/journey feedback` – log customer feedback in a form; `/journey feedback PLACE: TEXT` in one line",
        "• `/journey log` – add a touchpoint to a stage (or update one you logged)",
        "• `/journey mine` – your recent logged items, each with a remove button; `/journey undo` removes the last",
        "• `/journey summary [YYYY-Www]` – the weekly journey summary, here (e.g. `/journey summary 2018-W10`)",
        "• `/journey subscribe [weekly|daily] [WEEKDAY] [HH:MM] [TZ] [journey or stage]` – scheduled summaries "
        "for this channel (e.g. `/journey subscribe weekly monday 09:00 Europe/London`)",
        "• `/journey subscribe alerts` – alerts here as they happen (a target crossed, a big change, a trending "
        "topic)",
        "• `/journey unsubscribe [alerts]` / `/journey subscriptions` – stop them / list them with their next run",
        "• `/journey help` – this help",
        "You can also @mention me in a channel (I answer in the thread), message me directly, "
        "or open me in the assistant panel.",
    ]
    return "\n".join(lines)


def notice(text: str) -> dict[str, Any]:
    """A one-sentence message (errors, confirmations) as text plus a single section."""
    return {"text": plain(text), "blocks": [section(escape(text))]}


def vote_reason_modal(metadata: dict[str, str]) -> dict[str, Any]:
    return {
        "type": "modal", "callback_id": VOTE_REASON,
        "private_metadata": json.dumps(metadata),
        "title": {"type": "plain_text", "text": "Thanks for the vote"},
        "submit": {"type": "plain_text", "text": "Send"},
        "close": {"type": "plain_text", "text": "Skip"},
        "blocks": [
            section("Your 👎 is recorded. What was wrong with the answer? (optional)"),
            {"type": "input", "block_id": "reason", "optional": True,
             "label": {"type": "plain_text", "text": "What was wrong?"},
             "element": {"type": "plain_text_input", "action_id": "text", "multiline": True,
                         "max_length": 2000,
                         "placeholder": {"type": "plain_text", "text": "e.g. wrong stage, outdated number"}}},
        ],
    }
