"""The routing table: every question kind, the evidence it needs, and the composer that writes it.

`compose()` walks this table in order and returns the first composer's non-empty answer. A new kind of
question is one `Route` here plus one composer function; nothing else branches on kinds.

Evidence a route may need (the service gathers it before composing; composers never search themselves):
- "search": the hybrid search over everything (always gathered: abstention reads it);
- "comments": the comment search at the question's place and across the base, a few hundred comments deep:
  the pool the theme composers cluster (see context.Evidence, comment_pool.py). The "voice" route's need
  counts only when the service finds the question is about comments (comment_kind.py).
Map rows, KPI rows and survey scores are exact SQL reads through the context, not searches.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace

from journeys.answers import compose_channel as channel
from journeys.answers import compose_comments as comments
from journeys.answers import compose_compare as compare
from journeys.answers import compose_general as general
from journeys.answers import compose_kpi as kpi
from journeys.answers import compose_map as maps
from journeys.answers import compose_rank as rank
from journeys.answers import compose_segment as segment
from journeys.answers import compose_segments as segments
from journeys.answers.context import ComposeContext
from journeys.answers.understand import Understanding
from journeys.answers.vocabulary import Entity, stems
from journeys.store.models import Journey

Composer = Callable[[ComposeContext], list[str]]
VOICE = "voice"  # the route of questions about what customers say; the service decides it by meaning first


@dataclass(frozen=True)
class Route:
    kind: str
    applies: Callable[[Understanding], bool]
    compose: Composer
    needs: tuple[str, ...] = ("search",)
    abstains: bool = False  # the composer's text is a decline (says what is missing)


def _comment_kind(name: str, fallback: Composer | None = None) -> Composer:
    """A composer from compose_comments.py (the themes engine's home), looked up when called, so that kinds
    that module adds later (praise, priority...) plug in here without touching this table."""
    def run(ctx: ComposeContext) -> list[str]:
        composer = getattr(comments, name, None)
        if composer is not None:
            return composer(ctx)
        return fallback(ctx) if fallback else []
    run.__name__ = name
    return run


def _pain(ctx: ComposeContext) -> list[str]:
    return maps.compose_pain_points(ctx) + comments.compose_themes(ctx, negative=True)


def _complaints(ctx: ComposeContext) -> list[str]:
    return comments.compose_themes(ctx, negative=True)


def _praise(ctx: ComposeContext) -> list[str]:
    return comments.compose_themes(ctx, negative=False)


def _segment(ctx: ComposeContext) -> list[str]:
    negative = bool({"pain", "complaints"} & ctx.u.intents)
    return comments.compose_themes(ctx, negative=negative)


def _place(ctx: ComposeContext) -> list[str]:
    return maps.compose_place(ctx) + comments.compose_themes(ctx, negative=False)


def _place_feeling(ctx: ComposeContext) -> list[str]:
    return maps.compose_place_emotion(ctx) + comments.compose_themes(ctx, negative=False)


def _goal_and_figures(ctx: ComposeContext) -> list[str]:
    goal = maps.compose_goal(ctx)
    return goal + kpi.compose_kpis(ctx) if goal else []


def _kpi_and_what_is_new(ctx: ComposeContext) -> list[str]:
    """The KPI's figures, then what is new where it is kept; nothing new there, what is new in its journey."""
    figures = kpi.compose_kpis(ctx)
    if not figures:
        return []
    new = comments.compose_emerging(ctx, quiet=True)
    u = ctx.u
    row = ctx.get(Journey, u.stage.journey_id) if not new and u.stage is not None else None
    if row is not None:
        journey = Entity("journey", row.name, row.id, row.id, None, tuple(stems(row.name)))
        wider = replace(u, touchpoint=None, stage=None, stage_inferred=False, journey=journey, journey_named=True)
        new = comments.compose_emerging(replace(ctx, understanding=wider), quiet=True)
        where = (u.touchpoint or u.stage).name  # type: ignore[union-attr]
        new = [f"Nothing new stands out in the comments at {where} itself; across {row.name}:"] + new if new else []
    return figures + new


def _has(*intents: str) -> Callable[[Understanding], bool]:
    return lambda u: bool(set(intents) & u.intents)


def _named_place(u: Understanding) -> bool:
    return u.touchpoint is not None or (u.stage is not None and not u.stage_inferred)


ROUTES: tuple[Route, ...] = (
    Route("missing", lambda u: bool(u.missing), general.compose_missing, abstains=True),
    Route("mention_count", lambda u: u.count_mentions, comments.compose_mention_count),
    # Two or more customer segments set side by side, by their own survey scores (compose_segments.py).
    Route("segment_scores", segments.sets_segments_side_by_side, segments.compose_segment_scores),
    Route("compare", lambda u: u.compare is not None, compare.compose_compare),
    Route("rank", lambda u: u.rank is not None and not (u.segment and u.rank.by == "pain"), rank.compose_rank),
    # A segment's complaints or praise: its own themes against everyone else's (compose_segment.py).
    Route("segment_themes", lambda u: u.segment is not None and not (u.metrics or u.score_type or u.count_mentions),
          segment.compose_segment, needs=("search", "comments")),
    # What customers say, by the question's meaning (journeys/voice/kinds.py): complaints, praise, detractors,
    # promoters, emerging, trend, priority, themes. Before the KPI route, so "what do promoters say" is
    # not read as the NPS figure. Empty for other questions, which go on down the table.
    Route(VOICE, lambda u: not u.count_mentions, _comment_kind("compose_voice"), needs=("search", "comments")),
    # "what's the goal for <a named stage>, is there a time target": the place's goal, then its figures
    Route("goal_figures", lambda u: "goal" in u.intents and "kpi" in u.intents and _named_place(u) and bool(u.metrics),
          _goal_and_figures),
    # "mandate failure rate spiked - what's behind it": the KPI's figures, then what is new where it is kept
    Route("kpi_cause", lambda u: u.asks_cause and bool(u.metrics), _kpi_and_what_is_new, needs=("search", "comments")),
    Route("kpi", lambda u: "kpi" in u.intents and bool(u.metrics or u.score_type), kpi.compose_kpis),
    Route("scorecard", lambda u: "overview" in u.intents and not u.metrics
          and not ("goal" in u.intents and _named_place(u)),  # "complaints stage - whats the target / goal?"
          kpi.compose_scorecard_all),
    # "how do people feel about <a named place>": what its comments say, beside the map's rating of it.
    Route("place_feeling", lambda u: "emotion" in u.intents and _named_place(u), _place_feeling,
          needs=("search", "comments")),
    Route("emotion", _has("emotion"), maps.compose_emotions),
    # "which touchpoints are by phone", "who looks after the app": a channel named, and no place or team
    Route("channel", lambda u: u.channel is not None and u.owner is None and bool({"owner", "touchpoints"} & u.intents)
          and u.touchpoint is None and (u.stage is None or u.stage_inferred), channel.compose_channel),
    Route("owner", lambda u: "owner" in u.intents and (u.owner is not None or u.location is not None),
          maps.compose_owner),
    Route("goal", lambda u: "goal" in u.intents and u.location is not None, maps.compose_goal),
    Route("sequence", lambda u: "sequence" in u.intents and u.stage is not None, maps.compose_sequence),
    Route("journey", lambda u: u.journey_named and u.stage is None and u.touchpoint is None
          and not ({"pain", "comments", "emerging", "kpi", "touchpoints", "complaints", "praise", "priority"}
                   & u.intents),
          maps.compose_journey),
    Route("emerging", lambda u: "emerging" in u.intents and bool({"comments", "pain", "complaints"} & u.intents
                                                                 or not (u.intents - {"emerging", "change"})),
          _comment_kind("compose_emerging"), needs=("search", "comments")),
    Route("priority", _has("priority"), _comment_kind("compose_priority", _pain), needs=("search", "comments")),
    Route("segment", lambda u: u.segment is not None, _segment, needs=("search", "comments")),
    Route("touchpoints", lambda u: "touchpoints" in u.intents and "pain" not in u.intents,
          maps.compose_touchpoints),
    Route("pain", _has("pain"), _pain, needs=("search", "comments")),
    Route("complaints", _has("complaints"), _comment_kind("compose_complaints", _complaints),
          needs=("search", "comments")),
    Route("praise", _has("praise"), _comment_kind("compose_praise", _praise), needs=("search", "comments")),
    Route("comments", _has("comments"), _praise, needs=("search", "comments")),
    Route("opportunities", _has("opportunities"), maps.compose_opportunities),
    Route("place", lambda u: _named_place(u) and not (u.metrics or u.score_type), _place,
          needs=("search", "comments")),
    Route("general", lambda u: True, general.compose_general),
)


def candidates(u: Understanding) -> list[Route]:
    """The routes that apply to this question, in table order."""
    return [route for route in ROUTES if route.applies(u)]


def needs(routes: list[Route]) -> set[str]:
    return {need for route in routes for need in route.needs}
