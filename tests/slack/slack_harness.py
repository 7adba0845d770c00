"""Test doubles and wiring for the Slack tests: a scripted answerer, a waitable listener pool, the bot handle."""

from __future__ import annotations

import threading
from concurrent.futures import Future, ThreadPoolExecutor, wait

from fake_slack_api import FakeSlackApi
from slack_requests import SIGNING_SECRET, SlackSender

from bot.slack.server import HttpServer
from journeys.answers.model import Answer, Focus, Source
from journeys.core import Core
from journeys.errors import JourneyError
from journeys.settings import Settings


def answer_id_in(blocks: list[dict]) -> str:
    """The answer id the native feedback buttons of a message carry."""
    [actions] = [b for b in blocks if b["type"] == "context_actions"]
    [buttons] = [e for e in actions["elements"] if e["type"] == "feedback_buttons"]
    direction, _, answer_id = buttons["positive_button"]["value"].partition(":")
    assert direction == "up" and buttons["negative_button"]["value"] == f"down:{answer_id}"
    return answer_id


def text_of(blocks: list[dict]) -> str:
    """What a reader sees in a message's text blocks (markdown, sections, headers, contexts)."""
    out = []
    for block in blocks:
        if block["type"] == "markdown":
            out.append(block["text"])
        elif block["type"] in ("section", "header"):
            out.append(block["text"]["text"])
        elif block["type"] == "context":
            out.extend(e["text"] for e in block["elements"])
    return "\n".join(out)


class ScriptedAnswerer:
    """Answers like the engine would (Markdown, numbered sources, a focus), and remembers what it was asked."""

    def __init__(self) -> None:
        self.asked: list[tuple[str, Focus | None]] = []
        self.delay = 0.0
        self.running = self.peak = 0  # answers computed at once, now and at most
        self._lock = threading.Lock()

    def answer(self, question: str, stage: str | None = None, k: int | None = None,
               focus: Focus | None = None) -> Answer:
        with self._lock:
            self.asked.append((question, focus))
            self.running += 1
            self.peak = max(self.peak, self.running)
        try:
            if self.delay:
                threading.Event().wait(self.delay)
        finally:
            with self._lock:
                self.running -= 1
        if "explode" in question:
            raise RuntimeError("the index is on fire")
        if "unknown" in question:
            raise JourneyError("no stage matches “Hyperspace”")
        return Answer(
            question=question,
            answer=f"**Checkout** conversion fell to 2.7% [1]. One customer: delivery costs came late [2].\n\n"
                   f"- asked: {question}",
            abstained=False,
            sources=[
                Source(1, "kpi", "kpi:conversion", "Conversion rate · Decision", "2.7% on 2026-11-09",
                       "2026-11-09", 0.9),
                Source(2, "comment", "comment:c1", "Checkout",
                       "Couldn't find the delivery costs anywhere before checkout, which was really annoying "
                       "because I had already spent twenty minutes choosing.", "2026-11-03", 0.8),
            ],
            focus=Focus(journey_id="online-purchase", stage_id="online-purchase/decision",
                        metric=f"m{len(self.asked)}"),
        )


class FakeAnswersCore(Core):
    """The real core (SQL store, cards, votes, events) with a scripted answerer instead of the search engine."""

    def __init__(self, settings: Settings, answerer: ScriptedAnswerer, writer=None) -> None:  # type: ignore[no-untyped-def]
        super().__init__(settings)
        self.scripted = answerer
        self._writer = writer  # a journeys.answers.llm.LlmComposer: answers are then written, and streamed

    @property
    def writer(self):  # type: ignore[no-untyped-def, override]
        return self._writer

    def draft(self, question: str, stage: str | None = None, k: int | None = None,
              focus: Focus | None = None) -> Answer:
        return self.scripted.answer(question, stage=stage, k=k, focus=focus)

    def answer(self, question: str, stage: str | None = None, k: int | None = None,
               focus: Focus | None = None) -> Answer:
        return self.scripted.answer(question, stage=stage, k=k, focus=focus)


class TrackingExecutor(ThreadPoolExecutor):
    """Bolt's listener pool, which tests can wait on until every listener (the work after the ack) is done."""

    def __init__(self) -> None:
        super().__init__(max_workers=32, thread_name_prefix="test-listener")
        self.futures: list[Future] = []

    def submit(self, fn, /, *args, **kwargs):  # type: ignore[no-untyped-def, override]
        future = super().submit(fn, *args, **kwargs)
        self.futures.append(future)
        return future

    def wait_idle(self, timeout: float = 15.0) -> None:
        done, pending = wait(list(self.futures), timeout=timeout)
        assert not pending, f"{len(pending)} listeners still running"
        for future in done:
            future.result()


class Bot:
    def __init__(self, api: FakeSlackApi, core: FakeAnswersCore, server: HttpServer, executor: TrackingExecutor):
        self.api, self.core, self.server, self.executor = api, core, server, executor
        self.answerer = core.scripted
        self.slack = SlackSender(server.url, SIGNING_SECRET, api)

    def settle(self) -> None:
        """Wait until every listener started so far has finished."""
        self.executor.wait_idle()
