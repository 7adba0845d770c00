"""Compose an answer: walk the routing table (routes.py) and write the first kind that has something to say,
every statement cited; or an honest abstention."""

from __future__ import annotations

from journeys.answers.compose_general import COMMENT_DENSE, abstain, covered
from journeys.answers.context import ComposeContext
from journeys.answers.routes import Route, candidates

# Kinds whose evidence is a search: without a named place, the search must be on topic (compose_general.covered)
# or they would quote whatever comments are nearest to an unrelated question.
_SEARCHED = {"comments", "praise", "complaints", "pain", "opportunities", "touchpoints"}


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
        if u.from_focus and (u.stage or u.touchpoint) is not None:
            parts.insert(0, f"_(Continuing with {u.location.name}.)_")
        return "\n\n".join(parts), False
    ctx.kind = "abstain"
    return abstain(ctx), True
