"""LLM answers into Slack as they are written: chat.startStream / appendStream / stopStream in the question's
thread (slack_sdk's `chat_stream`), each sentence appended only once it has passed the guards.

Where streaming is refused, a placeholder message is updated instead (chat.update, at most about once a
second). An extractive answer (no LLM, an abstention, or the model failing before its first sentence) is
posted at once, as a normal answer.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from typing import Any

from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError

from bot.slack.blocks import answer_message, answer_tail, plain
from bot.slack.failures import log
from bot.slack.markdown import MARKDOWN_LIMIT, markdown_block, safe_markdown
from journeys.answers.model import Answer

UPDATE_EVERY = 1.0  # seconds between chat.update calls on a placeholder
STREAM_BUFFER = 1  # characters slack_sdk buffers before calling the API: here every guarded sentence goes out
Post = Callable[[dict[str, Any]], str | None]  # posts a message in the turn's thread, returns its ts


class StreamTarget:
    """Where one answer goes: the channel, the thread, and who asked (streams in channels need both)."""

    def __init__(self, client: WebClient, channel: str, thread_ts: str | None, user: str | None,
                 team: str | None) -> None:
        self.client, self.channel, self.thread_ts, self.user, self.team = client, channel, thread_ts, user, team


def deliver(target: StreamTarget, written, record: Callable[[Answer], str], post: Post) -> tuple[Answer, str | None]:  # type: ignore[no-untyped-def]
    """Show `written` (a journeys.answers.llm.WrittenAnswer) and return the final answer and its message ts.

    `record` stores the final answer and returns its id (for the feedback buttons).
    """
    record = _once(record)
    pieces = iter(written)
    first = next(pieces, None)
    if first is None:  # the model gave nothing usable: the extractive answer, at once
        answer = written.answer
        return answer, post(answer_message(answer, record(answer)))
    if target.thread_ts is None:  # a DM's top level: Slack streams only into threads
        return _by_updates(target, None, first, pieces, written, record, post)
    stream = target.client.chat_stream(channel=target.channel, thread_ts=target.thread_ts, buffer_size=STREAM_BUFFER,
                                       recipient_user_id=target.user, recipient_team_id=target.team)
    shown = current = ""
    try:
        for current in _with(first, pieces):
            if len(shown) + len(current) <= MARKDOWN_LIMIT:  # past it, read on: the answer is still recorded whole
                stream.append(markdown_text=safe_markdown(current))
            shown, current = shown + current, ""
        answer = written.answer
        stream.stop(blocks=answer_tail(answer, record(answer)))
        return answer, stream.ts
    except SlackApiError as exc:
        log.warning("streaming was refused (%s); updating a message instead", exc.response.get("error"))
        return _by_updates(target, stream.ts, shown + current, pieces, written, record, post)


def _once(record: Callable[[Answer], str]) -> Callable[[Answer], str]:
    """Store the answer once, even when the stream's end fails and the answer goes out by chat.update."""
    ids: list[str] = []

    def stored(answer: Answer) -> str:
        if not ids:
            ids.append(record(answer))
        return ids[0]

    return stored


def _with(first: str, rest: Iterator[str]) -> Iterator[str]:
    yield first
    yield from rest


def _by_updates(target: StreamTarget, ts: str | None, shown: str, pieces: Iterator[str], written, record, post):  # type: ignore[no-untyped-def]
    """The same answer on a placeholder message, updated at most every UPDATE_EVERY seconds."""
    client = target.client
    text = shown or "…"
    if ts is None:
        ts = post({"text": plain(text), "blocks": [markdown_block(text)]})
    last = time.monotonic()
    for piece in pieces:
        shown += piece
        if ts and time.monotonic() - last >= UPDATE_EVERY:
            client.chat_update(channel=target.channel, ts=ts, text=plain(shown), blocks=[markdown_block(shown)])
            last = time.monotonic()
    answer = written.answer
    final = answer_message(answer, record(answer))
    if ts is None:  # the placeholder itself could not be posted; the caller's post raised already
        return answer, post(final)
    client.chat_update(channel=target.channel, ts=ts, **final)
    return answer, ts
