"""The real bolt app served over HTTP (waitress, port 0) against a fake Slack Web API; requests are signed."""

from __future__ import annotations

import sys
import threading
from concurrent.futures import Future, ThreadPoolExecutor, wait
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests/: the fake API and seed, shared with bench/

from fake_slack_api import FakeSlackApi  # noqa: E402
from journey_seed import seed  # noqa: E402
from slack_requests import SIGNING_SECRET, SlackSender  # noqa: E402

from bot.slack.app import create_app  # noqa: E402
from bot.slack.server import HttpServer  # noqa: E402
from journeys.answers.model import Answer, Focus, Source  # noqa: E402
from journeys.core import Core  # noqa: E402
from journeys.errors import JourneyError  # noqa: E402
from journeys.settings import Settings  # noqa: E402


class ScriptedAnswerer:
    """Answers like the engine would (Markdown, numbered sources, a focus), and remembers what it was asked."""

    def __init__(self) -> None:
        self.asked: list[tuple[str, Focus | None]] = []
        self.delay = 0.0
        self._lock = threading.Lock()

    def answer(self, question: str, stage: str | None = None, k: int | None = None,
               focus: Focus | None = None) -> Answer:
        with self._lock:
            self.asked.append((question, focus))
        if self.delay:
            threading.Event().wait(self.delay)
        if "explode" in question:
            raise RuntimeError("the index is on fire")
        if "unknown" in question:
            raise JourneyError("no stage matches “Hyperspace”")
        return Answer(
            question=question,
            answer=f"**Checkout** conversion fell to 2.7% [1]. One customer: delivery costs came late [2].\n\n"
                   f"- asked: {question}",
            abstained=False,
            sources=[
                Source(1, "kpi", "kpi:conversion", "Conversion rate · Decision", "2.7% on 2026-11-09",
                       "2026-11-09", 0.9),
                Source(2, "comment", "comment:c1", "Checkout",
                       "Couldn't find the delivery costs anywhere before checkout, which was really annoying "
                       "because I had already spent twenty minutes choosing.", "2026-11-03", 0.8),
            ],
            focus=Focus(journey_id="online-purchase", stage_id="online-purchase/decision",
                        metric=f"m{len(self.asked)}"),
        )


class FakeAnswersCore(Core):
    """The real core (SQL store, cards, votes, events) with a scripted answerer instead of the search engine."""

    def __init__(self, settings: Settings, answerer: ScriptedAnswerer) -> None:
        super().__init__(settings)
        self.scripted = answerer

    def answer(self, question: str, stage: str | None = None, k: int | None = None,
               focus: Focus | None = None) -> Answer:
        return self.scripted.answer(question, stage=stage, k=k, focus=focus)


class TrackingExecutor(ThreadPoolExecutor):
    """Bolt's listener pool, which tests can wait on until every listener (the work after the ack) is done."""

    def __init__(self) -> None:
        super().__init__(max_workers=32, thread_name_prefix="test-listener")
        self.futures: list[Future] = []

    def submit(self, fn, /, *args, **kwargs):  # type: ignore[no-untyped-def, override]
        future = super().submit(fn, *args, **kwargs)
        self.futures.append(future)
        return future

    def wait_idle(self, timeout: float = 15.0) -> None:
        done, pending = wait(list(self.futures), timeout=timeout)
        assert not pending, f"{len(pending)} listeners still running"
        for future in done:
            future.result()


class Bot:
    def __init__(self, api: FakeSlackApi, core: FakeAnswersCore, server: HttpServer, executor: TrackingExecutor):
        self.api, self.core, self.server, self.executor = api, core, server, executor
        self.answerer = core.scripted
        self.slack = SlackSender(server.url, SIGNING_SECRET, api)

    def settle(self) -> None:
        """Wait until every listener started so far has finished."""
        self.executor.wait_idle()


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
