"""The comments a question is about, bounded, with their sentiment and stored vectors: what themes come from.

A question with a topic (or no place) gets the comments most related to it (the hybrid comment search the
service gathered with the rest of the evidence: composers never search themselves); a place without a topic
gets its newest comments (an exact SQL read). Either way the pool stays at a few hundred comments, however
large the store.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
from sqlalchemy import select

from journeys.answers.context import (
    COMMENT_K,
    MIN_RELATED,
    ComposeContext,
    comment_filters,
    comment_place,
    pool_source,
    pool_topic,
)
from journeys.answers.themes import CommentText
from journeys.answers.vocabulary import Entity
from journeys.store.db import store_cached
from journeys.store.models import Comment
from journeys.voice.sentiment import NEGATIVE, POSITIVE, SentimentReader, from_score, polarity

POOL_LIMIT = 300  # themes come from at most this many comments
RELEVANCE_DROP = 0.2  # a related comment is at most this far (cosine) below the best match


@dataclass
class Pool:
    comments: list[CommentText]
    vectors: np.ndarray
    scope: str  # "most related to your question", "at Checkout", ...
    searched: int  # how many comments were read to build it
    by_relevance: bool
    by_score: bool = False  # the sentiment filter read survey scores (detractors / promoters)
    leans: np.ndarray | None = None  # per comment, -1 clearly critical .. +1 clearly pleased (sentiment pools)


def _with_score_types(ctx: ComposeContext, comments: list[CommentText]) -> list[CommentText]:
    ids = [c.id.partition(":")[2] for c in comments if c.id.startswith("comment:") and c.score is not None
           and c.score_type is None]
    if ids:
        types = store_cached(ctx.session, ("score types", tuple(ids)), lambda: dict(ctx.session.execute(
            select(Comment.id, Comment.score_type).where(Comment.id.in_(ids))).all()))
        for c in comments:
            if c.score_type is None and c.id.startswith("comment:"):
                c.score_type = types.get(c.id.partition(":")[2])
    return comments


def keep_sentiment(comments: Sequence[CommentText], wanted: str | None, by_score: bool = False,
                   vectors: np.ndarray | None = None, embedder=None) -> list[int]:  # type: ignore[no-untyped-def]
    """Positions of the comments of one sentiment (by survey score only, when `by_score`); with their vectors
    and the embedder, the words are read with their meaning (journeys.voice.sentiment)."""
    if wanted is None:
        return list(range(len(comments)))
    if by_score:
        return [i for i, c in enumerate(comments) if from_score(c.score, c.score_type) == wanted]
    if vectors is None or embedder is None:
        return [i for i, c in enumerate(comments) if polarity(c.text, c.score, c.score_type) == wanted]
    reader = SentimentReader.for_embedder(embedder)
    return [i for i, c in enumerate(comments)
            if reader.polarity(c.text, c.score, c.score_type, vectors[i]) == wanted]


def vectors_for(ctx: ComposeContext, comments: Sequence[CommentText]) -> np.ndarray:
    """The comments' vectors as the search index stores them; any it lacks are encoded now."""
    stored = ctx.searcher.index.vectors.vectors([c.id for c in comments])
    missing = [c for c in comments if c.id not in stored]
    if missing:
        stored.update(zip([c.id for c in missing], ctx.searcher.index.embedder.encode([c.text for c in missing]),
                          strict=True))
    dim = len(next(iter(stored.values()))) if stored else 0
    return np.array([stored[c.id] for c in comments], dtype=np.float32).reshape(len(comments), dim)


def related_comments(ctx: ComposeContext, place: Entity | None, limit: int) -> list[CommentText]:
    """The comments most related to the question, best first, from the comment search gathered with the
    evidence (context.gather_comments; composers never search themselves), above a relevance floor."""
    u = ctx.u
    result = ctx.evidence.comment_hits.get(place.filter_id if place is not None else "")
    if result is None:
        return []  # the route did not declare "comments" (routes.py)
    narrows = comment_filters(u, place).narrows
    floor = max(0.25, result.best_dense - RELEVANCE_DROP)
    hits = [h for h in result.hits[:limit] if ((h.dense or 0) >= floor
                                               or (h.keyword and (h.dense or 0) >= floor - 0.1))
            and (h.in_filter or not narrows)]
    return [CommentText(h.id, h.text, h.date, h.rating, h.title) for h in hits]


def build_pool(ctx: ComposeContext, sentiment: str | None = None, by_score: bool = False,
               limit: int = POOL_LIMIT, topic: Sequence[str] | None = None) -> Pool | None:
    """The comments the question is about (see the module docstring), of one sentiment when asked. `topic`
    is the question's subject (its topic words less those that only say what kind of question it is)."""
    u = ctx.u
    topic = pool_topic(u, ctx.evidence) if topic is None else topic
    place = comment_place(u)
    read = min(COMMENT_K, limit * 2 if sentiment else limit)
    source = pool_source(u, topic)  # the same rule that decided what the service searched
    if source == "segment":
        comments = ctx.comments_at(place, u.period, segment=u.segment, limit=read)
        scope, by_relevance = f"from the {u.segment} segment" + (f" at {place.name}" if place else ""), False
    elif source == "place" and place is not None:
        comments, scope, by_relevance = ctx.comments_at(place, u.period, limit=read), f"at {place.name}", False
    elif source == "related":
        comments = related_comments(ctx, place, read)
        scope = (f"at {place.name} " if place else "") + "most related to your question"
        by_relevance = True
        if len(comments) < MIN_RELATED and place is not None:
            across = related_comments(ctx, None, read)
            if len(across) > len(comments):
                comments, scope = across, "most related to your question"
        if len(comments) < MIN_RELATED and place is None and u.stage is not None and u.stage_inferred:
            # a short question ("what do people say about events") lies far from every comment; its words
            # lean to one stage, whose comments are what it asks about
            comments, scope = ctx.comments_at(u.stage, u.period, limit=read), f"at {u.stage.name}"
            by_relevance = False
    else:
        comments, by_relevance = ctx.comments_at(None, u.period, limit=read), False
        scope = "among the newest" if len(comments) >= read else ("in the period" if u.period else "across the base")
    if not comments:
        return None
    searched = len(comments)
    comments = _with_score_types(ctx, comments)
    vectors = vectors_for(ctx, comments)
    kept = keep_sentiment(comments, sentiment, by_score, vectors, ctx.searcher.index.embedder)[:limit]
    pool = Pool([comments[i] for i in kept], vectors[kept], scope, searched, by_relevance, by_score)
    if sentiment is not None and pool.comments:
        reader = SentimentReader.for_embedder(ctx.searcher.index.embedder)
        leans = np.array([reader.lean(c.text, v) for c, v in zip(pool.comments, pool.vectors, strict=True)])
        pool.leans = np.clip(leans if sentiment == POSITIVE else -leans, -1.0, 1.0)
    return pool


def has_scores(comments: Sequence[CommentText]) -> bool:
    return any(from_score(c.score, c.score_type) is not None for c in comments)


SENTIMENT_WORD = {NEGATIVE: "critical", POSITIVE: "positive", None: ""}
