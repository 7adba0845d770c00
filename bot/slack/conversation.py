"""Answering messages (mentions, DMs, the assistant panel): once, with a sign of life, never silently.

Runs after the ack, on bolt's listener threads, under a lease taken before the ack (bot/slack/work.py):
Slack's retries and the message/app_mention pair for one post share its key, so only one delivery answers,
and a turn whose worker died is answered by whoever takes the expired lease over.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass

from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError

from bot.slack.blocks import answer_message, notice
from bot.slack.failures import explain, log
from bot.slack.map_upload import upload_map
from bot.slack.services import JourneyServices
from bot.slack.streaming import StreamTarget, deliver
from bot.slack.work import MAX_ATTEMPTS, LeaseLost, PostFailed, TryLater, Work, transient
from journeys.answers.model import Answer, Focus
from journeys.leases import Lease
from journeys.map_request import map_request

TOP_LEVEL = "-"  # the thread key of a DM's main timeline (its conversation has no thread_ts)
ANSWERED_SUBTYPES = {None, "file_share", "thread_broadcast"}  # user posts; edits, joins, bots etc. are not
GREETING = ("Hi! I answer questions about the customer journey (stages, touchpoints, pain points, KPIs and "
            "what customers say), always with numbered sources. Pick a suggestion or ask your own question.")
LOADING = ["Finding the stage…", "Reading what customers said…", "Checking the KPIs…", "Putting the answer together…"]
HINT = "Ask me a question about the customer journey, e.g. “Where do customers struggle most?”"


@dataclass(frozen=True)
class Turn:
    """One user message to answer."""

    channel: str
    ts: str  # the message itself
    thread_ts: str | None  # where the reply goes; None: the top level of a DM
    user: str | None
    text: str
    assistant: bool = False  # in an assistant thread: show a status rather than a reaction
    team: str | None = None  # the asker's workspace (a streamed reply in a channel names its recipient)

    @property
    def key(self) -> str:
        return f"msg:{self.channel}:{self.ts}"

    @property
    def context_key(self) -> str:
        return self.thread_ts or TOP_LEVEL


def is_direct(channel: str, channel_type: str | None = None) -> bool:
    return channel_type == "im" or channel.startswith("D")


def turn_from_event(event: dict) -> Turn:
    """Mentions in channels are answered in the message's thread; DMs where they were written."""
    channel, ts = event["channel"], event["ts"]
    thread_ts = event.get("thread_ts")
    direct = is_direct(channel, event.get("channel_type"))
    if not direct:
        thread_ts = thread_ts or ts
    return Turn(channel=channel, ts=ts, thread_ts=thread_ts, user=event.get("user"), text=event.get("text") or "",
                assistant=direct and thread_ts is not None, team=event.get("user_team") or event.get("team"))


def ignored(event: dict) -> bool:
    """Bots (ourselves included) and message subtypes that are not a person posting."""
    return bool(event.get("bot_id") or event.get("bot_profile")) or event.get("subtype") not in ANSWERED_SUBTYPES


def clean_question(text: str, bot_user_id: str | None) -> str:
    """Slack's markup back to plain words: the bot's own mention dropped, links and names readable."""
    if bot_user_id:
        text = text.replace(f"<@{bot_user_id}>", " ")
    text = re.sub(r"<(?:https?|mailto):[^|>]+\|([^>]+)>", r"\1", text)
    text = re.sub(r"<((?:https?|mailto):[^>]+)>", r"\1", text)
    text = re.sub(r"<#[A-Z0-9]+\|([^>]*)>", r"#\1", text)
    text = re.sub(r"<@([A-Z0-9]+)(?:\|[^>]*)?>", r"@\1", text)
    text = re.sub(r"<!([a-z]+)(?:\|[^>]*)?>", r"@\1", text)
    return " ".join(html.unescape(text).split())


