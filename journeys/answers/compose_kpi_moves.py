""""biggest kpi drop since mid feb", "which sales kpi has improved most since jan": every KPI's move over the
question's window (from its first snapshot in the window, else its first of all, to its latest), ranked.

A drop or a rise is the value going down or up; improved or worsened is the move in the metric's own good
direction. Metrics in different units rank by the move as a share of where they started; "% metrics" (points)
keep only the KPIs kept in percent, ranked by points. The scope is the journey the question names (as for the
off-target ranking), and the list never ends silently."""

from __future__ import annotations

from journeys.answers.compose_targets import kpi_scope
from journeys.answers.context import ComposeContext
from journeys.answers.format import change_text, metric_label, rest_line, with_unit
from journeys.kpis import KpiPoint, load_series

SHOWN = 5
_VERB = {"drop": "dropped", "rise": "rose", "improve": "improved", "worsen": "worsened", "move": "moved"}


def compose_kpi_moves(ctx: ComposeContext) -> list[str]:
    u, rank = ctx.u, ctx.u.rank
    if rank is None:
        return []
    series = [s for s in load_series(ctx.session) if len(s.points) >= 2]
    journey = kpi_scope(ctx, series)
    if journey is not None:
        series = [s for s in series if s.journey_id == journey]
    in_points = rank.in_points
    if in_points:
        series = [s for s in series if s.unit == "%"]
    start = u.period.start if u.period else None
    rows: list[tuple[float, str]] = []
    for one in series:
        points = one.within(start, None) if start else one.points
        if len(points) < 2:
            continue
        first, last = points[0], points[-1]
        move = last.value - first.value
        good = move > 0 if one.higher_is_better else move < 0
        wanted = {"drop": move < 0, "rise": move > 0, "improve": good and move != 0,
                  "worsen": not good and move != 0, "move": move != 0}[rank.by]
        if not wanted:
            continue
        size = abs(move) if in_points else abs(move) / (abs(first.value) or 1.0)
        where = f" at {one.where}" if one.where else f" ({one.journey})" if one.journey and journey is None else ""
        rows.append((size, f"**{metric_label(one.metric)}{where}**: {_at(ctx, first, one.unit)} to "
                           f"{_at(ctx, last, one.unit)}, {'down' if move < 0 else 'up'} "
                           f"{change_text(move, one.unit)} ({'better' if good else 'worse'})"))
    window = u.period.label if u.period else "since the first snapshot"
    if not rows:
        return [f"No KPI {_VERB[rank.by]} {window}."] if series else []
    rows.sort(key=lambda r: -r[0])
    limit = rank.n or SHOWN
    lines = [f"{i}. {text}" for i, (_, text) in enumerate(rows[:limit], 1)]
    if len(rows) > limit:
        lines.append(rest_line([text.split("**")[1] for _, text in rows[limit:]]))
    scale = "in points" if in_points else "by the move as a share of where each started, so that units compare"
    scope = next((f" in {s.journey}" for s in series if s.journey), "") if journey else ""
    return [f"KPIs{scope} that {_VERB[rank.by]} most, {window} ({scale}):\n" + "\n".join(lines)]


def _at(ctx: ComposeContext, point: KpiPoint, unit: str) -> str:
    n = ctx.citations.cite("kpi", point.row.id, metric_label(point.row.metric), point.doc_text,
                           point.date.isoformat(), 1.0)
    return f"{with_unit(point.value, unit)} ({point.date.isoformat()}) [{n}]"
