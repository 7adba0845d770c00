"""SQLAlchemy models: SQL is the source of truth; the search indexes are derived from it."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (
    JSON,
    Boolean,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column


class Base(DeclarativeBase):
    pass


class Source(Base):
    """A knowledge file ingested: its content hash decides whether it changed."""

    __tablename__ = "sources"
    path: Mapped[str] = mapped_column(String(1024), primary_key=True)
    kind: Mapped[str] = mapped_column(String(16))
    file_hash: Mapped[str] = mapped_column(String(64))
    items: Mapped[int] = mapped_column(Integer, default=0)
    ingested_at: Mapped[datetime] = mapped_column(DateTime)
    # How the file was read (kind, column mapping, date format, ignored columns), to read it again the same way.
    options: Mapped[dict | None] = mapped_column(JSON, nullable=True)
    shared: Mapped[int] = mapped_column(Integer, default=0)  # rows another source already stores (duplicates)
    redacted: Mapped[dict | None] = mapped_column(JSON, nullable=True)  # personal data found: kind -> count


class StoreState(Base):
    """Small facts about the store as a whole, e.g. `held_knowledge` once anything was ever ingested."""

    __tablename__ = "store_state"
    key: Mapped[str] = mapped_column(String(100), primary_key=True)
    value: Mapped[str] = mapped_column(String(200))


class Journey(Base):
    __tablename__ = "journeys"
    id: Mapped[str] = mapped_column(String(200), primary_key=True)
    name: Mapped[str] = mapped_column(String(300))
    persona: Mapped[str | None] = mapped_column(Text)
    owner: Mapped[str | None] = mapped_column(String(300))
    updated: Mapped[date | None] = mapped_column(Date)
    description: Mapped[str | None] = mapped_column(Text)
    source_path: Mapped[str | None] = mapped_column(String(1024), index=True)
    content_hash: Mapped[str] = mapped_column(String(64))


class Stage(Base):
    __tablename__ = "stages"
    id: Mapped[str] = mapped_column(String(400), primary_key=True)
    journey_id: Mapped[str] = mapped_column(ForeignKey("journeys.id", ondelete="CASCADE"), index=True)
    slug: Mapped[str] = mapped_column(String(200))
    name: Mapped[str] = mapped_column(String(300))
    position: Mapped[int] = mapped_column(Integer)
    goal: Mapped[str | None] = mapped_column(Text)
    emotion: Mapped[int | None] = mapped_column(Integer)
    pain_points: Mapped[list] = mapped_column(JSON, default=list)
    opportunities: Mapped[list] = mapped_column(JSON, default=list)
    content_hash: Mapped[str] = mapped_column(String(64))


class Touchpoint(Base):
    """A touchpoint from a map (origin `map`) or logged from Slack/the CLI (origin `logged`)."""

    __tablename__ = "touchpoints"
    id: Mapped[str] = mapped_column(String(600), primary_key=True)
    journey_id: Mapped[str] = mapped_column(String(200), index=True)
    stage_id: Mapped[str] = mapped_column(String(400), index=True)
    slug: Mapped[str] = mapped_column(String(200))
    name: Mapped[str] = mapped_column(String(300))
    position: Mapped[int] = mapped_column(Integer, default=0)
    channel: Mapped[str | None] = mapped_column(String(100))
    owner: Mapped[str | None] = mapped_column(String(300))
    description: Mapped[str | None] = mapped_column(Text)
    emotion: Mapped[int | None] = mapped_column(Integer)
    pain_points: Mapped[list] = mapped_column(JSON, default=list)
    opportunities: Mapped[list] = mapped_column(JSON, default=list)
    metrics: Mapped[list] = mapped_column(JSON, default=list)
    origin: Mapped[str] = mapped_column(String(16), default="map")
    logged_by: Mapped[str | None] = mapped_column(String(100))
    logged_at: Mapped[datetime | None] = mapped_column(DateTime)
    content_hash: Mapped[str] = mapped_column(String(64))


class Comment(Base):
    """A survey comment; raw location names as the file gave them, resolved ids where a map knows them."""

    __tablename__ = "comments"
    id: Mapped[str] = mapped_column(String(300), primary_key=True)
    text: Mapped[str] = mapped_column(Text)
    date: Mapped[datetime | None] = mapped_column(DateTime, index=True)
    journey: Mapped[str | None] = mapped_column(String(300))
    stage: Mapped[str | None] = mapped_column(String(300))
    touchpoint: Mapped[str | None] = mapped_column(String(300))
    journey_id: Mapped[str | None] = mapped_column(String(200), index=True)
    stage_id: Mapped[str | None] = mapped_column(String(400), index=True)
    touchpoint_id: Mapped[str | None] = mapped_column(String(600), index=True)
    channel: Mapped[str | None] = mapped_column(String(100))
    score: Mapped[float | None] = mapped_column(Float)
    score_type: Mapped[str | None] = mapped_column(String(16))
    segment: Mapped[str | None] = mapped_column(String(300))
    customer: Mapped[str | None] = mapped_column(String(300))
    properties: Mapped[dict] = mapped_column(JSON, default=dict)
    source_path: Mapped[str | None] = mapped_column(String(1024), index=True)
    line: Mapped[int | None] = mapped_column(Integer)
    content_hash: Mapped[str] = mapped_column(String(64))
    raw_hash: Mapped[str | None] = mapped_column(String(64), index=True)


class Kpi(Base):
    """One KPI snapshot value (long format)."""

    __tablename__ = "kpis"
    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    metric: Mapped[str] = mapped_column(String(200))
    metric_slug: Mapped[str] = mapped_column(String(200), index=True)
    value: Mapped[float] = mapped_column(Float)
    date: Mapped[date] = mapped_column(Date, index=True)
    journey: Mapped[str | None] = mapped_column(String(300))
    stage: Mapped[str | None] = mapped_column(String(300))
    touchpoint: Mapped[str | None] = mapped_column(String(300))
    journey_id: Mapped[str | None] = mapped_column(String(200), index=True)
    stage_id: Mapped[str | None] = mapped_column(String(400), index=True)
    touchpoint_id: Mapped[str | None] = mapped_column(String(600))
    target: Mapped[float | None] = mapped_column(Float)
    unit: Mapped[str | None] = mapped_column(String(40))
    higher_is_better: Mapped[bool] = mapped_column(Boolean, default=True)
    properties: Mapped[dict] = mapped_column(JSON, default=dict)
    source_path: Mapped[str | None] = mapped_column(String(1024), index=True)
    line: Mapped[int | None] = mapped_column(Integer)
    content_hash: Mapped[str] = mapped_column(String(64))
    raw_hash: Mapped[str | None] = mapped_column(String(64), index=True)


class Feedback(Base):
    """Feedback logged from Slack or the CLI (personal data redacted before storing)."""

    __tablename__ = "feedback"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    text: Mapped[str] = mapped_column(Text)
    where_text: Mapped[str | None] = mapped_column(String(300))
    journey_id: Mapped[str | None] = mapped_column(String(200))
    stage_id: Mapped[str | None] = mapped_column(String(400), index=True)
    touchpoint_id: Mapped[str | None] = mapped_column(String(600))
    score: Mapped[float | None] = mapped_column(Float)
    user_id: Mapped[str | None] = mapped_column(String(100), index=True)
    channel_id: Mapped[str | None] = mapped_column(String(100))
    created_at: Mapped[datetime] = mapped_column(DateTime, index=True)


class Vote(Base):
    """A 👍/👎 on an answer, stored with what was asked and answered."""

    __tablename__ = "votes"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    value: Mapped[int] = mapped_column(Integer)
    question: Mapped[str] = mapped_column(Text)
    answer: Mapped[str] = mapped_column(Text)
    sources: Mapped[list] = mapped_column(JSON, default=list)
    reason: Mapped[str | None] = mapped_column(Text)
    user_id: Mapped[str | None] = mapped_column(String(100))
    channel_id: Mapped[str | None] = mapped_column(String(100))
    message_ts: Mapped[str | None] = mapped_column(String(40))
    created_at: Mapped[datetime] = mapped_column(DateTime)
    __table_args__ = (UniqueConstraint("user_id", "channel_id", "message_ts", name="uq_vote_per_message"),)


class Subscription(Base):
    """A channel that receives the scheduled journey summary."""

    __tablename__ = "subscriptions"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    channel_id: Mapped[str] = mapped_column(String(100), unique=True)
    cadence: Mapped[str] = mapped_column(String(16), default="weekly")
    weekday: Mapped[int] = mapped_column(Integer, default=0)
    time_of_day: Mapped[str] = mapped_column(String(5), default="09:00")
    timezone: Mapped[str] = mapped_column(String(64), default="UTC")
    created_by: Mapped[str | None] = mapped_column(String(100))
    created_at: Mapped[datetime] = mapped_column(DateTime)


class ProcessedEvent(Base):
    """One row per Slack delivery handled: a unique key stops duplicates across retries and replicas."""

    __tablename__ = "processed_events"
    key: Mapped[str] = mapped_column(String(200), primary_key=True)
    received_at: Mapped[datetime] = mapped_column(DateTime, index=True)


Index("ix_kpis_metric_date", Kpi.metric_slug, Kpi.date)


class AnswerLog(Base):
    """An answer as posted to Slack: what a 👍/👎 refers to (its id travels in the vote buttons)."""

    __tablename__ = "answer_log"
    id: Mapped[str] = mapped_column(String(32), primary_key=True)
    question: Mapped[str] = mapped_column(Text)
    answer: Mapped[str] = mapped_column(Text)
    abstained: Mapped[bool] = mapped_column(Boolean, default=False)
    sources: Mapped[list] = mapped_column(JSON, default=list)
    channel_id: Mapped[str | None] = mapped_column(String(100))
    thread_ts: Mapped[str | None] = mapped_column(String(40))
    user_id: Mapped[str | None] = mapped_column(String(100))
    created_at: Mapped[datetime] = mapped_column(DateTime, index=True)


class ThreadFocus(Base):
    """What a Slack conversation is about (the Focus of its last answer), so follow-ups keep their context."""

    __tablename__ = "thread_focus"
    channel_id: Mapped[str] = mapped_column(String(100), primary_key=True)
    thread_ts: Mapped[str] = mapped_column(String(40), primary_key=True)
    focus: Mapped[dict] = mapped_column(JSON, default=dict)
    updated_at: Mapped[datetime] = mapped_column(DateTime)


class WorkLease(Base):
    """A piece of Slack work (a question, a command, a click) claimed as a lease: at least once, replied once.

    `payload` holds what is needed to redo the work (it is cleared once done); `done_at` and `reply_ts` are set
    right after the reply is posted. A lease whose `lease_until` has passed without `done_at` is taken over.
    """

    __tablename__ = "work_leases"
    key: Mapped[str] = mapped_column(String(200), primary_key=True)
    kind: Mapped[str] = mapped_column(String(100))
    payload: Mapped[dict | None] = mapped_column(JSON)
    owner: Mapped[str] = mapped_column(String(64))
    attempts: Mapped[int] = mapped_column(Integer, default=1)
    taken_at: Mapped[datetime] = mapped_column(DateTime, index=True)
    lease_until: Mapped[datetime] = mapped_column(DateTime, index=True)
    done_at: Mapped[datetime | None] = mapped_column(DateTime)
    reply_ts: Mapped[str | None] = mapped_column(String(40))
