"""A customer segment's complaints (or praise): the segment's own themes, what sets it apart first.

"What are private renters moaning about" asks what is particular to renters, not what everyone says. The
segment's comments are grouped into themes (journeys.voice); each theme is then measured among the other
customers' comments of the same sentiment (a comment is "like" a theme when it is as near the theme's centre
as the theme's own members, all but the loosest tenth, allowing for a theme's members being near their centre
by construction). Themes are ordered by how much
more the segment raises them than everyone else, weighed with their size, and each line gives both shares.
"""

from __future__ import annotations

import math

import numpy as np
from sqlalchemy import select

from journeys.answers.comment_pool import SENTIMENT_WORD, build_pool, keep_sentiment, vectors_for
from journeys.answers.compose_comments import find_themes, theme_lines
from journeys.answers.context import ComposeContext
from journeys.answers.format import plural, rest_line
from journeys.answers.segment_words import in_segment
from journeys.answers.theme_places import with_places
from journeys.answers.themes import CommentText, Theme
from journeys.store.models import Comment
from journeys.voice.sentiment import NEGATIVE, POSITIVE

OTHERS_LIMIT = 1500  # the other customers' comments read to compare with (newest first)
MAX_THEMES = 5
PRIOR = 2.0  # outside comments assumed like any theme, so that a small theme nobody else raises does not lead
LOOSER = 0.05  # how much further from a theme's centre an outside comment may be and still count as like it


def compose_segment(ctx: ComposeContext) -> list[str]:
    u = ctx.u
    if u.segment is None:
        return []
    sentiment = NEGATIVE if {"pain", "complaints"} & u.intents else POSITIVE if "praise" in u.intents else None
    pool = build_pool(ctx, sentiment)
    if pool is None or not pool.comments:
        return []
    themes = find_themes(ctx, pool, max_themes=MAX_THEMES + 3)
    if not themes:
        return []
    others = _others(ctx, sentiment)
    ordered = _by_distinctiveness(ctx, themes, len(pool.comments), others)
    ranked, rest = ordered[:MAX_THEMES], ordered[MAX_THEMES:]
    size = len(pool.comments)
    kind = f"{SENTIMENT_WORD[sentiment]} comments".strip()
    place = u.touchpoint or (u.stage if not u.stage_inferred else None)
    at = f" at {place.name}" if place else ""
    when = f" {u.period.phrase}" if u.period else ""
    lines = with_places(ctx, [t for t, _ in ranked], theme_lines(ctx, [t for t, _ in ranked], size, ctx.k))
    for i, (theme, share) in enumerate(ranked):
        if share is not None:
            lines[i] = lines[i].replace(f"{theme.count / size:.0%} of {size}",
                                        f"{theme.count / size:.0%} of the segment's {size}, "
                                        f"against {share:.0%} of other customers'", 1)
    compared = f", against the {plural(len(others[0]), 'comment')} of that kind from other customers" \
        if others[0] else ""
    head = (f"What the {u.segment} segment says{at}{when}: the themes of its {size} {kind}{compared}, what "
            f"sets the segment apart first (each theme's share of the segment's comments and of everyone else's):")
    if rest:  # a list never ends silently
        lines.append(rest_line([f"{t.label} ({plural(t.count, 'comment')}" + (
            f", {t.count / size:.0%} against {share:.0%} of other customers')" if share is not None else ")")
            for t, share in rest]))
    return [head + "\n" + "\n".join(lines)]


def _others(ctx: ComposeContext, sentiment: str | None) -> tuple[list[CommentText], np.ndarray]:
    """The comments of the same sentiment, at the same place and period, from everyone outside the segment."""
    u = ctx.u
    place = u.touchpoint or (u.stage if not u.stage_inferred else None)
    inside = set(ctx.session.scalars(select(Comment.id).where(in_segment(u.segment))))
    comments = [c for c in ctx.comments_at(place, u.period, limit=OTHERS_LIMIT)
                if c.id.startswith("comment:") and c.id.partition(":")[2] not in inside]
    if not comments:
        return [], np.zeros((0, 1), np.float32)
    vectors = vectors_for(ctx, comments)
    kept = keep_sentiment(comments, sentiment, False, vectors, ctx.searcher.index.embedder)
    return [comments[i] for i in kept], vectors[kept]


def _by_distinctiveness(ctx: ComposeContext, themes: list[Theme], size: int,
                        others: tuple[list[CommentText], np.ndarray]) -> list[tuple[Theme, float | None]]:
    """Themes with the other customers' share of each, most distinctive (weighed with size) first."""
    comments, vectors = others
    if not comments:
        return [(t, None) for t in themes]
    pool_vectors = vectors_for(ctx, [c for t in themes for c in t.comments])
    out: list[tuple[float, Theme, float]] = []
    start = 0
    for theme in themes:
        own = pool_vectors[start:start + theme.count] @ theme.centre
        start += theme.count
        cut = float(np.percentile(own, 10)) - LOOSER
        like = int((vectors @ theme.centre >= cut).sum())
        theirs = like / len(comments)
        lift = (theme.count / size) / ((like + PRIOR) / len(comments))
        out.append((math.log(lift) + math.log(theme.count), theme, theirs))
    out.sort(key=lambda item: -item[0])
    return [(theme, theirs) for _, theme, theirs in out]
