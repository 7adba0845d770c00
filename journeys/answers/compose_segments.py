"""Customer segments side by side: "renters vs homeowners nps at moving in", "which customer type is least happy
- household, business or psr". Each segment's score is derived from its own survey scores at the place (or in
the journey) the question names, with n, and the gap between the highest and the lowest is given. A ranking
("which customer type is least happy") sets every segment with scores there beside the ones named."""

from __future__ import annotations

from typing import TYPE_CHECKING

from sqlalchemy import select

from journeys.answers.compose_map import cite_place
from journeys.answers.context import ComposeContext
from journeys.answers.format import number, plural, quote, rest_line
from journeys.answers.metrics import ScoreStats, derived_scores, ranked_by, shown_score, usual_score_type
from journeys.answers.vocabulary import Entity
from journeys.scales import SCALES
from journeys.store.models import Comment

if TYPE_CHECKING:
    from journeys.answers.understand import Understanding

QUOTED_PER_SEGMENT = 1
SEGMENTS_SHOWN = 8  # a ranking over more segments names the rest after them


REST = "Everyone else"  # the side that is every other segment ("over 65s vs everyone else")


def sets_segments_side_by_side(u: Understanding) -> bool:
    """Two or more segments named, one against everyone else, or every segment ranked ("which customer type is
    least happy")."""
    return len(u.segments) >= 2 or u.segments_rest or (u.rank is not None and u.rank.things == "segment")


def compose_segment_scores(ctx: ComposeContext) -> list[str]:
    u = ctx.u
    if not sets_segments_side_by_side(u):
        return []
    place = u.touchpoint or (u.stage if not u.stage_inferred else None)
    journey = u.journey if place is None and (u.journey_named or u.journey_worded) else None
    # the score the question names; else one a metric it names is ("least happy" reads CSAT), where the place has
    # such scores; else the one most scores there are given in
    named = [u.score_type] if u.score_type else [m for m in u.metrics if m in SCALES][:1]
    score_type, scored = None, []
    usual = [] if u.score_type else [usual_score_type(ctx.session, place, journey)]
    for score_type in dict.fromkeys([*named, *usual]):
        if score_type is not None and (scored := _scored(ctx, score_type, place, journey)):
            break
    if not scored or score_type is None:
        return []
    scope = place or journey
    where = f" at **{scope.name}** [{cite_place(ctx, scope)}]" if scope is not None and scope.id else ""
    when = f" {u.period.phrase}" if u.period else ""
    by_mean = u.aggregate == "mean"  # "avg csat": each segment's mean score
    if u.rank is not None:
        scored.sort(key=lambda item: ranked_by(item[1], by_mean), reverse=not u.rank.low)
    name = score_type.upper()
    lines = [f"{name} by customer segment{where}{when}, from each segment's own survey scores:"]
    shown, rest = scored[:SEGMENTS_SHOWN], scored[SEGMENTS_SHOWN:]
    for segment, stats in shown:
        everyone_else = segment == REST and u.segments_rest
        who = f"everyone but the {u.segments[0]} segment" if everyone_else else f"{segment} segment"
        key = f"segment!={u.segments[0]}" if everyone_else else f"segment={segment}"
        n = ctx.citations.cite("kpi", f"{score_type}:{scope.filter_id if scope else 'all'}:{key}",
                               f"{name} from survey scores, {who}", stats.describe(),
                               stats.last.isoformat() if stats.last else None, 1.0)
        lines.append(f"- **{segment}**: **{shown_score(stats, by_mean)}**{_counts(stats)} [{n}]"
                     + ("" if everyone_else else _lowest_says(ctx, scope, segment)))
    if rest:  # a list never ends silently
        lines.append(rest_line([f"{segment} ({shown_score(stats, by_mean)}, n={stats.n})"
                                for segment, stats in rest]))
    missing = [s for s in u.segments if s not in {segment for segment, _ in scored}]
    if missing:
        lines.append(f"No {name} survey scores{where and ' there'} from: {', '.join(missing)}.")
    if len(scored) >= 2:
        low = min(scored, key=lambda item: ranked_by(item[1], by_mean))
        high = max(scored, key=lambda item: ranked_by(item[1], by_mean))
        gap = ranked_by(high[1], by_mean) - ranked_by(low[1], by_mean)
        shown_gap = number(round(gap, 2 if by_mean else 1))
        lines.append(f"Lowest: **{low[0]}** ({shown_score(low[1], by_mean)}), {shown_gap} "
                     f"points below {high[0]} ({shown_score(high[1], by_mean)})." if gap else
                     f"{' and '.join(s for s, _ in scored)} score the same.")
    return ["\n".join(lines)]


def _scored(ctx: ComposeContext, score_type: str, place: Entity | None, journey: Entity | None
            ) -> list[tuple[str, ScoreStats]]:
    """Each segment's scores there: those named, every other one too for a ranking, and everyone else's for a
    segment set against the rest."""
    u = ctx.u
    segments = list(u.segments) + ([s for s in _segments_scored(ctx, score_type) if s not in u.segments]
                                   if u.rank is not None else [])
    scored = [(segment, stats) for segment in segments if (stats := _stats(ctx, score_type, place, journey, segment))]
    if u.segments_rest and scored and (others := _stats(ctx, score_type, place, journey, None, but=u.segments[0])):
        scored.append((REST, others))
    return scored


def _stats(ctx: ComposeContext, score_type: str, place: Entity | None, journey: Entity | None,
           segment: str | None, but: str | None = None) -> ScoreStats | None:
    u = ctx.u
    stage = place if place is not None and place.kind == "stage" else None
    touchpoint = place if place is not None and place.kind == "touchpoint" else None
    return derived_scores(ctx.session, score_type, stage, touchpoint, u.period, segment, journey=journey,
                          but_segment=but)


def _counts(stats: ScoreStats) -> str:
    if stats.score_type == "nps":
        return (f" from {plural(stats.n, 'survey score')} ({plural(stats.promoters, 'promoter')}, "
                f"{plural(stats.passives, 'passive')}, {plural(stats.detractors, 'detractor')})")
    return f" from {plural(stats.n, 'survey score')}"


def _lowest_says(ctx: ComposeContext, scope: Entity | None, segment: str) -> str:
    """The segment's newest critical comment there: what its low scores rest on."""
    critical = ctx.comments_at(scope, ctx.u.period, negative=True, limit=QUOTED_PER_SEGMENT * 5, segment=segment)
    quoted = [f"{quote(c.text)} [{ctx.cite_comment(c)}]" for c in critical[:QUOTED_PER_SEGMENT]]
    return f"; its lowest scores say {' '.join(quoted)}" if quoted else ""


def _segments_scored(ctx: ComposeContext, score_type: str) -> list[str]:
    """Every segment with survey scores of that type (each spelling once)."""
    rows = ctx.session.scalars(select(Comment.segment).where(Comment.score_type == score_type,
                                                            Comment.score.is_not(None), Comment.segment.is_not(None))
                               .distinct())
    return list({s.lower(): s for s in sorted(rows) if s}.values())
