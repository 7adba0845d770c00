"""LLM answers through LangChain's chat-model interface (JOURNEY_LLM=provider:model).

The extractive answer comes first and stays the fallback: the model gets the question, the conversation so
far and the numbered evidence (prompts/answer.md), and its reply is shown only sentence by sentence as each
passes the guards (journeys/answers/grounding.py). A timeout (JOURNEY_LLM_TIMEOUT), an error, or a reply
that cites nothing gives the extractive answer instead, and the reason is logged.
"""

from __future__ import annotations

import logging
import queue
import threading
import time
from collections.abc import Iterator, Sequence
from dataclasses import replace

from journeys.answers.evidence import Evidence, quoted
from journeys.answers.grounding import GuardedText
from journeys.answers.model import Answer
from journeys.errors import SettingsError
from prompts import PromptError, chat_prompt, check_prompts

log = logging.getLogger(__name__)
EXTRAS = ("openai", "anthropic", "ollama")  # optional extras in pyproject.toml, one per provider
DEFAULT_TIMEOUT = 20.0
HISTORY_TURNS = 3
STOPPED_EARLY = "\n\n_(The model stopped early; the rest is the extractive answer.)_\n\n"


def _options(provider: str, timeout: float) -> dict:
    """The provider's own timeout (and no silent retries), so a hung call also ends on its side."""
    if provider in ("openai", "anthropic"):
        return {"timeout": timeout, "max_retries": 0}
    if provider == "ollama":
        return {"client_kwargs": {"timeout": timeout}}
    return {}


def make_chat_model(spec: str, timeout: float = DEFAULT_TIMEOUT):  # type: ignore[no-untyped-def]
    """`provider:model` -> a LangChain chat model; keys and base URLs come from the provider's usual variables
    (OPENAI_API_KEY / OPENAI_BASE_URL, ANTHROPIC_API_KEY / ANTHROPIC_BASE_URL, OLLAMA_HOST...)."""
    provider, _, model = spec.partition(":")
    try:
        from langchain.chat_models import init_chat_model

        return init_chat_model(model, model_provider=provider, temperature=0, **_options(provider, timeout))
    except ImportError:
        install = (f"pip install 'journey-assistant[{provider}]'" if provider in EXTRAS
                   else f"pip install langchain-{provider.replace('_', '-')}")
        raise SettingsError(f"JOURNEY_LLM={spec}: the {provider} provider's package is not installed ({install})"
                            ) from None
    except Exception as exc:  # noqa: BLE001 - e.g. an unknown provider or a missing API key
        first = (str(exc).strip().splitlines() or [type(exc).__name__])[0]
        raise SettingsError(f"JOURNEY_LLM={spec}: {first}") from None


def _text(message) -> str:  # type: ignore[no-untyped-def]
    """A message's text (content blocks joined); `.text` is a property in langchain-core 1.x."""
    text = getattr(message, "text", None)
    if isinstance(text, str):
        return str(text)
    if callable(text):
        return str(text())
    return message.content if isinstance(message.content, str) else ""


class LlmComposer:
    def __init__(self, chat_model, timeout: float = DEFAULT_TIMEOUT) -> None:  # type: ignore[no-untyped-def]
        try:
            check_prompts()
            self.prompt = chat_prompt("answer")
        except PromptError as exc:
            raise SettingsError(str(exc)) from None
        self.chat_model = chat_model
        self.timeout = timeout

    def messages(self, draft: Answer, evidence: Evidence, history: Sequence[tuple[str, str]] = ()) -> list:
        turns = [f"User: {quoted(q)}\nAssistant: {quoted(a[:600])}" for q, a in list(history)[-HISTORY_TURNS:]]
        return self.prompt.format_messages(question=quoted(draft.question), conversation="\n\n".join(turns)
                                           or "(this is the first question)", evidence=evidence.render(),
                                           draft=quoted(draft.answer))

    def write(self, draft: Answer, history: Sequence[tuple[str, str]] = ()) -> Answer:
        """The whole answer at once (the CLI, slash commands, and where streaming is refused)."""
        written = self.stream(draft, history, hold=True)
        for _piece in written:
            pass
        return written.answer

    def stream(self, draft: Answer, history: Sequence[tuple[str, str]] = (), hold: bool = False) -> WrittenAnswer:
        return WrittenAnswer(self, draft, history, hold)


