"""Logging from Slack, end to end: signed requests to the real bolt app and the real core (SQL, Chroma,
the real embedding model) over a small map of its own; the Web API is the fake."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from fake_slack_api import RESPONSE_URL, FakeSlackApi
from slack_harness import TrackingExecutor
from slack_requests import SIGNING_SECRET, SlackSender, mention
from sqlalchemy import func, select

from bot.slack.app import create_app
from bot.slack.server import HttpServer
from journeys.core import Core
from journeys.settings import load_settings
from journeys.store.models import Feedback

ROOT = Path(__file__).resolve().parents[2]
MAP = """\
id: home-broadband
name: Home broadband
stages:
  - name: Order
    goal: Sign up online in minutes
    touchpoints:
      - {name: Order form, channel: web, owner: Sales}
      - {name: Address check, channel: web}
  - name: Installation
    pain_points: [Engineer arrives late]
    touchpoints:
      - {name: Engineer visit, channel: in person, owner: Field team}
  - name: Billing
    touchpoints:
      - {name: Monthly bill, channel: email, owner: Finance}
"""


class LoggingBot:
    def __init__(self, api: FakeSlackApi, core: Core, server: HttpServer, executor: TrackingExecutor,
                 map_path: Path) -> None:
        self.api, self.core, self.server, self.executor, self.map_path = api, core, server, executor, map_path
        self.slack = SlackSender(server.url, SIGNING_SECRET, api)

    def settle(self) -> None:
        self.executor.wait_idle(60)

    def responses(self, path: str) -> list[dict]:
        return [c.params for c in self.api.calls_to(RESPONSE_URL) if c.path == f"/respond/{path}"]

    def feedback_rows(self) -> list[Feedback]:
        with self.core.db.session() as session:
            return list(session.scalars(select(Feedback).order_by(Feedback.id)))


@pytest.fixture(scope="module")
def logging_bot(tmp_path_factory, embedder):
    folder = tmp_path_factory.mktemp("slack-logbook")
    map_path = folder / "maps" / "home-broadband.yaml"
    map_path.parent.mkdir()
    map_path.write_text(MAP, encoding="utf-8")
    with FakeSlackApi() as api:
        settings = load_settings(data_dir=folder / "data", slack_bot_token="xoxb-log", admins="UADMIN",
                                 slack_signing_secret=SIGNING_SECRET, slack_api_url=api.url)
        core = Core(settings, embedder=embedder)
        assert not core.ingestor.run([map_path]).failed
        executor = TrackingExecutor()
        server = HttpServer(create_app(settings, core, executor=executor), host="127.0.0.1", port=0,
                            asyncore_loop_timeout=0.05).start()
        yield LoggingBot(api, core, server, executor, map_path)
        server.stop()
        executor.shutdown(wait=True)
        core.close()


@pytest.fixture
def lb(logging_bot):
    logging_bot.api.reset()
    yield logging_bot
    logging_bot.settle()


def text_of(blocks: list[dict]) -> str:
    out = []
    for block in blocks:
        if block["type"] in ("section", "header"):
            out.append(block["text"]["text"])
        elif block["type"] == "context":
            out.extend(e["text"] for e in block["elements"])
    return "\n".join(out)


def modal_values(**fields: str | None) -> dict:
    """A view's state.values as Slack sends it: block_id -> action_id -> value or selected option."""
    values: dict = {}
    for block, value in fields.items():
        if block in ("stage", "touchpoint", "score_type", "source", "emotion"):
            element = {"type": "static_select", "selected_option": {"value": value} if value else None}
        else:
            element = {"type": "plain_text_input", "value": value}
        values[block] = {"value": element}
    return values


def opened_view(lb: LoggingBot, count: int = 1) -> dict:
    return lb.api.wait_for("views.open", count, timeout=30)[count - 1].params["view"]


def answer_to(lb: LoggingBot, question: str) -> str:
    before = len(lb.api.calls_to("chat.postMessage"))
    lb.slack.event(mention(question, user="UASK"))
    posted = lb.api.wait_for("chat.postMessage", before + 1, timeout=60)[before]
    return text_of(posted.params["blocks"])


