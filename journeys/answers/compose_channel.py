"""The touchpoints on one channel ("which touchpoints are by phone", "who looks after the app")."""

from __future__ import annotations

from sqlalchemy import func, select

from journeys.answers.compose_map import tp_line
from journeys.answers.context import ComposeContext
from journeys.answers.format import more_text, plural
from journeys.store.models import Journey, Stage, Touchpoint


def compose_channel(ctx: ComposeContext) -> list[str]:
    """Each touchpoint on the channel the question names, with its stage and owner, within the journey the
    question names."""
    u = ctx.u
    query = select(Touchpoint).where(func.lower(func.trim(Touchpoint.channel)) == (u.channel or "").lower())
    if u.journey is not None and u.journey.id and u.journey_named:
        query = query.where(Touchpoint.journey_id == u.journey.id)
    stages = {s.id: s for s in ctx.session.scalars(select(Stage))}
    journeys = {j: i for i, j in enumerate(ctx.session.scalars(select(Journey.id)))}
    tps = sorted((tp for tp in ctx.session.scalars(query) if tp.stage_id in stages),  # in map order
                 key=lambda tp: (journeys.get(tp.journey_id, 0), stages[tp.stage_id].position, tp.position))
    if not tps:
        return []
    owners = list(dict.fromkeys(tp.owner for tp in tps if tp.owner))
    head = f"{plural(len(tps), 'touchpoint')} on the {u.channel} channel" + (
        f", owned by {more_text(owners, len(owners), limit=6).rstrip('.')}" if owners else "") + ":"
    lines = [tp_line(ctx, tp, stages[tp.stage_id]) + f" ({stages[tp.stage_id].name} stage)" for tp in tps]
    return [head + "\n" + "\n".join(lines)]
