"""Comparisons: two or more metrics (or score types) side by side, or one measure at two or more places.

Metrics in different units are judged against their own targets; places by the same measure (their own survey
scores when the question asks for them). Figures come from SQL rows or survey scores, each cited.
"""

from __future__ import annotations

from journeys.answers.asks import FROM_SCORES as _FROM_SCORES
from journeys.answers.compose_kpi import _cite
from journeys.answers.compose_map import cite_place
from journeys.answers.context import ComposeContext
from journeys.answers.format import metric_label, number, target_gap_text, with_unit
from journeys.answers.metrics import derived_scores, load_series, pick_series, points_in, shown_score
from journeys.kpis import on_target


def _thing_value(ctx: ComposeContext, thing: str, place) -> tuple[str, float, str, float | None] | None:  # type: ignore[no-untyped-def]
    """(label, value, cited text, standing) of one metric or score type at a place (None: the whole base).
    The standing is how far past (+) or short of (-) its target the value is, as a share of the target."""
    if thing.startswith("score:"):
        score_type = thing.split(":", 1)[1]
        stage = place if place is not None and place.kind == "stage" else None
        touchpoint = place if place is not None and place.kind == "touchpoint" else None
        stats = derived_scores(ctx.session, score_type, stage, touchpoint, ctx.u.period)
        if stats is None:
            return None
        ref = f"{score_type}:{place.filter_id if place else 'all'}:all"
        n = ctx.citations.cite("kpi", ref, f"{score_type.upper()} from survey scores", stats.describe(),
                               stats.last.isoformat() if stats.last else None, 1.0)
        shown = shown_score(stats, ctx.u.aggregate == "mean")
        return score_type.upper(), stats.value, f"**{shown}** from {stats.n} survey scores (n={stats.n}) [{n}]", None
    # Each metric at its own home: a journey the question only implies (through a stage) does not narrow it.
    journey = place if place is not None and place.kind == "journey" else ctx.u.journey if ctx.u.journey_named else None
    series = pick_series(load_series(ctx.session, thing), place if place is not None and place.kind == "stage"
                         else None, place if place is not None and place.kind == "touchpoint" else None, journey)
    if journey is not None and journey.id:
        series = [s for s in series if s.journey_id == journey.id]
    series = [s for s in series if points_in(s, ctx.u.period)]
    if not series:
        return None
    one = series[0]
    latest = points_in(one, ctx.u.period)[-1]
    where = f" at {one.where}" if one.where else ""
    status = on_target(latest.value, latest.row.target, one.higher_is_better)
    target = latest.row.target
    # how far from its target, in the metric's own unit ("which is further off target, A or B")
    gap = "" if status is None else f" ({target_gap_text(latest.value, target, one.unit, one.higher_is_better)})"
    against = "" if status is None else (f", target {with_unit(target, one.unit)}, "
                                         f"{'on track' if status else 'off target'}{gap}")
    standing = None if status is None or not target else (
        (latest.value - target) / abs(target) * (1 if one.higher_is_better else -1))
    return (metric_label(one.metric), latest.value,
            f"**{with_unit(latest.value, one.unit)}**{where} in the week of {latest.date.isoformat()}{against} "
            f"[{_cite(ctx, latest)}]", standing)


def compose_compare(ctx: ComposeContext) -> list[str]:
    """Two or more metrics (or score types) side by side, or one measure at two or more places."""
    u = ctx.u
    lines: list[str] = []
    values: list[tuple[str, float]] = []
    standings: list[tuple[str, float | None]] = []
    if u.compare_places:
        measures = [t for t in (u.compare or ()) if t != "place"] or (
            [f"score:{u.score_type}"] if u.score_type else [])
        if u.score_type and (_FROM_SCORES.search(u.question.lower()) or "survey" in u.question.lower()
                             or u.compare_places[0].kind != "journey"):
            measures = [f"score:{u.score_type}"]  # a place's own scores, not a journey-level KPI
        if not measures:
            from journeys.answers.compare_places import compare_places

            return compare_places(ctx, list(u.compare_places))
        for place in u.compare_places:
            for thing in measures[:2]:
                found = _thing_value(ctx, thing, place)
                if found:
                    cited = f" [{cite_place(ctx, place)}]" if place.kind != "journey" and place.id else ""
                    lines.append(f"- {found[0]} at **{place.name}**{cited}: {found[2]}")
                    values.append((place.name, found[1]))
    else:
        for thing in (u.compare or ())[:4]:
            found = _thing_value(ctx, thing, u.touchpoint or u.stage)
            if found:
                lines.append(f"- **{found[0]}**: {found[2]}")
                values.append((found[0], found[1]))
                standings.append((found[0], found[3]))
    if not lines:
        return []
    scores = all(t.startswith("score:") for t in (u.compare or ())) or bool(u.compare_places) and bool(
        lines) and "survey scores" in lines[0]
    when = f" {u.period.phrase}" if u.period else (" (from all their survey scores)" if scores else
                                                     " (latest values)")
    text = f"Side by side{when}:\n" + "\n".join(lines)
    if len(values) == 2 and u.compare_places:
        (a, x), (b, y) = values
        if abs(x - y) > 1e-9:
            high, low = (a, b) if x > y else (b, a)
            text += f"\n\n{high} is higher than {low} by {number(abs(x - y))}"
            measure = next(iter(u.compare or ()), "")
            series = load_series(ctx.session, measure) if measure and not measure.startswith("score:") else []
            if series and not series[0].higher_is_better:  # "avoidable contact rate": the lower does better
                text += f"; lower is better, so **{low}** does better"
            text += "."
    verdict = _against_targets(standings)
    return [text + (f"\n\n{verdict}" if verdict else "")]


def _against_targets(standings: list[tuple[str, float | None]]) -> str:
    """Metrics in different units compare only against their own targets: which is in better shape."""
    judged = [(label, s) for label, s in standings if s is not None]
    if len(judged) < 2:
        return ""
    judged.sort(key=lambda one: -one[1])
    (best, top), rest = judged[0], judged[1:]

    def how(s: float) -> str:
        return (f"{'on track' if s >= 0 else 'off target'}, {abs(s) * 100:.1f}% "
                f"{'better' if s >= 0 else 'worse'} than its target")  # either way round: lower may be better

    return (f"Against their own targets, **{best}** is in better shape ({how(top)}); "
            + "; ".join(f"{label} is {how(s)}" for label, s in rest) + ".")
