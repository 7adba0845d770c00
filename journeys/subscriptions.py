"""Channels that get summaries (weekly or daily, at a local time) or alerts, and when each run is due.

A weekly subscription posts the last full ISO week at its weekday and time; a daily one posts the day before.
A run missed while the bot was down is still posted until the next run is due; older ones are skipped.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from rapidfuzz import fuzz
from sqlalchemy import delete, select
from sqlalchemy.exc import IntegrityError

from journeys.errors import JourneyError
from journeys.store.db import Database
from journeys.store.models import AlertSubscription, Subscription

WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
FORM = ("`subscribe [weekly|daily] [WEEKDAY] [HH:MM] [TZ] [journey or stage]`, "
        "e.g. `subscribe weekly monday 09:00 Europe/London`")
_TIME = re.compile(r"^([01]?\d|2[0-3]):([0-5]\d)$")


class SubscriptionError(JourneyError):
    """A subscribe request we cannot read; the message gives the accepted form."""


@dataclass(frozen=True)
class Request:
    cadence: str = "weekly"
    weekday: int = 0
    time_of_day: str = "09:00"
    timezone: str = "UTC"
    scope: str | None = None


def parse_request(text: str) -> Request:
    """`weekly friday 16:30 Europe/Paris my journey` -> Request; each part optional, in this order."""
    words = text.split()
    cadence, weekday, at, zone = "weekly", 0, "09:00", "UTC"
    if words and words[0].lower() in ("weekly", "daily"):
        cadence = words.pop(0).lower()
    if words and (day := _weekday(words[0])) is not None:
        if cadence == "daily":
            raise SubscriptionError(f"a daily summary runs every day, so “{words[0]}” has no place; use {FORM}")
        weekday = day
        words.pop(0)
    if words and ":" in words[0]:
        if not _TIME.match(words[0]):
            raise SubscriptionError(f"“{words[0]}” is not a time of day; write HH:MM (24-hour), e.g. 09:00. {FORM}")
        hours, minutes = words.pop(0).split(":")
        at = f"{int(hours):02d}:{minutes}"
    if words and ("/" in words[0] or words[0].upper() == "UTC"):
        zone = words.pop(0)
        try:
            ZoneInfo(zone)
        except (ZoneInfoNotFoundError, ValueError):
            raise SubscriptionError(f"“{zone}” is not an IANA time zone; write it like Europe/London or "
                                    f"America/New_York. {FORM}") from None
    scope = " ".join(words).strip() or None
    if scope and re.match(r"^\d", scope):
        raise SubscriptionError(f"“{scope.split()[0]}” is not a time of day; write HH:MM (24-hour), e.g. 09:00. "
                                f"{FORM}")
    if scope and _looks_like_a_bad_weekday(scope):
        raise SubscriptionError(f"“{scope.split()[0]}” is not a weekday; write monday … sunday. {FORM}")
    return Request(cadence, weekday, at, "UTC" if zone.upper() == "UTC" else zone, scope)


def _weekday(word: str) -> int | None:
    word = word.lower()
    for i, name in enumerate(WEEKDAYS):
        if word == name or (len(word) >= 3 and name.startswith(word)):
            return i
    return None


def _looks_like_a_bad_weekday(scope: str) -> bool:
    """`subscribe weekly mondya`: a misspelt weekday, not a journey or stage name."""
    first = scope.split()[0].lower()
    return (first.endswith("day") and len(first) <= 9) or max(fuzz.ratio(first, d) for d in WEEKDAYS) >= 75


def utcnow() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)


def subscribe(db: Database, channel_id: str, request: Request, user_id: str | None = None,
              now: datetime | None = None) -> Subscription:
    """This channel's summary subscription, created or replaced (one a channel)."""
    with db.session() as session:
        sub = session.scalar(select(Subscription).where(Subscription.channel_id == channel_id))
        if sub is None:
            sub = Subscription(channel_id=channel_id, created_at=now or utcnow())
            session.add(sub)
        sub.cadence, sub.weekday, sub.time_of_day = request.cadence, request.weekday, request.time_of_day
        sub.timezone, sub.scope, sub.created_by = request.timezone, request.scope, user_id
        session.flush()
        session.expunge(sub)
        return sub


