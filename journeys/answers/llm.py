"""Optional LLM wording through LangChain's chat-model interface (JOURNEY_LLM=provider:model).

The extractive draft stays the source of truth: the model may only reword it, and a reply that cites a source
that does not exist or writes a number found in no source is discarded in favour of the draft.
"""

from __future__ import annotations

import logging
import re

from journeys.answers.model import Source
from journeys.errors import SettingsError
from prompts import load_prompt

log = logging.getLogger(__name__)
_CITATION = re.compile(r"\[(\d+)\]")
_NUMBER = re.compile(r"(?<![\w.])[-+]?\d+(?:[.,]\d+)?")


def make_chat_model(spec: str):  # type: ignore[no-untyped-def]
    """`provider:model` -> a LangChain chat model (the provider's integration package must be installed)."""
    provider, _, model = spec.partition(":")
    try:
        from langchain.chat_models import init_chat_model

        return init_chat_model(model, model_provider=provider, temperature=0)
    except ImportError as exc:
        raise SettingsError(f"JOURNEY_LLM: provider {provider!r} needs its LangChain package "
                            f"(e.g. pip install langchain-{provider}): {exc}") from None
    except ValueError as exc:
        raise SettingsError(f"JOURNEY_LLM: {exc}") from None


def _numbers(text: str) -> set[str]:
    return {n.lstrip("+").replace(",", "") for n in _NUMBER.findall(_CITATION.sub(" ", text))}


class LlmComposer:
    def __init__(self, chat_model) -> None:  # type: ignore[no-untyped-def]
        self.chat_model = chat_model

    def rewrite(self, question: str, draft: str, sources: list[Source]) -> str | None:
        from langchain_core.messages import HumanMessage, SystemMessage

        listing = "\n".join(f"[{s.n}] ({s.kind}, {s.title}{', ' + s.date if s.date else ''}) {s.text}"
                            for s in sources)
        messages = [SystemMessage(load_prompt("answer_system")),
                    HumanMessage(load_prompt("answer_user").format(question=question, sources=listing, draft=draft))]
        try:
            reply = self.chat_model.invoke(messages)
        except Exception:  # noqa: BLE001 - any provider failure falls back to the grounded draft
            log.warning("the LLM call failed; answering with the extractive draft", exc_info=True)
            return None
        text = reply.content if isinstance(reply.content, str) else str(reply.content)
        return text.strip() if self.grounded(text, draft, sources) else None

    @staticmethod
    def grounded(text: str, draft: str, sources: list[Source]) -> bool:
        cited = {int(n) for n in _CITATION.findall(text)}
        if not text.strip() or not cited or not cited <= {s.n for s in sources}:
            return False
        allowed = _numbers(draft) | {n for s in sources for n in _numbers(f"{s.title} {s.text} {s.date or ''}")}
        unknown = _numbers(text) - allowed
        if unknown:
            log.warning("the LLM wrote numbers found in no source (%s); using the extractive draft", unknown)
            return False
        return True
