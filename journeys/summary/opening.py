"""An optional two-sentence opening written by an LLM (JOURNEY_LLM); the default needs none.

The opening may only use figures the summary holds: a reply with any other number, or longer than two
sentences, is dropped and the summary goes out without it.
"""

from __future__ import annotations

import logging
import re

from journeys.summary.model import Summary
from journeys.summary.text import render
from prompts import chat_prompt

log = logging.getLogger("journey.summary")
_NUMBER = re.compile(r"(?<![\w.])[-+−]?\d+(?:[.,]\d+)?")
_SENTENCE_END = re.compile(r"[.!?](?:\s|$)")


def _numbers(text: str) -> set[float]:
    """The numbers written, by value (75% and 75.0% are one figure), sign left aside."""
    return {round(abs(float(n.lstrip("+-−").replace(",", ""))), 1) for n in _NUMBER.findall(text)}


def write_opening(chat_model, summary: Summary) -> str:  # type: ignore[no-untyped-def]
    """Two sentences grounded in the summary, or "" (no model answer, or one that is not grounded)."""
    if summary.empty:
        return ""
    body = render(summary)
    try:
        reply = chat_model.invoke(chat_prompt("summary_opening").format_messages(summary=body))
    except Exception:  # noqa: BLE001 - any provider failure: the summary goes out without an opening
        log.warning("the LLM call for the summary's opening failed", exc_info=True)
        return ""
    text = " ".join(str(reply.content).split())
    if not text or len(_SENTENCE_END.findall(text)) > 2:
        return ""
    unknown = _numbers(text) - _numbers(body)
    if unknown:
        log.warning("the LLM's opening has numbers the summary does not (%s); leaving it out", unknown)
        return ""
    return text
