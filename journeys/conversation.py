"""The conversation so far in a Slack thread: its answered questions, for an LLM's prompt."""

from __future__ import annotations

from sqlalchemy import select

from journeys.store.db import Database
from journeys.store.models import AnswerLog


def recent_turns(db: Database, channel_id: str, thread_ts: str | None, limit: int = 3) -> list[tuple[str, str]]:
    """The last `limit` (question, answer) pairs answered in the thread (None: a DM's top level), oldest first."""
    where = AnswerLog.thread_ts.is_(None) if thread_ts is None else AnswerLog.thread_ts == thread_ts
    with db.session() as session:
        rows = session.execute(select(AnswerLog.question, AnswerLog.answer)
                               .where(AnswerLog.channel_id == channel_id, where, AnswerLog.abstained.is_(False))
                               .order_by(AnswerLog.created_at.desc()).limit(limit)).all()
    return [(r.question, r.answer) for r in reversed(rows)]