def test_one_line_feedback_is_redacted_confirmed_without_contact_data_and_cited_next(lb):
    text = ("feedback engineer vist: The engineer never came and nobody called, reach me at "
            "<mailto:dana@example.com|dana@example.com> or +1 914-329-0185")
    reply = lb.slack.command(text, user="UONE", response="one")
    assert reply.status == 200
    [confirmation] = lb.api.wait_for(RESPONSE_URL, timeout=30)
    assert confirmation.params["response_type"] == "ephemeral"
    shown = json.dumps(confirmation.params)
    assert "dana@example.com" not in shown and "329-0185" not in shown
    said = text_of(confirmation.params["blocks"])
    assert "Engineer visit (Installation · Home broadband)" in said  # what the place resolved to
    assert "Redacted 1 e-mail address and 1 phone number" in said
    buttons = [e["action_id"] for e in confirmation.params["blocks"][-1]["elements"]]
    assert buttons == ["logbook_move", "logbook_remove"]
    [row] = [r for r in lb.feedback_rows() if r.user_id == "UONE"]
    assert row.text == "The engineer never came and nobody called, reach me at [email] or [phone]"
    assert (row.stage_id, row.touchpoint_id) == ("home-broadband/installation",
                                                 "home-broadband/installation/engineer-visit")
    assert row.channel_id == "C1" and row.created_at is not None

    answer = answer_to(lb, "What do customers say about the engineer visit?")
    assert "The engineer never came" in answer
    assert "Feedback · Feedback on Engineer visit" in answer and "logged by <@UONE>" in answer
    assert row.created_at.date().isoformat() in answer
    assert "dana@example.com" not in answer


def test_one_liners_without_a_colon_or_with_an_unknown_place_explain_the_form_and_store_nothing(lb):
    before = len(lb.feedback_rows())
    body = lb.slack.command("feedback the bill was wrong", user="UFORM").json()
    assert body["response_type"] == "ephemeral"
    assert "The form is `/journey feedback PLACE: TEXT`" in body["text"] and ": the price changed" in body["text"]
    lb.slack.command("feedback Hyperdrive: the bill was wrong", user="UFORM", response="unknown")
    [reply] = lb.api.wait_for(RESPONSE_URL, timeout=30)
    assert reply.params["response_type"] == "ephemeral"
    assert reply.params["text"].startswith("No stage or touchpoint matches “Hyperdrive”; the closest are ")
    assert "The form is `/journey feedback PLACE: TEXT`" in reply.params["text"]
    lb.settle()
    assert len(lb.feedback_rows()) == before


def test_the_feedback_modal_reports_a_missing_verbatim_on_its_field_and_stores_a_full_one_once(lb):
    lb.slack.command("feedback", user="UMODAL", response="modal")
    view = opened_view(lb)
    assert view["callback_id"] == "logbook_feedback"
    blocks = {b["block_id"]: b for b in view["blocks"] if b["type"] == "input"}
    assert [b["label"]["text"] for b in blocks.values()] == [
        "Stage", "Touchpoint", "Verbatim", "Score", "Score type", "Source", "Segment", "Customer reference"]
    stage_options = [o["value"] for o in blocks["stage"]["element"]["options"]]
    assert stage_options == ["home-broadband/order", "home-broadband/installation", "home-broadband/billing"]
    before = len(lb.feedback_rows())

    empty = lb.slack.submit_view(view, modal_values(stage="home-broadband/billing", text=""), user="UMODAL")
    assert empty.json() == {"response_action": "errors",
                            "errors": {"text": "The verbatim is missing: write what the customer said."}}
    high = lb.slack.submit_view(view, modal_values(stage="home-broadband/billing", text="Too dear", score="6",
                                                   score_type="csat"), user="UMODAL")
    assert high.json()["errors"] == {"score": "CSAT is a whole number from 1 to 5; 6 is outside."}
    assert len(lb.feedback_rows()) == before

    full = modal_values(touchpoint="home-broadband/billing/monthly-bill", text="Charged twice in March",
                        score="2", score_type="csat", source="call", segment="Families", customer_ref="ACC-1042")
    first = lb.slack.submit_view(view, full, user="UMODAL").json()
    second = lb.slack.submit_view(view, full, user="UMODAL").json()
    assert first["response_action"] == second["response_action"] == "update"
    assert "Logged Feedback “Charged twice in March” at Monthly bill" in text_of(first["view"]["blocks"])
    assert "Already logged" in text_of(second["view"]["blocks"])
    [row] = [r for r in lb.feedback_rows() if r.user_id == "UMODAL"]
    assert (row.score, row.score_type, row.source, row.segment, row.customer_ref) == (
        2.0, "csat", "call", "Families", "ACC-1042")
    assert row.stage_id == "home-broadband/billing"
    lb.settle()  # indexed right after the ack
    assert list(lb.core.index.keywords.hashes([f"feedback:{row.id}"])) == [f"feedback:{row.id}"]


