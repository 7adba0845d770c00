"""The real bolt app served over HTTP (waitress, port 0) against a fake Slack Web API; requests are signed."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests/: the fake API and seed, shared with bench/

from fake_slack_api import FakeSlackApi  # noqa: E402
from journey_seed import seed  # noqa: E402
from slack_harness import Bot, FakeAnswersCore, ScriptedAnswerer, TrackingExecutor  # noqa: E402
from slack_requests import SIGNING_SECRET  # noqa: E402

from bot.slack.app import create_app  # noqa: E402
from bot.slack.server import HttpServer  # noqa: E402
from journeys.settings import Settings  # noqa: E402


@pytest.fixture
def fake_api():
    with FakeSlackApi() as api:
        yield api


@pytest.fixture
def slack_settings(tmp_path, fake_api) -> Settings:
    return Settings(data_dir=tmp_path / "data", database_url=None, chroma_url=None, slack_bot_token="xoxb-test",
                    slack_signing_secret=SIGNING_SECRET, slack_app_token=None, slack_api_url=fake_api.url)


@pytest.fixture
def bot(slack_settings, fake_api):
    core = FakeAnswersCore(slack_settings, ScriptedAnswerer())
    seed(core.db)
    executor = TrackingExecutor()
    app = create_app(slack_settings, core, executor=executor)  # auth.test goes to the fake
    server = HttpServer(app, host="127.0.0.1", port=0, asyncore_loop_timeout=0.05).start()  # quick to stop
    fake_api.reset()
    yield Bot(fake_api, core, server, executor)
    server.stop()
    executor.shutdown(wait=True)
    core.close()
