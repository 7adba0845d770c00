"""Subscriptions: what `subscribe` accepts, when runs are due in local time, and the daily summary."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import pytest

from journeys.store.models import Subscription
from journeys.subscriptions import Request, SubscriptionError, latest_runs, next_run, parse_request
from tests.conftest import make_core
from tests.journey_seed import seed


@pytest.mark.parametrize(("text", "expected"), [
    ("", Request()),
    ("weekly", Request()),
    ("daily 07:30", Request("daily", 0, "07:30")),
    ("weekly fri 16:30 Europe/Paris", Request("weekly", 4, "16:30", "Europe/Paris")),
    ("wednesday 8:05 UTC online purchase", Request("weekly", 2, "08:05", "UTC", "online purchase")),
    ("Decision", Request(scope="Decision")),
])
def test_subscribe_reads_each_part_in_order(text: str, expected: Request) -> None:
    assert parse_request(text) == expected


@pytest.mark.parametrize(("text", "part"), [
    ("weekly 9am", "“9am” is not a time of day"), ("weekly mondya", "“mondya” is not a weekday"),
    ("weekly monday 24:00", "“24:00” is not a time of day"),
    ("weekly monday 09:00 Europe/Atlantis", "“Europe/Atlantis” is not an IANA time zone"),
])
def test_a_bad_part_gets_the_accepted_form(text: str, part: str) -> None:
    with pytest.raises(SubscriptionError) as caught:
        parse_request(text)
    assert part in str(caught.value) and "e.g. `subscribe weekly monday 09:00 Europe/London`" in str(caught.value)


def sub(cadence: str = "weekly", weekday: int = 0, at: str = "09:00", zone: str = "Europe/London") -> Subscription:
    return Subscription(id=1, channel_id="C1", cadence=cadence, weekday=weekday, time_of_day=at, timezone=zone,
                        created_at=datetime(2026, 1, 1))


def test_runs_follow_local_time_across_daylight_saving() -> None:
    winter = next_run(sub(), datetime(2026, 1, 6, 12, 0))  # a Tuesday
    assert (winter.date(), winter.hour, winter.utcoffset().total_seconds()) == (date(2026, 1, 12), 9, 0)
    [run] = latest_runs(sub(), datetime(2026, 7, 6, 8, 30), count=1)  # Monday 09:30 BST = 08:30 UTC
    assert run.at == datetime(2026, 7, 6, 8, 0) and run.period == "2026-W27" and run.start == date(2026, 6, 29)


def test_a_daily_run_covers_the_day_before() -> None:
    runs = latest_runs(sub("daily", at="07:00", zone="UTC"), datetime(2026, 11, 10, 7, 5))
    assert [(r.period, r.at) for r in runs] == [("2026-11-09", datetime(2026, 11, 10, 7, 0)),
                                                ("2026-11-08", datetime(2026, 11, 9, 7, 0))]


def test_the_daily_summary_compares_a_day_with_the_day_before(tmp_path: Path) -> None:
    core = make_core(tmp_path / "data")
    seed(core.db)
    summary = core.daily_summary(date(2026, 11, 9), today=date(2026, 11, 12))
    w = summary.window
    assert (w.kind, w.label, w.previous_start, w.trailing_start) == ("daily", "2026-11-09", date(2026, 11, 8),
                                                                     date(2026, 10, 12))
    figures = {(f.metric, f.where): f for s in summary.sections for f in s.figures}
    conversion = figures[("conversion_rate", "Decision")]
    assert conversion.value == pytest.approx(2.7) and conversion.status == "off" and conversion.symbol == "🔻"
    assert not summary.partial and summary.window.start == summary.window.end
    core.close()


def test_an_llm_opening_is_kept_only_when_its_figures_are_the_summarys(tmp_path: Path) -> None:
    from langchain_core.language_models.fake_chat_models import FakeListChatModel

    from journeys.summary.opening import write_opening

    core = make_core(tmp_path / "data")
    seed(core.db)
    summary = core.weekly_summary("2026-W46", today=date(2026, 11, 20))
    good = "Conversion rate fell to 2.7% against a target of 3.0%. Cart abandonment at Checkout is at 75%."
    assert write_opening(FakeListChatModel(responses=[good]), summary) == good
    invented = "Conversion rate fell to 1.9%. Customers are unhappy."
    assert write_opening(FakeListChatModel(responses=[invented]), summary) == ""
    rambling = "One. Two. Three."
    assert write_opening(FakeListChatModel(responses=[rambling]), summary) == ""
    core.close()
