"""/healthz reports Slack's reachability without failing on it; /readyz is about answering only."""

from __future__ import annotations

from types import SimpleNamespace

from serve_process import free_port

from bot.slack.readiness import Readiness, SlackReachability
from bot.slack.server import slack_reachability


def test_healthz_names_slacks_state_and_stays_healthy_when_slack_is_unreachable(slack_settings, fake_api):
    services = SimpleNamespace()  # no database or index to check: only the Slack line is under test
    readiness = Readiness(services, slack_reachability(slack_settings))
    readiness.state = "ready"
    assert readiness.alive() == (True, "ok\nslack: reachable")
    assert [c.method for c in fake_api.calls_to("api.test")] == ["api.test"]

    down = slack_settings.model_copy(update={"slack_api_url": f"http://127.0.0.1:{free_port()}/api/"})
    readiness = Readiness(services, slack_reachability(down))
    readiness.state = "ready"
    good, text = readiness.alive()
    assert good and text.startswith("ok\nslack: unreachable (")
    assert readiness.ready() == (True, "ready")


def test_slack_is_asked_at_most_once_a_minute():
    calls: list[int] = []
    reachability = SlackReachability(lambda: calls.append(1), every=60)
    assert [reachability.status() for _ in range(5)] == ["reachable"] * 5
    assert calls == [1]


def test_an_unhealthy_store_fails_healthz_and_readyz_says_why_in_one_line():
    class BrokenDb:
        @property
        def engine(self):  # type: ignore[no-untyped-def]
            raise ConnectionError("gone")

    readiness = Readiness(SimpleNamespace(db=BrokenDb()), SlackReachability(lambda: None))
    readiness.state = "ready"
    assert readiness.alive() == (False, "unhealthy: ConnectionError\nslack: reachable")
    assert readiness.ready() == (False, "unhealthy: ConnectionError")
