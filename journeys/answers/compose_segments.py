"""Customer segments side by side: "renters vs homeowners nps at moving in", "which customer type is least happy
- household, business or psr". Each segment's score is derived from its own survey scores at the place (or in
the journey) the question names, with n, and the gap between the highest and the lowest is given. A ranking
("which customer type is least happy") sets every segment with scores there beside the ones named."""

from __future__ import annotations

from sqlalchemy import func, select

from journeys.answers.compose_map import cite_place
from journeys.answers.context import ComposeContext
from journeys.answers.format import number, plural, quote, rest_line
from journeys.answers.metrics import ScoreStats, derived_scores, score_text
from journeys.answers.vocabulary import Entity
from journeys.store.models import Comment

QUOTED_PER_SEGMENT = 1
SEGMENTS_SHOWN = 8  # a ranking over more segments names the rest after them


def compose_segment_scores(ctx: ComposeContext) -> list[str]:
    u = ctx.u
    if len(u.segments) < 2:
        return []
    place = u.touchpoint or (u.stage if not u.stage_inferred else None)
    journey = u.journey if place is None and (u.journey_named or u.journey_worded) else None
    score_type = u.score_type or _usual_score_type(ctx)
    if score_type is None:
        return []
    segments = list(u.segments) + ([s for s in _segments_scored(ctx, score_type) if s not in u.segments]
                                   if u.rank is not None else [])
    scored = [(segment, stats) for segment in segments if (stats := _stats(ctx, score_type, place, journey, segment))]
    if not scored:
        return []
    scope = place or journey
    where = f" at **{scope.name}** [{cite_place(ctx, scope)}]" if scope is not None and scope.id else ""
    when = f" in {u.period.label}" if u.period else ""
    if u.rank is not None:
        scored.sort(key=lambda item: item[1].value, reverse=not u.rank.low)
    name = score_type.upper()
    lines = [f"{name} by customer segment{where}{when}, from each segment's own survey scores:"]
    shown, rest = scored[:SEGMENTS_SHOWN], scored[SEGMENTS_SHOWN:]
    for segment, stats in shown:
        n = ctx.citations.cite("kpi", f"{score_type}:{scope.filter_id if scope else 'all'}:segment={segment}",
                               f"{name} from survey scores, {segment} segment", stats.describe(),
                               stats.last.isoformat() if stats.last else None, 1.0)
        lines.append(f"- **{segment}**: **{score_text(stats.value, score_type)}**{_counts(stats)} [{n}]"
                     + _lowest_says(ctx, scope, segment))
    if rest:  # a list never ends silently
        lines.append(rest_line([f"{segment} ({score_text(stats.value, score_type)}, n={stats.n})"
                                for segment, stats in rest]))
    missing = [s for s in u.segments if s not in {segment for segment, _ in scored}]
    if missing:
        lines.append(f"No {name} survey scores{where and ' there'} from: {', '.join(missing)}.")
    if len(scored) >= 2:
        low = min(scored, key=lambda item: item[1].value)
        high = max(scored, key=lambda item: item[1].value)
        gap = high[1].value - low[1].value
        lines.append(f"Lowest: **{low[0]}** ({score_text(low[1].value, score_type)}), {number(round(gap, 1))} "
                     f"points below {high[0]} ({score_text(high[1].value, score_type)})." if gap else
                     f"{' and '.join(s for s, _ in scored)} score the same.")
    return ["\n".join(lines)]


def _stats(ctx: ComposeContext, score_type: str, place: Entity | None, journey: Entity | None,
           segment: str) -> ScoreStats | None:
    u = ctx.u
    stage = place if place is not None and place.kind == "stage" else None
    touchpoint = place if place is not None and place.kind == "touchpoint" else None
    return derived_scores(ctx.session, score_type, stage, touchpoint, u.period, segment, journey=journey)


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


def _usual_score_type(ctx: ComposeContext) -> str | None:
    """The score type most of the base's survey scores are given in (a question that names none)."""
    row = ctx.session.execute(select(Comment.score_type, func.count()).where(Comment.score.is_not(None))
                              .group_by(Comment.score_type).order_by(func.count().desc()).limit(1)).first()
    return row[0] if row else None


def _segments_scored(ctx: ComposeContext, score_type: str) -> list[str]:
    """Every segment with survey scores of that type (each spelling once)."""
    rows = ctx.session.scalars(select(Comment.segment).where(Comment.score_type == score_type,
                                                            Comment.score.is_not(None), Comment.segment.is_not(None))
                               .distinct())
    return list({s.lower(): s for s in sorted(rows) if s}.values())
