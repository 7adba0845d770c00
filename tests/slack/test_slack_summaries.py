"""Summaries and alerts posted to Slack (against the fake Web API): `--post`, the schedule, ingest alerts."""

from __future__ import annotations

import re
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from fake_slack_api import RESPONSE_URL, UPLOAD
from journey_seed import seed
from slack_requests import SIGNING_SECRET

from bot.scheduler import Scheduler
from bot.slack.client import make_web_client
from bot.slack.summary_post import SummaryPoster
from journeys.core import Core
from journeys.settings import Settings
from journeys.store.models import SummaryPost
from journeys.subscriptions import Request, subscribe, subscribe_alerts
from tests.test_postgres import postgres_url  # noqa: F401 - the fixture

PNG = b"\x89PNG\r\n\x1a\n"


def settings_for(data_dir: Path, api_url: str, token: str | None = "xoxb-test") -> Settings:
    return Settings(data_dir=data_dir, database_url=None, chroma_url=None, slack_bot_token=token,
                    slack_signing_secret=SIGNING_SECRET, slack_app_token=None, slack_api_url=api_url)


@pytest.fixture
def cli(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, fake_api):  # type: ignore[no-untyped-def]
    """`journey ...` in-process with Slack credentials pointing at the fake Web API."""
    from typer.testing import CliRunner

    import bot.context
    from bot.cli import app

    monkeypatch.setenv("JOURNEY_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("SLACK_BOT_TOKEN", "xoxb-test")
    monkeypatch.setenv("SLACK_API_URL", fake_api.url)
    bot.context.settings.cache_clear()
    bot.context.core.cache_clear()
    runner = CliRunner()

    def call(*args: str) -> tuple[int, str, str]:
        result = runner.invoke(app, list(args))
        return result.exit_code, result.stdout, result.stderr

    yield call
    bot.context.core.cache_clear()
    bot.context.settings.cache_clear()


def seeded_core(data_dir: Path, api_url: str) -> Core:
    core = Core(settings_for(data_dir, api_url))
    seed(core.db)
    return core


def test_post_makes_one_top_level_message_with_the_scorecard_and_uploads_one_png(cli, tmp_path, fake_api):  # type: ignore[no-untyped-def]
    seeded_core(tmp_path / "data", fake_api.url).close()
    fake_api.reset()
    code, out, err = cli("summary", "--week", "2026-W46", "--post", "--channel", "C1")
    assert code == 0, err
    [message] = fake_api.calls_to("chat.postMessage")
    assert message.params["channel"] == "C1" and not message.params.get("thread_ts")
    blocks = message.params["blocks"]
    assert blocks[0]["text"]["text"] == "Journey summary · 2026-W46"
    scorecard = next(b["text"]["text"] for b in blocks if b["type"] == "section" and "*Scorecard*" in b["text"]["text"])
    assert "conversion rate at Decision: 2.7%" in scorecard and "target 3.0%" in scorecard
    assert len(fake_api.calls_to("files.getUploadURLExternal")) == 1
    [upload] = fake_api.calls_to(UPLOAD)
    assert upload.params["content"].startswith(PNG)
    [complete] = fake_api.calls_to("files.completeUploadExternal")
    assert complete.params["channel_id"] == "C1"
    posted = re.search(r"posted the 2026-W46 summary to C1 \(ts ([\d.]+)\)", err)
    assert posted is not None, err
    assert complete.params["thread_ts"] == posted.group(1)  # the chart goes in the summary's thread


def test_post_into_a_channel_without_the_bot_says_how_to_invite_it(cli, tmp_path, fake_api):  # type: ignore[no-untyped-def]
    seeded_core(tmp_path / "data", fake_api.url).close()
    fake_api.override("chat.postMessage", {"ok": False, "error": "not_in_channel"})
    code, _, err = cli("summary", "--week", "2026-W46", "--post", "--channel", "C7")
    assert code == 1 and "/invite @Journey Assistant" in err and "Traceback" not in err
    assert fake_api.calls_to(UPLOAD) == []


def test_a_subscription_due_in_two_minutes_posts_once_and_not_again_after_a_restart(tmp_path, fake_api):  # type: ignore[no-untyped-def]
    settings = settings_for(tmp_path / "data", fake_api.url)
    core = seeded_core(tmp_path / "data", fake_api.url)
    now = datetime(2026, 11, 16, 8, 58)  # a Monday, UTC; the run covers the last full week, 2026-W46
    due = now + timedelta(minutes=2)
    subscribe(core.db, "C9", Request("weekly", due.weekday(), f"{due:%H:%M}", "UTC"), "U1", now=now)
    fake_api.reset()

    scheduler = Scheduler(core, SummaryPoster(make_web_client(settings), core))
    assert scheduler.tick(now)["summaries_posted"] == 0
    assert scheduler.tick(now + timedelta(minutes=1))["summaries_posted"] == 0
    assert scheduler.tick(now + timedelta(minutes=2, seconds=5))["summaries_posted"] == 1
    assert scheduler.tick(now + timedelta(minutes=3))["summaries_posted"] == 0
    [message] = fake_api.calls_to("chat.postMessage")
    assert message.params["channel"] == "C9" and "2026-W46" in message.params["blocks"][0]["text"]["text"]
    assert len(fake_api.calls_to(UPLOAD)) == 1
    core.close()

    restarted = Core(settings)  # a new process on the same database
    again = Scheduler(restarted, SummaryPoster(make_web_client(settings), restarted))
    assert again.tick(now + timedelta(minutes=10))["summaries_posted"] == 0
    assert len(fake_api.calls_to("chat.postMessage")) == 1
    with restarted.db.session() as session:
        [row] = session.query(SummaryPost).all()
        assert (row.period, row.status, row.channel_id) == ("2026-W46", "posted", "C9")
    restarted.close()


def test_a_run_missed_while_down_is_posted_within_its_period_and_older_ones_are_skipped(tmp_path, fake_api):  # type: ignore[no-untyped-def]
    settings = settings_for(tmp_path / "data", fake_api.url)
    core = seeded_core(tmp_path / "data", fake_api.url)
    monday = datetime(2026, 11, 2, 9, 0)
    subscribe(core.db, "C9", Request("weekly", 0, "09:00", "Europe/London"), now=monday - timedelta(days=1))
    poster = SummaryPoster(make_web_client(settings), core)
    fake_api.reset()
    assert poster.run_due(monday + timedelta(days=1)) == 1  # down on Monday, back on Tuesday: still posted
    assert poster.run_due(monday + timedelta(days=16)) == 1  # down for two weeks: only the latest run
    with core.db.session() as session:
        rows = {r.period: r.status for r in session.query(SummaryPost)}
    assert rows == {"2026-W44": "posted", "2026-W45": "skipped", "2026-W46": "posted"}
    core.close()


def test_a_dead_posters_claim_is_taken_over_after_its_lease_but_a_posted_one_never(tmp_path, fake_api):  # type: ignore[no-untyped-def]
    from journeys.summary import claims

    core = seeded_core(tmp_path / "data", fake_api.url)
    now = datetime(2026, 11, 16, 9, 0)
    first = claims.claim(core.db, SummaryPost, "a", now, subscription_id=1, period="2026-W46", channel_id="C")
    assert first is not None
    assert claims.claim(core.db, SummaryPost, "b", now + timedelta(minutes=1), subscription_id=1,
                        period="2026-W46", channel_id="C") is None  # leased by a
    taken = claims.claim(core.db, SummaryPost, "b", now + timedelta(minutes=6), subscription_id=1,
                         period="2026-W46", channel_id="C")
    assert taken == first  # a died mid-post: b takes over
    claims.finish(core.db, SummaryPost, taken)
    assert claims.claim(core.db, SummaryPost, "c", now + timedelta(days=1), subscription_id=1,
                        period="2026-W46", channel_id="C") is None
    core.close()


KPI_HEADER = "metric,value,date,journey,stage,touchpoint,target,unit,higher_is_better\n"
WEEKS = ["2026-10-05", "2026-10-12", "2026-10-19", "2026-10-26", "2026-11-02"]


def write_kpis(path: Path, values: list[float], extra: str = "") -> Path:
    rows = [f"first_time_fix_rate,{v},{d},field-service,Repair,Engineer visit,75,%,true\n"
            for v, d in zip(values, WEEKS, strict=False)]
    path.write_text(KPI_HEADER + "".join(rows) + extra, encoding="utf-8")
    return path


def test_an_ingest_that_pushes_a_metric_below_target_posts_one_alert_and_reingesting_posts_none(  # type: ignore[no-untyped-def]
        cli, tmp_path, fake_api, embedder):
    kpis = write_kpis(tmp_path / "kpis.csv", [90, 78, 88, 80])
    assert cli("ingest", str(kpis))[0] == 0
    core = Core(settings_for(tmp_path / "data", fake_api.url))
    assert subscribe_alerts(core.db, "CALERT", "U1")
    fake_api.reset()

    write_kpis(kpis, [90, 78, 88, 80, 74])  # 74 < 75 the week after 80: crossed below target
    code, out, err = cli("ingest", str(kpis))
    assert code == 0, err
    [alert] = fake_api.calls_to("chat.postMessage")
    assert alert.params["channel"] == "CALERT"
    assert "first time fix rate at Engineer visit fell short of its target: 74% (target 75%)" in alert.params["text"]
    assert "2026-W45" in alert.params["text"]

    assert cli("ingest", str(kpis))[0] == 0  # unchanged
    write_kpis(kpis, [90, 78, 88, 80, 74], extra="first_time_fix_rate,74,2026-11-03,field-service,Repair,"
                                                  "Engineer visit,75,%,true\n")  # changed, same alert
    assert cli("ingest", str(kpis))[0] == 0
    assert len(fake_api.calls_to("chat.postMessage")) == 1
    core.close()


def test_without_credentials_the_bot_posts_the_alert_on_its_next_check(tmp_path, fake_api, embedder):  # type: ignore[no-untyped-def]
    data = tmp_path / "data"
    kpis = write_kpis(tmp_path / "kpis.csv", [90, 78, 88, 80])
    ingester = Core(settings_for(data, fake_api.url, token=None), embedder=embedder)  # a laptop
    ingester.ingestor.run([kpis])
    bot_core = Core(settings_for(data, fake_api.url), embedder=embedder)
    subscribe_alerts(bot_core.db, "CALERT")
    scheduler = Scheduler(bot_core, SummaryPoster(make_web_client(bot_core.settings), bot_core))
    assert scheduler.tick()["alerts_posted"] == 0
    ingester.ingestor.run([write_kpis(kpis, [90, 78, 88, 80, 74])])
    assert fake_api.calls_to("chat.postMessage") == []  # the ingesting process has no token
    assert scheduler.tick()["alerts_posted"] == 1
    assert scheduler.tick()["alerts_posted"] == 0
    assert len(fake_api.calls_to("chat.postMessage")) == 1
    ingester.close()
    bot_core.close()


# --- the slash commands, through signed requests to the real bolt app -------------------------------------


def responses(bot) -> list[str]:  # type: ignore[no-untyped-def]
    bot.settle()
    return [c.params.get("text", "") for c in bot.api.calls_to(RESPONSE_URL)]


def test_subscribe_lists_and_unsubscribe_in_a_channel(bot):  # type: ignore[no-untyped-def]
    bot.slack.command("subscribe weekly friday 16:30 Europe/Paris", channel="C5")
    [text] = responses(bot)
    assert text.startswith("Subscribed: weekly summary, every Friday at 16:30 Europe/Paris; next Fri ")
    assert "CET" in text or "CEST" in text
    [announcement] = bot.api.calls_to("chat.postMessage")
    assert announcement.params["channel"] == "C5" and "subscribed this channel" in announcement.params["text"]
    bot.slack.command("subscribe alerts", channel="C5")
    bot.slack.command("subscriptions", channel="C5")
    texts = responses(bot)
    assert "alerts" in texts[1] and texts[2].startswith("This channel's subscriptions:")
    assert "every Friday at 16:30 Europe/Paris" in texts[2] and "alerts as they happen" in texts[2]
    assert bot.core.status().subscriptions == 2
    bot.slack.command("unsubscribe alerts", channel="C5")
    bot.slack.command("unsubscribe", channel="C5")
    bot.slack.command("subscriptions", channel="C5")
    texts = responses(bot)
    assert texts[3:] == ["This channel gets no more alerts.", "This channel gets no more scheduled summaries.",
                         texts[5]] and texts[5].startswith("This channel has no subscriptions.")
    assert bot.core.status().subscriptions == 0


@pytest.mark.parametrize(("text", "expected"), [
    ("subscribe weekly friday 25:00", "“25:00” is not a time of day; write HH:MM (24-hour), e.g. 09:00."),
    ("subscribe weekly friday 09:00 Mars/Olympus", "“Mars/Olympus” is not an IANA time zone"),
    ("subscribe weekly fryday", "“fryday” is not a weekday; write monday … sunday."),
    ("subscribe daily monday", "A daily summary runs every day"),
])
def test_a_bad_weekday_time_or_zone_gets_the_accepted_form(bot, text, expected):  # type: ignore[no-untyped-def]
    bot.slack.command(text)
    [reply] = responses(bot)
    assert expected in reply and "subscribe weekly monday 09:00 Europe/London" in reply
    assert bot.core.status().subscriptions == 0


def test_subscribing_where_the_bot_is_not_a_member_says_how_to_invite_it(bot):  # type: ignore[no-untyped-def]
    bot.api.override("chat.postMessage", {"ok": False, "error": "not_in_channel"})
    bot.slack.command("subscribe", channel="C6")
    [reply] = responses(bot)
    assert reply.startswith("Subscribed: weekly summary, every Monday at 09:00 UTC")
    assert "I'm not a member of <#C6>" in reply and "/invite @Journey Assistant" in reply


def test_summary_posts_the_week_here_with_its_chart(bot):  # type: ignore[no-untyped-def]
    bot.slack.command("summary 2026-W46", channel="C5")
    [reply] = responses(bot)
    assert reply == "Posted the 2026-W46 summary here."
    [message] = bot.api.calls_to("chat.postMessage")
    assert message.params["channel"] == "C5" and message.params["blocks"][0]["text"]["text"].endswith("2026-W46")
    assert len(bot.api.calls_to(UPLOAD)) == 1
    bot.slack.command("summary 2026-W99", channel="C5")
    assert "is not an ISO week; write it as YYYY-Www" in responses(bot)[-1]


@pytest.mark.postgres
def test_two_replicas_on_postgresql_post_a_due_summary_once(tmp_path, fake_api, postgres_url):  # type: ignore[no-untyped-def]  # noqa: F811
    import threading

    replicas = []
    for name in ("a", "b"):
        settings = settings_for(tmp_path / name, fake_api.url).model_copy(update={"database_url": postgres_url})
        replicas.append(Core(settings))
    now = datetime(2026, 11, 16, 9, 1)  # an empty store: the summary says there is no data, once
    subscribe(replicas[0].db, "C9", Request(), now=now - timedelta(days=1))
    fake_api.reset()
    posted: list[int] = []
    posters = [SummaryPoster(make_web_client(r.settings), r) for r in replicas]
    threads = [threading.Thread(target=lambda p=p: posted.append(p.run_due(now))) for p in posters * 2]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert sorted(posted) == [0, 0, 0, 1]
    assert len(fake_api.calls_to("chat.postMessage")) == 1
    for replica in replicas:
        replica.close()