class WrittenAnswer:
    """One answer being written: iterate for the guarded text to show, piece by piece; then read `answer`.

    Nothing is yielded before a sentence that cites a source has passed the guards, so a reply that cites
    nothing (or fails at once) shows nothing and becomes the extractive answer. With `hold`, nothing is
    yielded at all and a reply with more sentences removed than kept falls back too.
    """

    def __init__(self, composer: LlmComposer, draft: Answer, history: Sequence[tuple[str, str]], hold: bool):
        self.composer, self.draft, self.history, self.hold = composer, draft, history, hold
        self.evidence = Evidence.build(draft.answer, draft.sources)
        self.guarded = GuardedText(self.evidence)
        self.fell_back: str | None = None
        self.stopped_early: str | None = None
        self.elapsed = 0.0
        self._shown = False

    def __iter__(self) -> Iterator[str]:
        started = time.perf_counter()
        waiting = ""  # text kept but not yet shown: no cited sentence yet
        try:
            for chunk in self._chunks():
                piece = self.guarded.feed(chunk)
                waiting += piece
                if waiting and not self.hold and self.guarded.guard.sources:
                    self._shown = True
                    yield waiting
                    waiting = ""
            waiting += self.guarded.finish()
        except _Failed as failed:
            if not self._shown:
                self.fell_back = failed.reason
            else:
                self.stopped_early = failed.reason
                waiting += self._continue_with_draft()
        self.elapsed = time.perf_counter() - started
        if self.fell_back is None and not self.guarded.guard.sources:
            guard = self.guarded.guard
            self.fell_back = ("the reply cited no source" if self.guarded.text.strip() else
                              f"all {guard.removed} of its sentences broke the guards" if guard.removed else
                              "the reply was empty")
        if self.fell_back is None and self.hold and self.guarded.guard.removed > self.guarded.guard.kept:
            self.fell_back = f"{self.guarded.guard.removed} of its sentences broke the guards"
        if self.fell_back is not None:
            log.warning("the LLM answer was not used (%s); giving the extractive answer", self.fell_back)
            return
        if self.stopped_early:
            log.warning("the LLM stopped early (%s); finished with the extractive answer", self.stopped_early)
        if waiting and not self.hold:
            yield waiting

    @property
    def answer(self) -> Answer:
        """The model's answer with the sources it cited, or the extractive answer it fell back to."""
        timings = {**self.draft.timings_ms, "write": self.elapsed * 1000}
        if self.fell_back is not None:
            return replace(self.draft, timings_ms=timings)
        return replace(self.draft, answer=self.guarded.text.strip(), sources=self.guarded.guard.sources,
                       timings_ms={**timings, "total": self.draft.timings_ms.get("total", 0) + self.elapsed * 1000})

    def _continue_with_draft(self) -> str:
        """After shown text, the extractive answer, numbered like what was shown."""
        self.guarded.cut_off()
        self.guarded.text += STOPPED_EARLY
        return STOPPED_EARLY + self.guarded.feed(self.draft.answer + "\n") + self.guarded.finish()

    def _chunks(self) -> Iterator[str]:
        """The model's reply in chunks, within the timeout for the whole call; failures raise _Failed."""
        messages = self.composer.messages(self.draft, self.evidence, self.history)
        chunks: queue.Queue = queue.Queue()
        cancelled = threading.Event()
        model = self.composer.chat_model

        def produce() -> None:
            try:
                if self.hold:
                    chunks.put(("text", _text(model.invoke(messages))))
                else:
                    for chunk in model.stream(messages):
                        if cancelled.is_set():
                            return
                        chunks.put(("text", _text(chunk)))
                chunks.put(("end", None))
            except Exception as exc:  # noqa: BLE001 - reported to the consumer, which falls back
                chunks.put(("error", exc))

        threading.Thread(target=produce, name="llm-call", daemon=True).start()
        deadline = time.monotonic() + self.composer.timeout
        try:
            while True:
                try:
                    kind, value = chunks.get(timeout=max(0.0, deadline - time.monotonic()))
                except queue.Empty:
                    raise _Failed(f"no complete reply within JOURNEY_LLM_TIMEOUT={self.composer.timeout:g}s"
                                  ) from None
                if kind == "end":
                    return
                if kind == "error":
                    raise _Failed(f"the call failed: {type(value).__name__}: {str(value)[:200]}")
                if value:
                    yield value
        finally:
            cancelled.set()


class _Failed(Exception):
    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason
