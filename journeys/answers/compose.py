"""Compose an answer: walk the routing table (routes.py) and write the first kind that has something to say,
every statement cited; or an honest abstention."""

from __future__ import annotations

from journeys.answers.compose_general import COMMENT_DENSE, abstain, covered
from journeys.answers.context import ComposeContext
from journeys.answers.routes import Route, candidates

# Kinds whose evidence is a search: without a named place, the search must be on topic (compose_general.covered)
# or they would quote whatever comments are nearest to an unrelated question.
_SEARCHED = {"comments", "praise", "complaints", "pain", "opportunities", "touchpoints"}


def _reading(ctx: ComposeContext) -> str:
    """Which place a question that described (not named) one was read as, cited."""
    from journeys.answers.compose_map import cite_stage, cite_touchpoint

    u = ctx.u
    if u.touchpoint is not None and (row := ctx.touchpoint_row(u.touchpoint)) is not None:
        stage = ctx.stage_row(u.stage)
        n = cite_touchpoint(ctx, row, stage.name if stage else "")
        return f"_Reading this as **{row.name}**, a touchpoint of {stage.name if stage else 'the map'} [{n}]._"
    row = ctx.stage_row(u.stage)
    return f"_Reading this as the **{row.name}** stage [{cite_stage(ctx, row)}]._" if row else ""


def compose(ctx: ComposeContext, routes: list[Route] | None = None) -> tuple[str, bool]:
    """Returns (answer text, abstained)."""
    u = ctx.u
    named = u.touchpoint is not None or (u.stage is not None and not u.stage_inferred) or u.segment is not None
    for route in routes if routes is not None else candidates(u):
        if route.kind in _SEARCHED and not named and not covered(ctx) and ctx.result.best_dense < COMMENT_DENSE:
            continue
        parts = route.compose(ctx)
        if not parts:
            continue
        ctx.kind = route.kind
        if route.abstains:
            return "\n\n".join(parts), True
        if u.segment_phrase and u.segment:  # said by meaning: the reader sees which segment was taken
            parts.insert(0, f"_Reading “{u.segment_phrase}” as the **{u.segment}** segment._")
        if u.from_focus and (u.stage or u.touchpoint) is not None:
            parts.insert(0, f"_(Continuing with {u.location.name}.)_")
        elif u.by_meaning and u.location is not None and u.location.kind in ("stage", "touchpoint"):
            parts.insert(0, _reading(ctx))
        return "\n\n".join(parts), False
    ctx.kind = "abstain"
    return abstain(ctx), True
