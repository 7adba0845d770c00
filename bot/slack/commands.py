"""`/journey ask|stage|kpi|help`: usage problems are answered in the ack; real work after it, via response_url."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from slack_bolt import Ack, App, BoltContext, Respond
from slack_sdk import WebClient

from bot.slack.blocks import answer_message, notice, usage_text
from bot.slack.client import post_response
from bot.slack.conversation import clean_question
from bot.slack.failures import explain
from bot.slack.logbook import LogbookCommands, Subcommand, register_logbook
from bot.slack.map_upload import upload_map
from bot.slack.mrkdwn import escape
from bot.slack.services import JourneyServices
from bot.slack.views import metric_message, stage_card_message
from bot.slack.work import Work
from journeys.leases import Lease

COMMAND = "/journey"
MISSING = {
    "ask": "Ask what? Put the question after `ask`, e.g. `/journey ask Where do customers struggle most?`",
    "stage": "Which stage? Put its name after `stage`, e.g. `/journey stage Decision`.",
    "kpi": "Which metric? Put its name after `kpi`, e.g. `/journey kpi nps`.",
}
DOING = {"ask": "answer that", "stage": "show that stage", "kpi": "show that metric",  # "Sorry, I couldn't ..."
         "map": "draw the map", "summary": "post the summary", "subscribe": "subscribe this channel",
         "unsubscribe": "unsubscribe this channel", "subscriptions": "list the subscriptions"}


def parse(text: str) -> tuple[str, str]:
    """`"Stage  Decision "` -> `("stage", "Decision")`."""
    name, _, rest = (text or "").strip().partition(" ")
    return name.lower(), rest.strip()


class JourneyCommand:
    """`/journey`: usage problems answered in the ack; the rest is leased work (`command:/journey`) whose
    handler reads only the lease's payload (the command's fields), so a resumed command runs the same code.

    To add a subcommand: a method `(argument, payload) -> message` in `self.work` and a verb in `DOING`.
    """

    def __init__(self, services: JourneyServices, work: Work, client: WebClient, retry_seconds: float = 30.0,
                 interactive: dict[str, Subcommand] | None = None) -> None:
        self.services, self.leases, self.client, self.retry_seconds = services, work, client, retry_seconds
        # Subcommands that ack, open forms and reply on their own (bot/slack/logbook.py), run in the handler.
        self.interactive = interactive or {}
        self.work: dict[str, Callable[[str, dict], dict[str, Any] | None]] = {
            "ask": self._ask, "stage": self._stage, "kpi": self._kpi, "map": self._map,
        }
        work.handler(f"command:{COMMAND}")(self.run)

    def handle(self, ack: Ack, command: dict, context: BoltContext, respond: Respond, client: WebClient) -> None:
        lease = context.get("lease")
        name, argument = parse(clean_question(command.get("text", ""), None))
        if name in ("", "help"):
            ack(text=usage_text(), response_type="ephemeral")
        elif name in self.interactive:
            try:
                self.interactive[name](ack, command, respond, client, argument)
            finally:
                self.leases.finish(lease)
            return
        elif name not in self.work:
            ack(text=usage_text(f"I don't know `{COMMAND} {escape(name)}`."), response_type="ephemeral")
        elif not argument and name in MISSING:
            ack(text=usage_text(MISSING[name]), response_type="ephemeral")
        else:
            if name == "ask":  # the only slow one: say at once that it is on its way
                ack(text=f"👀 Looking into “{escape(argument)}”…", response_type="ephemeral")
            else:
                ack()
            self.leases.perform(lease)
            return
        self.leases.finish(lease)  # answered in the ack

    def run(self, lease: Lease) -> None:
        payload = lease.payload
        name, argument = parse(clean_question(payload.get("text") or "", None))
        try:
            message = self.work[name](argument, payload)
        except Exception as exc:  # noqa: BLE001 - one sentence to the user, details in the log
            message = {"response_type": "ephemeral", **notice(explain(exc, DOING.get(name, "do that")))}
        if message is None:  # the work was its own reply (the map picture)
            self.leases.finish(lease)
            return
        message = {"replace_original": False, **message}
        with self.leases.reply(lease):
            post_response(payload["response_url"], message, self.retry_seconds)

    def _ask(self, question: str, command: dict) -> dict[str, Any] | None:
        answer = self.services.answer(question)
        answer_id = self.services.record_answer(answer, command.get("channel_id"), None, command.get("user_id"))
        return {"response_type": "in_channel", **answer_message(answer, answer_id, asked_by=command.get("user_id"))}

    def _stage(self, name: str, _command: dict) -> dict[str, Any]:
        return {"response_type": "ephemeral", **stage_card_message(self.services.stage_card(name))}

    def _kpi(self, metric: str, _command: dict) -> dict[str, Any]:
        return {"response_type": "ephemeral", **metric_message(self.services.metric_overview(metric))}

    def _map(self, journey: str, command: dict) -> dict[str, Any] | None:
        problem = upload_map(self.client, self.services, command["channel_id"], journey or None)
        return {"response_type": "ephemeral", **notice(problem)} if problem else None


def register(app: App, services: JourneyServices, work: Work, retry_seconds: float = 30.0) -> None:
    from bot.slack.summary_commands import SummaryCommands

    logbook = LogbookCommands(services)
    handler = JourneyCommand(services, work, app.client, retry_seconds, logbook.subcommands())
    handler.work.update(SummaryCommands(services, app.client).work)  # subscribe, unsubscribe, subscriptions, summary
    app.command(COMMAND)(handler.handle)
    register_logbook(app, services, logbook)
