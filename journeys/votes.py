"""Answers as posted, and the 👍/👎 votes on them (stored with the question, answer and sources)."""

from __future__ import annotations

import uuid

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError

from journeys.answers.model import Answer
from journeys.errors import JourneyError, NotFoundError
from journeys.events import utcnow
from journeys.store.db import Database
from journeys.store.models import AnswerLog, Vote
from knowledge.redaction import redact
from retrieval.reconnect import retrying


@retrying("recording an answer")
def record_answer(db: Database, answer: Answer, channel_id: str | None = None, thread_ts: str | None = None,
                  user_id: str | None = None) -> str:
    """Keep what was answered; the returned id goes into the vote buttons."""
    answer_id = uuid.uuid4().hex
    with db.session() as session:
        session.add(AnswerLog(
            id=answer_id, question=redact(answer.question).text, answer=answer.answer, abstained=answer.abstained,
            sources=[s.to_dict() for s in answer.sources], channel_id=channel_id, thread_ts=thread_ts,
            user_id=user_id, created_at=utcnow(),
        ))
    return answer_id


@retrying("recording a vote")
def record_vote(db: Database, answer_id: str, value: int, user_id: str | None, channel_id: str | None = None,
                message_ts: str | None = None, reason: str | None = None) -> int:
    """Store one person's vote on one answer; voting again on the same message changes the vote.

    A reason given later (the 👎 modal) is added to the same row. Returns the vote's id.
    """
    if value not in (1, -1):
        raise JourneyError(f"a vote is +1 or -1, not {value!r}")
    reason = redact((reason or "").strip()).text or None  # contact data typed into a reason is never stored
    for attempt in range(2):
        try:
            with db.session() as session:
                logged = session.get(AnswerLog, answer_id)
                if logged is None:
                    raise NotFoundError("that answer is no longer on record, so the vote was not stored")
                vote = None
                if user_id is not None and message_ts is not None:
                    vote = session.scalars(select(Vote).where(
                        Vote.user_id == user_id, Vote.channel_id == channel_id, Vote.message_ts == message_ts,
                    )).first()
                if vote is None:
                    vote = Vote(user_id=user_id, channel_id=channel_id, message_ts=message_ts)
                    session.add(vote)
                elif vote.value != value:
                    vote.reason = None  # a changed mind: the old reason no longer applies
                vote.value = value
                vote.reason = reason or vote.reason
                vote.question, vote.answer = logged.question, logged.answer
                vote.sources = list(logged.sources)
                vote.created_at = utcnow()
                session.flush()
                return vote.id
        except IntegrityError:  # a double click raced us to the insert: the second pass updates
            if attempt:
                raise
    raise AssertionError("unreachable")