def subscribe_alerts(db: Database, channel_id: str, user_id: str | None = None) -> bool:
    """True when newly subscribed, False when the channel already was."""
    try:
        with db.session() as session:
            session.add(AlertSubscription(channel_id=channel_id, created_by=user_id, created_at=utcnow()))
    except IntegrityError:
        return False
    return True


def unsubscribe(db: Database, channel_id: str, alerts: bool = False) -> bool:
    model = AlertSubscription if alerts else Subscription
    with db.session() as session:
        result = session.execute(delete(model).where(model.channel_id == channel_id))
        return bool(result.rowcount)  # type: ignore[attr-defined]


def summary_subscriptions(db: Database, channel_id: str | None = None) -> list[Subscription]:
    with db.session() as session:
        query = select(Subscription).order_by(Subscription.id)
        if channel_id:
            query = query.where(Subscription.channel_id == channel_id)
        rows = list(session.scalars(query))
        session.expunge_all()
        return rows


def alert_channels(db: Database) -> list[AlertSubscription]:
    with db.session() as session:
        rows = list(session.scalars(select(AlertSubscription).order_by(AlertSubscription.id)))
        session.expunge_all()
        return rows


# --- when runs are due ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Run:
    """One scheduled post: when (UTC, naive) and which period it covers."""

    at: datetime
    period: str  # 2018-W10 or 2018-03-05
    start: date  # the period's first day


def _local(at_utc: datetime, zone: str) -> datetime:
    return at_utc.replace(tzinfo=UTC).astimezone(ZoneInfo(zone))


def _run_at(sub: Subscription, day: date) -> datetime:
    hours, minutes = (int(x) for x in sub.time_of_day.split(":"))
    local = datetime.combine(day, time(hours, minutes), ZoneInfo(sub.timezone))
    return local.astimezone(UTC).replace(tzinfo=None)


def _run_on(sub: Subscription, day: date) -> Run:
    if sub.cadence == "daily":
        covered = day - timedelta(days=1)
        return Run(_run_at(sub, day), covered.isoformat(), covered)
    monday = day - timedelta(days=day.weekday() + 7)  # the last full ISO week before the run's day
    year, week, _ = monday.isocalendar()
    return Run(_run_at(sub, day), f"{year}-W{week:02d}", monday)


def _run_days(sub: Subscription, around: date, back: int, ahead: int) -> list[date]:
    days = [around + timedelta(days=d) for d in range(-back, ahead + 1)]
    return [d for d in days if sub.cadence == "daily" or d.weekday() == sub.weekday]


def latest_runs(sub: Subscription, now: datetime, count: int = 2) -> list[Run]:
    """The `count` most recent runs at or before `now` (UTC, naive), newest first."""
    today = _local(now, sub.timezone).date()
    runs = [_run_on(sub, d) for d in reversed(_run_days(sub, today, 15, 0))]
    return [r for r in runs if r.at <= now][:count]


def next_run(sub: Subscription, now: datetime) -> datetime:
    """The next run after `now`, in the subscription's own time zone."""
    today = _local(now, sub.timezone).date()
    run = next(_run_on(sub, d) for d in _run_days(sub, today, 0, 8) if _run_on(sub, d).at > now)
    return _local(run.at, sub.timezone)


def describe(sub: Subscription, now: datetime) -> str:
    when = "every day" if sub.cadence == "daily" else f"every {WEEKDAYS[sub.weekday].capitalize()}"
    scope = f" for {sub.scope}" if sub.scope else ""
    upcoming = next_run(sub, now)
    return (f"{sub.cadence} summary{scope}, {when} at {sub.time_of_day} {sub.timezone}; "
            f"next {upcoming:%a %Y-%m-%d %H:%M %Z}")