class Conversations:
    """The `msg` and `thread` work (bot/slack/work.py): each handler reads only its lease's payload, so
    the same code answers a fresh delivery and resumes one whose worker died."""

    def __init__(self, services: JourneyServices, work: Work, client: WebClient) -> None:
        self.services, self.work, self.client = services, work, client
        work.handler("msg", give_up=self.give_up)(self.answer)
        work.handler("thread")(self.start_assistant_thread)

    def answer(self, lease: Lease) -> None:
        payload = dict(lease.payload)
        bot_user_id = payload.pop("bot_user_id", None)
        turn = Turn(**payload)
        client = self.client
        try:
            self._sign_of_life(turn, client)
            question = clean_question(turn.text, bot_user_id)
            if not question:
                self._post(lease, client, turn, notice(HINT))
                return
            wants_map, journey = map_request(question, self.services.journey_names())
            if wants_map:
                problem = upload_map(client, self.services, turn.channel, journey, thread_ts=turn.thread_ts)
                if problem:
                    self._post(lease, client, turn, notice(problem))
                else:
                    self.work.finish(lease)  # the picture is the reply
                return
            focus = self.services.thread_focus(turn.channel, turn.context_key)
            if turn.assistant and focus is None:
                self._quietly(client.assistant_threads_setTitle, channel_id=turn.channel,
                              thread_ts=turn.thread_ts, title=question[:80])
            self._reply(lease, client, turn, question, focus)
        except LeaseLost:
            raise
        except PostFailed as failed:  # Slack kept failing past the retry deadline
            self._slack_trouble(lease, client, turn, failed.error)
            return
        except Exception as exc:  # noqa: BLE001 - the user hears about every failure, in one sentence
            self._post(lease, client, turn, notice(explain(exc, "answer that")))  # if Slack fails: tried later
            return

    def _remember(self, turn: Turn, answer: Answer) -> None:
        """The thread's context for a follow-up, kept before the answer is posted: a reply typed the moment the
        answer shows finds it."""
        try:
            self.services.set_thread_focus(turn.channel, turn.context_key, answer.focus)
        except Exception as exc:  # noqa: BLE001 - the answer still goes out; only the follow-up context is lost
            explain(exc, "remember the thread's context")

    def _reply(self, lease: Lease, client: WebClient, turn: Turn, question: str, focus: Focus | None) -> Answer:
        """Streamed when an LLM writes the answer (bot/slack/streaming.py), else posted at once."""
        def record(answer: Answer) -> str:
            return self.services.record_answer(answer, turn.channel, turn.thread_ts, turn.user)

        writer = self.services.writer
        answer = self.services.answer(question, focus=focus) if writer is None else \
            self.services.draft(question, focus=focus)
        self._remember(turn, answer)  # (an LLM rewrites the text, not what the question was about)
        if writer is None or answer.abstained:
            self._post(lease, client, turn, answer_message(answer, record(answer)))
            return answer
        written = writer.stream(answer, self.services.conversation(turn.channel, turn.thread_ts))
        target = StreamTarget(client, turn.channel, turn.thread_ts, turn.user, turn.team)
        answer, ts = deliver(target, written, record, lambda message: self._send(client, turn, message))
        self.work.finish(lease, ts)  # held (and renewed) while the model wrote; done with the message's ts
        return answer

    def greet_messages_tab(self, event: dict, client: WebClient) -> None:
        """The app's Messages tab opened (the agent experience): suggested prompts, and a greeting once."""
        channel = event.get("channel")
        if not channel:
            return
        try:
            suggestions = self.services.suggested_questions(4)
        except Exception as exc:  # noqa: BLE001 - the greeting matters more than the suggestions
            explain(exc, "suggest questions")
            suggestions = []
        if suggestions:
            self._quietly(client.assistant_threads_setSuggestedPrompts, channel_id=channel, title="Try asking",
                          prompts=[{"title": s.title[:75], "message": s.message} for s in suggestions])
        if self.services.claim_event(f"greet:{channel}"):
            client.chat_postMessage(channel=channel, text=GREETING)

    def give_up(self, lease: Lease) -> None:
        """Tried MAX_ATTEMPTS times (each worker died or Slack kept failing): say so rather than stay silent."""
        payload = {k: v for k, v in lease.payload.items() if k != "bot_user_id"}
        text = explain(RuntimeError(f"{lease.key} given up after {MAX_ATTEMPTS} attempts"), "answer that")
        self._post(lease, self.client, Turn(**payload), notice(text))

    def start_assistant_thread(self, lease: Lease) -> None:
        """The panel opened: greet, and offer questions drawn from the knowledge base."""
        channel, thread_ts = lease.payload["channel"], lease.payload["thread_ts"]
        try:
            suggestions = self.services.suggested_questions(4)
        except Exception as exc:  # noqa: BLE001 - the greeting matters more than the suggestions
            explain(exc, "suggest questions")
            suggestions = []
        with self.work.reply(lease) as reply:
            reply.ts = self.client.chat_postMessage(channel=channel, thread_ts=thread_ts, text=GREETING).get("ts")
        if suggestions:
            self._quietly(self.client.assistant_threads_setSuggestedPrompts,
                          channel_id=channel, thread_ts=thread_ts, title="Try asking",
                          prompts=[{"title": s.title[:75], "message": s.message} for s in suggestions])

    def _sign_of_life(self, turn: Turn, client: WebClient) -> None:
        if turn.assistant:
            self._quietly(client.assistant_threads_setStatus, channel_id=turn.channel, thread_ts=turn.thread_ts,
                          status="is looking through the journey…", loading_messages=LOADING)
        else:
            self._quietly(client.reactions_add, channel=turn.channel, timestamp=turn.ts, name="eyes")

    @staticmethod
    def _quietly(method, **kwargs) -> None:  # type: ignore[no-untyped-def]
        """A nicety that must never stop the answer (e.g. `already_reacted`)."""
        try:
            method(**kwargs)
        except SlackApiError as exc:
            log.warning("%s failed: %s", getattr(method, "__name__", method), exc.response.get("error"))
        except Exception as exc:  # noqa: BLE001 - e.g. Slack unreachable past the retry deadline
            log.warning("%s failed: %s", getattr(method, "__name__", method), type(exc).__name__)

    def _post(self, lease: Lease, client: WebClient, turn: Turn, message: dict) -> None:
        """Post the reply and mark the lease done with its ts right after."""
        with self.work.reply(lease) as reply:
            reply.ts = self._send(client, turn, message)

    @staticmethod
    def _send(client: WebClient, turn: Turn, message: dict) -> str | None:
        """Post a message in the turn's thread; its ts, or PostFailed."""
        try:
            response = client.chat_postMessage(channel=turn.channel, thread_ts=turn.thread_ts,
                                               unfurl_links=False, unfurl_media=False, **message)
        except Exception as exc:  # noqa: BLE001 - sorted out by the caller
            raise PostFailed(exc) from exc
        return response.get("ts")

    def _slack_trouble(self, lease: Lease, client: WebClient, turn: Turn, error: Exception) -> None:
        """The answer could not be posted: say so (if Slack lets us), and try again later if it may pass."""
        last_try = lease.attempts >= MAX_ATTEMPTS or not transient(error)
        text = explain(error, "post the answer")
        if not last_try:
            text += " I'll try again in a minute."
        try:
            if last_try:
                self._post(lease, client, turn, notice(text))
            else:
                client.chat_postMessage(channel=turn.channel, thread_ts=turn.thread_ts, **notice(text))
        except Exception:  # noqa: BLE001 - Slack itself is failing; the lease brings the work back
            log.warning("could not tell %s in %s either", turn.user, turn.channel)
        if not last_try:
            raise TryLater(lease.key)
