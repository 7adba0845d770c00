"""The periods a summary covers: an ISO week (or a day), the one before it, and the trailing four weeks."""

from __future__ import annotations

import re
from datetime import date, timedelta

from journeys.errors import JourneyError
from journeys.summary.model import Window

TRAILING_DAYS = 28
_WEEK = re.compile(r"^(\d{4})-?W(\d{1,2})$", re.IGNORECASE)


class PeriodError(JourneyError):
    """A week or day written in a form we do not read."""


def week_label(day: date) -> str:
    year, week, _ = day.isocalendar()
    return f"{year}-W{week:02d}"


def weekly(monday: date) -> Window:
    start = monday - timedelta(days=monday.weekday())
    return Window("weekly", start, start + timedelta(days=6), week_label(start), start - timedelta(days=7),
                  start - timedelta(days=1), start - timedelta(days=TRAILING_DAYS))


def daily(day: date) -> Window:
    before = day - timedelta(days=1)
    return Window("daily", day, day, day.isoformat(), before, before, day - timedelta(days=TRAILING_DAYS))


def parse_week(text: str) -> Window:
    """`2018-W10` (ISO week) -> its window; a clear message otherwise."""
    match = _WEEK.match(text.strip())
    if match:
        year, week = int(match.group(1)), int(match.group(2))
        try:
            return weekly(date.fromisocalendar(year, week, 1))
        except ValueError:
            pass
    raise PeriodError(f"“{text}” is not an ISO week; write it as YYYY-Www, e.g. 2018-W10")


def last_full_week(today: date) -> Window:
    return weekly(today - timedelta(days=today.weekday() + 7))


def trailing_periods(window: Window) -> list[tuple[date, date]]:
    """The trailing four weeks as periods of the window's own length, oldest first."""
    length = (window.end - window.start).days + 1
    periods = []
    start = window.trailing_start
    while start < window.start:
        periods.append((start, start + timedelta(days=length - 1)))
        start += timedelta(days=length)
    return periods


def history_periods(window: Window, count: int = 8) -> list[tuple[date, date]]:
    """The `count` periods ending with the window's own (for the chart), oldest first."""
    length = (window.end - window.start).days + 1
    return [(window.start - timedelta(days=length * i), window.end - timedelta(days=length * i))
            for i in range(count - 1, -1, -1)]
