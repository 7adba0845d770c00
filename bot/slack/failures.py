"""Never silent, never a traceback: one sentence for the user, the details in the log."""

from __future__ import annotations

import logging
import uuid

from slack_sdk.errors import SlackApiError

from journeys.errors import JourneyError

log = logging.getLogger("journey.slack")


def sentence(text: str) -> str:
    text = text.strip()
    text = text[:1].upper() + text[1:]
    return text if text.endswith((".", "!", "?")) else text + "."


def explain(exc: BaseException, doing: str) -> str:
    """Log `exc` with a short reference and return one sentence saying what went wrong.

    `doing` completes "Sorry, I couldn't ...", e.g. "answer that". The reference finds the details in
    `journey serve`'s log file (DATA_DIR/journey-serve.log).
    """
    if isinstance(exc, JourneyError):  # the user can act on these; the message is written for them
        log.info("could not %s: %s", doing, type(exc).__name__)  # its text may quote the user: not at INFO
        return sentence(str(exc))
    ref = uuid.uuid4().hex[:8]
    if isinstance(exc, SlackApiError):
        error = exc.response.get("error", "unknown_error") if exc.response is not None else "unknown_error"
        log.error("could not %s (ref %s): Slack answered %s", doing, ref, error, exc_info=exc)
        return f"Sorry, I couldn't {doing}: Slack refused the request ({error}, ref {ref})."
    log.error("could not %s (ref %s)", doing, ref, exc_info=exc)
    return f"Sorry, I couldn't {doing} because of an internal error; the details are in my log (ref {ref})."
