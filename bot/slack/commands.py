"""`/journey ask|stage|kpi|help`: usage problems are answered in the ack; real work after it, via response_url."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from slack_bolt import Ack, App, Respond
from slack_sdk import WebClient

from bot.slack.blocks import answer_message, notice, usage_text
from bot.slack.conversation import clean_question
from bot.slack.failures import explain
from bot.slack.map_upload import upload_map
from bot.slack.mrkdwn import escape
from bot.slack.services import JourneyServices
from bot.slack.views import metric_message, stage_card_message

COMMAND = "/journey"
MISSING = {
    "ask": "Ask what? Put the question after `ask`, e.g. `/journey ask Where do customers drop off at checkout?`",
    "stage": "Which stage? Put its name after `stage`, e.g. `/journey stage Decision`.",
    "kpi": "Which metric? Put its name after `kpi`, e.g. `/journey kpi nps`.",
}


def parse(text: str) -> tuple[str, str]:
    """`"Stage  Decision "` -> `("stage", "Decision")`."""
    name, _, rest = (text or "").strip().partition(" ")
    return name.lower(), rest.strip()


class JourneyCommand:
    def __init__(self, services: JourneyServices) -> None:
        self.services = services
        self.work: dict[str, Callable[[str, dict], dict[str, Any] | None]] = {
            "ask": self._ask, "stage": self._stage, "kpi": self._kpi, "map": self._map,
        }

    def handle(self, ack: Ack, command: dict, respond: Respond, client: WebClient) -> None:
        name, argument = parse(clean_question(command.get("text", ""), None))
        if name in ("", "help"):
            ack(text=usage_text(), response_type="ephemeral")
            return
        if name not in self.work:
            ack(text=usage_text(f"I don't know `{COMMAND} {escape(name)}`."), response_type="ephemeral")
            return
        if not argument and name in MISSING:
            ack(text=usage_text(MISSING[name]), response_type="ephemeral")
            return
        if name == "ask":  # the only slow one: say at once that it is on its way
            ack(text=f"👀 Looking into “{escape(argument)}”…", response_type="ephemeral")
        else:
            ack()
        try:
            message = self.work[name](argument, {**command, "client": client})
        except Exception as exc:  # noqa: BLE001 - one sentence to the user, details in the log
            what = {"ask": "answer that", "stage": "show that stage", "kpi": "show that metric",
                    "map": "draw the map"}[name]
            respond(response_type="ephemeral", replace_original=False, **notice(explain(exc, what)))
            return
        if message:
            respond(replace_original=False, **message)

    def _ask(self, question: str, command: dict) -> dict[str, Any] | None:
        answer = self.services.answer(question)
        answer_id = self.services.record_answer(answer, command.get("channel_id"), None, command.get("user_id"))
        return {"response_type": "in_channel", **answer_message(answer, answer_id, asked_by=command.get("user_id"))}

    def _stage(self, name: str, _command: dict) -> dict[str, Any]:
        return {"response_type": "ephemeral", **stage_card_message(self.services.stage_card(name))}

    def _kpi(self, metric: str, _command: dict) -> dict[str, Any]:
        return {"response_type": "ephemeral", **metric_message(self.services.metric_overview(metric))}


    def _map(self, journey: str, command: dict) -> dict[str, Any] | None:
        problem = upload_map(command["client"], self.services, command["channel_id"], journey or None)
        return {"response_type": "ephemeral", **notice(problem)} if problem else None


def register(app: App, services: JourneyServices) -> None:
    app.command(COMMAND)(JourneyCommand(services).handle)