def test_a_touchpoint_logged_in_the_modal_shows_on_its_stage_card_and_survives_a_re_ingest(lb):
    lb.slack.command("log", user="UTP", response="log")
    view = opened_view(lb)
    assert view["callback_id"] == "logbook_touchpoint"
    bad = lb.slack.submit_view(view, modal_values(name="Router delivery", stage="home-broadband/nowhere"), user="UTP")
    assert list(bad.json()["errors"]) == ["stage"]
    ok = lb.slack.submit_view(view, modal_values(
        name="Router delivery", stage="home-broadband/installation", channel="post", owner="Logistics",
        description="The router arrives by courier", emotion="-1", pain_points="Parcel left outside\nNo tracking",
        opportunities="Text the delivery slot"), user="UTP")
    assert ok.json()["response_action"] == "update"

    def card() -> str:
        lb.api.reset()
        lb.slack.command("stage installation", user="UTP", response="stage")
        [response] = lb.api.wait_for(RESPONSE_URL, timeout=30)
        return text_of(response.params["blocks"])

    assert "• Router delivery (post, Logistics) · _logged by <@UTP>_" in card()
    assert lb.core.status().touchpoints == 5
    lb.map_path.write_text(MAP.replace("Sign up online in minutes", "Sign up online in two minutes"),
                           encoding="utf-8")
    report = lb.core.ingestor.run([lb.map_path])
    assert report.files[0].status == "stored" and report.files[0].replaced >= 1
    assert "• Router delivery (post, Logistics) · _logged by <@UTP>_" in card()
    lb.core.reindex()
    assert lb.core.status().touchpoints == 5
    answer = answer_to(lb, "Which touchpoints does the installation stage have?")
    assert "Router delivery" in answer


def test_undo_removes_only_your_own_last_item_and_mine_lists_items_with_remove_buttons(lb):
    for text in ("feedback order form: The form forgot my flat number", "feedback billing: Paper bills please"):
        lb.slack.command(text, user="UMINE", response="mine-log")
    lb.api.wait_for(RESPONSE_URL, 2, timeout=30)
    lb.settle()
    mine_before = [r.text for r in lb.feedback_rows() if r.user_id == "UMINE"]
    assert mine_before == ["The form forgot my flat number", "Paper bills please"]

    lb.slack.command("undo", user="UOTHER", response="other")
    lb.settle()
    [other] = lb.responses("other")
    assert other["text"] == "You have no logged items to undo."
    assert [r.text for r in lb.feedback_rows() if r.user_id == "UMINE"] == mine_before

    lb.slack.command("undo", user="UMINE", response="undo")
    lb.settle()
    [undone] = lb.responses("undo")
    assert "Removed your last item: Feedback “Paper bills please”" in undone["text"]
    assert [r.text for r in lb.feedback_rows() if r.user_id == "UMINE"] == ["The form forgot my flat number"]

    lb.slack.command("mine", user="UMINE", response="list")
    lb.settle()
    [listed] = lb.responses("list")
    [item] = [b for b in listed["blocks"] if "accessory" in b]
    assert "The form forgot my flat number" in item["text"]["text"]
    remove = item["accessory"]["value"]
    lb.slack.click("logbook_remove", remove, user="UOTHER", response="steal")
    lb.settle()
    assert "Only the item's author (UMINE) or an admin" in lb.responses("steal")[0]["text"]
    lb.slack.click("logbook_remove", remove, user="UADMIN", response="admin")
    lb.settle()
    assert lb.responses("admin")[0]["text"].startswith("🗑️ Removed Feedback “The form forgot my flat number”")
    assert [r for r in lb.feedback_rows() if r.user_id == "UMINE"] == []


