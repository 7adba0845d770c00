"""What the Slack app needs from the core. `journeys.core.Core` provides it; tests pass lighter fakes."""

from __future__ import annotations

import threading
from typing import Any, Protocol

from journeys.answers.model import Answer, Focus
from journeys.leases import LeaseStore


class Answerer(Protocol):
    def answer(self, question: str, stage: str | None = None, k: int | None = None,
               focus: Focus | None = None) -> Answer: ...


class JourneyServices(Answerer, Protocol):
    def draft(self, question: str, stage: str | None = None, k: int | None = None,
              focus: Focus | None = None) -> Answer: ...
    @property
    def writer(self) -> Any: ...  # journeys.answers.llm.LlmComposer, or None without an LLM
    def conversation(self, channel_id: str, thread_ts: str | None, limit: int = 3) -> list[tuple[str, str]]: ...
    def stage_card(self, name: str) -> Any: ...
    def metric_overview(self, metric: str) -> Any: ...
    def journey_overview(self) -> Any: ...
    def suggested_questions(self, limit: int = 4) -> list[Any]: ...
    def journey_map(self, journey: str | None = None, week: str | None = None) -> Any: ...
    def journey_names(self) -> list[str]: ...
    def record_answer(self, answer: Answer, channel_id: str | None = None, thread_ts: str | None = None,
                      user_id: str | None = None) -> str: ...
    def record_vote(self, answer_id: str, value: int, user_id: str | None, channel_id: str | None = None,
                    message_ts: str | None = None, reason: str | None = None) -> int: ...
    def claim_event(self, key: str) -> bool: ...
    @property
    def leases(self) -> LeaseStore: ...
    def thread_focus(self, channel_id: str, thread_ts: str) -> Focus | None: ...
    def set_thread_focus(self, channel_id: str, thread_ts: str, focus: Focus) -> None: ...


class LimitedAnswers:
    """The services with at most `slots` answers computed at once.

    Answering is CPU-bound; running more at once than there are cores only makes them share the CPU (and
    the GIL) with the threads that acknowledge Slack's requests. The rest wait, already acknowledged.
    """

    def __init__(self, services: JourneyServices, slots: int) -> None:
        self._services = services
        self._slots = threading.BoundedSemaphore(slots)

    def answer(self, question: str, stage: str | None = None, k: int | None = None,
               focus: Focus | None = None) -> Answer:
        with self._slots:
            return self._services.answer(question, stage=stage, k=k, focus=focus)

    def draft(self, question: str, stage: str | None = None, k: int | None = None,
              focus: Focus | None = None) -> Answer:
        with self._slots:  # the LLM's writing, which waits on the network, happens outside the slots
            return self._services.draft(question, stage=stage, k=k, focus=focus)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._services, name)
