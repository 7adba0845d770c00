"""Where a theme happens: the touchpoint (else the stage) most of its comments were given at, cited, so that
"what do customers love" says where as well as what. Used by the theme lines of comment answers."""

from __future__ import annotations

from collections import Counter

from sqlalchemy import select

from journeys.answers.context import ComposeContext
from journeys.answers.format import plural
from journeys.answers.themes import Theme
from journeys.store.db import store_cached
from journeys.store.models import Comment
from journeys.voice.model import CommentText

PLACES_NAMED = 3  # the first themes say where they happen (a cited touchpoint or stage)
MOSTLY = 0.5  # a theme is "mostly at" a touchpoint (or stage) holding at least this share of its comments


def _places_of(ctx: ComposeContext, comments: list[CommentText]) -> list[tuple[str | None, str | None]]:
    """(touchpoint id, stage id) of each stored comment; the places of the same themes' comments come back
    question after question, so they are kept per store generation."""
    ids = [c.id.partition(":")[2] for c in comments if c.id.startswith("comment:")]
    if not ids:
        return []
    return store_cached(ctx.session, ("comment places", tuple(ids)), lambda: ctx.session.execute(
        select(Comment.touchpoint_id, Comment.stage_id).where(Comment.id.in_(ids))).all())


def mostly_at(ctx: ComposeContext, theme: Theme) -> str:
    """Where a theme's comments were given, when most of them share a touchpoint (else a stage), cited."""
    from journeys.answers.compose_map import cite_row
    from journeys.store.models import Stage, Touchpoint

    rows = _places_of(ctx, theme.comments)
    for column, model in ((0, Touchpoint), (1, Stage)):
        counts = Counter(r[column] for r in rows if r[column])
        if counts:
            place_id, n = counts.most_common(1)[0]
            if n >= MOSTLY * theme.count:
                row = ctx.get(model, place_id)
                if row is None:
                    continue
                return f"{'all' if n == theme.count else n} at {row.name} [{cite_row(ctx, row)}]"
    return ""


def where_most(ctx: ComposeContext, comments: list[CommentText], kind: str) -> str:
    """"Most of them are at **Assembly service** [3] (15), ...": the touchpoints (else stages) that hold the most
    of a pool's comments, cited, so that "what do customers love most in the online journey" says where first.
    "" when the comments are at one place only, or at none the maps know."""
    from journeys.answers.compose_map import cite_row
    from journeys.store.models import Stage, Touchpoint

    rows = _places_of(ctx, comments)
    for column, model in ((0, Touchpoint), (1, Stage)):
        counts = Counter(r[column] for r in rows if r[column])
        if len(counts) < 2:
            continue
        named = []
        for place_id, n in counts.most_common(PLACES_NAMED):
            row = ctx.get(model, place_id)
            if row is not None:
                named.append(f"**{row.name}** [{cite_row(ctx, row)}] ({n})")
        if named:
            return f"Most of the {kind} are at {', '.join(named)}."
    return ""


def with_places(ctx: ComposeContext, themes: list[Theme], lines: list[str]) -> list[str]:
    """`lines` (one per theme, from theme_lines) with the first themes' place after their comment count."""
    out = list(lines)
    for i, theme in enumerate(themes[:PLACES_NAMED]):
        where = mostly_at(ctx, theme)
        if where and i < len(out):
            head_of_line = f"**{theme.label}** ({plural(theme.count, 'comment')}, "
            out[i] = out[i].replace(head_of_line, f"{head_of_line}{where}; ", 1)
    return out