def test_the_message_shortcut_turns_a_message_into_feedback_with_its_permalink(lb):
    lb.api.override("chat.getPermalink", {"ok": True, "permalink": "https://fake.slack.test/archives/C9/p1"})
    message = {"type": "message", "user": "UCUST", "ts": "1700000100.000200",
               "text": "Customer says the address check rejects new-build homes, call 020 7946 0958"}
    lb.slack.interaction({"type": "message_action", "callback_id": "log_as_feedback", "team": {"id": "T0001"},
                          "user": {"id": "USHORT"}, "channel": {"id": "C9"}, "message": message,
                          "trigger_id": "trig-short", "response_url": lb.api.response_url("short")})
    view = opened_view(lb)
    verbatim = next(b for b in view["blocks"] if b["block_id"] == "text")["element"]["initial_value"]
    assert verbatim == "Customer says the address check rejects new-build homes, call [phone]"
    values = modal_values(touchpoint="home-broadband/order/address-check", text=verbatim, source="chat")
    assert lb.slack.submit_view(view, values, user="USHORT").json()["response_action"] == "update"
    lb.slack.submit_view({**view, "id": "V2"}, values, user="USHORT")  # the same message logged again
    [row] = [r for r in lb.feedback_rows() if r.user_id == "USHORT"]
    assert row.permalink == "https://fake.slack.test/archives/C9/p1" and row.channel_id == "C9"
    [call] = lb.api.calls_to("chat.getPermalink")[:1]
    assert (call.params["channel"], call.params["message_ts"]) == ("C9", "1700000100.000200")


def test_change_place_moves_a_one_liner_and_reindexes_it(lb):
    lb.slack.command("feedback order: The engineer was rude on the phone", user="UMOVE", response="move")
    [confirmation] = lb.api.wait_for(RESPONSE_URL, timeout=30)
    move = confirmation.params["blocks"][-1]["elements"][0]
    lb.slack.click(move["action_id"], move["value"], user="UMOVE")
    view = opened_view(lb)
    assert view["callback_id"] == "logbook_place"
    reply = lb.slack.submit_view(view, modal_values(stage="home-broadband/installation"), user="UMOVE").json()
    assert reply["response_action"] == "update"
    [row] = [r for r in lb.feedback_rows() if r.user_id == "UMOVE"]
    assert row.stage_id == "home-broadband/installation" and row.where_text == "Installation (Home broadband)"
    hits = lb.core.index.keywords.containing_all(["rude"], kinds=("feedback",))
    assert hits


def test_feedback_logged_from_the_cli_while_the_bot_runs_is_cited_by_its_next_answer(lb):
    env = {**os.environ, "JOURNEY_DATA_DIR": str(lb.core.settings.data_dir), "PYTHONPATH": str(ROOT),
           "JOURNEY_DATABASE_URL": lb.core.settings.resolved_database_url,
           "HF_HUB_OFFLINE": "1", "ANONYMIZED_TELEMETRY": "False", "USER": "casey"}
    result = subprocess.run([sys.executable, "-m", "bot.cli", "log", "feedback", "--where", "monthly bill",
                             "--text", "The direct debit date moved without warning", "--score", "3"],
                            env=env, capture_output=True, text=True, timeout=240, cwd=ROOT)
    assert result.returncode == 0, result.stderr
    assert "Logged feedback" in result.stdout and "Monthly bill" in result.stdout
    with lb.core.db.session() as session:
        assert session.scalar(select(func.count()).select_from(Feedback).where(Feedback.user_id == "casey")) == 1
    answer = answer_to(lb, "What do customers say about the monthly bill?")
    assert "The direct debit date moved without warning" in answer
    assert "casey" in answer


def test_help_lists_the_logging_subcommands(lb):
    text = lb.slack.command("help").json()["text"]
    for name in ("feedback", "log", "mine", "undo"):
        assert f"`/journey {name}" in text
